/** Typed shape of a validated perf-gate.yml (see src/config/schema.ts for the JSON Schema). */
import type { ImportFormat } from '../results/formats.js'
import type { LoadProfile } from '../workloads/profiles.js'

/** Keys every workload kind accepts. */
export interface CommonWorkload {
  name: string
  kind: string
  /** Measured repetitions (default 5). */
  repetitions?: number
  /** Warm-up repetitions, not measured (default 1). */
  warmup?: number
  /** Percentage threshold for every gated metric of this workload. */
  threshold?: number | string
  /** Per-metric percentage thresholds. */
  thresholds?: Record<string, number | string>
  /** Absolute budgets, e.g. "latency.p95 < 150ms". */
  budgets?: string[]
  /** Metrics that can fail the gate by threshold (default depends on the kind). */
  gate?: string[]
  /** Seed of job generators (default: defaults.seed). */
  seed?: number
  /** Free-form description shown in the report. */
  description?: string
}

export interface CommandWorkload extends CommonWorkload {
  kind: 'command'
  /** Shell command, run with /bin/sh -c. */
  command: string
  /** Iterations per repetition (default 1); each is timed. */
  iterations?: number
  /** Per-iteration timeout in ms (default 600000). */
  timeoutMs?: number
  env?: Record<string, string>
  cwd?: string
}

export interface ImportWorkload extends CommonWorkload {
  kind: 'import'
  /** Results file of another tool, relative to the config file. */
  file: string
  /** Which tool wrote `file` (default `auto`: told from the content). */
  format?: ImportFormat
  /** Optional command that writes `file`; when given it runs once per repetition. */
  command?: string
  timeoutMs?: number
  env?: Record<string, string>
  cwd?: string
}

export type WorkloadDef = CommonWorkload & Record<string, unknown>

export interface Defaults {
  repetitions: number
  warmup: number
  /** Percent. */
  threshold: number
  thresholds: Record<string, number>
  budgets: string[]
  gate?: string[]
  /** Run-level values kept in a baseline's history. */
  history: number
  seed: number
  compare: 'baseline' | 'base-ref'
  /** For compare: base-ref */
  baseRef?: string
  setup?: string
  pairs?: number
  /** compare: base-ref: fewest pairs before the sequential rule may stop early (`min-pairs`). */
  minPairs?: number
  /** compare: base-ref: most pairs while the answer is still ambiguous (`max-pairs`). */
  maxPairs?: number
}

export interface PerfGateConfig {
  version: 1
  defaults: Defaults
  printers: Record<string, Record<string, unknown>>
  services: Record<string, Record<string, unknown>>
  workloads: WorkloadDef[]
}

/** A config file as loaded: where it came from and its validated content. */
export interface LoadedConfig {
  /** Path as given (for messages). */
  file: string
  /** Directory of the config file; relative paths in the config resolve against it. */
  baseDir: string
  config: PerfGateConfig
}

export type { LoadProfile }
