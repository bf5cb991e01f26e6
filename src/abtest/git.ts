/**
 * A thin promise wrapper around the `git` executable.
 *
 * Why the CLI and not a library: the A/B mode needs exactly four plumbing calls (rev-parse,
 * worktree add/remove/prune). `git` is on every runner that ran actions/checkout, it honours the
 * user's own repository setup (alternates, partial clones, safe.directory, credential helpers), and
 * worktrees are not supported by the pure-JS implementations (isomorphic-git), while native
 * bindings (nodegit) would break the single-file ncc bundle. execFile passes arguments without a
 * shell, so a ref name can never be interpreted as shell syntax.
 */
import { execFile, execFileSync } from 'node:child_process'

/** A git command that failed, with its arguments and stderr kept for the message. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(message)
    this.name = 'GitError'
  }
}

/** Result of a git call that is allowed to fail (the caller inspects `code`). */
export interface GitOutcome {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `git <args>` in `cwd` and resolves with its outcome whatever the exit code; rejects only
 * when git cannot be started at all (not installed), with a message that says so.
 */
export function gitTry(
  cwd: string,
  args: readonly string[],
  timeoutMs = 120_000
): Promise<GitOutcome> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      // LC_ALL=C keeps git's messages in English so the errors we quote are predictable.
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, LC_ALL: 'C' }
      },
      (err, stdout, stderr) => {
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new GitError(
              'perf-gate compare: base-ref needs the `git` command, but it was not found on PATH. ' +
                'Install git on the runner (it is preinstalled on GitHub-hosted runners).',
              args,
              null,
              ''
            )
          )
          return
        }
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
        resolve({ code, stdout: String(stdout), stderr: String(stderr) })
      }
    )
  })
}

/** Runs `git <args>` in `cwd`; rejects with a GitError naming the command and git's own message. */
export async function git(
  cwd: string,
  args: readonly string[],
  timeoutMs?: number
): Promise<string> {
  const r = await gitTry(cwd, args, timeoutMs)
  if (r.code !== 0) {
    throw new GitError(
      `\`git ${args.join(' ')}\` failed in ${cwd} (exit ${r.code}): ${r.stderr.trim() || r.stdout.trim()}`,
      args,
      r.code,
      r.stderr
    )
  }
  return r.stdout
}

/**
 * Synchronous variant for signal handlers, where the process is about to end and an async call
 * would never complete. Never throws: cleanup must go as far as it can.
 */
export function gitSyncQuiet(cwd: string, args: readonly string[]): boolean {
  try {
    execFileSync('git', [...args], {
      cwd,
      stdio: 'ignore',
      timeout: 30_000,
      env: { ...process.env, LC_ALL: 'C' }
    })
    return true
  } catch {
    return false
  }
}
