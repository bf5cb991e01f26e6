/** `--format text`: the markdown report without its markup, tables in aligned columns. */
import { describe, expect, it } from '@jest/globals'
import { markdownToText } from '../../src/report/text.js'

describe('markdownToText', () => {
  it('takes off markup and escapes, aligns tables, drops charts and keeps code text', () => {
    const md = [
      '### ❌ perf-gate: **FAIL** — 1 regression',
      '',
      '| status | workload | metric |',
      '| --- | --- | --- |',
      '| 🔴 regression | a\\_b\\|c | latency.p50 |',
      '| ⚪ unchanged | long-workload-name | p95 |',
      '',
      '```mermaid',
      'xychart-beta',
      '```',
      '<details><summary>✓ <b>a\\_b</b> (command, 5 repetitions)</summary>',
      '',
      '```text',
      'exit code 4',
      '```',
      '</details>'
    ].join('\n')
    expect(markdownToText(md)).toBe(
      [
        '❌ perf-gate: FAIL — 1 regression',
        '',
        'status        workload            metric',
        '🔴 regression  a_b|c               latency.p50',
        '⚪ unchanged   long-workload-name  p95',
        '',
        '✓ a_b (command, 5 repetitions)',
        '',
        'exit code 4'
      ].join('\n')
    )
  })

  it('undoes escaped backticks, HTML entities and inline tags', () => {
    expect(
      markdownToText('- ❌ nonzero: \\`echo a &gt;&amp;2; exit 3\\` exited<br><sub>perf-gate</sub>')
    ).toBe('- ❌ nonzero: `echo a >&2; exit 3` exited perf-gate')
  })
})
