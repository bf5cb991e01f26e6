/**
 * The HTTP load driver: an undici Pool driven through `dispatch()` with one reusable handler
 * per request slot.
 *
 * Why dispatch and not `pool.request()`: `request()` wraps every response body in a Readable
 * stream and a promise; at tens of thousands of requests per second that costs ~30 % more CPU
 * per request (measured here: ~37 µs vs ~27 µs per request at 10 connections). The driver runs
 * on the same runner as the service it measures, so its CPU matters. The handler uses undici
 * 7's classic callbacks (onConnect/onHeaders/onData/onComplete/onError), which are the pool's
 * native path in v7; the newer controller API is adapted onto it and measured slower here.
 */
import { Pool } from 'undici'
import type { Dispatcher } from 'undici'
import { OperationError } from '../workloads/profiles.js'

/** A request ready to send: everything rendered, body encoded. */
export interface PreparedRequest {
  method: string
  /** Path with query, e.g. `/api/states?x=1`. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

/** The result of one request. */
export interface HttpResponse {
  status: number
  /** Response body bytes received. */
  bytes: number
  /** The first bytes of the body (up to `keepBody`), for error messages and checks. */
  body: string
}

/** Options of an HttpDriver. */
export interface HttpDriverOptions {
  /** Connections kept to the origin (default 10). */
  connections?: number
  /** Time allowed for the response headers, and between body chunks (default 10000 ms). */
  timeoutMs?: number
  /** How many body bytes to keep per response (default 512). */
  keepBody?: number
}

/** Maps an undici or socket error to an error kind of the "errors by kind" breakdown. */
export function errorKind(err: unknown): string {
  const e = err as { code?: string; name?: string }
  const code = e?.code ?? ''
  if (
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'ETIMEDOUT' ||
    e?.name === 'TimeoutError'
  ) {
    return 'timeout'
  }
  if (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'UND_ERR_SOCKET' ||
    code === 'UND_ERR_CLOSED' ||
    code === 'UND_ERR_DESTROYED' ||
    code === 'ENOTFOUND' ||
    code === 'EADDRNOTAVAIL'
  ) {
    return 'connection'
  }
  if (e?.name === 'AbortError' || code === 'UND_ERR_ABORTED') return 'aborted'
  return 'error'
}

/** Status codes >= 400 are errors of kind `http_<status>`. */
export function isErrorStatus(status: number): boolean {
  return status >= 400
}

/**
 * An HTTP client for one origin (scheme://host:port) with a fixed number of keep-alive
 * connections. `send()` is promise-based (for the load profiles); `closedLoop()` and `fire()`
 * are callback-based for the max-throughput path.
 */
export class HttpDriver {
  /** The undici pool (exposed for stats: connected, pending, running). */
  readonly pool: Pool
  private readonly keepBody: number
  private readonly timeoutMs: number
  /** Requests in flight with their deadline (see `watch`). */
  private readonly inFlight = new Set<Watched>()
  private sweeper: NodeJS.Timeout | undefined
  /** Advanced by the sweep timer; requests note it instead of reading the clock. */
  private tick = 0

  /**
   * @param origin e.g. `http://127.0.0.1:8123`.
   */
  constructor(
    readonly origin: string,
    options: HttpDriverOptions = {}
  ) {
    const timeout = options.timeoutMs ?? 10_000
    this.timeoutMs = timeout
    this.keepBody = options.keepBody ?? 512
    this.pool = new Pool(origin, {
      connections: options.connections ?? 10,
      pipelining: 1,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      connectTimeout: timeout,
      keepAliveTimeout: 30_000
    })
  }

  /**
   * Sends one request. Resolves with the response (any status); rejects with an
   * OperationError of kind `timeout`, `connection` or `error` when no response came.
   */
  send(req: PreparedRequest): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      let status = 0
      let bytes = 0
      let kept = ''
      const keep = this.keepBody
      const handler: Dispatcher.DispatchHandler = {
        onConnect() {},
        onHeaders(statusCode: number) {
          status = statusCode
          return true
        },
        onData(chunk: Buffer) {
          bytes += chunk.length
          if (kept.length < keep)
            kept += chunk.toString('utf8', 0, Math.min(chunk.length, keep - kept.length))
          return true
        },
        onComplete() {
          resolve({ status, bytes, body: kept })
        },
        onError(err: Error) {
          reject(new OperationError(errorKind(err), `${req.method} ${req.path}: ${err.message}`))
        }
      }
      this.pool.dispatch(dispatchOptions(req), this.watch(handler))
    })
  }

  /**
   * Enforces the timeout to within a twentieth of it: undici arms its headers and body timeouts
   * on a coarse clock (a tick every ~0.5 s), so a 300 ms timeout fired after 0.8–1.8 s and a
   * response within that window counted as a success. A watched request notes the driver's tick
   * (a counter the sweep timer advances every timeout/20, 2–50 ms) when it is written and when
   * headers or a body chunk arrive (undici's "time for the headers, and between body chunks");
   * the sweep aborts the ones idle for longer than the timeout as `timeout` errors. Noting a
   * counter instead of reading the clock keeps the cost per request to a few field writes
   * (measured: reading performance.now() three times per request and a wrapper per handler cost
   * the closed loop ~5 % of its requests per second).
   */
  private watch(handler: Dispatcher.DispatchHandler): Dispatcher.DispatchHandler {
    const w = this.watched()
    const { onConnect, onHeaders, onData, onComplete, onError } = handler
    return {
      onConnect: (abort: (err?: Error) => void) => {
        this.begin(w, abort)
        onConnect?.call(handler, abort)
      },
      onHeaders: (statusCode, headers, resume, statusText) => {
        w.last = this.tick
        return onHeaders?.call(handler, statusCode, headers, resume, statusText) ?? true
      },
      onData: (chunk) => {
        w.last = this.tick
        return onData?.call(handler, chunk) ?? true
      },
      onComplete(trailers) {
        w.active = false
        onComplete?.call(handler, trailers)
      },
      onError(err) {
        w.active = false
        onError?.call(handler, err)
      }
    }
  }

  /** A watch entry (a closed-loop slot reuses its own for each of its requests). */
  private watched(): Watched {
    return { last: 0, active: false, abort: undefined }
  }

  /** The request is being written: watched from now (the sweep drops finished entries). */
  private begin(w: Watched, abort: (err?: Error) => void): void {
    w.abort = abort
    w.last = this.tick
    w.active = true
    this.inFlight.add(w)
    if (!this.sweeper) this.startSweeper()
  }

  private startSweeper(): void {
    const period = Math.min(50, Math.max(2, this.timeoutMs / 20))
    // Idle for `limit` ticks = at least the timeout (the first tick may come at once).
    const limit = Math.ceil(this.timeoutMs / period) + 1
    this.sweeper = setInterval(() => {
      this.tick++
      for (const w of this.inFlight) {
        if (w.active && this.tick - w.last < limit) continue
        this.inFlight.delete(w)
        if (!w.active) continue
        w.active = false
        w.abort?.(new RequestTimeout(this.timeoutMs))
      }
      if (this.inFlight.size === 0) {
        clearInterval(this.sweeper)
        this.sweeper = undefined
      }
    }, period)
    this.sweeper.unref()
  }

  /**
   * Max-throughput closed loop: `connections` slots, each sending `next()`'s request as soon as
   * the previous response completed, until `shouldStop()` says so. Latency is measured from the
   * real send (closed loop). Callbacks only, no promise per request, to keep the driver's CPU
   * per request low.
   */
  closedLoop(
    slots: number,
    next: () => PreparedRequest,
    shouldStop: (started: number) => boolean,
    recorder: { recordUs(us: number): void },
    tally: Tally
  ): Promise<void> {
    const now = (): number => performance.now()
    return new Promise((resolveAll) => {
      let active = slots
      let started = 0
      const slot = (): void => {
        let t0 = 0
        let status = 0
        const w = this.watched()
        const handler: Dispatcher.DispatchHandler = {
          onConnect: (abort: (err?: Error) => void) => this.begin(w, abort),
          onHeaders: (statusCode: number) => {
            w.last = this.tick
            status = statusCode
            return true
          },
          onData: (chunk: Buffer) => {
            w.last = this.tick
            tally.bytes += chunk.length
            return true
          },
          onComplete() {
            w.active = false
            recorder.recordUs((now() - t0) * 1000)
            tally.count(status)
            go()
          },
          onError(err: Error) {
            w.active = false
            tally.fail(errorKind(err), err.message)
            // A refused connection fails at once: back off a little so a dead target does not
            // turn the loop into a busy spin of errors.
            setTimeout(go, 5)
          }
        }
        const go = (): void => {
          if (shouldStop(started)) {
            if (--active === 0) resolveAll()
            return
          }
          started++
          t0 = now()
          this.pool.dispatch(dispatchOptions(next()), handler)
        }
        go()
      }
      for (let i = 0; i < slots; i++) slot()
    })
  }

  /**
   * Open loop at a fixed rate: request i is due at `i / rate` seconds; latency is measured from
   * that intended start, so time spent queued behind a slow server (or a stalled event loop) is
   * charged to the request, as a client on that schedule would feel it (no coordinated omission).
   *
   * Why not `runProfile`'s sustained phase: it may start a request up to 1 ms *before* its
   * intended time (it only sleeps when more than 1 ms early), which hides up to 1 ms of latency —
   * too coarse for microsecond figures — and it costs a promise per request. Here a request is
   * never sent early; one timer per due batch wakes the loop, so the driver idles between them.
   *
   * @param maxInFlight requests beyond this wait (still timed from their intended start); each
   *   wait is counted in `capHits`.
   */
  openLoop(
    rate: number,
    total: number,
    next: () => PreparedRequest,
    recorder: { recordUs(us: number): void },
    tally: Tally,
    maxInFlight: number,
    signal?: AbortSignal,
    drainMs = Infinity
  ): Promise<{ started: number; achievedRate: number; capHits: number; unfinished: number }> {
    const now = (): number => performance.now()
    const interval = 1000 / rate
    return new Promise((resolveAll) => {
      const t0 = now()
      let started = 0
      let finished = 0
      let inFlight = 0
      let capHits = 0
      let capped = false
      let lastStart = t0
      let firstDone = 0
      let lastDone = 0
      let over = false
      let timer: NodeJS.Timeout | undefined
      let drainTimer: NodeJS.Timeout | undefined
      const done = (): void => {
        finished++
        inFlight--
        lastDone = now()
        if (finished === 1) firstDone = lastDone
        if (capped) {
          capped = false
          pump()
        } else if (started >= total && finished >= started) {
          finish()
        }
      }
      // The schedule is over; requests still waiting get `drainMs` (the request timeout), then
      // count as timeouts, so a target that cannot keep up does not stretch the run without end.
      const drain = (): void => {
        if (drainTimer || over) return
        drainTimer = setTimeout(finish, drainMs)
      }
      const finish = (): void => {
        if (over) return
        over = true
        if (timer) clearTimeout(timer)
        if (drainTimer) clearTimeout(drainTimer)
        const unfinished = started - finished
        if (unfinished > 0) {
          tally.failMany(
            'timeout',
            unfinished,
            `${unfinished} requests without a response ${drainMs} ms after the last one was due`
          )
        }
        // Responses per second as they came back, never above the rate they were sent at: a
        // target that cannot keep up shows its own pace here, not the schedule's.
        const span = Math.max(lastStart - t0, (total / rate) * 1000 - interval)
        const sentRate = span > 0 ? ((started - 1) / span) * 1000 : started
        const doneRate =
          finished >= 2 && lastDone > firstDone
            ? ((finished - 1) / (lastDone - firstDone)) * 1000
            : (finished / Math.max(now() - t0, (total / rate) * 1000)) * 1000
        resolveAll({
          started,
          achievedRate: Math.min(sentRate, doneRate),
          capHits,
          unfinished
        })
      }
      const send = (intended: number): void => {
        let status = 0
        const handler: Dispatcher.DispatchHandler = {
          onConnect() {},
          onHeaders(statusCode: number) {
            status = statusCode
            return true
          },
          onData(chunk: Buffer) {
            tally.bytes += chunk.length
            return true
          },
          onComplete() {
            if (over) return
            recorder.recordUs((now() - intended) * 1000)
            tally.count(status)
            done()
          },
          onError(err: Error) {
            if (over) return
            tally.fail(errorKind(err), err.message)
            done()
          }
        }
        this.pool.dispatch(dispatchOptions(next()), this.watch(handler))
      }
      const pump = (): void => {
        timer = undefined
        const t = now()
        const stop = signal?.aborted === true
        while (started < total && !stop) {
          const intended = t0 + started * interval
          if (intended > t) break
          if (inFlight >= maxInFlight) {
            capHits++
            capped = true
            return
          }
          started++
          inFlight++
          lastStart = t
          send(intended)
        }
        if (stop && started < total) total = started
        if (started < total) {
          const wait = t0 + started * interval - now()
          timer = setTimeout(pump, Math.max(0, wait))
        } else if (finished >= started) {
          finish()
        } else {
          drain()
        }
      }
      pump()
    })
  }

  /**
   * Opens the connections before the clock starts: `count` requests at once, responses ignored.
   * Without it the first requests of a run pay for TCP connects and undici compiling its HTTP
   * parser (WebAssembly), which can show up as a backlog at the start of an open-loop run.
   * wrk and autocannon likewise connect before measuring. `rounds` > 1 repeats
   * it so the JIT has compiled the request path before the clock starts.
   */
  async warm(
    req: PreparedRequest,
    count: number,
    rounds = 1,
    opts: { maxMs?: number; signal?: AbortSignal } = {}
  ): Promise<void> {
    // Bounded in time and stopped by the signal: against a slow target 50 rounds would take
    // minutes before the clock even starts.
    const end = performance.now() + (opts.maxMs ?? Infinity)
    for (let r = 0; r < rounds; r++) {
      if (opts.signal?.aborted || performance.now() >= end) return
      await Promise.all(Array.from({ length: count }, () => this.send(req).catch(() => undefined)))
    }
  }

  /** Closes the connections (waits for requests in flight). */
  async close(): Promise<void> {
    await this.pool.close()
    this.stopSweeper()
  }

  private stopSweeper(): void {
    if (this.sweeper) clearInterval(this.sweeper)
    this.sweeper = undefined
    this.inFlight.clear()
  }

  /** Closes the connections at once, failing requests in flight. */
  async destroy(): Promise<void> {
    await this.pool.destroy()
    this.stopSweeper()
  }
}

interface Watched {
  /** The tick of the last sign of life (written, headers, a body chunk). */
  last: number
  active: boolean
  abort: ((err: Error) => void) | undefined
}

/** A request that got no headers (or no next body chunk) within the timeout. */
class RequestTimeout extends Error {
  readonly code = 'UND_ERR_HEADERS_TIMEOUT'
  constructor(ms: number) {
    super(`no response within ${ms} ms (timeout)`)
    this.name = 'TimeoutError'
  }
}

/** Counts of a run: successes, statuses and errors by kind. */
export class Tally {
  ok = 0
  bytes = 0
  readonly errors: Record<string, number> = {}
  readonly statuses: Record<string, number> = {}
  readonly errorSamples: string[] = []

  /** Counts a response by status (>= 400 counts as an error of kind `http_<status>`). */
  count(status: number): void {
    this.statuses[status] = (this.statuses[status] ?? 0) + 1
    if (isErrorStatus(status))
      this.errors[`http_${status}`] = (this.errors[`http_${status}`] ?? 0) + 1
    else this.ok++
  }

  /** Counts a failure without a response. */
  fail(kind: string, message: string): void {
    this.failMany(kind, 1, message)
  }

  /** Counts `n` failures of one kind; a message is kept once (up to 5 different ones). */
  failMany(kind: string, n: number, message: string): void {
    this.errors[kind] = (this.errors[kind] ?? 0) + n
    if (this.errorSamples.length < 5 && !this.errorSamples.includes(message))
      this.errorSamples.push(message)
  }

  /** Total errors. */
  get errorCount(): number {
    let n = 0
    for (const v of Object.values(this.errors)) n += v
    return n
  }
}

function dispatchOptions(req: PreparedRequest): Dispatcher.DispatchOptions {
  return {
    method: req.method as Dispatcher.HttpMethod,
    path: req.path,
    headers: req.headers,
    body: req.body
  }
}

/**
 * Wraps `send()` as a load-profile operation: a response with an error status throws an
 * OperationError of kind `http_<status>`, so `runProfile` counts it by kind.
 */
export function httpOperation(
  driver: HttpDriver,
  build: (index: number) => PreparedRequest,
  onResponse?: (res: HttpResponse, index: number) => void | Promise<void>
): (index: number) => Promise<void> {
  return async (index: number) => {
    const req = build(index)
    const res = await driver.send(req)
    if (isErrorStatus(res.status)) {
      const body = res.body.replace(/\s+/g, ' ').slice(0, 160)
      throw new OperationError(
        `http_${res.status}`,
        `${req.method} ${req.path}: HTTP ${res.status}${body ? ` ${body}` : ''}`
      )
    }
    await onResponse?.(res, index)
  }
}
