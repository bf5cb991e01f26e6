import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { comparePaired, compareToBaselines } from '../../src/compare/index.js'
import type { Baseline, Environment, MetricResult, Results, Verdict } from '../../src/types.js'

const ENV: Environment = {
  os: 'linux',
  arch: 'x64',
  cpuModel: 'c',
  cores: 2,
  memoryBytes: 1,
  node: 'v20',
  runner: 'r',
  fingerprint: 'f'
}
const STATUSES = new Set([
  'regression',
  'improvement',
  'unchanged',
  'unstable',
  'new',
  'missing',
  'definition-changed',
  'budget-failed',
  'error'
])

function results(reps: number[], direction: 'smaller' | 'bigger' = 'smaller'): Results {
  const sorted = [...reps].sort((a, b) => a - b)
  const m: MetricResult = {
    unit: 'ms',
    direction,
    value: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    repetitions: reps
  }
  return {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: 't' },
    createdAt: '',
    environment: ENV,
    workloads: [
      {
        name: 'w',
        kind: 'command',
        status: 'ok',
        definitionHash: 'd',
        repetitions: [],
        pooled: null,
        metrics: { m },
        checks: []
      }
    ]
  }
}

function baseline(history: number[]): Map<string, Baseline> {
  return new Map([
    [
      'w',
      {
        schemaVersion: 1,
        workload: 'w',
        definitionHash: 'd',
        environment: ENV,
        updatedAt: '',
        metrics: {
          m: {
            unit: 'ms',
            direction: 'smaller',
            value: history[history.length - 1] ?? NaN,
            repetitions: []
          }
        },
        history: history.map((v, i) => ({ date: `d${i}`, values: { m: v } }))
      }
    ]
  ])
}

function assertSane(v: Verdict): void {
  const walk = (x: unknown): void => {
    if (typeof x === 'number') expect(Number.isFinite(x)).toBe(true)
    else if (Array.isArray(x)) x.forEach(walk)
    else if (x && typeof x === 'object') Object.values(x).forEach(walk)
  }
  walk(v)
  for (const m of v.metrics) expect(STATUSES.has(m.status)).toBe(true)
  expect(['pass', 'fail']).toContain(v.verdict)
}

// Any double, including 0, negatives, NaN and infinities, as a metric value.
const anyValue = fc.oneof(
  fc.double({ noDefaultInfinity: false }),
  fc.constantFrom(0, -1, NaN, 1e-300, 1e300)
)
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true })

describe('compare properties (fast-check, seeded)', () => {
  it('never emits NaN or Infinity and always a known status, whatever the numbers', () => {
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 35 }),
        fc.array(anyValue, { maxLength: 12 }),
        (hist, reps) => {
          assertSane(compareToBaselines(results(reps), baseline(hist), { defaultThreshold: 10 }))
          assertSane(
            comparePaired(results(hist.slice(0, 12)), results(reps), { defaultThreshold: 5 })
          )
        }
      ),
      { seed: 20261123, numRuns: 300 }
    )
  })

  it('is scale invariant: the unit of a positive metric does not change the decision', () => {
    fc.assert(
      fc.property(
        fc.array(positive, { minLength: 1, maxLength: 30 }),
        fc.array(positive, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(1e-3, 7, 1000),
        (hist, reps, k) => {
          const a = compareToBaselines(results(reps), baseline(hist), { defaultThreshold: 10 })
          const b = compareToBaselines(
            results(reps.map((x) => x * k)),
            baseline(hist.map((x) => x * k)),
            { defaultThreshold: 10 }
          )
          expect(b.metrics[0].status).toBe(a.metrics[0].status)
        }
      ),
      { seed: 7, numRuns: 200 }
    )
  })

  it('paired mode is antisymmetric: swapping base and head swaps regression and improvement', () => {
    const seen = { regression: 0, improvement: 0 }
    fc.assert(
      fc.property(
        fc.double({ min: 0.7, max: 1.4, noNaN: true }),
        fc.array(
          fc.tuple(
            fc.double({ min: 90, max: 110, noNaN: true }),
            fc.double({ min: 0.97, max: 1.03, noNaN: true })
          ),
          {
            minLength: 2,
            maxLength: 12
          }
        ),
        (factor, pairs) => {
          const base = pairs.map(([b]) => b)
          const head = pairs.map(([b, j]) => b * factor * j)
          const ab = comparePaired(results(base), results(head), { defaultThreshold: 5 }).metrics[0]
          const ba = comparePaired(results(head), results(base), { defaultThreshold: 5 }).metrics[0]
          // Swapping negates every log ratio exactly, so the p-value mirrors; the thresholds sit at
          // +5 % and -5 % of the ratio, so a regression mirrors into an improvement once its change
          // is beyond 1 / 0.95 - 1 = 5.27 % (and vice versa).
          const e = ab.statistic.estimate ?? 0
          if (ab.status === 'regression' && e > 1 / 0.95 - 1) expect(ba.status).toBe('improvement')
          if (ab.status === 'improvement' && e < 1 / 1.05 - 1) expect(ba.status).toBe('regression')
          if (ab.status === 'unstable') expect(ba.status).toBe('unstable')
          expect(ba.statistic.p ?? 1).toBeCloseTo(ab.statistic.p ?? 1, 9)
          if (ab.status === 'regression') seen.regression++
          if (ab.status === 'improvement') seen.improvement++
        }
      ),
      { seed: 11, numRuns: 200 }
    )
    // The generator must actually reach both decisions, or the property proves nothing.
    expect(seen.regression).toBeGreaterThan(10)
    expect(seen.improvement).toBeGreaterThan(10)
  })
})
