/**
 * Overhead of the verdict engine (issue 3: "comparing 100 workloads with 30-run histories < 1 s").
 * Builds 100 workloads x 8 metrics with 30-run histories (seeded), runs compareToBaselines and
 * comparePaired several times and prints the median wall time of each.
 *
 *   npx tsx scripts/bench-compare.ts
 */
import { comparePaired, compareToBaselines } from '../src/compare/index.js'
import { createRng } from '../src/stats/random.js'
import type { Baseline, Environment, MetricResult, Results, WorkloadResult } from '../src/types.js'

const WORKLOADS = 100
const HISTORY = 30
const RUNS = 9
const METRICS: Array<[string, string, 'smaller' | 'bigger', number]> = [
  ['latency.p50', 'ms', 'smaller', 10],
  ['latency.p90', 'ms', 'smaller', 14],
  ['latency.p95', 'ms', 'smaller', 16],
  ['latency.p99', 'ms', 'smaller', 25],
  ['latency.max', 'ms', 'smaller', 40],
  ['latency.mean', 'ms', 'smaller', 11],
  ['throughput', '/s', 'bigger', 500],
  ['errors', 'count', 'smaller', 0]
]
const env: Environment = {
  os: 'linux',
  arch: 'x64',
  cpuModel: 'sim',
  cores: 2,
  memoryBytes: 8e9,
  node: 'v20',
  runner: 'sim',
  fingerprint: 'sim'
}
const rng = createRng(11)
const jobs = Array.from({ length: HISTORY + 1 }, () => 0.06 * rng.normal())

function value(level: number, job: number): number {
  return level === 0 ? 0 : level * Math.exp(job + 0.02 * rng.normal())
}

function metricsFor(job: number): Record<string, MetricResult> {
  return Object.fromEntries(
    METRICS.map(([name, unit, direction, level]) => {
      const reps = Array.from({ length: 5 }, () => value(level, job))
      const sorted = [...reps].sort((a, b) => a - b)
      return [name, { unit, direction, value: sorted[2], repetitions: reps }]
    })
  )
}

const baselines = new Map<string, Baseline>()
const workloads: WorkloadResult[] = []
for (let w = 0; w < WORKLOADS; w++) {
  const name = `workload-${w}`
  const history = Array.from({ length: HISTORY }, (_, i) => {
    const m = metricsFor(jobs[i])
    return {
      date: `2026-10-${i}`,
      commit: `c${i}`,
      values: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.value]))
    }
  })
  baselines.set(name, {
    schemaVersion: 1,
    workload: name,
    definitionHash: 'h',
    environment: env,
    updatedAt: '2026-11-23',
    metrics: metricsFor(jobs[HISTORY - 1]),
    history
  })
  workloads.push({
    name,
    kind: 'command',
    status: 'ok',
    definitionHash: 'h',
    repetitions: [],
    pooled: null,
    metrics: metricsFor(jobs[HISTORY]),
    checks: []
  })
}
const current: Results = {
  schemaVersion: 1,
  tool: { name: 'perf-gate', version: 'bench' },
  createdAt: '2026-11-23',
  environment: env,
  workloads
}
const paired: Results = {
  ...current,
  workloads: workloads.map((w) => ({ ...w, metrics: metricsFor(jobs[HISTORY]) }))
}

function medianMs(fn: () => void): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(RUNS / 2)]
}

const metricsCount = WORKLOADS * METRICS.length
const base = medianMs(() => compareToBaselines(current, baselines, { defaultThreshold: 10 }))
const pair = medianMs(() => comparePaired(paired, current, { defaultThreshold: 5 }))
console.log(`| comparison | workloads | metrics | history runs | median of ${RUNS} runs |`)
console.log('| --- | ---: | ---: | ---: | ---: |')
console.log(
  `| compareToBaselines | ${WORKLOADS} | ${metricsCount} | ${HISTORY} | ${base.toFixed(1)} ms |`
)
console.log(
  `| comparePaired (5 pairs) | ${WORKLOADS} | ${metricsCount} | – | ${pair.toFixed(1)} ms |`
)
console.log(
  JSON.stringify({
    compareToBaselinesMs: Math.round(base * 10) / 10,
    comparePairedMs: Math.round(pair * 10) / 10,
    metrics: metricsCount
  })
)
