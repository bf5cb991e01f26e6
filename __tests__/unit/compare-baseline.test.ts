import { describe, expect, it } from '@jest/globals'
import {
  BudgetSyntaxError,
  compareToBaselines,
  type ComparePolicy
} from '../../src/compare/index.js'
import { findLevelShift } from '../../src/compare/history.js'
import { createRng } from '../../src/stats/random.js'
import { parseConfigText } from '../../src/config/load.js'
import { policyFromConfig } from '../../src/policy.js'
import { testEnvironment, testResults, testWorkload } from '../helpers/verdict-data.js'
import type {
  Baseline,
  Environment,
  MetricResult,
  Results,
  Verdict,
  WorkloadResult
} from '../../src/types.js'

const env = (fingerprint = 'fp-ubuntu-2c'): Environment => testEnvironment(fingerprint)

function metric(value: number, extra: Partial<MetricResult> = {}): MetricResult {
  return {
    unit: 'ms',
    direction: 'smaller',
    value,
    repetitions: [value, value, value, value, value],
    ...extra
  }
}

const workload = testWorkload
const results = (workloads: WorkloadResult[], fingerprint = 'fp-ubuntu-2c'): Results =>
  testResults(workloads, fingerprint)

/** Seeded lognormal history around `level` with log-sd `sigma`; entries keyed by shared commits. */
function history(level: number, sigma: number, runs: number, seed: number): number[] {
  const rng = createRng(seed)
  return Array.from({ length: runs }, () => level * Math.exp(sigma * rng.normal()))
}

function baseline(
  name: string,
  values: Record<string, number[]>,
  extra: Partial<Baseline> = {}
): Baseline {
  const runs = Math.max(...Object.values(values).map((v) => v.length))
  const hist = Array.from({ length: runs }, (_, i) => ({
    date: `2026-11-${String(1 + i).padStart(2, '0')}`,
    commit: `c${i}`,
    values: Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => i < v.length)
        .map(([k, v]) => [k, v[i]])
    )
  }))
  const latest = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, metric(v[v.length - 1])])
  )
  return {
    schemaVersion: 1,
    workload: name,
    definitionHash: 'def1',
    environment: env(),
    updatedAt: '2026-11-23T00:00:00Z',
    metrics: latest,
    history: hist,
    ...extra
  }
}

const POLICY: ComparePolicy = Object.freeze({ defaultThreshold: 10 })

function only(v: Verdict, workload = 'w', metricName = 'latency.p50') {
  const m = v.metrics.find((x) => x.workload === workload && x.metric === metricName)
  if (!m) throw new Error(`no verdict for ${workload}/${metricName}`)
  return m
}

/** Every number anywhere in the verdict is finite (no NaN / Infinity reaches JSON or the report). */
function expectAllFinite(value: unknown, path = 'verdict'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`)
  } else if (Array.isArray(value)) value.forEach((x, i) => expectAllFinite(x, `${path}[${i}]`))
  else if (value && typeof value === 'object')
    for (const [k, x] of Object.entries(value)) expectAllFinite(x, `${path}.${k}`)
}

const H30 = Object.freeze(history(100, 0.06, 30, 1))

describe('compareToBaselines: decisions', () => {
  it.each([
    ['a +50 % slowdown is a regression', 150, 'regression', 'fail'],
    ['a -40 % change is an improvement', 60, 'improvement', 'pass'],
    ['+5 % is within noise and threshold', 105, 'unchanged', 'pass']
  ])('%s', (_label, current, status, verdict) => {
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(current) })]),
      new Map([['w', baseline('w', { 'latency.p50': [...H30] })]]),
      POLICY
    )
    const m = only(v)
    expect(m.status).toBe(status)
    expect(v.verdict).toBe(verdict)
    expect(m.statistic.method).toBe('history-t')
    expect(m.statistic.historyRuns).toBe(30)
    expect(m.statistic.prior).toBe(false)
    expect(m.statistic.alpha).toBeCloseTo(0.01, 12)
    expect(m.statistic.ci![0]).toBeLessThan(m.statistic.estimate!)
    expect(m.statistic.ci![1]).toBeGreaterThan(m.statistic.estimate!)
    expect(m.deltaPct).toBeCloseTo(m.statistic.estimate! * 100, 10)
    expectAllFinite(v)
  })

  it('a change beyond the threshold but within the job-to-job noise is not a regression', () => {
    const noisy = history(100, 0.15, 30, 2)
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(118) })]),
      new Map([['w', baseline('w', { 'latency.p50': noisy })]]),
      POLICY
    )
    const m = only(v)
    expect(m.deltaPct!).toBeGreaterThan(10)
    expect(m.status).toBe('unchanged')
    expect(m.statistic.p!).toBeGreaterThan(0.01)
  })

  it('a significant change inside the threshold is not a regression', () => {
    const tight = history(100, 0.005, 30, 3)
    const m = only(
      compareToBaselines(
        results([workload('w', { 'latency.p50': metric(106) })]),
        new Map([['w', baseline('w', { 'latency.p50': tight })]]),
        POLICY
      )
    )
    expect(m.statistic.p!).toBeLessThan(1e-6)
    expect(m.status).toBe('unchanged')
  })

  it('bigger-is-better metrics regress when they drop', () => {
    const thr = history(500, 0.03, 30, 4)
    const w = workload('w', { throughput: metric(350, { unit: '/s', direction: 'bigger' }) })
    const m = only(
      compareToBaselines(
        results([w]),
        new Map([['w', baseline('w', { throughput: thr })]]),
        POLICY
      ),
      'w',
      'throughput'
    )
    expect(m.status).toBe('regression')
    expect(m.deltaPct!).toBeLessThan(-25)
  })

  it('per-metric and per-workload thresholds override the default', () => {
    const tight = history(100, 0.005, 30, 5)
    const bl = new Map([['w', baseline('w', { 'latency.p50': tight, 'latency.p95': tight })]])
    const cur = results([workload('w', { 'latency.p50': metric(106), 'latency.p95': metric(106) })])
    const v = compareToBaselines(cur, bl, {
      defaultThreshold: 10,
      workloads: { w: { threshold: 8, thresholds: { 'latency.p50': 3 } } }
    })
    expect(only(v).threshold).toBe(3)
    expect(only(v).status).toBe('regression')
    expect(only(v, 'w', 'latency.p95').threshold).toBe(8)
    expect(only(v, 'w', 'latency.p95').status).toBe('unchanged')
  })
})

describe('compareToBaselines: edge cases', () => {
  it('zero baseline: 0 -> 0 is unchanged, 0 -> 3 errors is a regression, no NaN anywhere', () => {
    const bl = new Map([['w', baseline('w', { errors: [0, 0, 0, 0, 0] })]])
    const same = compareToBaselines(
      results([workload('w', { errors: metric(0, { unit: 'count' }) })]),
      bl,
      POLICY
    )
    expect(only(same, 'w', 'errors').status).toBe('unchanged')
    expect(only(same, 'w', 'errors').deltaPct).toBeNull()
    const worse = compareToBaselines(
      results([
        workload('w', { errors: metric(3, { unit: 'count', repetitions: [3, 3, 3, 3, 3] }) })
      ]),
      bl,
      POLICY
    )
    const m = only(worse, 'w', 'errors')
    expect(m.status).toBe('regression')
    expect(m.deltaPct).toBeNull()
    expect(m.statistic.method).toBe('zero-baseline')
    expect(m.message).toContain('percentage change is undefined')
    expectAllFinite(same)
    expectAllFinite(worse)
  })

  it('values <= 0 in the history switch to the linear test instead of a log of 0', () => {
    const bl = new Map([
      ['w', baseline('w', { 'memory.rss_growth': [-2, 1, 0, 2, -1, 1, 0, 2, -1, 1] })]
    ])
    const m = only(
      compareToBaselines(
        results([workload('w', { 'memory.rss_growth': metric(0.5, { unit: 'MB' }) })]),
        bl,
        POLICY
      ),
      'w',
      'memory.rss_growth'
    )
    expect(m.statistic.method).toBe('history-t-linear')
    expect(m.status).toBe('unchanged')
  })

  it('a NaN current value is an error (gated: the gate fails) and leaves no NaN in the output', () => {
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(NaN) })]),
      new Map([['w', baseline('w', { 'latency.p50': [...H30] })]]),
      POLICY
    )
    expect(only(v).status).toBe('error')
    expect(only(v).current).toBeNull()
    expect(v.verdict).toBe('fail')
    expectAllFinite(v)
  })

  it('NaN entries in the history are ignored', () => {
    const bl = baseline('w', { 'latency.p50': [...H30] })
    bl.history[3].values['latency.p50'] = NaN
    const m = only(
      compareToBaselines(
        results([workload('w', { 'latency.p50': metric(100) })]),
        new Map([['w', bl]]),
        POLICY
      )
    )
    expect(m.statistic.historyRuns).toBe(29)
    expect(m.status).toBe('unchanged')
  })

  it('a fresh baseline (1 run) is judged with the stated prior, and the report says so', () => {
    const bl = new Map([['w', baseline('w', { 'latency.p50': [100] })]])
    const small = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(115) })]),
      bl,
      POLICY
    )
    expect(only(small).status).toBe('unchanged')
    expect(only(small).statistic.prior).toBe(true)
    expect(only(small).statistic.noise).toBeCloseTo(0.07, 12)
    expect(only(small).statistic.note).toContain('drift prior 7.0%')
    expect(small.notes.join('\n')).toContain(
      '1 metric judged with a prior drift of 7.0% between jobs because its baseline has fewer than 10 runs of history'
    )
    const big = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(200) })]),
      bl,
      POLICY
    )
    expect(only(big).status).toBe('regression')
    const custom = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(115) })]),
      bl,
      { defaultThreshold: 10, priorDriftSigma: 0.02 }
    )
    expect(custom.notes.join('\n')).toContain('prior drift of 2.0%')
    expect(only(custom).status).toBe('regression')
  })

  it('a history dated within one hour gets a note naming its workloads and span; days apart, none', () => {
    const sitting = baseline('w', { 'latency.p50': history(100, 0.05, 12, 7) })
    sitting.history.forEach(
      (e, i) => (e.date = new Date(Date.UTC(2026, 10, 2, 9, 3 * i)).toISOString())
    )
    const spread = baseline('v', { 'latency.p50': history(100, 0.05, 12, 8) })
    const run = results([
      workload('w', { 'latency.p50': metric(100) }),
      workload('v', { 'latency.p50': metric(100) })
    ])
    const v = compareToBaselines(
      run,
      new Map([
        ['w', sitting],
        ['v', spread]
      ]),
      POLICY
    )
    const note = v.notes.find((n) => n.startsWith('The history of '))
    expect(note).toContain('The history of w is dated within 33 minutes')
    expect(note).not.toMatch(/\bv\b/)
    // Spread over days: no note. Fewer than 10 runs: the prior-drift note covers it instead.
    const apart = compareToBaselines(run, new Map([['v', spread]]), POLICY)
    expect(apart.notes.some((n) => n.startsWith('The history of '))).toBe(false)
    sitting.history = sitting.history.slice(-9)
    const short = compareToBaselines(run, new Map([['w', sitting]]), POLICY)
    expect(short.notes.some((n) => n.startsWith('The history of '))).toBe(false)
    expect(short.notes.join('\n')).toContain('judged with a prior drift')
  })

  it('a baseline without history uses its latest metrics as one run', () => {
    const bl = baseline('w', { 'latency.p50': [100] })
    bl.history = []
    const m = only(
      compareToBaselines(
        results([workload('w', { 'latency.p50': metric(300) })]),
        new Map([['w', bl]]),
        POLICY
      )
    )
    expect(m.statistic.historyRuns).toBe(1)
    expect(m.status).toBe('regression')
  })

  it('identical history values (30 runs): no noise, so any change beyond the threshold is real', () => {
    const bl = new Map([['w', baseline('w', { 'latency.p50': Array(30).fill(100) })]])
    const same = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(100) })]),
      bl,
      POLICY
    )
    expect(only(same).status).toBe('unchanged')
    expect(only(same).statistic.estimate).toBe(0)
    expect(only(same).statistic.noise).toBe(0)
    const worse = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(111) })]),
      bl,
      POLICY
    )
    expect(only(worse).status).toBe('regression')
    expect(only(worse).statistic.p).toBe(0)
    expect(only(worse).statistic.statistic).toBeUndefined() // Infinity is dropped, not serialised
    const within = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(109) })]),
      bl,
      POLICY
    )
    expect(only(within).status).toBe('unchanged')
    expectAllFinite(worse)
  })

  it('identical history values (3 runs): the prior keeps the noise above 0', () => {
    const bl = new Map([['w', baseline('w', { 'latency.p50': [100, 100, 100] })]])
    const m = only(
      compareToBaselines(results([workload('w', { 'latency.p50': metric(112) })]), bl, POLICY)
    )
    expect(m.statistic.noise!).toBeGreaterThan(0.05)
    expect(m.status).toBe('unchanged')
  })

  it('one repetition is judged like any run-level value', () => {
    const m = only(
      compareToBaselines(
        results([workload('w', { 'latency.p50': metric(150, { repetitions: [150] }) })]),
        new Map([['w', baseline('w', { 'latency.p50': [...H30] })]]),
        POLICY
      )
    )
    expect(m.status).toBe('regression')
  })

  it('scattered repetitions make the metric unstable: flagged, not gated', () => {
    const reps = [100, 160, 70, 140, 90]
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(150, { repetitions: reps }) })]),
      new Map([['w', baseline('w', { 'latency.p50': [...H30] })]]),
      POLICY
    )
    expect(only(v).status).toBe('unstable')
    expect(only(v).message).toContain('robust CV')
    expect(v.verdict).toBe('pass')
    expect(v.counts.unstable).toBe(1)
  })
})

describe('compareToBaselines: workloads and gating', () => {
  const H = () => ({ 'latency.p50': [...H30] })

  it('new, missing and definition-changed workloads', () => {
    const cur = results([
      workload('fresh', { 'latency.p50': metric(100) }),
      workload('changed', { 'latency.p50': metric(1000) }, { definitionHash: 'def2' })
    ])
    const bl = new Map([
      ['changed', baseline('changed', H())],
      ['gone', baseline('gone', H())]
    ])
    const v = compareToBaselines(cur, bl, POLICY)
    expect(only(v, 'fresh').status).toBe('new')
    expect(only(v, 'changed').status).toBe('definition-changed')
    expect(only(v, 'changed').baseline).toBeCloseTo(H30[29], 10)
    expect(only(v, 'gone').status).toBe('missing')
    expect(v.workloads.map((w) => [w.workload, w.status]).sort()).toEqual([
      ['changed', 'definition-changed'],
      ['fresh', 'new'],
      ['gone', 'missing']
    ])
    expect(v.verdict).toBe('pass')
    expectAllFinite(v)
  })

  it('a metric the baseline does not have is new', () => {
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(100), 'latency.p99': metric(5) })]),
      new Map([['w', baseline('w', H())]]),
      POLICY
    )
    expect(only(v, 'w', 'latency.p99').status).toBe('new')
    expect(only(v, 'w', 'latency.p50').status).toBe('unchanged')
  })

  it('a baseline from another machine kind is flagged with a note', () => {
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(100) })], 'fp-mac'),
      new Map([['w', baseline('w', H())]]),
      POLICY
    )
    expect(only(v).differentMachine).toBe(true)
    expect(v.notes.join('\n')).toContain(
      'The baseline of w was measured on a different machine kind'
    )
  })

  it('a workload with status error fails the gate; its metrics are still listed', () => {
    const w = workload(
      'w',
      { 'latency.p50': metric(100) },
      { status: 'error', error: 'exit code 1: boom' }
    )
    const v = compareToBaselines(results([w]), new Map([['w', baseline('w', H())]]), POLICY)
    expect(v.verdict).toBe('fail')
    expect(v.workloads[0]).toMatchObject({
      workload: 'w',
      status: 'error',
      message: 'exit code 1: boom'
    })
    expect(only(v).status).toBe('unchanged')
  })

  it('a failed check fails the workload and the gate', () => {
    const w = workload(
      'w',
      { 'latency.p50': metric(100) },
      {
        status: 'failed',
        checks: [{ name: 'order', passed: false, message: 'job 3 before job 2' }]
      }
    )
    const v = compareToBaselines(results([w]), new Map([['w', baseline('w', H())]]), POLICY)
    expect(v.verdict).toBe('fail')
    expect(v.workloads[0].status).toBe('failed')
    expect(v.workloads[0].message).toBe('Failed checks: order.')
  })

  it('gate: false metrics are reported but never fail on thresholds', () => {
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(300, { gate: false }) })]),
      new Map([['w', baseline('w', H())]]),
      POLICY
    )
    expect(only(v).status).toBe('regression')
    expect(only(v).gated).toBe(false)
    expect(v.verdict).toBe('pass')
    expect(v.correction.metrics).toBe(0)
  })

  it('policy gate lists restrict which metrics are gated', () => {
    const cur = results([workload('w', { 'latency.p50': metric(300), 'latency.p95': metric(100) })])
    const bl = new Map([['w', baseline('w', { 'latency.p50': [...H30], 'latency.p95': [...H30] })]])
    const v = compareToBaselines(cur, bl, {
      defaultThreshold: 10,
      workloads: { w: { gate: ['latency.p95'] } }
    })
    expect(only(v).gated).toBe(false)
    expect(only(v, 'w', 'latency.p95').gated).toBe(true)
    expect(v.verdict).toBe('pass')
  })

  it('the correction counts correlated gated metrics as fewer tests and says so', () => {
    const rng = createRng(9)
    const job = Array.from({ length: 30 }, () => 0.06 * rng.normal())
    const names = ['a', 'b', 'c', 'd', 'e', 'f']
    const bl = new Map(
      names.map((n) => [
        n,
        baseline(n, { 'latency.p50': job.map((j) => 100 * Math.exp(j + 0.01 * rng.normal())) })
      ])
    )
    const v = compareToBaselines(
      results(names.map((n) => workload(n, { 'latency.p50': metric(100) }))),
      bl,
      POLICY
    )
    expect(v.correction.method).toBe('sidak-effective-tests')
    expect(v.correction.metrics).toBe(6)
    expect(v.correction.effectiveTests).toBeGreaterThanOrEqual(1)
    // Li–Ji counts near-perfectly correlated metrics as about 2 (the fractional part of λ1 adds ~1).
    expect(v.correction.effectiveTests).toBeLessThan(2.5)
    expect(v.correction.alpha).toBeCloseTo(1 - Math.pow(0.99, 1 / v.correction.effectiveTests), 12)
    expect(v.notes.join('\n')).toMatch(/6 gated metrics act like [12]\.\d independent tests/)
    for (const m of v.metrics) expect(m.statistic.alpha).toBe(v.correction.alpha)
  })
})

describe('compareToBaselines: budgets', () => {
  const bl = () => new Map([['w', baseline('w', { 'latency.p95': [...H30] })]])

  it('a failing budget fails the gate whatever the threshold test says, with unit conversion', () => {
    const cur = results([workload('w', { 'latency.p95': metric(0.2, { unit: 's' }) })])
    const v = compareToBaselines(cur, new Map(), { defaultThreshold: 10, budgets: ['p95 < 150ms'] })
    const m = only(v, 'w', 'latency.p95')
    expect(m.status).toBe('budget-failed')
    expect(m.budgets).toEqual([{ expression: 'p95 < 150ms', passed: false }])
    expect(m.message).toContain('Budget "p95 < 150ms" not met: 0.200 s.')
    expect(v.verdict).toBe('fail')
    expect(v.counts.budgetFailures).toBe(1)
  })

  it('passing budgets are recorded and do not change the status', () => {
    const v = compareToBaselines(results([workload('w', { 'latency.p95': metric(100) })]), bl(), {
      defaultThreshold: 10,
      budgets: ['latency.p95 < 150ms']
    })
    expect(only(v, 'w', 'latency.p95').budgets).toEqual([
      { expression: 'latency.p95 < 150ms', passed: true }
    ])
    expect(only(v, 'w', 'latency.p95').status).toBe('unchanged')
  })

  it('budgets apply to ungated metrics too', () => {
    const v = compareToBaselines(
      results([workload('w', { 'latency.p95': metric(200, { gate: false }) })]),
      new Map(),
      { defaultThreshold: 10, budgets: ['latency.p95 < 150ms'] }
    )
    expect(only(v, 'w', 'latency.p95').status).toBe('budget-failed')
    expect(v.verdict).toBe('fail')
  })

  it('a workload budget naming a metric the workload lacks fails visibly; a global one is skipped with a note', () => {
    const v = compareToBaselines(results([workload('w', { 'latency.p95': metric(100) })]), bl(), {
      defaultThreshold: 10,
      budgets: ['memory.rss_growth < 20MB'],
      workloads: { w: { budgets: ['erors == 0'] } }
    })
    const typo = only(v, 'w', 'erors')
    expect(typo.status).toBe('budget-failed')
    expect(typo.message).toContain('names metric erors, which workload w does not report')
    expect(v.notes.join('\n')).toContain(
      'Budget "memory.rss_growth < 20MB" matched no metric of any workload in this run.'
    )
  })

  it('a gate or threshold naming a metric the workload lacks is a gated error with a guess; a default one only when no workload reports it', () => {
    const config = parseConfigText(
      [
        'defaults: { gate: [latency.p95, throughpt], thresholds: { latency.p99: 20% } }',
        'workloads:',
        // An import's metric names come from its file, so only the comparison can check them.
        '  - { name: w, kind: import, file: w.json, gate: [latency.p5O], thresholds: { latency.p59: 15% } }',
        '  - { name: v, kind: command, command: "true" }'
      ].join('\n'),
      'perf-gate.yml'
    )
    const run = results([
      workload('w', { 'latency.p50': metric(100), 'latency.p95': metric(120) }),
      workload('v', { 'latency.p50': metric(100), 'latency.p95': metric(120) })
    ])
    const v = compareToBaselines(run, new Map(), policyFromConfig(config))
    const errors = v.metrics.filter((m) => m.status === 'error')
    expect(errors.map((m) => [m.workload, m.metric, m.gated])).toEqual([
      ['w', 'latency.p5O', true],
      ['w', 'latency.p59', true],
      ['w', 'latency.p99', true],
      ['v', 'throughpt', true]
    ])
    expect(errors[0].message).toBe(
      '`gate` names metric latency.p5O, which workload w does not report. Did you mean latency.p50? It reports: latency.p50, latency.p95. Fix the name in perf-gate.yml.'
    )
    expect(errors.find((m) => m.metric === 'throughpt')?.message).toContain(
      '`defaults.gate` names metric throughpt, which no workload in this run reports.'
    )
    expect(v.verdict).toBe('fail')
    // Correct names: nothing extra, and the gate works as written.
    const good = compareToBaselines(
      run,
      new Map(),
      policyFromConfig(
        parseConfigText(
          'workloads:\n  - { name: w, kind: command, command: "true", gate: [latency.p95], thresholds: { latency.p50: 15% } }\n  - { name: v, kind: command, command: "true" }',
          'perf-gate.yml'
        )
      )
    )
    expect(good.metrics.filter((m) => m.status === 'error')).toEqual([])
    expect(good.verdict).toBe('pass')
  })

  it('a unit mismatch fails the budget with the reason', () => {
    const v = compareToBaselines(results([workload('w', { 'latency.p95': metric(100) })]), bl(), {
      defaultThreshold: 10,
      budgets: ['latency.p95 < 20MB']
    })
    expect(only(v, 'w', 'latency.p95').status).toBe('budget-failed')
    expect(only(v, 'w', 'latency.p95').message).toContain(
      'is a bytes limit (MB) but metric latency.p95 is time (ms)'
    )
  })

  it('an unparsable budget throws BudgetSyntaxError', () => {
    expect(() =>
      compareToBaselines(results([]), new Map(), { defaultThreshold: 10, budgets: ['p95 = 3'] })
    ).toThrow(BudgetSyntaxError)
  })
})

describe('compareToBaselines: level shifts in the history', () => {
  it('after an accepted +20 % slowdown 5 runs ago, the PR is compared with the new level', () => {
    const rng = createRng(21)
    const hist = Array.from(
      { length: 30 },
      (_, i) => (i >= 25 ? 120 : 100) * Math.exp(0.02 * rng.normal())
    )
    const v = compareToBaselines(
      results([workload('w', { 'latency.p50': metric(121) })]),
      new Map([['w', baseline('w', { 'latency.p50': hist })]]),
      POLICY
    )
    const m = only(v)
    expect(m.status).toBe('unchanged')
    expect(m.baseline!).toBeGreaterThan(115)
    expect(m.statistic.note).toMatch(
      /^the history changed level 5 runs ago \(\+\d+\.\d%\): baseline = geometric mean of the 5 runs since$/
    )
  })

  it('a stationary history shows no level shift', () => {
    const m = only(
      compareToBaselines(
        results([workload('w', { 'latency.p50': metric(100) })]),
        new Map([['w', baseline('w', { 'latency.p50': [...H30] })]]),
        POLICY
      )
    )
    expect(m.statistic.note).toBe('baseline = geometric mean of 30 main-branch runs')
  })
})

describe('findLevelShift', () => {
  it('finds a clear step with at least 3 runs on each side, and nothing in noise', () => {
    const rng = createRng(5)
    const noise = Array.from({ length: 30 }, () => 0.03 * rng.normal())
    expect(findLevelShift(noise)).toBeUndefined()
    const step = noise.map((x, i) => x + (i >= 24 ? 0.2 : 0))
    expect(findLevelShift(step)).toMatchObject({ at: 24, runsSince: 6 })
    // One odd last run is not a new level.
    const spike = noise.map((x, i) => x + (i === 29 ? 0.5 : 0))
    expect(findLevelShift(spike)).toBeUndefined()
    expect(findLevelShift([0, 0, 0, 1, 1, 1, 1])).toBeUndefined() // fewer than 8 runs
  })
})

describe('report-only metrics', () => {
  it('a report-only metric that got slower is shown but neither counted nor failing, and the workload stays ok', () => {
    const hist = history(10, 0.02, 30, 11)
    const v = compareToBaselines(
      results([
        workload('w', { 'latency.p50': metric(10), 'latency.mean': metric(20, { gate: false }) })
      ]),
      new Map([['w', baseline('w', { 'latency.p50': hist, 'latency.mean': hist })]]),
      POLICY
    )
    expect(only(v, 'w', 'latency.mean')).toMatchObject({ status: 'regression', gated: false })
    expect(v.counts.regressions).toBe(0)
    expect(v.verdict).toBe('pass')
    expect(v.workloads[0].status).toBe('ok')
  })
})
