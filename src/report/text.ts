/**
 * The report as plain text for a terminal (`perf-gate run --format text`): the markdown report
 * with its markup taken off, tables aligned in columns, charts left out. Pure.
 */

/** Undoes the report's markdown escapes (`\|`, `\*`, `\_`, …) and inline markup. */
function plain(s: string): string {
  return s
    .replace(/\\`/g, '\u0000')
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<\/?(b|sub|sup|code)>/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\*_{}[\]()#+\-.!|<>@~])/g, '$1')
    .replace(/\u0000/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Splits a markdown table row into cells (a `\|` inside a cell is not a separator). */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  return inner.split(/(?<!\\)\|/).map((c) => plain(c.trim()))
}

function table(rows: string[]): string[] {
  const body = rows.filter((r) => !/^\|(\s*:?-+:?\s*\|)+\s*$/.test(r.trim())).map(cells)
  const widths: number[] = []
  for (const r of body) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)))
  return body.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length)))
      .join('  ')
      .trimEnd()
  )
}

/** Converts the markdown report into plain text. */
export function markdownToText(md: string): string {
  const out: string[] = []
  const lines = md.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('```mermaid')) {
      while (i < lines.length && lines[i] !== '```') i++
      continue
    }
    if (line.trimStart().startsWith('|')) {
      const rows: string[] = []
      while (i < lines.length && lines[i].trimStart().startsWith('|')) rows.push(lines[i++])
      i--
      out.push(...table(rows))
      continue
    }
    if (line.startsWith('```')) continue
    if (line === '</details>') continue
    const summary = /^<details><summary>(.*)<\/summary>$/.exec(line)
    if (summary) {
      out.push(plain(summary[1]))
      continue
    }
    out.push(plain(line.replace(/^#{1,6}\s+/, '')))
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
