/**
 * Entry points of the A/B mode for the CLI (`perf-gate run --compare-to <ref>`) and the action
 * (`compare: base-ref`): both are {@link runAB} with the config already loaded.
 */
import path from 'node:path'
import type { LoadedConfig } from '../config/types.js'
import type { Logger } from '../workloads/types.js'
import { runAB, type ABRun, type RunABOptions } from './run.js'

/** Options of {@link runCompareTo}. */
export interface CompareToOptions {
  /** Base ref (`origin/main`, a tag, a SHA). Default: the config's `base-ref`, then the event's base SHA. */
  ref?: string
  /** GitHub event payload (the action passes `github.context.payload`). */
  event?: unknown
  /** The head's loaded config; its directory must be inside the git checkout. */
  loaded: LoadedConfig
  log: Logger
  /** When given, the caller owns SIGINT/SIGTERM and this signal cancels the run. */
  signal?: AbortSignal
  only?: string[]
  shard?: string
  /** `--threshold` override (percent), so the sequential rule uses the same thresholds as the verdict. */
  threshold?: number
  /** Temp root for the worktree (the action passes RUNNER_TEMP). */
  tmpRoot?: string
  /** Everything else of {@link RunABOptions} (pairs, minPairs, maxPairs, setup, fixtures, ...). */
  more?: Partial<Omit<RunABOptions, 'headDir' | 'configFile' | 'loaded' | 'log'>>
}

/**
 * Runs the base commit beside the current checkout and returns `{ base, head, ... }` ready for
 * `judgePaired(base, head, config)`. Throws BaseRefError (missing commit, with the fetch fix),
 * SetupError (head setup failed); base-side failures are in `errors` and on the base workloads.
 */
export function runCompareTo(opts: CompareToOptions): Promise<ABRun> {
  const configFile = path.resolve(opts.loaded.baseDir, path.basename(opts.loaded.file))
  return runAB({
    ...opts.more,
    headDir: opts.loaded.baseDir,
    configFile,
    loaded: opts.loaded,
    baseRef: opts.ref ?? opts.more?.baseRef,
    event: opts.event,
    log: opts.log,
    signal: opts.signal,
    only: opts.only,
    shard: opts.shard,
    threshold: opts.threshold,
    tmpRoot: opts.tmpRoot
  })
}

export type { ABRun, ABProblem, RunABOptions, FixtureMode } from './run.js'
export { runAB } from './run.js'
export {
  ABCancelledError,
  BaseRefError,
  withBaseWorktree,
  resolveBaseRef,
  baseShaFromEvent
} from './worktree.js'
export { SetupError, runSetup } from './setup.js'
