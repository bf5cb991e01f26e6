/**
 * One ad-hoc load run against one URL (`perf-gate load`): either as fast as `connections`
 * keep-alive connections allow (closed loop), or at a fixed rate (open loop, latency from each
 * request's intended start time, so a stalled server cannot hide its queue).
 */
import { HttpDriver, Tally, type PreparedRequest } from './http.js'
import { WindowedRecorder } from './histogram.js'
import type { Summary } from '../types.js'

/**
 * Unmeasured rounds of one request per connection before the clock starts (see
 * HttpDriver.warm), so TCP connects, the parser's WebAssembly compile and the JIT's first
 * passes happen before the clock starts; it costs a few tens of milliseconds.
 */
const WARM_ROUNDS = 50
/** ...and never more than this: against a slow target the rounds stop early. */
const WARM_MAX_MS = 1000

/** What to run. */
export interface LoadOptions {
  url: string
  /** Keep-alive connections (default 10). */
  connections?: number
  /** Run length in seconds (default 10 unless `requests` is given). */
  durationS?: number
  /** Number of requests instead of a duration. */
  requests?: number
  /** Requests per second (open loop); omitted = as fast as possible. */
  rate?: number
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** Per-request timeout for headers and body chunks (default 10000 ms). */
  timeoutMs?: number
  /** Cap on requests in flight in a rate run (default 10000); reported when hit. */
  maxInFlight?: number
  signal?: AbortSignal
  /** Open the connections and warm the request path with unmeasured requests first (default true). */
  warm?: boolean
}

/** Latency percentiles in microseconds. */
export interface LatencyUs {
  min: number
  mean: number
  stddev: number
  p50: number
  p75: number
  p90: number
  p95: number
  p99: number
  p999: number
  max: number
}

/** What a load run measured. */
export interface LoadReport {
  url: string
  method: string
  connections: number
  /** `max`: closed loop, as fast as possible; `rate`: open loop at a fixed rate. */
  mode: 'max' | 'rate'
  /** Requests that got a response or failed. */
  requests: number
  /** Responses with a status below 400. */
  ok: number
  errors: Record<string, number>
  errorCount: number
  statuses: Record<string, number>
  errorSamples: string[]
  durationS: number
  requestsPerSecond: number
  bytesRead: number
  /** Where latency is measured from: the real send (closed loop) or the intended start (rate). */
  latencyFrom: 'send' | 'intended-start'
  latencyUs: LatencyUs | null
  /** The same latencies in ms as a Summary (for the pipeline). */
  latency: Summary | null
  /** Median latency of the last fifth of the run over the first fifth (null if too few). */
  drift: number | null
  /** CPU time of this process during the run. */
  cpu: { userMs: number; systemMs: number; perRequestUs: number }
  /** Rate runs only. */
  rate?: {
    asked: number
    /** Responses per second as they came back (never above the rate they were sent at). */
    achieved: number
    inFlightCapHits: number
    /** Requests still without a response a timeout after the schedule ended (counted as timeouts). */
    unfinished?: number
  }
  /** Peak resident memory of this process so far (bytes): the driver's footprint. */
  rssPeakBytes: number
}

/** A bad option, with the fix in the message. */
export class LoadOptionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LoadOptionError'
  }
}

/** Splits a URL into the pool's origin and the request path, or explains what is wrong. */
export function splitUrl(url: string): { origin: string; path: string } {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new LoadOptionError(`"${url}" is not a URL; give one like http://127.0.0.1:8080/path`)
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new LoadOptionError(`"${url}": only http:// and https:// URLs can be loaded`)
  }
  return { origin: u.origin, path: `${u.pathname}${u.search}` }
}

/** Runs a load test and returns what it measured. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { origin, path } = splitUrl(options.url)
  const connections = options.connections ?? 10
  const method = (options.method ?? 'GET').toUpperCase()
  if (!Number.isInteger(connections) || connections < 1) {
    throw new LoadOptionError(
      `--connections must be a whole number >= 1 (got ${options.connections})`
    )
  }
  if (
    options.requests !== undefined &&
    (!Number.isInteger(options.requests) || options.requests < 1)
  ) {
    throw new LoadOptionError(`--requests must be a whole number >= 1 (got ${options.requests})`)
  }
  if (options.durationS !== undefined && !(options.durationS > 0)) {
    throw new LoadOptionError(
      `--duration must be a number of seconds > 0 (got ${options.durationS})`
    )
  }
  if (options.rate !== undefined && !(options.rate > 0)) {
    throw new LoadOptionError(`--rate must be requests per second > 0 (got ${options.rate})`)
  }
  const req: PreparedRequest = { method, path, headers: options.headers, body: options.body }
  const driver = new HttpDriver(origin, { connections, timeoutMs: options.timeoutMs })
  const tally = new Tally()
  if (options.warm !== false)
    await driver.warm(req, connections, WARM_ROUNDS, { maxMs: WARM_MAX_MS, signal: options.signal })
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  let recorder: WindowedRecorder
  let rateInfo: LoadReport['rate']
  try {
    if (options.rate === undefined) {
      const total = options.requests
      const durMs = (options.durationS ?? 10) * 1000
      const end = t0 + durMs
      recorder = new WindowedRecorder(() =>
        total !== undefined
          ? (tally.ok + tally.errorCount) / total
          : (performance.now() - t0) / durMs
      )
      const stop =
        total !== undefined
          ? (started: number) => started >= total || options.signal?.aborted === true
          : () => performance.now() >= end || options.signal?.aborted === true
      await driver.closedLoop(
        Math.min(connections, total ?? connections),
        () => req,
        stop,
        recorder,
        tally
      )
    } else {
      const rate = options.rate
      const durationS =
        options.requests !== undefined ? options.requests / rate : (options.durationS ?? 10)
      recorder = new WindowedRecorder(() => (performance.now() - t0) / (durationS * 1000))
      const total = Math.max(1, Math.round(rate * durationS))
      const outcome = await driver.openLoop(
        rate,
        total,
        () => req,
        recorder,
        tally,
        options.maxInFlight ?? 10_000,
        options.signal,
        options.timeoutMs ?? 10_000
      )
      rateInfo = {
        asked: rate,
        achieved: outcome.achievedRate,
        inFlightCapHits: outcome.capHits,
        unfinished: outcome.unfinished
      }
    }
  } finally {
    await driver.destroy().catch(() => undefined)
  }
  const elapsedMs = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const requests = tally.ok + tally.errorCount
  const h = recorder.all
  const latencyUs: LatencyUs | null =
    h.count === 0
      ? null
      : (() => {
          const s = h.summary()!
          return {
            min: s.min * 1000,
            mean: s.mean * 1000,
            stddev: s.stddev * 1000,
            // The histogram's buckets can round a high percentile past the largest value seen.
            p50: Math.min(h.percentileUs(50), s.max * 1000),
            p75: Math.min(h.percentileUs(75), s.max * 1000),
            p90: Math.min(h.percentileUs(90), s.max * 1000),
            p95: Math.min(h.percentileUs(95), s.max * 1000),
            p99: Math.min(h.percentileUs(99), s.max * 1000),
            p999: Math.min(h.percentileUs(99.9), s.max * 1000),
            max: s.max * 1000
          }
        })()
  return {
    url: options.url,
    method,
    connections,
    mode: options.rate === undefined ? 'max' : 'rate',
    requests,
    ok: tally.ok,
    errors: tally.errors,
    errorCount: tally.errorCount,
    statuses: tally.statuses,
    errorSamples: tally.errorSamples,
    durationS: elapsedMs / 1000,
    requestsPerSecond: elapsedMs > 0 ? (requests / elapsedMs) * 1000 : 0,
    bytesRead: tally.bytes,
    latencyFrom: options.rate === undefined ? 'send' : 'intended-start',
    latencyUs,
    latency: h.summary(),
    drift: recorder.drift(),
    cpu: {
      userMs: cpu.user / 1000,
      systemMs: cpu.system / 1000,
      perRequestUs: requests > 0 ? (cpu.user + cpu.system) / requests : 0
    },
    rate: rateInfo,
    rssPeakBytes: process.resourceUsage().maxRSS * 1024
  }
}
