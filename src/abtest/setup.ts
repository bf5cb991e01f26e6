/**
 * Runs the user's `setup` command (e.g. `npm ci && npm run build`) in one tree of an A/B run, with
 * a timeout, and turns a failure into an error that says which side failed, how, and the tail of
 * what the command printed.
 */
import { spawn } from 'node:child_process'
import type { Logger } from '../workloads/types.js'

/** Which tree a step ran in: A = the base commit, B = the pull request. */
export type Side = 'base' | 'head'

/** Default setup timeout: generous, because `npm ci` on a cold cache can take minutes. */
export const DEFAULT_SETUP_TIMEOUT_MS = 15 * 60_000

/** A setup command that failed, timed out or was interrupted. */
export class SetupError extends Error {
  constructor(
    message: string,
    readonly side: Side,
    readonly command: string,
    /** Exit code, or null when it ended by a signal or did not start. */
    readonly exitCode: number | null,
    readonly timedOut: boolean,
    /** The last lines of stdout+stderr. */
    readonly outputTail: string
  ) {
    super(message)
    this.name = 'SetupError'
  }
}

/** Options of {@link runSetup}. */
export interface SetupOptions {
  side: Side
  /** Working directory: the tree's root (or the config's directory inside it). */
  dir: string
  /** A shell command line, run by `sh -c` (cmd.exe on Windows). */
  command: string
  /** Default {@link DEFAULT_SETUP_TIMEOUT_MS}. */
  timeoutMs?: number
  /** Extra environment on top of process.env. */
  env?: Record<string, string>
  signal?: AbortSignal
  log?: Logger
  /** How many trailing lines of output to keep for errors (default 40). */
  tailLines?: number
}

/** A finished setup. */
export interface SetupOutcome {
  side: Side
  durationMs: number
  outputTail: string
}

/** Keeps the last `maxBytes` of a stream without holding the whole output (npm ci is chatty). */
class TailBuffer {
  private chunks: Buffer[] = []
  private size = 0
  constructor(private readonly maxBytes: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size - this.chunks[0]!.length >= this.maxBytes) {
      this.size -= this.chunks.shift()!.length
    }
  }
  lines(n: number): string {
    const text = Buffer.concat(this.chunks).toString('utf8').replace(/\r\n?/g, '\n').trimEnd()
    return text.split('\n').slice(-n).join('\n')
  }
}

const KILL_GRACE_MS = 3000

/**
 * Runs `command` in `dir` and resolves when it exits 0.
 *
 * The command runs in its own process group (POSIX), so a timeout or an abort stops the whole tree
 * it started (`npm ci` spawns node, node-gyp, ...): SIGTERM to the group, SIGKILL after 3 s.
 *
 * @throws SetupError naming the side, the command, the exit code / timeout / signal, and the output tail.
 */
export function runSetup(opts: SetupOptions): Promise<SetupOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_SETUP_TIMEOUT_MS
  const tailLines = opts.tailLines ?? 40
  const label = opts.side === 'base' ? 'base (A)' : 'head (B)'
  const t0 = performance.now()
  opts.log?.info(`setup ${label}: ${opts.command} (in ${opts.dir})`)
  return new Promise((resolve, reject) => {
    const tail = new TailBuffer(64 * 1024)
    const posix = process.platform !== 'win32'
    const child = spawn(opts.command, {
      cwd: opts.dir,
      shell: true,
      detached: posix,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...opts.env }
    })
    let timedOut = false
    let aborted = false
    let finished = false
    let killTimer: NodeJS.Timeout | undefined
    const kill = (): void => {
      const signalTree = (sig: NodeJS.Signals): void => {
        try {
          if (posix && child.pid) process.kill(-child.pid, sig)
          else child.kill(sig)
        } catch {
          // already gone
        }
      }
      signalTree('SIGTERM')
      killTimer = setTimeout(() => signalTree('SIGKILL'), KILL_GRACE_MS)
      killTimer.unref()
    }
    const timer = setTimeout(() => {
      timedOut = true
      kill()
    }, timeoutMs)
    const onAbort = (): void => {
      aborted = true
      kill()
    }
    if (opts.signal?.aborted) onAbort()
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    child.stdout!.on('data', (c: Buffer) => tail.push(c))
    child.stderr!.on('data', (c: Buffer) => tail.push(c))

    const fail = (how: string, exitCode: number | null): void => {
      const out = tail.lines(tailLines)
      reject(
        new SetupError(
          `setup failed on the ${label} side: \`${opts.command}\` ${how} (in ${opts.dir}).` +
            (out ? `\nLast lines of its output:\n${out}` : '\nIt printed nothing.'),
          opts.side,
          opts.command,
          exitCode,
          timedOut,
          out
        )
      )
    }
    child.on('error', (err) => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      fail(`could not be started: ${err.message}`, null)
    })
    const finish = (code: number | null, sig: NodeJS.Signals | null): void => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      child.stdout!.destroy()
      child.stderr!.destroy()
      const durationMs = performance.now() - t0
      if (timedOut)
        return fail(`did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`, null)
      if (aborted) return fail('was interrupted', null)
      if (code !== 0) return fail(sig ? `was killed by ${sig}` : `exited with code ${code}`, code)
      opts.log?.info(`setup ${label}: done in ${(durationMs / 1000).toFixed(1)} s`)
      resolve({ side: opts.side, durationMs, outputTail: tail.lines(tailLines) })
    }
    // 'close' waits for the output pipes; a background process the command left running (a dev
    // server, a watcher) can hold them open forever, so after 'exit' wait at most 1 s for them.
    child.on('exit', (code, sig) => setTimeout(() => finish(code, sig), 1000).unref())
    child.on('close', (code, sig) => finish(code, sig))
  })
}
