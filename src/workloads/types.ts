/**
 * The contract between the pipeline and one workload kind. A runner measures; the pipeline
 * repeats, summarises and compares. Runners return raw samples, never verdicts.
 */
import type { Check, Direction, Summary, WorkloadKind } from '../types.js'

/** Grouped, CI-friendly logging (the action maps groups to `::group::`). */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
  debug(message: string): void
  /** Runs `fn` inside a collapsible group named `name`. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** A progress line for long phases (may be rate-limited or rewritten in place on a TTY). */
  progress(message: string): void
}

/** A running virtual printer as workloads and expectations see it (implemented in src/printer/). */
export interface PrinterHandle {
  readonly name: string
  readonly host: string
  readonly port: number
}

/** A running service under test (implemented in src/fixtures/). */
export interface ServiceHandle {
  readonly name: string
  readonly port: number
  /** Base URL, e.g. http://127.0.0.1:1234 */
  readonly url: string
}

/** Fixtures started for a run, looked up by name; also the source of `${printers.x.port}` etc. */
export interface Fixtures {
  printers: Map<string, PrinterHandle>
  services: Map<string, ServiceHandle>
  /** Values for templates: `{ printers: { kitchen: { host, port } }, services: {...}, env: {...} }`. */
  templateScope: Record<string, unknown>
}

/** An extra metric a runner reports next to the latency metrics. */
export interface ExtraMetric {
  value: number
  unit: string
  direction: Direction
  /** Default true. */
  gate?: boolean
}

/** What one repetition produced. */
export interface RepetitionOutput {
  /** Latencies in ms, one per operation (command: per iteration). */
  latencies?: number[]
  /** When latencies were recorded into a histogram instead (large runs): their summary. */
  latencySummary?: Summary
  /** Successful operations. */
  ok: number
  /** Errors by kind. */
  errors: Record<string, number>
  /** Wall time of the measured phase (for throughput). */
  durationMs: number
  /** Metrics beyond latency/throughput/errors (e.g. `memory.rss_growth`). */
  metrics?: Record<string, ExtraMetric>
  /** Expectations checked in this repetition. */
  checks?: Check[]
  /** Facts for the report. */
  details?: Record<string, unknown>
}

export interface RunContext {
  fixtures: Fixtures
  log: Logger
  /** Seed for job generators: the same seed gives the same work on both sides of a comparison. */
  seed: number
  /** 0-based index of the measured repetition; -1 .. -warmup for warm-up runs. */
  repetition: number
  warmup: boolean
  signal: AbortSignal
  /** Directory the config file lives in: relative paths resolve against it. */
  baseDir: string
}

/** A workload kind. `def` is the validated workload entry from perf-gate.yml. */
export interface WorkloadRunner<Def = Record<string, unknown>> {
  kind: WorkloadKind
  /** Runs one repetition (warm-up or measured). Throws WorkloadError for a failure to report. */
  runRepetition(def: Def, ctx: RunContext): Promise<RepetitionOutput>
}

/** A failure to report on the workload (not a crash): the message is shown as-is. */
export class WorkloadError extends Error {
  constructor(
    message: string,
    /** Tail of process output, if any. */
    readonly output?: string
  ) {
    super(message)
    this.name = 'WorkloadError'
  }
}
