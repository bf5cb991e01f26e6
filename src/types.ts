/**
 * Shared data shapes of perf-gate: results, baselines and verdicts.
 *
 * These are the contracts between the pipeline stages (config -> fixtures -> workloads -> results
 * -> compare -> report -> publish). Every file format here has a JSON Schema next to the module
 * that reads it; bump the `schemaVersion` when a shape changes incompatibly.
 */

/** Which way is better for a metric. */
export type Direction = 'smaller' | 'bigger'

/**
 * Descriptive statistics of one sample set. Quantiles use the linear interpolation method
 * (type 7 in R / numpy's default), as simple-statistics computes them.
 */
export interface Summary {
  count: number
  min: number
  max: number
  mean: number
  p50: number
  p75: number
  p90: number
  p95: number
  p99: number
  /** Sample variance (n - 1). */
  variance: number
  /** Sample standard deviation (n - 1). */
  stddev: number
  /** Coefficient of variation: stddev / mean (0 when the mean is 0). */
  cv: number
  /** Median absolute deviation (unscaled). */
  mad: number
  /** Samples outside [Q1 - 3 IQR, Q3 + 3 IQR]. */
  outliers: number
}

/** One metric of one workload in a results file. */
export interface MetricResult {
  unit: string
  direction: Direction
  /** Run-level value: the median over the repetitions. */
  value: number
  /** The value of each repetition, in the order they ran. */
  repetitions: number[]
  /** False when the metric is reported but never gated by thresholds (budgets still apply). */
  gate?: boolean
}

/** An expectation checked after a workload ran. */
export interface Check {
  name: string
  passed: boolean
  /** What was expected and what happened, in a user's words. */
  message: string
}

export type WorkloadKind = 'command' | 'import' | 'printer' | 'service'

/** Per-repetition record kept in the results file. */
export interface RepetitionRecord {
  index: number
  /** Wall time of the whole repetition. */
  durationMs: number
  /** Latency summary of the repetition (null when it produced no latency samples). */
  latency: Summary | null
  errors: number
}

export interface WorkloadResult {
  name: string
  kind: WorkloadKind
  /** ok: measured; failed: measured but an expectation failed; error: could not be measured. */
  status: 'ok' | 'failed' | 'error'
  /** Why the workload failed, with the tail of any process output. */
  error?: string
  /** Hash of the workload definition: a changed definition is reported, not compared. */
  definitionHash: string
  repetitions: RepetitionRecord[]
  /** Latency pooled over all repetitions (null without latency samples). */
  pooled: Summary | null
  metrics: Record<string, MetricResult>
  checks: Check[]
  /** Extra facts for the report (resource use, printer stats, errors by kind, ...). */
  details?: Record<string, unknown>
}

/** Where the numbers were measured. A baseline from another machine is flagged in the report. */
export interface Environment {
  os: string
  arch: string
  cpuModel: string
  cores: number
  memoryBytes: number
  node: string
  /** Runner name (RUNNER_NAME) or host name. */
  runner: string
  /** Short hash of os, arch, cpu model, cores and memory: equal fingerprints = same machine kind. */
  fingerprint: string
}

export const RESULTS_SCHEMA_VERSION = 1

export interface Results {
  schemaVersion: 1
  tool: { name: 'perf-gate'; version: string }
  createdAt: string
  commit?: string
  ref?: string
  environment: Environment
  workloads: WorkloadResult[]
  /**
   * Set when the run was interrupted (Ctrl-C, a cancelled job): `workloads` holds only those that
   * finished. Such a file is kept for reading, but compare and baseline update refuse it.
   */
  interrupted?: true
}

export const BASELINE_SCHEMA_VERSION = 1

/** One earlier main-branch run kept in a baseline: the run-level value of each metric. */
export interface HistoryEntry {
  date: string
  commit?: string
  /** Environment fingerprint of that run. */
  environment?: string
  values: Record<string, number>
}

/** `baselines/<workload>.json` */
export interface Baseline {
  schemaVersion: 1
  workload: string
  definitionHash: string
  environment: Environment
  commit?: string
  ref?: string
  updatedAt: string
  /** The latest full metrics. */
  metrics: Record<string, MetricResult>
  /** Oldest first, bounded (default 30 entries). The newest entry is the run in `metrics`. */
  history: HistoryEntry[]
}

export type MetricStatus =
  | 'regression'
  | 'improvement'
  | 'unchanged'
  | 'unstable'
  | 'new'
  | 'missing'
  | 'definition-changed'
  | 'budget-failed'
  | 'error'

/** The statistic behind a metric's decision (all fields optional, depending on the method). */
export interface DecisionStatistic {
  /** e.g. "history-t" (baseline mode), "paired-robust" (same-job pairs), "ratio" (no spread known). */
  method: string
  /** Estimated change as a ratio - 1 (e.g. 0.12 = 12 % worse or better, sign as delta). */
  estimate?: number
  /** Confidence interval of the change, as ratios - 1. */
  ci?: [number, number]
  /** One-sided p-value for "worse" (regressions) or "better" (improvements). */
  p?: number
  /** Per-metric significance level after the multiplicity correction. */
  alpha?: number
  /** Test statistic (z or t). */
  statistic?: number
  /** Noise scale used (log units), and whether it came from a prior. */
  noise?: number
  prior?: boolean
  historyRuns?: number
  pairs?: number
  /**
   * The smallest change on the worse side this test flags at `alpha` (ratio − 1, signed like
   * `estimate`): beyond both the threshold and the noise. Large values mean a blunt gate.
   */
  detectable?: number
  note?: string
}

export interface MetricVerdict {
  workload: string
  metric: string
  unit: string
  direction: Direction
  baseline: number | null
  current: number | null
  /** (current - baseline) / baseline * 100; null when not computable. */
  deltaPct: number | null
  /** Percentage threshold that applied. */
  threshold: number
  status: MetricStatus
  /** Whether this metric can fail the gate (thresholds); budgets always can. */
  gated: boolean
  statistic: DecisionStatistic
  /** Budget expressions that applied, with their outcome. */
  budgets?: Array<{ expression: string; passed: boolean }>
  /** The baseline was measured on a different machine kind. */
  differentMachine?: boolean
  message?: string
}

export interface WorkloadVerdict {
  workload: string
  status: 'ok' | 'failed' | 'error' | 'new' | 'missing' | 'definition-changed'
  message?: string
  checks: Check[]
}

export interface Verdict {
  verdict: 'pass' | 'fail'
  mode: 'baseline' | 'paired'
  metrics: MetricVerdict[]
  workloads: WorkloadVerdict[]
  /** How the per-metric decisions were corrected for the number of gated metrics. */
  correction: {
    method: string
    metrics: number
    effectiveTests: number
    familyAlpha: number
    alpha: number
  }
  /** Notes for the report (priors used, machines differ, ...). */
  notes: string[]
  counts: { regressions: number; improvements: number; unstable: number; budgetFailures: number }
}
