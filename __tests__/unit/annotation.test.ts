/** The error annotations the action writes for regressions and failed budgets. */
import { describe, expect, it } from '@jest/globals'
import { annotationText } from '../../src/main.js'
import type { MetricVerdict } from '../../src/types.js'

const base: MetricVerdict = {
  workload: 'spin',
  metric: 'latency.p50',
  unit: 'ms',
  direction: 'smaller',
  baseline: 59.4442755,
  current: 88.4710195,
  deltaPct: 48.83,
  threshold: 5,
  status: 'regression',
  gated: true,
  statistic: { method: 'paired-robust' }
}

describe('annotationText', () => {
  it('rounds values and the change as the report does', () => {
    expect(annotationText(base)).toBe('latency.p50: 59.4 ms -> 88.5 ms (+48.8%, threshold 5%)')
    expect(annotationText({ ...base, baseline: 1500, current: 0.25 })).toBe(
      'latency.p50: 1.5 s -> 250 µs (+48.8%, threshold 5%)'
    )
  })

  it('names the failed budget instead of a threshold', () => {
    const v: MetricVerdict = {
      ...base,
      status: 'budget-failed',
      deltaPct: null,
      budgets: [
        { expression: 'latency.p95 < 80ms', passed: false },
        { expression: 'latency.p50 < 1s', passed: true }
      ]
    }
    expect(annotationText(v)).toBe('latency.p50: 88.5 ms fails its budget (latency.p95 < 80ms)')
  })
})
