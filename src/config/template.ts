/**
 * Templates in perf-gate.yml: `${printers.kitchen.port}`, `${services.api.url}`,
 * `${env.HA_TOKEN}`, `${env.SLOWDOWN_MS:-0}`, `${job.data}`.
 *
 * A template is a dotted path looked up in a scope object, nothing more: there is no code
 * evaluation, so a config file can never run code through a template. Pure module (no I/O, no
 * env): the caller passes the scope, including `env` when it wants environment variables.
 *
 * Syntax:
 * - `${a.b.c}` — the value at that path; numbers and booleans are written as text, objects as JSON.
 * - `${a.b:-text}` — `text` when the path is missing, null or empty (shell-style default).
 * - `$${` — a literal `${` (escape).
 */

/** A template referenced a variable that does not exist, or was malformed. The message is user-facing. */
export class TemplateError extends Error {
  constructor(
    message: string,
    /** The variable as written, e.g. `printers.kitchn.port`. */
    readonly variable: string,
    /** Where the template was, e.g. `perf-gate.yml: services.api.env.PRINTER_PORT`. */
    readonly where: string
  ) {
    super(message)
    this.name = 'TemplateError'
  }
}

/** `$${` is matched first so it can be kept as a literal; otherwise `${ path [:- default] }`. */
export const TEMPLATE_TOKEN = /\$\$\{|\$\{([^}]*)\}/g
/** What may stand inside `${…}`: a dotted name. */
export const TEMPLATE_PATH = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/
const TOKEN = TEMPLATE_TOKEN
const PATH = TEMPLATE_PATH

/** The variables a text refers to, in order; malformed `${…}` and `$${` escapes are skipped. */
export function templateReferences(text: string): Array<{ path: string; fallback?: string }> {
  const out: Array<{ path: string; fallback?: string }> = []
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] === undefined) continue
    const sep = m[1].indexOf(':-')
    const name = (sep >= 0 ? m[1].slice(0, sep) : m[1]).trim()
    if (PATH.test(name))
      out.push(sep >= 0 ? { path: name, fallback: m[1].slice(sep + 2) } : { path: name })
  }
  return out
}
const SINGLE = /^\$\{([^}]*)\}$/

const MISSING = Symbol('missing')

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map)
}

function keysOf(v: unknown): string[] {
  if (v instanceof Map) return [...v.keys()].map(String)
  if (Array.isArray(v)) return v.map((_, i) => String(i))
  if (isRecord(v)) return Object.keys(v)
  return []
}

function child(v: unknown, key: string): unknown {
  if (v instanceof Map) return v.has(key) ? v.get(key) : MISSING
  if (Array.isArray(v))
    return /^\d+$/.test(key) && Number(key) < v.length ? v[Number(key)] : MISSING
  if (isRecord(v)) return Object.prototype.hasOwnProperty.call(v, key) ? v[key] : MISSING
  return MISSING
}

/** Up to `limit` names, sorted, with a count of the rest (env can hold hundreds). */
function listNames(names: string[], limit = 15): string {
  if (names.length === 0) return '(none)'
  const sorted = [...names].sort()
  const shown = sorted.slice(0, limit).join(', ')
  return sorted.length > limit ? `${shown}, … (${sorted.length - limit} more)` : shown
}

interface Parsed {
  path: string
  fallback?: string
}

function parseExpression(expr: string, text: string, where: string): Parsed {
  const trimmed = expr.trim()
  const sep = trimmed.indexOf(':-')
  const path = (sep >= 0 ? trimmed.slice(0, sep) : trimmed).trim()
  if (!PATH.test(path)) {
    throw new TemplateError(
      `${where}: "\${${expr}}" in "${text}" is not a variable. Templates are dotted names such as ` +
        '${printers.kitchen.port} or ${env.HA_TOKEN:-default}; no expressions are evaluated.',
      expr,
      where
    )
  }
  return sep >= 0 ? { path, fallback: trimmed.slice(sep + 2) } : { path }
}

function lookup(
  scope: Record<string, unknown>,
  parsed: Parsed,
  text: string,
  where: string
): unknown {
  const parts = parsed.path.split('.')
  let cur: unknown = scope
  for (let i = 0; i < parts.length; i++) {
    const next = child(cur, parts[i])
    if (next === MISSING || next === undefined) {
      if (parsed.fallback !== undefined) return parsed.fallback
      const at = parts.slice(0, i).join('.')
      const known = i === 0 ? keysOf(scope) : keysOf(cur)
      let hint = at ? `${at} has: ${listNames(known)}` : `known names: ${listNames(known)}`
      if (parts[0] === 'env' && i === 1) {
        hint = `set ${parts[1]} in the environment, or give a default: \${${parsed.path}:-value}`
      }
      throw new TemplateError(
        `${where}: unknown variable "${parsed.path}" in "${text}" (${hint}).`,
        parsed.path,
        where
      )
    }
    cur = next
  }
  if ((cur === null || cur === '') && parsed.fallback !== undefined) return parsed.fallback
  return cur
}

function toText(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  if (v === null) return 'null'
  return JSON.stringify(v)
}

/**
 * Replaces every `${...}` in `text` with its value from `scope`.
 *
 * @param text the template.
 * @param scope nested values, e.g. `{ printers: { kitchen: { host, port } }, env: process.env }`.
 * @param where where the text came from, for error messages (`perf-gate.yml: services.api.env.PORT`).
 * @returns the rendered text.
 * @throws TemplateError naming the variable, `where` and the names that do exist.
 */
export function renderTemplate(
  text: string,
  scope: Record<string, unknown>,
  where: string
): string {
  if (!text.includes('${')) return text
  return text.replace(TOKEN, (match: string, expr: string | undefined) => {
    if (match === '$${') return '${'
    return toText(lookup(scope, parseExpression(expr ?? '', text, where), text, where))
  })
}

/**
 * Renders every string inside `value` (objects and arrays, recursively; keys are left alone).
 * A string that is exactly one `${x}` keeps the type of `x` — a number stays a number and an
 * object stays an object — so JSON request bodies such as `{ "data": "${job.data}" }` carry the
 * job's own data rather than its text form.
 *
 * @param value any JSON-like value; not modified.
 * @param where prefix of the location used in error messages; nested keys are appended.
 */
export function renderDeep<T>(value: T, scope: Record<string, unknown>, where: string): T {
  return deep(value, scope, where) as T
}

function deep(value: unknown, scope: Record<string, unknown>, where: string): unknown {
  if (typeof value === 'string') {
    const single = SINGLE.exec(value)
    if (single) return lookup(scope, parseExpression(single[1], value, where), value, where)
    return renderTemplate(value, scope, where)
  }
  if (Array.isArray(value)) return value.map((v, i) => deep(v, scope, `${where}[${i}]`))
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = deep(v, scope, `${where}.${k}`)
    return out
  }
  return value
}

/** True when `text` contains a template (`${`), so callers can skip rendering work per request. */
export function hasTemplate(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${')
  if (Array.isArray(value)) return value.some(hasTemplate)
  if (isRecord(value)) return Object.values(value).some(hasTemplate)
  return false
}
