/**
 * Runs a shell command once and times it. Shared by the `command` and `import` kinds.
 * The child gets its own process group so a timeout or Ctrl-C ends everything it started.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { WorkloadError, type Logger } from './types.js'
import { endEscaped, guardGroup, trackTag } from '../fixtures/process-group.js'
import {
  describeEscaped,
  GROUP_TAG_VAR,
  newGroupTag,
  type EscapedProcess
} from '../fixtures/escaped.js'

export interface TimedRun {
  /** Wall time in ms from spawn to exit. */
  ms: number
  /** Last part of stdout+stderr. */
  tail: string
}

export interface TimedRunOptions {
  cwd: string
  env?: Record<string, string | number | boolean>
  timeoutMs: number
  signal?: AbortSignal
}

const TAIL_BYTES = 4096
/** How long output may stay open after the shell exited (a background process holding it). */
const OUTPUT_GRACE_MS = 250
const live = new Set<number>()
/** Tags of the runs since the last `endEscapedRuns` (see ../fixtures/escaped.ts). */
const pendingTags = new Set<string>()

/**
 * `endEscapedRuns`, with a warning naming the workload when something had escaped.
 */
export async function warnEscapedRuns(workload: string, log: Logger): Promise<void> {
  const found = await endEscapedRuns()
  if (found.length > 0)
    log.warn(
      `${workload}: the command left ${describeEscaped(found)} running outside its process group (setsid or a daemonizing fork); ${found.length === 1 ? 'it was' : 'they were'} ended. ` +
        'A command workload is timed until its shell exits: start what it needs as a service instead.'
    )
}

/**
 * Ends the processes that runs since the last call left outside their process group (a command
 * that starts a daemon), and returns them. The command and import kinds call it once per
 * repetition, after the timing.
 */
async function endEscapedRuns(graceMs = 2000): Promise<EscapedProcess[]> {
  if (pendingTags.size === 0) return []
  const tags = new Set(pendingTags)
  pendingTags.clear()
  return endEscaped(tags, graceMs)
}

function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig)
  } catch {
    /* already gone */
  }
}

let hooked = false
function hookExit(): void {
  if (hooked) return
  hooked = true
  // A process group left behind would keep burning the runner's CPU: end them on the way out.
  process.on('exit', () => {
    for (const pid of live) killGroup(pid, 'SIGKILL')
  })
}

/** Keeps the last `TAIL_BYTES` of a stream's output. */
function tailKeeper(): { push(b: Buffer): void; text(): string } {
  let chunks: Buffer[] = []
  let size = 0
  return {
    push(b) {
      chunks.push(b)
      size += b.length
      while (size - chunks[0].length >= TAIL_BYTES) {
        size -= chunks[0].length
        chunks.shift()
      }
    },
    text() {
      const all = Buffer.concat(chunks)
      chunks = [all]
      return all.subarray(Math.max(0, all.length - TAIL_BYTES)).toString('utf8')
    }
  }
}

/**
 * Runs `command` with `sh -c`, returns its wall time.
 * @throws WorkloadError on non-zero exit, timeout, or abort, with the tail of its output.
 */
export function runTimed(command: string, opts: TimedRunOptions): Promise<TimedRun> {
  hookExit()
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env }
    for (const [k, v] of Object.entries(opts.env ?? {})) env[k] = String(v)
    const tag = newGroupTag()
    env[GROUP_TAG_VAR] = tag
    trackTag(tag)
    pendingTags.add(tag)
    const tail = tailKeeper()
    const start = process.hrtime.bigint()
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: path.resolve(opts.cwd),
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const pid = child.pid
    if (pid) live.add(pid)
    const guard = pid ? guardGroup(pid) : undefined
    child.stdout.on('data', (b: Buffer) => tail.push(b))
    child.stderr.on('data', (b: Buffer) => tail.push(b))
    let why: string | undefined
    const stop = (reason: string): void => {
      why = reason
      if (pid) {
        killGroup(pid, 'SIGTERM')
        setTimeout(() => killGroup(pid, 'SIGKILL'), 2000).unref()
      }
    }
    const timer = setTimeout(
      () =>
        stop(
          `timed out after ${opts.timeoutMs} ms (raise timeoutMs if the command is expected to take longer)`
        ),
      opts.timeoutMs
    )
    const onAbort = (): void => stop('cancelled')
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    child.on('error', (err) => {
      clearTimeout(timer)
      reject(new WorkloadError(`could not start \`${command}\`: ${err.message}`))
    })
    // The time is taken when the shell exits. Its output closes then too, unless a process it
    // left in the background still holds it (`sleep 60 & echo hi`): after a short grace that
    // group is ended, as it would be anyway, instead of waiting for it up to the timeout.
    let exitedAt: bigint | undefined
    let grace: NodeJS.Timeout | undefined
    child.on('exit', () => {
      exitedAt = process.hrtime.bigint()
      if (pid) grace = setTimeout(() => killGroup(pid, 'SIGKILL'), OUTPUT_GRACE_MS)
    })
    child.on('close', (code, signal) => {
      const ms = Number((exitedAt ?? process.hrtime.bigint()) - start) / 1e6
      clearTimeout(timer)
      clearTimeout(grace)
      opts.signal?.removeEventListener('abort', onAbort)
      if (pid) {
        // Reap anything the command left running in its group.
        killGroup(pid, 'SIGKILL')
        live.delete(pid)
        guard?.release()
      }
      const out = tail.text()
      if (why) reject(new WorkloadError(`\`${command}\` ${why}`, out))
      else if (code !== 0)
        reject(
          new WorkloadError(
            `\`${command}\` exited with ${code === null ? `signal ${signal}` : `code ${code}`}`,
            out
          )
        )
      else resolve({ ms, tail: out })
    })
  })
}
