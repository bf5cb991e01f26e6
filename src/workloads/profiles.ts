/**
 * Load profiles shared by every workload kind that issues operations (printer jobs, HTTP
 * requests): the scheduler decides *when* each operation starts and measures how long it took;
 * the runner decides *what* an operation is.
 *
 * Latency honesty: in a `sustained` phase each operation has an intended start time on a fixed
 * schedule, and its latency is measured from that time, not from when it actually started, so
 * a stalled target cannot hide its queue (no coordinated omission).
 */

/** All operations at once. */
export interface ParallelProfile {
  type: 'parallel'
  count: number
}
/** One after another; `blocking: false` starts each without waiting for the previous one. */
export interface SequentialProfile {
  type: 'sequential'
  count: number
  blocking?: boolean
  /**
   * Non-blocking: the gap between starts; blocking: the pause between the end of one and the
   * start of the next (default 0: as fast as the event loop allows).
   */
  intervalMs?: number
}
/** `bursts` groups of `size` parallel operations, `pauseMs` apart. */
export interface BurstProfile {
  type: 'burst'
  bursts: number
  size: number
  pauseMs?: number
}
/** A fixed rate for a duration (open loop). */
export interface SustainedProfile {
  type: 'sustained'
  /** Operations per second. */
  rate: number
  durationS: number
  /** Cap on operations in flight (default 1000); reported when hit. */
  maxInFlight?: number
}
/** `count` operations in batches of `size` that run in parallel, one batch after another. */
export interface BatchProfile {
  type: 'batch'
  count: number
  size?: number
}
/** The runner's steps strictly in order, each awaited (a scenario or a fixed job sequence). */
export interface OrderedProfile {
  type: 'ordered'
  count: number
}
/** Closed loop: `clients` concurrent clients, each doing `requests` operations back to back. */
export interface ClientsProfile {
  type: 'clients'
  clients: number
  requests: number
}

export type LoadProfile =
  | ParallelProfile
  | SequentialProfile
  | BurstProfile
  | SustainedProfile
  | BatchProfile
  | OrderedProfile
  | ClientsProfile

/** An operation error carries a kind for the "errors by kind" breakdown (e.g. `http_500`, `timeout`). */
/** The profile of a printer or service workload that names none: ten operations, one at a time. */
export const DEFAULT_PROFILE: LoadProfile = { type: 'sequential', count: 10 }

export class OperationError extends Error {
  constructor(
    readonly kind: string,
    message: string
  ) {
    super(message)
    this.name = 'OperationError'
  }
}

/** Receives latencies; the array recorder keeps samples, a histogram recorder keeps memory flat. */
export interface LatencyRecorder {
  record(latencyMs: number): void
}

export class ArrayRecorder implements LatencyRecorder {
  readonly samples: number[] = []
  record(latencyMs: number): void {
    this.samples.push(latencyMs)
  }
}

/**
 * One operation. `index` counts from 0 over the whole phase. The operation may return the
 * moment (performance.now() clock) it really completed — a printer job completes when the printer
 * has parsed its last command, after the socket write resolved.
 */
export type Operation = (index: number) => Promise<void | { end?: number }>

export interface ProfileOutcome {
  /** Operations that completed without error. */
  ok: number
  /** Errors by kind. */
  errors: Record<string, number>
  /** First few error messages, for the report. */
  errorSamples: string[]
  /** Wall time of the whole phase. */
  durationMs: number
  /** Operations started. */
  started: number
  /** For sustained phases: how many operations could not start on time because the cap was hit. */
  inFlightCapHits: number
  /** For sustained phases: operations completed per second (at most the start rate). */
  achievedRate?: number
  /** Latencies in ms of the completed operations, in completion order (when the array recorder is used). */
  latencies?: number[]
}

export interface RunProfileOptions {
  recorder?: LatencyRecorder
  signal?: AbortSignal
  /** Clock in ms; injectable for tests. */
  now?: () => number
  /** Called after each completed operation (progress). */
  onProgress?: (done: number, total: number) => void
}

/**
 * An `onProgress` that logs "<label>: 1,200/6,000 operations (20 %)" through `log`
 * at most every `everyMs` (default 5 s) while a long repetition runs, so a sustained minute of load
 * is not a silent minute in the CI log. Short runs (done before the first interval) log nothing.
 */
export function progressEvery(
  log: (message: string) => void,
  label: string,
  everyMs = 5000,
  now: () => number = () => performance.now()
): (done: number, total: number) => void {
  let next = now() + everyMs
  return (done, total) => {
    if (done >= total) return
    const t = now()
    if (t < next) return
    next = t + everyMs
    log(
      `${label}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} operations (${Math.floor((done / total) * 100)} %)`
    )
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)))

/** Number of operations a profile issues (sustained: rate × duration). */
export function profileSize(p: LoadProfile): number {
  switch (p.type) {
    case 'parallel':
    case 'sequential':
    case 'batch':
    case 'ordered':
      return p.count
    case 'burst':
      return p.bursts * p.size
    case 'sustained':
      return Math.max(1, Math.round(p.rate * p.durationS))
    case 'clients':
      return p.clients * p.requests
  }
}

/**
 * Runs `op` under `profile` and measures each operation's latency.
 * Errors thrown by an operation are counted by kind (OperationError.kind, else `error`), never
 * rethrown, so one failed operation does not hide the others' timings.
 */
export async function runProfile(
  profile: LoadProfile,
  op: Operation,
  options: RunProfileOptions = {}
): Promise<ProfileOutcome> {
  const now = options.now ?? (() => performance.now())
  const arrayRecorder = options.recorder ? undefined : new ArrayRecorder()
  const recorder = options.recorder ?? arrayRecorder!
  const total = profileSize(profile)
  const outcome: ProfileOutcome = {
    ok: 0,
    errors: {},
    errorSamples: [],
    durationMs: 0,
    started: 0,
    inFlightCapHits: 0
  }
  let done = 0
  let firstDone = 0
  let lastDone = 0
  const aborted = (): boolean => options.signal?.aborted === true

  const issue = async (index: number, intendedStart?: number): Promise<void> => {
    outcome.started++
    const start = intendedStart ?? now()
    try {
      const r = await op(index)
      const end = (r && typeof r === 'object' && r.end) || now()
      recorder.record(end - start)
      outcome.ok++
    } catch (err) {
      const kind = err instanceof OperationError ? err.kind : 'error'
      outcome.errors[kind] = (outcome.errors[kind] ?? 0) + 1
      if (outcome.errorSamples.length < 5) {
        outcome.errorSamples.push(err instanceof Error ? err.message : String(err))
      }
    } finally {
      done++
      lastDone = now()
      if (done === 1) firstDone = lastDone
      options.onProgress?.(done, total)
    }
  }

  const t0 = now()
  switch (profile.type) {
    case 'parallel':
      await Promise.all(Array.from({ length: profile.count }, (_, i) => issue(i)))
      break
    case 'sequential':
    case 'ordered': {
      const blocking = profile.type === 'ordered' || profile.blocking !== false
      const gap = profile.type === 'sequential' ? (profile.intervalMs ?? 0) : 0
      if (blocking) {
        // intervalMs here is a pause between the end of one and the start of the next.
        for (let i = 0; i < profile.count && !aborted(); i++) {
          if (i > 0 && gap > 0) await sleep(gap)
          await issue(i)
        }
      } else {
        const pending: Promise<void>[] = []
        for (let i = 0; i < profile.count && !aborted(); i++) {
          pending.push(issue(i))
          if (gap > 0) await sleep(gap)
        }
        await Promise.all(pending)
      }
      break
    }
    case 'burst': {
      const pending: Promise<void>[] = []
      for (let b = 0; b < profile.bursts && !aborted(); b++) {
        if (b > 0) await sleep(profile.pauseMs ?? 0)
        const burst = Array.from({ length: profile.size }, (_, i) => issue(b * profile.size + i))
        pending.push(...burst)
      }
      await Promise.all(pending)
      break
    }
    case 'batch': {
      const size = Math.max(1, profile.size ?? profile.count)
      for (let i = 0; i < profile.count && !aborted(); i += size) {
        const n = Math.min(size, profile.count - i)
        await Promise.all(Array.from({ length: n }, (_, k) => issue(i + k)))
      }
      break
    }
    case 'clients': {
      const client = async (c: number): Promise<void> => {
        for (let r = 0; r < profile.requests && !aborted(); r++)
          await issue(c * profile.requests + r)
      }
      await Promise.all(Array.from({ length: profile.clients }, (_, c) => client(c)))
      break
    }
    case 'sustained': {
      const interval = 1000 / profile.rate
      const cap = profile.maxInFlight ?? 1000
      const pending = new Set<Promise<void>>()
      let inFlight = 0
      for (let i = 0; i < total && !aborted(); i++) {
        const intended = t0 + i * interval
        // Never start early: an early start would make the latency from the intended start look
        // shorter than it was. Timers fire no sooner than asked, so round the wait up.
        const wait = intended - now()
        if (wait > 0) await sleep(Math.ceil(wait))
        while (inFlight >= cap) {
          outcome.inFlightCapHits++
          await Promise.race(pending)
        }
        inFlight++
        // Latency counts from the intended start, so a late start (the target or the event loop
        // stalled) is charged to the operation, as a real client on that schedule would feel it.
        const p = issue(i, intended).finally(() => {
          inFlight--
          pending.delete(p)
        })
        pending.add(p)
      }
      const startSpan = now() - t0
      await Promise.all(pending)
      // Operations completed per second, never above the rate they were started at: a target
      // that cannot keep up shows its own pace (the starts alone would always look on time).
      const startRate =
        startSpan > 0 ? (outcome.started / Math.max(startSpan, profile.durationS * 1000)) * 1000 : 0
      const doneRate =
        done >= 2 && lastDone > firstDone
          ? ((done - 1) / (lastDone - firstDone)) * 1000
          : (done / Math.max(now() - t0, profile.durationS * 1000)) * 1000
      outcome.achievedRate = Math.min(startRate, doneRate)
      break
    }
  }
  outcome.durationMs = now() - t0
  if (arrayRecorder) outcome.latencies = arrayRecorder.samples
  return outcome
}
