/**
 * Absolute budgets: `latency.p95 < 150ms`, `errors == 0`, `throughput > 500/s`,
 * `memory.rss_growth < 20MB`. A budget fails the gate whatever the comparison mode, because it
 * states a limit the team chose, not a change against history.
 *
 * Hand-written: the grammar is one comparison, and a parser generator would cost more than it
 * saves; the point is error messages that say exactly what is wrong.
 */

/** Comparison operators a budget may use. */
export type BudgetOperator = '<' | '<=' | '>' | '>=' | '==' | '!='

/** What a unit measures; values convert only within one kind. */
export type UnitKind = 'time' | 'bytes' | 'percent' | 'rate' | 'count'

/** A parsed budget expression. */
export interface Budget {
  /** The expression as written (trimmed). */
  expression: string
  /** Metric name as written, e.g. `latency.p95` (or the short `p95`, see {@link resolveBudgetMetric}). */
  metric: string
  operator: BudgetOperator
  /** The limit in `unit`. */
  value: number
  /** Canonical unit of the limit: ms s us ns, B KB MB GB, %, /s, or '' for a plain count. */
  unit: string
  kind: UnitKind
}

/** A budget expression that cannot be parsed; the message names the problem and the allowed forms. */
export class BudgetSyntaxError extends Error {
  constructor(
    readonly expression: string,
    problem: string
  ) {
    super(`Invalid budget "${expression}": ${problem}. ${ALLOWED_FORMS}`)
    this.name = 'BudgetSyntaxError'
  }
}

/** A budget whose unit cannot be compared with the metric's unit (e.g. `ms` against bytes). */
export class BudgetUnitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BudgetUnitError'
  }
}

const ALLOWED_FORMS =
  'Write "<metric> <op> <number>[unit]" with <op> one of < <= > >= == != and unit one of ' +
  'ms, s, us, ns (time), B, KB, MB, GB (bytes, 1 KB = 1024 B), % (percent), /s (per second), or ' +
  'no unit for counts; for example "latency.p95 < 150ms", "errors == 0", "throughput > 500/s", ' +
  '"memory.rss_growth < 20MB".'

interface UnitInfo {
  canonical: string
  kind: UnitKind
  /** Multiplier to the kind's base unit (ms, B, %, /s, count). */
  factor: number
}

const UNIT_TABLE: Array<[string[], UnitInfo]> = [
  [['ns', 'nanoseconds'], { canonical: 'ns', kind: 'time', factor: 1e-6 }],
  [['us', 'µs', 'μs', 'microseconds'], { canonical: 'us', kind: 'time', factor: 1e-3 }],
  [['ms', 'msec', 'milliseconds'], { canonical: 'ms', kind: 'time', factor: 1 }],
  [['s', 'sec', 'secs', 'seconds'], { canonical: 's', kind: 'time', factor: 1000 }],
  [['b', 'byte', 'bytes'], { canonical: 'B', kind: 'bytes', factor: 1 }],
  [['kb', 'kib'], { canonical: 'KB', kind: 'bytes', factor: 1024 }],
  [['mb', 'mib'], { canonical: 'MB', kind: 'bytes', factor: 1024 ** 2 }],
  [['gb', 'gib'], { canonical: 'GB', kind: 'bytes', factor: 1024 ** 3 }],
  [['%', 'percent', 'pct'], { canonical: '%', kind: 'percent', factor: 1 }],
  [
    ['/s', 'per second', 'ops/s', 'req/s', 'requests/s', 'jobs/s', 'rps', 'hz'],
    { canonical: '/s', kind: 'rate', factor: 1 }
  ],
  [['', 'count', 'errors', 'requests', 'jobs', 'runs'], { canonical: '', kind: 'count', factor: 1 }]
]

const UNITS = new Map<string, UnitInfo>()
for (const [names, info] of UNIT_TABLE) for (const name of names) UNITS.set(name, info)

/**
 * Looks up a unit as a budget or a metric writes it (case-insensitive for letters except that
 * `B`/`b` both mean bytes; `/s` suffixes such as `req/s` are rates). Undefined when unknown.
 */
export function unitInfo(unit: string): UnitInfo | undefined {
  const u = unit.trim()
  const hit = UNITS.get(u) ?? UNITS.get(u.toLowerCase())
  if (hit) return hit
  if (/^[a-z]+\/s(ec)?$/i.test(u)) return UNITS.get('/s')
  return undefined
}

const OPERATORS: BudgetOperator[] = ['<=', '>=', '==', '!=', '<', '>']
const METRIC_RE = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/
const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/

/**
 * Parses a budget expression.
 *
 * @throws BudgetSyntaxError naming what is wrong (missing operator, bad metric name, missing or
 *   malformed number, unknown unit, trailing text) and the allowed forms.
 */
export function parseBudget(expr: string): Budget {
  if (typeof expr !== 'string')
    throw new BudgetSyntaxError(String(expr), 'a budget must be a string')
  const expression = expr.trim()
  if (expression === '') throw new BudgetSyntaxError(expr, 'the expression is empty')
  const at = findOperator(expression)
  if (!at) {
    if (/(^|[^=!<>])=([^=]|$)/.test(expression))
      throw new BudgetSyntaxError(
        expression,
        'a single "=" is not a comparison; use "==" for equality'
      )
    throw new BudgetSyntaxError(expression, 'no comparison operator (< <= > >= == !=) was found')
  }
  const metric = expression.slice(0, at.index).trim()
  const rest = expression.slice(at.index + at.op.length).trim()
  if (metric === '') throw new BudgetSyntaxError(expression, `no metric name before "${at.op}"`)
  if (!METRIC_RE.test(metric))
    throw new BudgetSyntaxError(
      expression,
      `"${metric}" is not a metric name (letters, digits, "_", "-", "." and "/", starting with a letter)`
    )
  if (rest === '') throw new BudgetSyntaxError(expression, `no number after "${at.op}"`)
  if (findOperator(rest)) throw new BudgetSyntaxError(expression, 'only one comparison is allowed')
  const num = NUMBER_RE.exec(rest)
  if (!num) throw new BudgetSyntaxError(expression, `"${rest}" does not start with a number`)
  const value = Number(num[0])
  if (!Number.isFinite(value))
    throw new BudgetSyntaxError(expression, `"${num[0]}" is not a finite number`)
  const unitText = rest.slice(num[0].length).trim()
  const info = unitInfo(unitText)
  if (!info) {
    const problem = /\s/.test(unitText)
      ? `unexpected text "${unitText}" after the number`
      : `unknown unit "${unitText}"`
    throw new BudgetSyntaxError(expression, problem)
  }
  return { expression, metric, operator: at.op, value, unit: info.canonical, kind: info.kind }
}

function findOperator(s: string): { index: number; op: BudgetOperator } | undefined {
  for (let i = 0; i < s.length; i++) {
    for (const op of OPERATORS) if (s.startsWith(op, i)) return { index: i, op }
  }
  return undefined
}

/**
 * Converts `value` measured in `unit` to the budget's unit.
 *
 * @throws BudgetUnitError when the kinds differ (time vs bytes ...) or the metric's unit is unknown
 *   while the budget has one.
 */
export function convertToBudgetUnit(b: Budget, value: number, unit: string): number {
  const from = unitInfo(unit)
  const to = unitInfo(b.unit)
  if (!to) throw new BudgetUnitError(`Budget "${b.expression}" has an unknown unit "${b.unit}".`)
  // A unitless budget compares the number as the metric reports it, whatever its unit.
  if (b.kind === 'count') return value
  if (!from)
    throw new BudgetUnitError(
      `Budget "${b.expression}" is in ${b.unit} but metric ${b.metric} is reported in "${unit}", ` +
        'which perf-gate cannot convert; write the budget without a unit to compare the raw number.'
    )
  if (from.kind !== to.kind)
    throw new BudgetUnitError(
      `Budget "${b.expression}" is a ${to.kind} limit (${b.unit}) but metric ${b.metric} is ${from.kind} ` +
        `(${unit || 'no unit'}); use a ${from.kind} unit in the budget.`
    )
  return (value * from.factor) / to.factor
}

/**
 * Whether a metric value meets a budget. `unit` is the metric's unit; it is converted to the
 * budget's (ms/s/us/ns, B/KB/MB/GB, %, /s). A non-finite value never meets a budget.
 * Equality (`==`, `!=`) uses a relative tolerance of 1e-9 so that unit conversion cannot break it.
 *
 * @throws BudgetUnitError when the units cannot be compared.
 */
export function checkBudget(b: Budget, value: number, unit: string): boolean {
  if (!Number.isFinite(value)) return false
  const v = convertToBudgetUnit(b, value, unit)
  const eq = Math.abs(v - b.value) <= 1e-9 * Math.max(1, Math.abs(b.value))
  switch (b.operator) {
    case '<':
      return v < b.value && !eq
    case '<=':
      return v <= b.value || eq
    case '>':
      return v > b.value && !eq
    case '>=':
      return v >= b.value || eq
    case '==':
      return eq
    case '!=':
      return !eq
  }
}

/**
 * The metric a budget names within a workload's metrics: the exact name, else `latency.<name>`
 * (so the short `p95 < 150ms` of the docs works). Undefined when neither exists.
 */
export function resolveBudgetMetric(
  b: Budget,
  metrics: Readonly<Record<string, unknown>>
): string | undefined {
  if (Object.hasOwn(metrics, b.metric)) return b.metric
  const long = `latency.${b.metric}`
  if (Object.hasOwn(metrics, long)) return long
  return undefined
}
