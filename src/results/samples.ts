/**
 * The generic samples import format, `{"benchmarks":[{"name","unit","direction","samples":[...]}]}`
 * (or `"runs": [[...],[...]]` for repeated runs), converted into a perf-gate workload result. Pure.
 *
 * Each benchmark becomes one metric named after it. A run's value is the median of its samples
 * (robust to the odd outlier a tool reports); without `runs`, the samples are one run. The
 * run-level value is the median over runs, as for every other workload kind.
 */
import { median, summarize } from '../stats/summary.js'
import type { Direction, MetricResult, WorkloadResult } from '../types.js'

export interface SamplesFile {
  name?: string
  benchmarks: Array<{
    name: string
    unit?: string
    direction?: Direction
    samples?: number[]
    runs?: number[][]
  }>
}

/**
 * Converts a samples file into a workload result.
 * @param definitionHash identifies the import (its name): adding a benchmark shows it as `new`
 *   instead of marking the whole workload as changed.
 */
export function workloadFromSamples(
  data: SamplesFile,
  workload: string,
  definitionHash: string
): WorkloadResult {
  const metrics: Record<string, MetricResult> = {}
  const details: Record<string, unknown> = {}
  let runCount = 0
  for (const b of data.benchmarks) {
    const runs = b.runs ?? [b.samples ?? []]
    const perRun = runs.map((r) => median(r))
    runCount = Math.max(runCount, runs.length)
    metrics[b.name] = {
      unit: b.unit ?? '',
      direction: b.direction ?? 'smaller',
      value: median(perRun),
      repetitions: perRun
    }
    details[b.name] = summarize(runs.flat())
  }
  return {
    name: workload,
    kind: 'import',
    status: 'ok',
    definitionHash,
    repetitions: Array.from({ length: runCount }, (_, index) => ({
      index,
      durationMs: 0,
      latency: null,
      errors: 0
    })),
    pooled: null,
    metrics,
    checks: [],
    details: { benchmarks: details }
  }
}

/** True when parsed JSON looks like the samples format rather than a perf-gate results file. */
export function isSamplesFile(data: unknown): data is SamplesFile {
  return !!data && typeof data === 'object' && Array.isArray((data as SamplesFile).benchmarks)
}
