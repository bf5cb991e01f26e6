/**
 * From what a workload's repetitions produced to the metrics of a results file. Pure.
 *
 * Every metric has one value per repetition; its run-level value is the median over the
 * repetitions (robust to one disturbed repetition).
 */
import { median, summarize } from './stats/summary.js'
import type { Check, MetricResult, RepetitionRecord, Summary, WorkloadResult } from './types.js'
import type { RepetitionOutput } from './workloads/types.js'

/** Metrics gated by default when the config says nothing, by workload kind. */
export const DEFAULT_GATE: Record<string, string[]> = {
  command: ['latency.p50'],
  import: [],
  printer: ['latency.p50', 'latency.p95', 'throughput'],
  service: ['latency.p50', 'latency.p95', 'throughput']
}

const LATENCY_KEYS: Array<[string, keyof Summary]> = [
  ['latency.mean', 'mean'],
  ['latency.p50', 'p50'],
  ['latency.p90', 'p90'],
  ['latency.p95', 'p95'],
  ['latency.p99', 'p99'],
  ['latency.max', 'max']
]

/** The latency metrics every command, printer and service workload reports. */
export const LATENCY_METRICS: readonly string[] = LATENCY_KEYS.map(([name]) => name)

export interface BuildInput {
  name: string
  kind: WorkloadResult['kind']
  definitionHash: string
  outputs: RepetitionOutput[]
  /** Repetition wall times, parallel to outputs. */
  error?: string
  /** Metric names that may fail the gate; undefined = the kind's default (import: all). */
  gate?: string[]
}

/** Builds a workload result from its measured repetitions. */
export function buildWorkloadResult(input: BuildInput): WorkloadResult {
  const { outputs } = input
  const reps: RepetitionRecord[] = []
  const perRep: Array<
    Record<string, { value: number; unit: string; direction: 'smaller' | 'bigger'; gate?: boolean }>
  > = []
  const pooledSamples: number[] = []
  let allHaveSamples = outputs.length > 0
  outputs.forEach((o, index) => {
    const latency = o.latencySummary ?? (o.latencies ? summarize(o.latencies) : null)
    if (o.latencies) for (const v of o.latencies) pooledSamples.push(v)
    else allHaveSamples = false
    const errorCount = Object.values(o.errors).reduce((a, b) => a + b, 0)
    reps.push({ index, durationMs: o.durationMs, latency, errors: errorCount })
    const m: (typeof perRep)[number] = {}
    if (latency) {
      for (const [key, field] of LATENCY_KEYS)
        m[key] = { value: latency[field], unit: 'ms', direction: 'smaller' }
      m.throughput = {
        value: o.durationMs > 0 ? (o.ok / o.durationMs) * 1000 : 0,
        unit: '/s',
        direction: 'bigger'
      }
    }
    m.errors = { value: errorCount, unit: 'count', direction: 'smaller', gate: false }
    const total = o.ok + errorCount
    if (total > 0)
      m['errors.rate'] = {
        value: (errorCount / total) * 100,
        unit: '%',
        direction: 'smaller',
        gate: false
      }
    for (const [k, x] of Object.entries(o.metrics ?? {})) m[k] = x
    perRep.push(m)
  })
  const names = new Set(perRep.flatMap((m) => Object.keys(m)))
  const gate = input.gate ?? (input.kind === 'import' ? undefined : DEFAULT_GATE[input.kind])
  const metrics: Record<string, MetricResult> = {}
  for (const name of names) {
    const first = perRep.find((m) => m[name])![name]
    const values = perRep.map((m) => m[name]?.value ?? NaN)
    const finite = values.filter((v) => Number.isFinite(v))
    const gated = first.gate !== false && (gate ? gate.includes(name) : true)
    metrics[name] = {
      unit: first.unit,
      direction: first.direction,
      value: finite.length ? median(finite) : NaN,
      repetitions: values,
      ...(gated ? {} : { gate: false })
    }
  }
  const checks = mergeChecks(outputs.flatMap((o) => o.checks ?? []))
  const details: Record<string, unknown> = {}
  outputs.forEach((o) => Object.assign(details, o.details ?? {}))
  const errorsByKind: Record<string, number> = {}
  for (const o of outputs)
    for (const [k, v] of Object.entries(o.errors)) errorsByKind[k] = (errorsByKind[k] ?? 0) + v
  if (Object.keys(errorsByKind).length) details.errorsByKind = errorsByKind
  return {
    name: input.name,
    kind: input.kind,
    status: input.error ? 'error' : checks.some((c) => !c.passed) ? 'failed' : 'ok',
    ...(input.error ? { error: input.error } : {}),
    definitionHash: input.definitionHash,
    repetitions: reps,
    pooled: allHaveSamples ? summarize(pooledSamples) : null,
    metrics,
    checks,
    ...(Object.keys(details).length ? { details } : {})
  }
}

/** One entry per check name: it passes only if it passed in every repetition. */
export function mergeChecks(checks: Check[]): Check[] {
  const byName = new Map<string, Check>()
  for (const c of checks) {
    const prev = byName.get(c.name)
    if (!prev || (prev.passed && !c.passed)) byName.set(c.name, c)
  }
  return [...byName.values()]
}
