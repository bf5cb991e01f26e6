/**
 * Small trend charts for the report: a metric's baseline history with this run's value, as a
 * mermaid `xychart-beta` block, which GitHub renders in PR comments and job summaries. Pure.
 */

/** Options of {@link trendChart}. */
export interface TrendChartOptions {
  /** Most points drawn, this run included (older history is left out). Default 20. */
  maxPoints?: number
}

/**
 * Renders a fenced mermaid block: one line over the newest baseline history values and this
 * run's value last (x labels "-n" .. "-1", "now"), the y axis labelled with the unit and scaled
 * to the data with a margin, so a jump stands out. Non-finite values are left out. A few hundred
 * characters at the default size, so a report can carry one per flagged metric.
 *
 * @param title chart title, e.g. "checkout · latency.p95"
 * @param history run-level values of earlier main-branch runs, oldest first
 * @param current this run's value
 * @param unit unit of the values, e.g. "ms"
 */
export function trendChart(
  title: string,
  history: number[],
  current: number,
  unit: string,
  options: TrendChartOptions = {}
): string {
  const maxPoints = Math.max(2, Math.floor(options.maxPoints ?? 20))
  const past = history.filter((v) => Number.isFinite(v)).slice(-(maxPoints - 1))
  const values = Number.isFinite(current) ? [...past, current] : past
  const labels = past.map((_, i) => `"-${past.length - i}"`)
  if (Number.isFinite(current)) labels.push('"now"')
  const lines = ['```mermaid', 'xychart-beta', `  title "${clean(title)}"`]
  if (values.length === 0) {
    lines.push('  x-axis ["none"]', `  y-axis "${clean(unit)}" 0 --> 1`, '  line [0]', '```')
    return lines.join('\n')
  }
  const [lo, hi] = axisRange(values)
  lines.push(
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${clean(unit)}" ${formatNumber(lo)} --> ${formatNumber(hi)}`,
    `  line [${values.map(formatNumber).join(', ')}]`,
    '```'
  )
  return lines.join('\n')
}

/** Axis bounds with a 10% margin; never below 0 for non-negative data, never empty. */
export function axisRange(values: number[]): [number, number] {
  const min = Math.min(...values)
  const max = Math.max(...values)
  const span = max - min
  const pad = span > 0 ? span * 0.1 : Math.abs(max) * 0.1 || 1
  let lo = min - pad
  const hi = max + pad
  if (min >= 0 && lo < 0) lo = 0
  return [round3(lo), round3(hi)]
}

/** Three significant digits, written without exponents (mermaid's parser expects plain numbers). */
export function formatNumber(value: number): string {
  const r = round3(value)
  if (r === 0) return '0'
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(r))))
  return r
    .toFixed(Math.min(digits, 12))
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '')
}

function round3(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(3))
}

/** Titles and units sit in double quotes in mermaid: drop what would break the line or quote. */
function clean(text: string): string {
  return text.replace(/["\r\n`]/g, "'").slice(0, 80)
}
