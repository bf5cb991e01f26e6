import { describe, expect, it } from '@jest/globals'
import { buildWorkloadResult, mergeChecks } from '../../src/metrics.js'
import { workloadFromSamples } from '../../src/results/samples.js'
import type { RepetitionOutput } from '../../src/workloads/types.js'

const rep = (latencies: number[], extra: Partial<RepetitionOutput> = {}): RepetitionOutput =>
  Object.freeze({ latencies, ok: latencies.length, errors: {}, durationMs: 1000, ...extra })

describe('workload results from repetitions', () => {
  it('takes the median over repetitions as the run-level value', () => {
    const r = buildWorkloadResult({
      name: 'w',
      kind: 'printer',
      definitionHash: 'h',
      outputs: [rep([1, 2, 3]), rep([10, 20, 30]), rep([4, 5, 6])]
    })
    expect(r.metrics['latency.p50'].repetitions).toEqual([2, 20, 5])
    expect(r.metrics['latency.p50'].value).toBe(5)
    expect(r.metrics.throughput).toMatchObject({ unit: '/s', direction: 'bigger', value: 3 })
    expect(r.pooled?.count).toBe(9)
    expect(r.status).toBe('ok')
  })

  it('gates the kind defaults unless the config names metrics', () => {
    const outputs = [rep([1, 2])]
    const d = buildWorkloadResult({ name: 'w', kind: 'command', definitionHash: 'h', outputs })
    expect(d.metrics['latency.p50'].gate).toBeUndefined()
    expect(d.metrics['latency.p95'].gate).toBe(false)
    expect(d.metrics.errors.gate).toBe(false)
    const c = buildWorkloadResult({
      name: 'w',
      kind: 'command',
      definitionHash: 'h',
      outputs,
      gate: ['latency.p95']
    })
    expect(c.metrics['latency.p95'].gate).toBeUndefined()
    expect(c.metrics['latency.p50'].gate).toBe(false)
  })

  it('counts errors and keeps extra metrics; a metric missing in a repetition is NaN there', () => {
    const r = buildWorkloadResult({
      name: 'w',
      kind: 'service',
      definitionHash: 'h',
      outputs: [
        rep([1], {
          errors: { http_500: 1 },
          metrics: { 'memory.rss_growth': { value: 10, unit: 'B', direction: 'smaller' } }
        }),
        rep([1])
      ]
    })
    expect(r.metrics.errors.repetitions).toEqual([1, 0])
    expect(r.metrics['errors.rate'].repetitions).toEqual([50, 0])
    expect(r.metrics['memory.rss_growth'].repetitions[1]).toBeNaN()
    expect(r.metrics['memory.rss_growth'].value).toBe(10)
    expect(r.details?.errorsByKind).toEqual({ http_500: 1 })
  })

  it('a check fails when it failed in any repetition; an error marks the workload', () => {
    expect(
      mergeChecks([
        { name: 'a', passed: true, message: '' },
        { name: 'a', passed: false, message: 'got 3' },
        { name: 'a', passed: true, message: '' }
      ])
    ).toEqual([{ name: 'a', passed: false, message: 'got 3' }])
    const r = buildWorkloadResult({
      name: 'w',
      kind: 'command',
      definitionHash: 'h',
      outputs: [],
      error: 'boom'
    })
    expect(r.status).toBe('error')
    expect(r.pooled).toBeNull()
  })
})

describe('generic samples import', () => {
  it('uses the median of each run, and the median over runs', () => {
    const w = workloadFromSamples(
      {
        benchmarks: [
          {
            name: 'parse',
            unit: 'ms',
            runs: [
              [1, 2, 100],
              [3, 4, 5],
              [2, 2, 2]
            ]
          },
          { name: 'ops', unit: 'ops/s', direction: 'bigger', samples: [7, 9, 8] }
        ]
      },
      'bench',
      'h'
    )
    expect(w.metrics.parse).toMatchObject({
      value: 2,
      repetitions: [2, 4, 2],
      direction: 'smaller'
    })
    expect(w.metrics.ops).toMatchObject({ value: 8, repetitions: [8], direction: 'bigger' })
    expect(w.repetitions).toHaveLength(3)
  })
})
