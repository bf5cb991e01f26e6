/** The two sizes of the report: cut for a PR comment, whole for the job summary and the report file. */
import { describe, expect, it } from '@jest/globals'
import { FULL_REPORT_CHARS, judgeAgainstBaselines } from '../../src/gate.js'
import { MAX_REPORT_CHARS } from '../../src/report/markdown.js'
import { testResults, testWorkload } from '../helpers/verdict-data.js'

const workload = (i: number) =>
  testWorkload(`checkout${String(i).padStart(3, '0')}`, {
    'latency.p50': {
      unit: 'ms',
      direction: 'smaller',
      value: 10 + i,
      repetitions: [10, 11, 12, 13, 14]
    },
    'latency.p95': {
      unit: 'ms',
      direction: 'smaller',
      value: 20 + i,
      repetitions: [20, 21, 22, 23, 24]
    }
  })

describe('report sizes', () => {
  it('a small report is one text for both', () => {
    const judged = judgeAgainstBaselines(testResults([workload(1)]), new Map(), undefined)
    expect(judged.full).toBe(judged.markdown)
    expect(judged.full).not.toContain('left out')
  })

  it('hundreds of workloads: the comment is cut and points to the summary, the full report keeps every one', () => {
    const results = testResults(Array.from({ length: 400 }, (_, i) => workload(i)))
    const judged = judgeAgainstBaselines(results, new Map(), undefined)
    expect(judged.markdown.length).toBeLessThanOrEqual(MAX_REPORT_CHARS)
    expect(judged.markdown).toMatch(
      /left out to stay within 60,000 characters; see the job summary or the results file for everything/
    )
    expect(judged.full.length).toBeGreaterThan(MAX_REPORT_CHARS)
    expect(judged.full.length).toBeLessThanOrEqual(FULL_REPORT_CHARS)
    expect(judged.full).not.toContain('left out')
    for (const w of results.workloads) expect(judged.full).toContain(`<b>${w.name}</b>`)
  })
})
