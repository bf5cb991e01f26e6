/**
 * The run pipeline shared by the action, the CLI and the A/B orchestration:
 * fixtures -> workloads (warm-up + repetitions) -> workload results -> Results.
 */
import path from 'node:path'
import type { LoadedConfig, WorkloadDef } from './config/types.js'
import { buildWorkloadResult } from './metrics.js'
import { newResults, shortHash } from './results/io.js'
import { workloadFromSamples } from './results/samples.js'
import type { Environment, Results, WorkloadResult } from './types.js'
import { readSamplesFile } from './workloads/import.js'
import { runners } from './workloads/index.js'
import {
  WorkloadError,
  type Fixtures,
  type Logger,
  type RepetitionOutput
} from './workloads/types.js'
import { startFixtureSet, resolveTemplates } from './fixtures-glue.js'
import { unsetEnvironment } from './config/references.js'
import { ConfigError } from './config/validate.js'
import type { ImportFormat } from './results/formats.js'
import { plural } from './report/format.js'

export { collectEnvironment } from './results/io.js'
export type { Environment }

/** Keys that tune how a workload is judged or repeated, not what it does (left out of its hash). */
const NON_DEFINITION_KEYS = [
  'name',
  'description',
  'repetitions',
  'warmup',
  'threshold',
  'thresholds',
  'budgets',
  'gate'
]

/** Hash of what a workload does: a changed definition is reported as changed, not compared. */
export function definitionHash(def: WorkloadDef): string {
  const rest: Record<string, unknown> = {}
  for (const k of Object.keys(def).sort()) if (!NON_DEFINITION_KEYS.includes(k)) rest[k] = def[k]
  return shortHash(rest)
}

/**
 * Fails before anything runs when a `${env.NAME}` the run would need is not set.
 * @throws ConfigError listing every unset variable with where it is used.
 */
export function checkEnvironment(
  loaded: LoadedConfig,
  selected: WorkloadDef[],
  env: NodeJS.ProcessEnv,
  only?: WorkloadDef[]
): void {
  const issues = unsetEnvironment(loaded, selected, env, only)
  if (issues.length)
    throw new ConfigError(loaded.file, issues, 'environment not ready, nothing was run')
}

/** Fixtures started for a run, with their stop. */
export interface RunningFixtures {
  fixtures: Fixtures
  stop(): Promise<void>
}

/**
 * Starts the printers and services the config declares: all of them, or with `only` the services
 * those workloads need. A service that fails to start fails the workloads that use it.
 */
export async function startFixtures(
  loaded: LoadedConfig,
  log: Logger,
  opts: { baseDir?: string; env?: NodeJS.ProcessEnv; only?: WorkloadDef[] } = {}
): Promise<RunningFixtures> {
  return startFixtureSet(loaded, log, {
    baseDir: opts.baseDir ?? loaded.baseDir,
    env: opts.env ?? process.env,
    only: opts.only
  })
}

export interface MeasureOptions {
  repetitions: number
  warmup: number
  seed: number
  baseDir?: string
  signal?: AbortSignal
  /** First measured repetition index (A/B runs measure one repetition at a time). */
  firstIndex?: number
  /**
   * The progress line's step for warm-up run `i` of `n` (1-based) or a measured repetition
   * (default "warm-up i/n", "repetition i/n"); A/B runs name the pair and the side.
   */
  progressStep?: (warmup: boolean, i: number, n: number) => string
}

/**
 * Runs a workload's warm-up and measured repetitions.
 * @throws WorkloadError when a repetition fails (the caller reports it on the workload).
 */
export async function measureWorkload(
  def: WorkloadDef,
  loaded: LoadedConfig,
  fixtures: Fixtures,
  log: Logger,
  opts: MeasureOptions
): Promise<RepetitionOutput[]> {
  const runner = runners[def.kind]
  if (!runner) throw new WorkloadError(`no runner for kind "${def.kind}"`)
  const resolved = resolveTemplates(def, fixtures, `${loaded.file}: workloads.${def.name}`)
  const signal = opts.signal ?? new AbortController().signal
  const baseDir = opts.baseDir ?? loaded.baseDir
  const outputs: RepetitionOutput[] = []
  const total = opts.warmup + opts.repetitions
  for (let i = 0; i < total; i++) {
    if (signal.aborted) throw new WorkloadError('cancelled')
    const warmup = i < opts.warmup
    const repetition = warmup ? i - opts.warmup : (opts.firstIndex ?? 0) + i - opts.warmup
    const [k, n] = warmup ? [i + 1, opts.warmup] : [i - opts.warmup + 1, opts.repetitions]
    const step =
      opts.progressStep?.(warmup, k, n) ?? `${warmup ? 'warm-up' : 'repetition'} ${k}/${n}`
    log.progress(`${def.name}: ${step}`)
    const out = await (
      runner as unknown as { runRepetition(d: unknown, c: unknown): Promise<RepetitionOutput> }
    ).runRepetition(resolved, {
      fixtures,
      log,
      seed: opts.seed,
      repetition,
      warmup,
      signal,
      baseDir
    })
    if (!warmup) outputs.push(out)
  }
  return outputs
}

/** Repetition and seed settings of a workload, with the config's defaults applied. */
export function workloadSettings(
  def: WorkloadDef,
  loaded: LoadedConfig
): { repetitions: number; warmup: number; seed: number } {
  const d = loaded.config.defaults
  return {
    repetitions: def.repetitions ?? d.repetitions,
    warmup: def.warmup ?? d.warmup,
    seed: def.seed ?? d.seed
  }
}

/** Builds a workload's result from its outputs (or its error). */
export function resultFor(
  def: WorkloadDef,
  loaded: LoadedConfig,
  outputs: RepetitionOutput[],
  error?: string
): WorkloadResult {
  return buildWorkloadResult({
    name: def.name,
    kind: def.kind as WorkloadResult['kind'],
    definitionHash: definitionHash(def),
    outputs,
    error,
    gate: def.gate ?? loaded.config.defaults.gate
  })
}

/** Formats a workload failure with the tail of the process output. */
export function failureText(err: unknown): string {
  if (err instanceof WorkloadError) {
    const tail = err.output?.trim()
    return tail
      ? `${err.message}\n--- last output ---\n${tail.split('\n').slice(-20).join('\n')}`
      : err.message
  }
  if (err instanceof Error) return err.message
  return String(err)
}

export interface RunOptions {
  /** Run only these workloads (names). */
  only?: string[]
  /** Run a slice of the workloads: "i/n" (1-based). */
  shard?: string
  signal?: AbortSignal
  commit?: string
  ref?: string
  /** Override repetitions of every workload. */
  repetitions?: number
}

/** Selects the workloads of a run (by name and shard). */
export function selectWorkloads(
  loaded: LoadedConfig,
  opts: Pick<RunOptions, 'only' | 'shard'>
): WorkloadDef[] {
  let list = loaded.config.workloads
  if (opts.only?.length) {
    const unknown = opts.only.filter((n) => !list.some((w) => w.name === n))
    if (unknown.length) {
      throw new WorkloadError(
        `${loaded.file}: no workload named ${unknown.map((u) => JSON.stringify(u)).join(', ')}. Workloads: ${list.map((w) => w.name).join(', ')}.`
      )
    }
    list = list.filter((w) => opts.only!.includes(w.name))
  }
  if (opts.shard) {
    const m = /^(\d+)\/(\d+)$/.exec(opts.shard.trim())
    const i = m ? Number(m[1]) : 0
    const n = m ? Number(m[2]) : 0
    if (!m || n < 1 || i < 1 || i > n)
      throw new WorkloadError(
        `shard "${opts.shard}" is not of the form i/n with 1 <= i <= n (e.g. 2/4).`
      )
    list = list.filter((_, k) => k % n === i - 1)
  }
  return list
}

/**
 * Runs the selected workloads and returns the results. A failing workload is recorded (with its
 * error) and the others still run; fixtures are always stopped.
 */
export async function runAll(
  loaded: LoadedConfig,
  log: Logger,
  opts: RunOptions = {}
): Promise<Results> {
  const results = newResults({ commit: opts.commit, ref: opts.ref })
  const selected = selectWorkloads(loaded, opts)
  const partial = selected.length < loaded.config.workloads.length
  checkEnvironment(loaded, selected, process.env, partial ? selected : undefined)
  const running = await startFixtures(loaded, log, partial ? { only: selected } : {})
  try {
    for (const [i, def] of selected.entries()) {
      if (opts.signal?.aborted) break
      const result = await log.group(
        `[${i + 1}/${selected.length}] ${def.name} (${def.kind})`,
        () => runOne(def, loaded, running.fixtures, log, opts)
      )
      // Cut short by the interruption: not a result (an error here would read as a failure).
      if (opts.signal?.aborted) break
      results.workloads.push(result)
      log.info(describeResult(result))
    }
  } finally {
    await running.stop()
  }
  return results
}

async function runOne(
  def: WorkloadDef,
  loaded: LoadedConfig,
  fixtures: Fixtures,
  log: Logger,
  opts: RunOptions
): Promise<WorkloadResult> {
  if (def.kind === 'import' && !def.command) {
    try {
      const data = await readSamplesFile(
        path.resolve(loaded.baseDir, String(def.file)),
        def.format as ImportFormat | undefined
      )
      return workloadFromSamples(data, def.name, definitionHash(def))
    } catch (err) {
      return resultFor(def, loaded, [], failureText(err))
    }
  }
  const settings = workloadSettings(def, loaded)
  const outputs: RepetitionOutput[] = []
  try {
    outputs.push(
      ...(await measureWorkload(def, loaded, fixtures, log, {
        ...settings,
        repetitions: opts.repetitions ?? settings.repetitions,
        signal: opts.signal
      }))
    )
    return resultFor(def, loaded, outputs)
  } catch (err) {
    log.error(`${def.name}: ${failureText(err)}`)
    return resultFor(def, loaded, outputs, failureText(err))
  }
}

/** One line per workload for the log. */
export function describeResult(r: WorkloadResult): string {
  if (r.status === 'error') return `  ✗ ${r.name}: error`
  const p = r.metrics['latency.p50']
  const p95 = r.metrics['latency.p95']
  const parts = [plural(r.repetitions.length, 'repetition')]
  if (p) parts.push(`p50 ${p.value.toFixed(2)} ms`)
  if (p95) parts.push(`p95 ${p95.value.toFixed(2)} ms`)
  const failed = r.checks.filter((c) => !c.passed)
  return `  ${failed.length ? '✗' : '✓'} ${r.name}: ${parts.join(', ')}${failed.length ? `; ${failed.length} expectation(s) failed` : ''}`
}
