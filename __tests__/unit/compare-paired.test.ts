import { describe, expect, it } from '@jest/globals'
import {
  comparePaired,
  interleaveOrder,
  pairedDecision,
  sequentialStop
} from '../../src/compare/index.js'
import { pairedSample } from '../../src/compare/paired.js'
import { createRng } from '../../src/stats/random.js'
import { testResults, testWorkload } from '../helpers/verdict-data.js'
import type { MetricResult, Results, Verdict, WorkloadResult } from '../../src/types.js'

function reps(seed: number, n: number, level: number, sigma = 0.03): number[] {
  const rng = createRng(seed)
  return Array.from({ length: n }, () => level * Math.exp(sigma * rng.normal()))
}

function metric(repetitions: number[], extra: Partial<MetricResult> = {}): MetricResult {
  const s = [...repetitions].sort((a, b) => a - b)
  return {
    unit: 'ms',
    direction: 'smaller',
    value: s[Math.floor(s.length / 2)],
    repetitions,
    ...extra
  }
}

const workload = testWorkload
const results = (workloads: WorkloadResult[]): Results => testResults(workloads)

const only = (v: Verdict, w = 'w', m = 'latency.p50') =>
  v.metrics.find((x) => x.workload === w && x.metric === m)!
const OPTS = Object.freeze({ thresholdPct: 5, direction: 'smaller' as const, alpha: 0.01 })

// The same noise on both sides, pair by pair, plus a small per-pair difference.
const BASE = Object.freeze(reps(1, 10, 100))
const JITTER = Object.freeze(reps(2, 10, 1, 0.02))
const head = (factor: number): number[] => BASE.map((b, k) => b * factor * JITTER[k])

describe('pairedDecision', () => {
  it.each([
    ['A/A', 1, 'unchanged'],
    ['+20 %', 1.2, 'regression'],
    ['+10 %', 1.1, 'regression'],
    ['+3 % (inside the 5 % threshold)', 1.03, 'unchanged'],
    ['-20 %', 0.8, 'improvement']
  ])('%s -> %s', (_label, factor, status) => {
    const d = pairedDecision([...BASE], head(factor), OPTS)
    expect(d.status).toBe(status)
    expect(d.pairs).toBe(10)
    expect(d.method).toBe('paired-t-robust')
    expect(d.ci[0]).toBeLessThanOrEqual(d.estimate)
    expect(d.ci[1]).toBeGreaterThanOrEqual(d.estimate)
    expect(d.estimate).toBeCloseTo(factor - 1, 1)
  })

  it('one disturbed run (x1.5 on the base side) cannot hide a +10 % change', () => {
    const base = [...BASE]
    base[3] *= 1.5
    const d = pairedDecision(base, head(1.1), OPTS)
    expect(d.disturbed).toEqual([3])
    expect(d.status).toBe('regression')
    expect(d.estimate).toBeGreaterThan(0.08)
  })

  it('a disturbed head run does not fake a regression either', () => {
    const h = head(1)
    h[6] *= 1.6
    const d = pairedDecision([...BASE], h, OPTS)
    expect(d.disturbed).toEqual([6])
    expect(d.status).toBe('unchanged')
  })

  it('bigger-is-better: a 20 % drop is a regression, a 20 % rise an improvement', () => {
    const o = { ...OPTS, direction: 'bigger' as const }
    expect(pairedDecision([...BASE], head(0.8), o).status).toBe('regression')
    expect(pairedDecision([...BASE], head(1.2), o).status).toBe('improvement')
  })

  it('one pair: the threshold alone decides (method ratio)', () => {
    const d = pairedDecision([100], [120], OPTS)
    expect(d).toMatchObject({ status: 'regression', method: 'ratio', pairs: 1, p: 1 })
    expect(d.estimate).toBeCloseTo(0.2, 12)
  })

  it('identical samples: unchanged, estimate 0, no NaN', () => {
    const d = pairedDecision([5, 5, 5, 5, 5, 5], [5, 5, 5, 5, 5, 5], OPTS)
    expect(d.status).toBe('unchanged')
    expect(d.estimate).toBe(0)
    expect(
      Object.values(d)
        .flat()
        .every((x) => typeof x !== 'number' || Number.isFinite(x))
    ).toBe(true)
  })

  it('zero and negative values use differences relative to the base median', () => {
    const s = pairedSample([0, 2, -1, 1, 0], [1, 3, 0, 2, 1])
    expect(s.log).toBe(false)
    // base median |0| -> scale 1, every difference is +1
    expect(s.d).toEqual([1, 1, 1, 1, 1])
  })

  it('scattered repetitions make an undecided metric unstable, but a clear change still stands', () => {
    const base = [100, 150, 70, 130, 90, 160, 60]
    // the same scattered values in another order: no consistent change, too noisy to judge
    const shuffled = [150, 60, 130, 100, 160, 70, 90]
    expect(pairedDecision(base, shuffled, OPTS).status).toBe('unstable')
    // every pair 30 % slower: the scatter is shared by both sides of each pair, the change is clear
    expect(
      pairedDecision(
        base,
        base.map((x) => x * 1.3),
        OPTS
      ).status
    ).toBe('regression')
  })
})

describe('sequentialStop', () => {
  const seq = { ...OPTS, minPairs: 6, maxPairs: 20 }
  it('continues below the minimum and stops at the maximum', () => {
    expect(sequentialStop(BASE.slice(0, 5), head(2).slice(0, 5), seq)).toBe('continue')
    const b = reps(3, 20, 100)
    expect(
      sequentialStop(
        b,
        b.map((x) => x * 1.05),
        seq
      )
    ).toBe('stop')
  })

  it('stops early when clearly beyond or clearly within the threshold', () => {
    expect(sequentialStop([...BASE], head(1.5), seq)).toBe('stop')
    expect(sequentialStop([...BASE], head(1), seq)).toBe('stop')
  })

  it('continues when the change sits on the threshold', () => {
    expect(sequentialStop([...BASE], head(1.05), seq)).toBe('continue')
  })
})

describe('interleaveOrder', () => {
  it('repeats ABBA BAAB', () => {
    expect(interleaveOrder(4).join('')).toBe('ABBABAAB')
    expect(interleaveOrder(5).join('')).toBe('ABBABAABAB')
    expect(interleaveOrder(0)).toEqual([])
  })

  it('every two slots hold one A and one B, and a linear drift cancels over each 2 pairs', () => {
    const order = interleaveOrder(12)
    for (let i = 0; i < order.length; i += 2) expect(new Set(order.slice(i, i + 2)).size).toBe(2)
    const a = order.flatMap((x, i) => (x === 'A' ? [i] : []))
    const b = order.flatMap((x, i) => (x === 'B' ? [i] : []))
    for (let k = 0; k < 12; k += 2) expect(b[k] - a[k] + (b[k + 1] - a[k + 1])).toBe(0)
  })
})

describe('comparePaired', () => {
  it('judges each metric with the paired statistic and reports pairs and CI', () => {
    const v = comparePaired(
      results([
        workload('w', { 'latency.p50': metric([...BASE]), 'latency.p95': metric([...BASE]) })
      ]),
      results([
        workload('w', { 'latency.p50': metric(head(1.2)), 'latency.p95': metric(head(1)) })
      ]),
      { defaultThreshold: 5 }
    )
    expect(v.mode).toBe('paired')
    expect(v.verdict).toBe('fail')
    const m = only(v)
    expect(m.status).toBe('regression')
    expect(m.statistic.method).toBe('paired-t-robust')
    expect(m.statistic.pairs).toBe(10)
    expect(m.statistic.ci).toHaveLength(2)
    expect(m.deltaPct!).toBeCloseTo(20, -1)
    expect(only(v, 'w', 'latency.p95').status).toBe('unchanged')
    expect(v.correction.metrics).toBe(2)
    expect(v.workloads[0]).toMatchObject({
      status: 'ok',
      message: '1 metric failed the gate: latency.p50.'
    })
    // How small a change these 10 pairs could catch: beyond the 5 % threshold, below the +20 % found.
    const p95 = only(v, 'w', 'latency.p95').statistic.detectable!
    expect(p95).toBeGreaterThanOrEqual(0.05)
    expect(p95).toBeLessThan(0.2)
    expect(v.notes.find((n) => n.startsWith('Sensitivity:'))).toMatch(
      /median \+\d+\.\d% for w latency\.p(50|95); from .*steadier workloads or more pairs sharpen/
    )
  })

  it('new and missing metrics and workloads, definition changes', () => {
    const v = comparePaired(
      results([
        workload('w', { 'latency.p50': metric([...BASE]), gone: metric([1, 2, 3]) }),
        workload('old', { 'latency.p50': metric([...BASE]) }),
        workload('changed', { 'latency.p50': metric([...BASE]) })
      ]),
      results([
        workload('w', { 'latency.p50': metric([...BASE]), added: metric([1, 2, 3]) }),
        workload('fresh', { 'latency.p50': metric([...BASE]) }),
        workload('changed', { 'latency.p50': metric(head(3)) }, { definitionHash: 'other' })
      ]),
      { defaultThreshold: 5 }
    )
    expect(only(v, 'w', 'added').status).toBe('new')
    expect(only(v, 'w', 'gone').status).toBe('missing')
    expect(only(v, 'fresh').status).toBe('new')
    expect(only(v, 'old').status).toBe('missing')
    expect(only(v, 'changed').status).toBe('definition-changed')
    expect(v.verdict).toBe('pass')
  })

  it('a base side that could not run: metrics error but not gated, a note names the side', () => {
    const v = comparePaired(
      results([
        workload(
          'w',
          { 'latency.p50': metric([1]) },
          { status: 'error', error: 'npm ci failed on the base commit' }
        )
      ]),
      results([workload('w', { 'latency.p50': metric([...BASE]) })]),
      { defaultThreshold: 5 }
    )
    expect(only(v).status).toBe('error')
    expect(only(v).gated).toBe(false)
    expect(v.verdict).toBe('pass')
    expect(v.notes.join('\n')).toContain(
      'The base side of w could not be measured: npm ci failed on the base commit.'
    )
  })

  it('unequal repetition counts compare complete pairs and say so', () => {
    const v = comparePaired(
      results([workload('w', { 'latency.p50': metric([...BASE]) })]),
      results([workload('w', { 'latency.p50': metric(head(1).slice(0, 8)) })]),
      { defaultThreshold: 5 }
    )
    expect(only(v).statistic.pairs).toBe(8)
    expect(v.notes.join('\n')).toContain('different number of repetitions for w/latency.p50')
  })

  it('a disturbed pair is named in the statistic note', () => {
    const base = [...BASE]
    base[2] *= 1.5
    const v = comparePaired(
      results([workload('w', { 'latency.p50': metric(base) })]),
      results([workload('w', { 'latency.p50': metric(head(1)) })]),
      { defaultThreshold: 5 }
    )
    expect(only(v).statistic.note).toContain('1 pair set aside')
    expect(only(v).status).toBe('unchanged')
  })

  it('budgets apply in paired mode too', () => {
    const v = comparePaired(
      results([workload('w', { 'latency.p50': metric([...BASE]) })]),
      results([workload('w', { 'latency.p50': metric([...BASE]) })]),
      {
        defaultThreshold: 5,
        budgets: ['p50 < 50ms']
      }
    )
    expect(only(v).status).toBe('budget-failed')
    expect(v.verdict).toBe('fail')
  })
})
