/**
 * Same-runner A/B orchestration (`compare: base-ref`, `perf-gate run --compare-to <ref>`).
 *
 * The base commit (A) is checked out into a temporary git worktree beside the pull request (B);
 * both are set up with the user's `setup` command, then every workload runs one repetition at a
 * time on each side, interleaved in an order that cancels a steady drift of the machine
 * (A B B A A B ...), with the same seed on both sides. Repetition k of A and repetition k of B form
 * pair k; the lead's `comparePaired(base, head, policy)` judges the pairs. Where the answer is
 * clear early the loop may stop, and where it is still ambiguous it may add pairs
 * (`sequentialStop`), bounded by minPairs..maxPairs.
 */
import { existsSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { loadConfig } from '../config/load.js'
import type { LoadedConfig, WorkloadDef } from '../config/types.js'
import type { ComparePolicy } from '../compare/index.js'
import { policyFromConfig } from '../policy.js'
import { interleaveOrder, sequentialStop } from '../compare/paired.js'
import {
  failureText,
  measureWorkload,
  resultFor,
  selectWorkloads,
  checkEnvironment,
  startFixtures,
  workloadSettings
} from '../pipeline.js'
import { newResults, shortHash } from '../results/io.js'
import { workloadFromSamples } from '../results/samples.js'
import { readSamplesFile } from '../workloads/import.js'
import type { Results, WorkloadResult } from '../types.js'
import type { Logger, RepetitionOutput } from '../workloads/types.js'
import { gitTry } from './git.js'
import { runSetup, SetupError, type Side } from './setup.js'
import { ABCancelledError, BaseRefError, withBaseWorktree, type ResolvedBase } from './worktree.js'
import type { ImportFormat } from '../results/formats.js'

/** Default number of pairs when neither the options nor the config say (issue 7). */
export const DEFAULT_PAIRS = 10

/** How fixtures (virtual printers, services) live during an A/B run. */
export type FixtureMode = 'per-repetition' | 'per-side'

/** Options of {@link runAB}. */
export interface RunABOptions {
  /** A directory inside the pull request's checkout (the head side), usually the working directory. */
  headDir: string
  /** The head's config file (absolute, or relative to `headDir`). Must lie inside the repository. */
  configFile: string
  /** The head's config, when the caller has loaded it already (else `configFile` is loaded). */
  loaded?: LoadedConfig
  /** `--threshold` override, as the compare policy gets it (used by the sequential rule). */
  threshold?: number
  /** Base ref (`origin/main`, a tag, a SHA); default: the config's `base-ref`, then the event's base SHA. */
  baseRef?: string
  /** The GitHub event payload (for pull_request.base.sha). */
  event?: unknown
  /** Setup command run in both trees; default: the config's `setup`. None: no setup step. */
  setup?: string
  /** Default 15 minutes per side. */
  setupTimeoutMs?: number
  /** Also run setup in the head tree (default true; false when the workflow already built it). */
  setupHead?: boolean
  /** Nominal pairs per workload (default: config `pairs`, else 10). */
  pairs?: number
  /** Fewest pairs before an early stop (default: config `min-pairs`, else `pairs`, i.e. no early stop). */
  minPairs?: number
  /** Most pairs when the answer is still ambiguous (default: config `max-pairs`, else `pairs`, i.e. no extension). */
  maxPairs?: number
  /** Significance level handed to the sequential rule (default 0.01). */
  alpha?: number
  /** Run only these workloads / this shard (as `perf-gate run`). */
  only?: string[]
  shard?: string
  /** Default per-repetition: a fresh service per repetition, so warm state cannot leak between sides. */
  fixtures?: FixtureMode
  /** Where the worktree's temporary directory goes (default os.tmpdir(); RUNNER_TEMP in Actions). */
  tmpRoot?: string
  log: Logger
  /** Cancels the run; when given, the caller owns SIGINT/SIGTERM (see withBaseWorktree). */
  signal?: AbortSignal
  /** Re-raise SIGINT/SIGTERM after cleanup (default: only when no `signal` is given); see withBaseWorktree. */
  exitOnSignal?: boolean
}

/** Something that went wrong on one side; the rest of the run still counts. */
export interface ABProblem {
  side: Side
  /** Unset for a problem that hits every workload of that side (setup, config). */
  workload?: string
  phase: 'setup' | 'config' | 'fixtures' | 'measure'
  message: string
}

/** What {@link runAB} hands to `comparePaired`. */
export interface ABRun {
  /** Base side (A): repetition k pairs with repetition k of `head`. */
  base: Results
  /** Head side (B). */
  head: Results
  /** Pairs measured per workload (both sides ran that many repetitions). */
  pairsUsed: Record<string, number>
  /** Why a workload stopped where it did: `clear` (sequential rule), `fixed`, `max`, `one-side`. */
  stopReason: Record<string, 'clear' | 'fixed' | 'max' | 'one-side'>
  errors: ABProblem[]
  /** Notes for the report (config fallback, import workloads, ...). */
  notes: string[]
  baseCommit: ResolvedBase
  headCommit?: string
  /** Which config the base side ran: its own file, or the head's (absent or invalid on the base). */
  baseConfig: 'own' | 'head'
  timings: { setupBaseMs?: number; setupHeadMs?: number; totalMs: number }
}

/** One side of the run: its config, the directory its relative paths resolve against. */
interface SideCtx {
  side: Side
  loaded: LoadedConfig
  baseDir: string
  /** Setup failed or the config could not be read: nothing to measure on this side. */
  unavailable?: string
}

/** The percentage threshold the paired compare applies to `metric` of `workload` (metric, workload, default). */
export function thresholdFor(policy: ComparePolicy, workload: string, metric: string): number {
  const w = policy.workloads?.[workload]
  return w?.thresholds?.[metric] ?? w?.threshold ?? policy.defaultThreshold
}

/**
 * Runs the base commit beside the pull request on this machine and returns both sides' results,
 * paired by repetition index. The worktree is always removed (also on errors and signals).
 *
 * @throws ABCancelledError when cancelled (signal / SIGINT / SIGTERM), after the worktree is removed;
 *   BaseRefError when the base commit cannot be resolved (the message has the fetch fix),
 *   SetupError when the head side cannot be set up, ConfigError for an invalid head config.
 *   Base-side failures are not thrown: they are in `errors` and the base workloads carry them.
 */
export async function runAB(opts: RunABOptions): Promise<ABRun> {
  const t0 = performance.now()
  const log = opts.log
  const headConfigAbs = path.resolve(opts.headDir, opts.configFile)
  const headLoaded = opts.loaded ?? (await loadConfig(headConfigAbs))
  const policy = policyFromConfig(headLoaded.config, { paired: true, threshold: opts.threshold })
  const d = headLoaded.config.defaults
  const pairs = opts.pairs ?? d.pairs ?? DEFAULT_PAIRS
  // Options first, then the config's `min-pairs` / `max-pairs`; the window always contains `pairs`.
  const minPairs = Math.max(1, Math.min(opts.minPairs ?? d.minPairs ?? pairs, pairs))
  const maxPairs = Math.max(pairs, opts.maxPairs ?? d.maxPairs ?? pairs)
  const setup = opts.setup ?? d.setup
  const fixtureMode = opts.fixtures ?? 'per-repetition'
  const selected = selectWorkloads(headLoaded, { only: opts.only, shard: opts.shard })
  checkEnvironment(headLoaded, selected, process.env)

  return withBaseWorktree(
    {
      repoDir: opts.headDir,
      ref: opts.baseRef ?? d.baseRef,
      event: opts.event,
      tmpRoot: opts.tmpRoot,
      signal: opts.signal,
      exitOnSignal: opts.exitOnSignal
    },
    async (wt, signal) => {
      log.info(
        `compare: base-ref — base ${wt.base.ref} (${wt.sha.slice(0, 12)}) checked out at ${wt.dir}`
      )
      const errors: ABProblem[] = []
      const notes: string[] = []
      // Real paths: a symlinked temp dir (/tmp -> /private/tmp on macOS) must not look "outside".
      const rel = path.relative(realpathSync(wt.repoRoot), realpathSync(headConfigAbs))
      if (rel.startsWith('..') || path.isAbsolute(rel)) {
        throw new BaseRefError(
          `compare: base-ref: the config ${opts.configFile} is outside the repository ${wt.repoRoot}, so there is no ` +
            'base version of it to run. Keep perf-gate.yml inside the repository.'
        )
      }
      const relDir = path.dirname(rel)
      const headCommit =
        (await gitTry(wt.repoRoot, ['rev-parse', 'HEAD'])).stdout.trim() || undefined
      const timings: ABRun['timings'] = { totalMs: 0 }

      // --- setup: head first (a head failure ends the run), then base (a base failure is reported).
      const head: SideCtx = { side: 'head', loaded: headLoaded, baseDir: headLoaded.baseDir }
      const baseDir = path.join(wt.dir, relDir)
      const base: SideCtx = { side: 'base', loaded: headLoaded, baseDir }
      if (setup && opts.setupHead !== false) {
        const r = await runSetup({
          side: 'head',
          dir: head.baseDir,
          command: setup,
          timeoutMs: opts.setupTimeoutMs,
          signal,
          log
        })
        timings.setupHeadMs = r.durationMs
      }
      if (setup) {
        try {
          const r = await runSetup({
            side: 'base',
            dir: base.baseDir,
            command: setup,
            timeoutMs: opts.setupTimeoutMs,
            signal,
            log
          })
          timings.setupBaseMs = r.durationMs
        } catch (err) {
          if (signal.aborted) throw err
          const message = err instanceof SetupError ? err.message : failureText(err)
          base.unavailable = message
          errors.push({ side: 'base', phase: 'setup', message })
          log.error(message)
        }
      }

      // --- the base side's config: its own file when it exists and is valid, else the head's.
      let baseConfig: ABRun['baseConfig'] = 'head'
      const baseConfigFile = path.join(wt.dir, rel)
      if (existsSync(baseConfigFile)) {
        try {
          base.loaded = await loadConfig(baseConfigFile)
          baseConfig = 'own'
        } catch (err) {
          notes.push(
            `The base commit's ${rel} could not be used (${failureText(err).split('\n')[0]}); the base side ran the pull request's config.`
          )
        }
      } else {
        notes.push(`The base commit has no ${rel}; the base side ran the pull request's config.`)
      }

      const baseResults = newResults({ commit: wt.sha, ref: wt.base.ref })
      const headResults = newResults({ commit: headCommit })
      const pairsUsed: Record<string, number> = {}
      const stopReason: ABRun['stopReason'] = {}

      for (const [i, def] of selected.entries()) {
        if (signal.aborted) break
        await log.group(
          `[${i + 1}/${selected.length}] ${def.name} (${def.kind}) — A/B`,
          async () => {
            const out = await runWorkloadAB(def, {
              head,
              base,
              baseConfig,
              log,
              signal,
              pairs,
              minPairs,
              maxPairs,
              alpha: opts.alpha ?? 0.01,
              fixtureMode,
              policy
            })
            if (out.base) baseResults.workloads.push(out.base)
            headResults.workloads.push(out.head)
            pairsUsed[def.name] = out.pairs
            stopReason[def.name] = out.reason
            errors.push(...out.errors)
            notes.push(...out.notes)
            log.info(`  ${def.name}: ${out.pairs} pair(s) (${out.reason})`)
          }
        )
      }
      if (signal.aborted) throw new ABCancelledError()
      timings.totalMs = performance.now() - t0
      return {
        base: baseResults,
        head: headResults,
        pairsUsed,
        stopReason,
        errors,
        notes,
        baseCommit: wt.base,
        headCommit,
        baseConfig,
        timings
      }
    }
  )
}

interface WorkloadABContext {
  head: SideCtx
  base: SideCtx
  baseConfig: 'own' | 'head'
  log: Logger
  signal: AbortSignal
  pairs: number
  minPairs: number
  maxPairs: number
  alpha: number
  fixtureMode: FixtureMode
  policy: ComparePolicy
}

interface WorkloadABOutcome {
  base?: WorkloadResult
  head: WorkloadResult
  pairs: number
  reason: ABRun['stopReason'][string]
  errors: ABProblem[]
  notes: string[]
}

/** State of one side of one workload while pairs are measured. */
interface SideRun {
  ctx: SideCtx
  def: WorkloadDef
  outputs: RepetitionOutput[]
  error?: string
  warmedUp: boolean
  /** Fixtures kept for the whole workload in per-side mode. */
  fixtures?: Awaited<ReturnType<typeof startFixtures>>
}

const hasFixtures = (loaded: LoadedConfig): boolean =>
  Object.keys(loaded.config.printers).length > 0 || Object.keys(loaded.config.services).length > 0

/** Measures one workload pair by pair on both sides. */
async function runWorkloadAB(def: WorkloadDef, c: WorkloadABContext): Promise<WorkloadABOutcome> {
  const errors: ABProblem[] = []
  const notes: string[] = []
  const headSettings = workloadSettings(def, c.head.loaded)

  // An import without a command reads a file another step wrote: there is nothing to run per side.
  if (def.kind === 'import' && !def.command) {
    notes.push(
      `${def.name}: an import without a command is read once from the pull request's tree and not paired.`
    )
    let head: WorkloadResult
    try {
      const data = await readSamplesFile(
        path.resolve(c.head.baseDir, String(def.file)),
        def.format as ImportFormat | undefined
      )
      head = workloadFromSamples(data, def.name, shortHash({ kind: 'import', name: def.name }))
    } catch (err) {
      head = resultFor(def, c.head.loaded, [], failureText(err))
    }
    return { head, pairs: 0, reason: 'one-side', errors, notes }
  }

  const baseDef =
    c.baseConfig === 'own' ? c.base.loaded.config.workloads.find((w) => w.name === def.name) : def
  const headRun: SideRun = { ctx: c.head, def, outputs: [], warmedUp: false }
  let baseRun: SideRun | undefined
  if (c.base.unavailable) {
    // Reported on the base workload; the head is still measured so its own budgets and trend apply.
  } else if (!baseDef) {
    notes.push(
      `${def.name}: new in this pull request (not in the base commit's config); measured on the head only.`
    )
  } else {
    baseRun = { ctx: c.base, def: baseDef, outputs: [], warmedUp: false }
  }
  const baseUnavailable = c.base.unavailable
    ? `base side unavailable: ${c.base.unavailable}`
    : undefined

  // Order of sides for maxPairs pairs: pair k runs order[2k] then order[2k + 1].
  const order = interleaveOrder(c.maxPairs)
  const eachRepFixtures = c.fixtureMode === 'per-repetition'
  let n = 0
  let reason: ABRun['stopReason'][string] = 'fixed'
  try {
    for (let k = 0; k < c.maxPairs; k++) {
      if (c.signal.aborted) break
      const both = baseRun && !baseRun.error && !headRun.error
      for (const letter of order.slice(2 * k, 2 * k + 2)) {
        const run = letter === 'A' ? baseRun : headRun
        if (!run || run.error) continue
        await measureOne(run, k, headSettings, eachRepFixtures, c)
        if (run.error) {
          errors.push({
            side: run.ctx.side,
            workload: def.name,
            phase: run.error.startsWith('fixtures:') ? 'fixtures' : 'measure',
            message: run.error
          })
        }
      }
      if (headRun.error) break
      n = k + 1
      if (!both || !baseRun || baseRun.error) {
        // One side only: no pairs to judge, so measure the nominal count for the head's own result.
        reason = 'one-side'
        if (n >= c.pairs) break
        continue
      }
      if (n >= c.maxPairs) {
        reason = n > c.pairs ? 'max' : 'fixed'
        break
      }
      // Sequential rule only when the user widened the window around `pairs`.
      const sequential = c.minPairs < c.pairs || c.maxPairs > c.pairs
      if (sequential && n >= c.minPairs && clearEnough(def, baseRun, headRun, c, n)) {
        reason = 'clear'
        break
      }
    }
  } finally {
    await headRun.fixtures?.stop().catch(() => undefined)
    await baseRun?.fixtures?.stop().catch(() => undefined)
  }
  if (c.signal.aborted) throw new ABCancelledError()

  const head = resultFor(def, c.head.loaded, headRun.outputs, headRun.error)
  let base: WorkloadResult | undefined
  if (baseRun) {
    // Keep exactly the pairs both sides completed, so repetition k of one is repetition k of the other.
    const pairedCount = Math.min(baseRun.outputs.length, headRun.outputs.length)
    base = resultFor(
      baseRun.def,
      c.base.loaded,
      baseRun.outputs.slice(0, baseRun.error ? baseRun.outputs.length : pairedCount),
      baseRun.error
    )
    if (!baseRun.error && !headRun.error) n = pairedCount
  } else if (baseUnavailable) {
    base = resultFor(def, c.head.loaded, [], baseUnavailable)
  }
  return { base, head, pairs: n, reason, errors, notes }
}

/** Runs one measured repetition (index k) on one side, starting fixtures as the mode says. */
async function measureOne(
  run: SideRun,
  k: number,
  settings: { warmup: number; seed: number },
  eachRepFixtures: boolean,
  c: WorkloadABContext
): Promise<void> {
  const { ctx } = run
  const fresh = eachRepFixtures || !run.fixtures
  let fixtures = run.fixtures
  if (fresh) {
    try {
      fixtures = await startFixtures(ctx.loaded, c.log, { baseDir: ctx.baseDir })
    } catch (err) {
      run.error = `fixtures: could not start on the ${ctx.side} side: ${failureText(err)}`
      return
    }
    if (!eachRepFixtures) run.fixtures = fixtures
  }
  // Warm-up once per side; again before every repetition when a fresh service or printer started,
  // since its warm state (JIT, caches, connection pools) went with the old process.
  const warmup = !run.warmedUp || (eachRepFixtures && hasFixtures(ctx.loaded)) ? settings.warmup : 0
  try {
    const outs = await measureWorkload(run.def, ctx.loaded, fixtures!.fixtures, c.log, {
      repetitions: 1,
      warmup,
      // The same seed and repetition index on both sides: identical generated jobs in pair k.
      seed: settings.seed,
      firstIndex: k,
      progressStep: (warm, i, count) =>
        `${warm ? `warm-up ${i}/${count}` : `pair ${k + 1}/${c.maxPairs > c.pairs ? `${c.pairs} (up to ${c.maxPairs})` : c.pairs}`}, ${ctx.side === 'base' ? 'base (A)' : 'head (B)'}`,
      baseDir: ctx.baseDir,
      signal: c.signal
    })
    run.warmedUp = true
    run.outputs.push(...outs)
  } catch (err) {
    run.error = `${ctx.side === 'base' ? 'base (A)' : 'head (B)'} side failed in pair ${k + 1}: ${failureText(err)}`
  } finally {
    if (eachRepFixtures) await fixtures!.stop().catch(() => undefined)
  }
}

/** True when every gated metric's answer is already clear (the sequential rule says stop). */
function clearEnough(
  def: WorkloadDef,
  baseRun: SideRun,
  headRun: SideRun,
  c: WorkloadABContext,
  n: number
): boolean {
  const h = resultFor(def, c.head.loaded, headRun.outputs.slice(0, n))
  const b = resultFor(baseRun.def, c.base.loaded, baseRun.outputs.slice(0, n))
  let any = false
  for (const [name, m] of Object.entries(h.metrics)) {
    if (m.gate === false) continue
    const bm = b.metrics[name]
    if (!bm) continue
    any = true
    const verdict = sequentialStop(bm.repetitions, m.repetitions, {
      thresholdPct: thresholdFor(c.policy, def.name, name),
      direction: m.direction,
      alpha: c.alpha,
      minPairs: c.minPairs,
      maxPairs: c.maxPairs
    })
    if (verdict !== 'stop') return false
  }
  return any
}
