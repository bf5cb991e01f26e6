/**
 * The base side of `compare: base-ref`: resolve the base commit and check it out into a detached
 * git worktree in a temporary directory, next to (never instead of) the user's working tree.
 *
 * Guarantees: the user's checkout is never modified (no checkout, stash or reset in it; a worktree
 * only adds an entry under .git/worktrees); the worktree is removed on success, on failure, on
 * SIGINT/SIGTERM/SIGHUP and at process exit; nothing is fetched over the network (a missing commit
 * is an error that names the exact fetch command that fixes it).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { git, gitSyncQuiet, gitTry } from './git.js'

/** A base ref that cannot be used, with the fix in the message. */
export class BaseRefError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BaseRefError'
  }
}

/**
 * The A/B run was cancelled (Ctrl-C, SIGTERM, or the caller's AbortSignal). The worktree has been
 * removed by the time this is thrown; a CLI maps it to exit code 130.
 */
export class ABCancelledError extends Error {
  constructor(
    message = 'interrupted: the A/B run was cancelled and the base worktree removed; no verdict.'
  ) {
    super(message)
    this.name = 'ABCancelledError'
  }
}

/** Where the base commit came from (shown in the report and in errors). */
export interface ResolvedBase {
  /** Full commit SHA. */
  sha: string
  /** What the user or the event named, e.g. `origin/main` or the PR's base SHA. */
  ref: string
  /** `option`: base-ref / --compare-to; `event`: the pull_request (or merge_group) payload. */
  source: 'option' | 'event'
}

/**
 * The base commit named by a GitHub event payload: `pull_request.base.sha` (pull_request and
 * pull_request_target) or `merge_group.base_sha` (merge queues). Undefined for other events.
 */
export function baseShaFromEvent(event: unknown): string | undefined {
  const field = (o: unknown, key: string): unknown =>
    o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined
  const pr = field(field(field(event, 'pull_request'), 'base'), 'sha')
  if (typeof pr === 'string' && pr) return pr
  const mg = field(field(event, 'merge_group'), 'base_sha')
  if (typeof mg === 'string' && mg) return mg
  return undefined
}

/** The top-level directory of the git checkout that contains `dir`. */
export async function findRepoRoot(dir: string): Promise<string> {
  const r = await gitTry(dir, ['rev-parse', '--show-toplevel'])
  if (r.code !== 0) {
    throw new BaseRefError(
      `compare: base-ref needs a git checkout, but ${dir} is not inside one (${r.stderr.trim()}). ` +
        'Run perf-gate from the repository (after actions/checkout in a workflow).'
    )
  }
  return r.stdout.trim()
}

const HEX = /^[0-9a-f]{7,64}$/i

/** The fetch command that brings `ref` into a clone, for the "missing commit" error. */
function fetchCommandFor(ref: string, remotes: string[]): { command: string; hint?: string } {
  if (HEX.test(ref)) {
    return {
      command: `git fetch --no-tags --depth=1 origin ${ref}`,
      hint:
        ref.length < 40
          ? 'GitHub only serves a commit by its full 40-character SHA; use the full SHA.'
          : undefined
    }
  }
  const slash = ref.indexOf('/')
  if (slash > 0 && remotes.includes(ref.slice(0, slash))) {
    const remote = ref.slice(0, slash)
    const branch = ref.slice(slash + 1)
    return {
      command: `git fetch --no-tags --depth=1 ${remote} +refs/heads/${branch}:refs/remotes/${remote}/${branch}`
    }
  }
  return {
    command: `git fetch --no-tags --depth=1 origin +refs/heads/${ref}:refs/remotes/origin/${ref}`,
    hint: `then use \`base-ref: origin/${ref}\`.`
  }
}

/**
 * Resolves the base commit: an explicit `ref` (base-ref / --compare-to: a branch such as
 * `origin/main`, a tag or a SHA) wins; otherwise the PR's base SHA from the event payload.
 *
 * @throws BaseRefError when no base is named, or the commit is not in the clone (the message gives
 *   the fetch command that fixes it and the `fetch-depth: 0` alternative).
 */
export async function resolveBaseRef(
  repoDir: string,
  opts: { ref?: string; event?: unknown }
): Promise<ResolvedBase> {
  const explicit = opts.ref?.trim()
  const fromEvent = baseShaFromEvent(opts.event)
  const ref = explicit || fromEvent
  if (!ref) {
    throw new BaseRefError(
      'compare: base-ref needs a base commit, but none was given: this is not a pull_request (or merge_group) ' +
        'event and no base ref was set. Set `base-ref: origin/main` (or a SHA) in perf-gate.yml or the action ' +
        'input, or pass `perf-gate run --compare-to <ref>`.'
    )
  }
  if (ref.startsWith('-')) {
    // Would be read by git as an option.
    throw new BaseRefError(`base-ref: "${ref}" is not a valid git ref (it starts with "-").`)
  }
  const where = explicit
    ? `base-ref "${ref}"`
    : `the pull request's base commit ${ref} (pull_request.base.sha)`
  const r = await gitTry(repoDir, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`
  ])
  if (r.code === 0 && r.stdout.trim()) {
    return { sha: r.stdout.trim(), ref, source: explicit ? 'option' : 'event' }
  }
  const shallow =
    (await gitTry(repoDir, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
  const remotes = (await gitTry(repoDir, ['remote'])).stdout
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
  const fix = fetchCommandFor(ref, remotes)
  throw new BaseRefError(
    `compare: base-ref cannot find ${where} in the clone at ${repoDir}` +
      (shallow
        ? ' (it is a shallow clone: actions/checkout fetches only one commit by default).'
        : '.') +
      '\nFix it in one of two ways:\n' +
      `  - fetch that commit before perf-gate runs: ${fix.command}` +
      (fix.hint ? `\n    (${fix.hint})` : '') +
      '\n  - or check out the full history: actions/checkout with `fetch-depth: 0`.'
  )
}

/** A detached checkout of the base commit in a temporary directory. */
export interface BaseWorktree {
  /** The worktree's directory (inside a fresh temporary directory). */
  readonly dir: string
  readonly sha: string
  /** The user's repository it was added to. */
  readonly repoDir: string
  /** Removes the worktree, its temporary directory and git's bookkeeping entry. Idempotent. */
  remove(): Promise<void>
  /** The same, synchronously, for signal and exit handlers. Idempotent; never throws. */
  removeSync(): void
}

/**
 * Adds a detached worktree of `sha` (already resolved) in a new temporary directory.
 * Hooks are disabled for the checkout so a project's post-checkout hook (husky, lfs, ...) cannot
 * run side effects for a tree that only exists to be measured.
 */
export async function addBaseWorktree(
  repoDir: string,
  sha: string,
  opts: {
    tmpRoot?: string
    /** Receives the handle before `git worktree add` starts, so a signal mid-checkout can clean up. */
    onHandle?: (worktree: BaseWorktree) => void
  } = {}
): Promise<BaseWorktree> {
  const parent = await mkdtemp(join(opts.tmpRoot ?? tmpdir(), 'perf-gate-base-'))
  const dir = join(parent, 'tree')
  let removed = false
  const removeSync = (): void => {
    if (removed) return
    removed = true
    gitSyncQuiet(repoDir, ['worktree', 'remove', '--force', '--force', dir])
    try {
      rmSync(parent, { recursive: true, force: true, maxRetries: 3 })
    } catch {
      // best effort: the prune below still drops git's entry
    }
    gitSyncQuiet(repoDir, ['worktree', 'prune'])
  }
  const remove = async (): Promise<void> => {
    if (removed) return
    removed = true
    // Double --force also removes a locked worktree; untracked build output (node_modules, dist) goes too.
    await gitTry(repoDir, ['worktree', 'remove', '--force', '--force', dir])
    await rm(parent, { recursive: true, force: true, maxRetries: 3 })
    await gitTry(repoDir, ['worktree', 'prune'])
  }
  const handle: BaseWorktree = { dir, sha, repoDir, remove, removeSync }
  opts.onHandle?.(handle)
  try {
    await git(
      repoDir,
      ['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--detach', dir, sha],
      600_000
    )
  } catch (err) {
    await remove()
    throw err
  }
  return handle
}

/** Options of {@link withBaseWorktree}. */
export interface WithBaseWorktreeOptions {
  /** Any directory inside the user's checkout (the head side). */
  repoDir: string
  /** Explicit base ref (base-ref / --compare-to); otherwise the event's base SHA. */
  ref?: string
  /** The GitHub event payload (GITHUB_EVENT_PATH's JSON), for pull_request.base.sha. */
  event?: unknown
  /** Where the temporary directory goes (default: os.tmpdir(); in Actions RUNNER_TEMP is a good choice). */
  tmpRoot?: string
  /** Aborts the run (the worktree is still removed). */
  signal?: AbortSignal
  /**
   * After cleaning up on SIGINT/SIGTERM/SIGHUP, raise the signal again so the process ends as it
   * would have (default: true when no `signal` is given; a caller that passes a signal owns signal
   * handling: it gets the abort and decides how to exit).
   */
  exitOnSignal?: boolean
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Resolves the base commit, adds its worktree, runs `fn`, and removes the worktree whatever
 * happens: normal return, a throw, SIGINT/SIGTERM/SIGHUP (Ctrl-C, a cancelled job) or process exit.
 *
 * On a signal the AbortSignal given to `fn` fires first (so running children are stopped), then the
 * worktree is removed synchronously; if no other listener handles that signal, the signal is raised
 * again so the process ends the way it would have without perf-gate's handler.
 */
export async function withBaseWorktree<T>(
  opts: WithBaseWorktreeOptions,
  fn: (
    worktree: BaseWorktree & { base: ResolvedBase; repoRoot: string },
    signal: AbortSignal
  ) => Promise<T>
): Promise<T> {
  const repoRoot = await findRepoRoot(resolve(opts.repoDir))
  const base = await resolveBaseRef(repoRoot, { ref: opts.ref, event: opts.event })
  const exitOnSignal = opts.exitOnSignal ?? !opts.signal
  const controller = new AbortController()
  const onOuterAbort = (): void => controller.abort(opts.signal?.reason)
  if (opts.signal?.aborted) onOuterAbort()
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true })

  let wt: BaseWorktree | undefined
  const handlers = new Map<NodeJS.Signals, () => void>()
  const onExit = (): void => wt?.removeSync()
  const detach = (): void => {
    for (const [sig, h] of handlers) process.removeListener(sig, h)
    handlers.clear()
    process.removeListener('exit', onExit)
    opts.signal?.removeEventListener('abort', onOuterAbort)
  }
  for (const sig of SIGNALS) {
    const h = (): void => {
      controller.abort(
        new ABCancelledError(
          `interrupted by ${sig}: the A/B run was cancelled and the base worktree removed; no verdict.`
        )
      )
      wt?.removeSync()
      detach()
      // Our listener replaced Node's default "exit on signal"; restore it when nobody else listens.
      if (exitOnSignal && process.listenerCount(sig) === 0) process.kill(process.pid, sig)
    }
    handlers.set(sig, h)
    process.on(sig, h)
  }
  process.on('exit', onExit)
  const cancelled = (): ABCancelledError => {
    const reason: unknown = controller.signal.reason
    return reason instanceof ABCancelledError ? reason : new ABCancelledError()
  }
  try {
    if (controller.signal.aborted) throw cancelled()
    wt = await addBaseWorktree(repoRoot, base.sha, {
      tmpRoot: opts.tmpRoot,
      onHandle: (h) => (wt = h)
    })
    if (controller.signal.aborted) throw cancelled()
    return await fn({ ...wt, base, repoRoot }, controller.signal)
  } catch (err) {
    // Whatever a cancelled run threw on its way out (a killed child, an AbortError), the caller
    // only needs to know it was cancelled.
    if (controller.signal.aborted) throw cancelled()
    throw err
  } finally {
    await wt?.remove()
    detach()
  }
}
