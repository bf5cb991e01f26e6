/** Number and text formatting for reports. Pure. Rounding happens here and nowhere else. */

/** Three significant digits, no exponent for everyday magnitudes. */
export function sig(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value)
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 10 ** digits) return Math.round(value).toLocaleString('en-US')
  return Number(value.toPrecision(digits)).toString()
}

/** A value with its unit, scaled to a readable magnitude (ms -> µs/s, B -> KB/MB). */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  switch (unit) {
    case 'ms':
      if (Math.abs(value) >= 1000) return `${sig(value / 1000)} s`
      if (Math.abs(value) < 1 && value !== 0) return `${sig(value * 1000)} µs`
      return `${sig(value)} ms`
    case 'us':
    case 'µs':
      return Math.abs(value) >= 1000 ? formatValue(value / 1000, 'ms') : `${sig(value)} µs`
    case 's':
      return formatValue(value * 1000, 'ms')
    case 'B':
    case 'bytes': {
      const abs = Math.abs(value)
      if (abs >= 2 ** 30) return `${sig(value / 2 ** 30)} GiB`
      if (abs >= 2 ** 20) return `${sig(value / 2 ** 20)} MiB`
      if (abs >= 2 ** 10) return `${sig(value / 2 ** 10)} KiB`
      return `${sig(value)} B`
    }
    case '%':
      return `${sig(value)}%`
    case '/s':
      return `${sig(value)}/s`
    case 'count':
    case '':
      return sig(value)
    default:
      return `${sig(value)} ${escapeMarkdown(unit)}`
  }
}

/** "1 workload", "3 workloads". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** A signed percentage, e.g. "+12.3%". */
export function formatDelta(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—'
  const s = Math.abs(pct) >= 100 ? Math.round(pct).toString() : pct.toFixed(1)
  return `${pct > 0 ? '+' : ''}${s}%`
}

/**
 * Escapes text from users (workload and metric names, error output) for markdown tables: no
 * markdown, no HTML, no @-mentions or #-references can be injected through a name.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~-])/g, '\\$1')
    .replace(/@/g, '@\u200b')
}

/** Escapes text placed inside a fenced code block (no fence can be closed early). */
export function escapeCodeBlock(text: string): string {
  return text.replace(/```/g, "'''").replace(/@/g, '@\u200b')
}
