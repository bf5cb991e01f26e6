/**
 * Validation of a parsed perf-gate.yml against the JSON Schemas (ajv), with errors a user can act
 * on: file, line, field path, what was found and what is allowed. Pure: the loader does the I/O.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { builtinKindSchemas, topLevelSchema } from './schema.js'
import type { Defaults, PerfGateConfig, WorkloadDef } from './types.js'
import { TEMPLATE_PATH, TEMPLATE_TOKEN } from './template.js'
import { closest } from '../names.js'
import { LATENCY_METRICS } from '../metrics.js'

/** Metrics of sustained service workloads (src/workloads/service.ts) besides LATENCY_METRICS. */
const SUSTAINED_LATENCY_METRICS = ['latency.drift', 'latency.degradation']

/** One problem found in a config file. */
export interface ConfigIssue {
  /** Field path, e.g. `workloads[2].repetitions`. */
  path: string
  /** 1-based line in the file, when known. */
  line?: number
  message: string
}

/** Thrown for an invalid config; `message` lists every issue, one per line. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ConfigIssue[],
    /** What is wrong as a whole, before the list. */
    summary = 'invalid configuration'
  ) {
    super(
      `${file}: ${summary} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues
          .map(
            (i) =>
              `  ${file}${i.line ? `:${i.line}` : ''}: ${i.path || '(top level)'}: ${i.message}`
          )
          .join('\n')
    )
    this.name = 'ConfigError'
  }
}

/** Schemas beyond the built-in kinds: workload kinds and fixture types contributed by other modules. */
export interface SchemaRegistry {
  kinds: Record<string, object>
  printer?: object
  service?: object
}

export interface ValidateOptions {
  file: string
  /** Maps a path (keys and indexes) to a 1-based line of the source, when the parser knows it. */
  locate?: (path: Array<string | number>) => number | undefined
  registry?: SchemaRegistry
  /** Checks each budget expression; returns an error message or undefined. */
  checkBudget?: (expression: string) => string | undefined
}

const DEFAULTS: Defaults = {
  repetitions: 5,
  warmup: 1,
  threshold: 10,
  thresholds: {},
  budgets: [],
  history: 30,
  seed: 1,
  compare: 'baseline'
}

const ajv = new Ajv({ allErrors: true, strict: false, discriminator: true })
const compiled = new WeakMap<object, ValidateFunction>()
function validator(schema: object): ValidateFunction {
  let v = compiled.get(schema)
  if (!v) {
    v = ajv.compile(schema)
    compiled.set(schema, v)
  }
  return v
}

/** `10`, `"10%"`, `" 7.5 % "` -> percent number. */
export function parsePercent(value: number | string): number {
  return typeof value === 'number' ? value : Number(value.replace('%', '').trim())
}

function pathToString(parts: Array<string | number>): string {
  let s = ''
  for (const p of parts) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p
  return s
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${JSON.stringify(value)} (${typeof value})`
}

function valueAt(root: unknown, parts: Array<string | number>): unknown {
  let v: unknown = root
  for (const p of parts) v = v == null ? undefined : (v as Record<string | number, unknown>)[p]
  return v
}

function schemaAt(
  schema: Record<string, unknown>,
  schemaPath: string
): Record<string, unknown> | undefined {
  let s: unknown = schema
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (!part) continue
    s = (s as Record<string, unknown> | undefined)?.[
      decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))
    ]
  }
  return s as Record<string, unknown> | undefined
}

/** The kind of JSON value an anyOf branch takes (as `typeof` names it), if it says. */
function branchKind(b: Record<string, unknown>): string | undefined {
  const t = b.type
  if (t === 'integer' || t === 'number') return 'number'
  if (typeof t === 'string') return t
  if (b.properties) return 'object'
  if (b.items) return 'array'
  return undefined
}

/** Turns ajv errors into user-facing issues (deduplicated, anyOf branches collapsed). */
function toIssues(
  errors: ErrorObject[],
  data: unknown,
  schema: Record<string, unknown>,
  prefix: Array<string | number>,
  opts: ValidateOptions
): ConfigIssue[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath))
  const out: ConfigIssue[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && anyOfPaths.has(e.instancePath)) continue
    const rel = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
    const parts = [...prefix, ...rel]
    const found = valueAt(data, rel)
    let path = pathToString(parts)
    let message: string
    switch (e.keyword) {
      case 'required':
        path = pathToString([...parts, e.params.missingProperty as string])
        message = `required field is missing. Add \`${e.params.missingProperty}:\`.`
        break
      case 'additionalProperties': {
        const key = e.params.additionalProperty as string
        const props = Object.keys((schemaAt(schema, e.schemaPath)?.properties as object) ?? {})
        const guess = closest(key, props)
        path = pathToString([...parts, key])
        message =
          `unknown field \`${key}\`.` +
          (guess ? ` Did you mean \`${guess}\`?` : '') +
          (props.length ? ` Allowed here: ${props.join(', ')}.` : '')
        break
      }
      case 'type':
        message = `found ${describe(found)}; expected ${e.params.type}.`
        break
      case 'enum':
        message = `found ${describe(found)}; expected one of: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`
        break
      case 'const':
        message = `found ${describe(found)}; expected ${JSON.stringify(e.params.allowedValue)}.`
        break
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        message = `found ${describe(found)}; must be ${e.params.comparison} ${e.params.limit}.`
        break
      case 'pattern': {
        const s = schemaAt(schema, e.schemaPath)
        message = `found ${describe(found)}; expected ${(s?.description as string | undefined) ?? `text matching ${e.params.pattern}`}.`
        break
      }
      case 'minLength':
        message =
          found === ''
            ? 'is empty; give a value.'
            : `found ${describe(found)}; must be at least ${e.params.limit} characters.`
        break
      case 'maxLength':
        message = `is ${String(found).length} characters long; at most ${e.params.limit} are allowed.`
        break
      case 'minItems':
        message = `is empty; give at least ${e.params.limit === 1 ? 'one entry' : `${e.params.limit} entries`}.`
        break
      case 'discriminator': {
        const s = schemaAt(schema, e.schemaPath)
        const allowed = ((s?.oneOf as Array<{ properties?: { type?: { const?: string } } }>) ?? [])
          .map((b) => b.properties?.type?.const)
          .filter(Boolean) as string[]
        const tag = (e.params as { tag?: string }).tag ?? 'type'
        const value = (found as Record<string, unknown> | undefined)?.[tag]
        const guess = typeof value === 'string' ? closest(value, allowed) : undefined
        path = pathToString([...parts, tag])
        message = `found ${describe(value)}; expected one of: ${allowed.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`
        break
      }
      case 'anyOf': {
        const parent = schemaAt(schema, e.schemaPath)
        const branches = (parent?.anyOf as Array<Record<string, unknown>> | undefined) ?? []
        const requiredOnly = branches.every(
          (b) => Array.isArray(b.required) && Object.keys(b).length === 1
        )
        if (branches.length && requiredOnly) {
          message = `needs one of: ${branches.map((b) => `\`${(b.required as string[]).join('`, `')}:\``).join(', ')}.`
          break
        }
        // One branch takes this kind of value (a mapping, a list, ...): its own problems say
        // what is wrong ("unknown field `methd`") better than "none of the forms matched".
        const kind = Array.isArray(found) ? 'array' : found === null ? 'null' : typeof found
        const fits = branches.filter((b) => branchKind(b) === kind)
        if (fits.length === 1) {
          const v = validator(fits[0])
          if (!v(found)) {
            out.push(...toIssues(v.errors ?? [], found, fits[0], parts, opts))
            continue
          }
        }
        message = `found ${describe(found)}; expected ${(parent?.description as string | undefined) ?? 'a different value'}.`
        break
      }
      default:
        message = `found ${describe(found)}; ${e.message ?? 'is not allowed'}.`
    }
    const k = path + message
    if (seen.has(k)) continue
    seen.add(k)
    const where =
      e.keyword === 'additionalProperties'
        ? [...parts, e.params.additionalProperty as string]
        : parts
    out.push({ path, line: opts.locate?.(where) ?? opts.locate?.(parts), message })
  }
  // A branch's own errors can come both from ajv and from the branch re-checked above.
  return out.filter(
    (x, i) => out.findIndex((y) => y.path === x.path && y.message === x.message) === i
  )
}

const FIELDS: Record<string, string[]> = {
  printers: ['host', 'port'],
  services: ['host', 'port', 'url'],
  job: ['data', 'service', 'index', 'seed']
}

function namesOf(section: unknown): string[] {
  return section && typeof section === 'object' && !Array.isArray(section)
    ? Object.keys(section)
    : []
}

/**
 * What `run` would only find once printers and services are up: references to a printer or
 * service that is not defined, template variables that cannot exist, and `ready.log` patterns
 * that are no regular expression. Checked here so `validate` and the start of `run` say it
 * with the file, line and field (env variables are looked up at run time; a `:-` default covers
 * a missing one).
 */
function referenceIssues(raw: Record<string, unknown>, opts: ValidateOptions): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const defined: Record<string, string[]> = {
    printers: namesOf(raw.printers),
    services: namesOf(raw.services)
  }
  const add = (parts: Array<string | number>, message: string): void => {
    issues.push({ path: pathToString(parts), line: opts.locate?.(parts), message })
  }
  const unknownName = (section: string, name: string): string => {
    const known = defined[section]
    if (known.length === 0)
      return `no ${section} are defined; add a \`${section}:\` section with "${name}".`
    const guess = closest(name, known)
    return `no ${section.slice(0, -1)} named "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Defined: ${known.join(', ')}.`
  }
  const checkString = (text: string, parts: Array<string | number>, jobAllowed: boolean): void => {
    for (const m of text.matchAll(TEMPLATE_TOKEN)) {
      if (m[1] === undefined) continue
      const [expr, fallback] = m[1].split(':-', 2)
      const name = expr.trim()
      if (!TEMPLATE_PATH.test(name)) {
        add(
          parts,
          `"\${${m[1]}}" is not a template variable: templates are dotted names such as \${services.api.port}, with no expressions. Write $\${ for a literal \${.`
        )
        continue
      }
      if (fallback !== undefined) continue
      const [root, entry, field] = name.split('.')
      if (root === 'env') continue
      if (root === 'job' && jobAllowed) {
        if (entry !== undefined && !FIELDS.job.includes(entry))
          add(parts, `unknown variable "${name}": job has ${FIELDS.job.join(', ')}.`)
        continue
      }
      if (root === 'printers' || root === 'services') {
        if (entry === undefined) continue
        if (!defined[root].includes(entry))
          add(parts, `unknown variable "${name}": ${unknownName(root, entry)}`)
        else if (field !== undefined && !FIELDS[root].includes(field))
          add(parts, `unknown variable "${name}": ${root}.${entry} has ${FIELDS[root].join(', ')}.`)
        continue
      }
      const roots = ['env', 'printers', 'services', ...(jobAllowed ? ['job'] : [])]
      const guess = closest(root, roots)
      add(
        parts,
        `unknown variable "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Templates can use ${roots.map((r) => (r === 'env' ? 'env.NAME' : r === 'job' ? 'job.data' : `${r}.<name>.${FIELDS[r][1]}`)).join(', ')}.`
      )
    }
  }
  const walk = (v: unknown, parts: Array<string | number>, jobAllowed: boolean): void => {
    if (typeof v === 'string') checkString(v, parts, jobAllowed)
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...parts, i], jobAllowed))
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...parts, k], jobAllowed)
  }
  for (const section of ['printers', 'services'] as const) {
    const entries = raw[section]
    if (entries && typeof entries === 'object') walk(entries, [section], false)
  }
  const services = (raw.services ?? {}) as Record<string, unknown>
  for (const [name, def] of Object.entries(services)) {
    const log = (def as { ready?: { log?: unknown } } | null)?.ready?.log
    if (typeof log !== 'string') continue
    try {
      new RegExp(log)
    } catch (err) {
      add(
        ['services', name, 'ready', 'log'],
        `not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')}). Escape characters such as ( ) [ ] . * with a backslash to match them literally.`
      )
    }
  }
  const workloads = Array.isArray(raw.workloads) ? raw.workloads : []
  // `latency.*` names are fixed for the built-in kinds, so a typo there is caught before running
  // (other names are checked against what the workload reports, when compared).
  const latencyNames = (kind: unknown): string[] | undefined =>
    kind === 'command' || kind === 'printer'
      ? [...LATENCY_METRICS]
      : kind === 'service'
        ? [...LATENCY_METRICS, ...SUSTAINED_LATENCY_METRICS]
        : undefined
  /** `entries`: [key under `parts`, metric name] (list index for `gate`, the name for `thresholds`). */
  const checkMetricNames = (
    entries: Array<[string | number, string]>,
    parts: Array<string | number>,
    known: string[]
  ): void => {
    for (const [key, name] of entries) {
      if (!name.startsWith('latency.') || known.includes(name)) continue
      const guess = closest(name, known)
      add(
        [...parts, key],
        `no metric "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Latency metrics: ${known.join(', ')}.`
      )
    }
  }
  workloads.forEach((w: unknown, i: number) => {
    if (!w || typeof w !== 'object') return
    const def = w as Record<string, unknown>
    const known = latencyNames(def.kind)
    if (known) {
      if (Array.isArray(def.gate))
        checkMetricNames(
          def.gate.map((m, j) => [j, String(m)]),
          ['workloads', i, 'gate'],
          known
        )
      if (def.thresholds && typeof def.thresholds === 'object')
        checkMetricNames(
          Object.keys(def.thresholds).map((m) => [m, m]),
          ['workloads', i, 'thresholds'],
          known
        )
    }
    if (
      def.kind === 'service' &&
      typeof def.service === 'string' &&
      !defined.services.includes(def.service)
    )
      add(['workloads', i, 'service'], unknownName('services', def.service))
    if (
      def.kind === 'printer' &&
      typeof def.printer === 'string' &&
      !defined.printers.includes(def.printer)
    )
      add(['workloads', i, 'printer'], unknownName('printers', def.printer))
    walk(def, ['workloads', i], def.kind === 'service')
  })
  return issues
}

/**
 * Validates parsed config data and returns it with defaults applied.
 * @throws ConfigError listing every problem found (not just the first).
 */
export function validateConfig(data: unknown, opts: ValidateOptions): PerfGateConfig {
  const kinds: Record<string, object> = { ...builtinKindSchemas, ...(opts.registry?.kinds ?? {}) }
  const issues: ConfigIssue[] = []
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(opts.file, [
      {
        path: '',
        message: `found ${describe(data)}; expected a mapping with at least \`workloads:\`.`
      }
    ])
  }
  const top = validator(topLevelSchema)
  if (!top(data)) issues.push(...toIssues(top.errors ?? [], data, topLevelSchema, [], opts))
  const raw = data as Record<string, unknown>
  const workloads = Array.isArray(raw.workloads) ? (raw.workloads as Record<string, unknown>[]) : []
  const names = new Map<string, number>()
  workloads.forEach((w, i) => {
    if (!w || typeof w !== 'object') return
    const kind = w.kind
    if (typeof kind === 'string') {
      const schema = kinds[kind]
      if (!schema) {
        const guess = closest(kind, Object.keys(kinds))
        issues.push({
          path: `workloads[${i}].kind`,
          line: opts.locate?.(['workloads', i, 'kind']),
          message: `unknown kind ${JSON.stringify(kind)}.${guess ? ` Did you mean "${guess}"?` : ''} Allowed: ${Object.keys(kinds).join(', ')}.`
        })
      } else {
        const v = validator(schema)
        if (!v(w))
          issues.push(
            ...toIssues(
              v.errors ?? [],
              w,
              schema as Record<string, unknown>,
              ['workloads', i],
              opts
            )
          )
      }
    }
    if (typeof w.name === 'string') {
      if (names.has(w.name)) {
        issues.push({
          path: `workloads[${i}].name`,
          line: opts.locate?.(['workloads', i, 'name']),
          message: `duplicate workload name ${JSON.stringify(w.name)} (also workloads[${names.get(w.name)}]). Names must be unique: they name the baseline files.`
        })
      } else names.set(w.name, i)
    }
    const budgets = Array.isArray(w.budgets) ? w.budgets : []
    budgets.forEach((b, j) => {
      const err = typeof b === 'string' ? opts.checkBudget?.(b) : undefined
      if (err)
        issues.push({
          path: `workloads[${i}].budgets[${j}]`,
          line: opts.locate?.(['workloads', i, 'budgets', j]),
          message: err
        })
    })
  })
  for (const [section, schema] of [
    ['printers', opts.registry?.printer],
    ['services', opts.registry?.service]
  ] as const) {
    const entries = raw[section]
    if (!schema || !entries || typeof entries !== 'object') continue
    const v = validator(schema)
    for (const [name, def] of Object.entries(entries as Record<string, unknown>)) {
      if (!v(def))
        issues.push(
          ...toIssues(v.errors ?? [], def, schema as Record<string, unknown>, [section, name], opts)
        )
    }
  }
  const d = (raw.defaults ?? {}) as Record<string, unknown>
  for (const [j, b] of (Array.isArray(d.budgets) ? d.budgets : []).entries()) {
    const err = typeof b === 'string' ? opts.checkBudget?.(b) : undefined
    if (err)
      issues.push({
        path: `defaults.budgets[${j}]`,
        line: opts.locate?.(['defaults', 'budgets', j]),
        message: err
      })
  }
  // The sequential window must contain the nominal pair count (10 unless `pairs` says otherwise).
  const nominal = typeof d.pairs === 'number' ? d.pairs : 10
  if (typeof d['min-pairs'] === 'number' && d['min-pairs'] > nominal) {
    issues.push({
      path: 'defaults.min-pairs',
      line: opts.locate?.(['defaults', 'min-pairs']),
      message: `min-pairs ${d['min-pairs']} is more than pairs ${nominal}${typeof d.pairs === 'number' ? '' : ' (the default)'}; set min-pairs <= pairs <= max-pairs.`
    })
  }
  if (typeof d['max-pairs'] === 'number' && d['max-pairs'] < nominal) {
    issues.push({
      path: 'defaults.max-pairs',
      line: opts.locate?.(['defaults', 'max-pairs']),
      message: `max-pairs ${d['max-pairs']} is less than pairs ${nominal}${typeof d.pairs === 'number' ? '' : ' (the default)'}; set min-pairs <= pairs <= max-pairs.`
    })
  }
  if (issues.length === 0) issues.push(...referenceIssues(raw, opts))
  // One problem can surface twice (the kind's schema and the common keys both require `name`).
  const unique = issues.filter(
    (x, i) => issues.findIndex((y) => y.path === x.path && y.message === x.message) === i
  )
  if (unique.length) throw new ConfigError(opts.file, unique)

  const thresholds: Record<string, number> = {}
  for (const [k, v] of Object.entries((d.thresholds ?? {}) as Record<string, number | string>))
    thresholds[k] = parsePercent(v)
  const defaults: Defaults = {
    ...DEFAULTS,
    ...(d as Partial<Defaults>),
    threshold:
      d.threshold !== undefined ? parsePercent(d.threshold as number | string) : DEFAULTS.threshold,
    thresholds,
    budgets: (d.budgets as string[] | undefined) ?? [],
    baseRef: d['base-ref'] as string | undefined,
    minPairs: d['min-pairs'] as number | undefined,
    maxPairs: d['max-pairs'] as number | undefined
  }
  for (const k of ['base-ref', 'min-pairs', 'max-pairs'])
    delete (defaults as unknown as Record<string, unknown>)[k]
  return {
    version: 1,
    defaults,
    printers: (raw.printers ?? {}) as PerfGateConfig['printers'],
    services: (raw.services ?? {}) as PerfGateConfig['services'],
    workloads: workloads as WorkloadDef[]
  }
}
