export const id = 237;
export const ids = [237];
export const modules = {

/***/ 6846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ driftOf),
/* harmony export */   eV: () => (/* binding */ WindowedRecorder),
/* harmony export */   rE: () => (/* binding */ HdrRecorder)
/* harmony export */ });
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
/**
 * Latency recording with bounded memory: an HDR histogram (hdr-histogram-js, the library
 * autocannon uses) at microsecond resolution with 3 significant digits (0.1 % relative error),
 * so a million latencies cost the same few hundred kilobytes as a thousand.
 *
 * Pure: data in, data out (no clock, no I/O).
 */

/** One hour in µs: anything slower is clamped there (and would be a timeout anyway). */
const HIGHEST_US = 3_600_000_000;
/**
 * A LatencyRecorder that keeps an HDR histogram of microseconds.
 * `record()` takes milliseconds (the shared contract); `recordUs()` skips the conversion.
 */
class HdrRecorder {
    h;
    constructor() {
        // The JS implementation, not WASM: WASM needs an async init and gains nothing at our rates.
        this.h = (0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .build */ .jq)({
            bitBucketSize: 32,
            autoResize: true,
            lowestDiscernibleValue: 1,
            highestTrackableValue: HIGHEST_US,
            numberOfSignificantValueDigits: 3,
            useWebAssembly: false
        });
    }
    /** Records one latency in milliseconds (sub-µs values count as 1 µs). */
    record(latencyMs) {
        this.recordUs(latencyMs * 1000);
    }
    /** Records one latency in microseconds. */
    recordUs(us) {
        const v = us < 1 ? 1 : us > HIGHEST_US ? HIGHEST_US : Math.round(us);
        this.h.recordValue(v);
    }
    /** Number of recorded latencies. */
    get count() {
        return this.h.totalCount;
    }
    /** Value at a percentile (0..100), in µs. */
    percentileUs(p) {
        return this.h.totalCount === 0 ? 0 : this.h.getValueAtPercentile(p);
    }
    /** Adds another recorder's counts into this one. */
    add(other) {
        this.h.add(other.h);
    }
    /** Approximate memory the histogram holds, in bytes. */
    get footprintBytes() {
        return this.h.estimatedFootprintInBytes;
    }
    /**
     * Summary in milliseconds, in the shape of `summarize()`. Percentiles are the histogram's
     * "value at percentile" (the highest value equivalent to the bucket holding that rank), not
     * the type 7 interpolation of `summarize()`; with 3 significant digits the two differ by less
     * than 0.1 % of the value. Variance is the sample (n - 1) form; MAD and outliers (Tukey's far
     * fences) are computed from the buckets.
     */
    summary() {
        const h = this.h;
        const n = h.totalCount;
        if (n === 0)
            return null;
        const buckets = this.buckets();
        const p = (q) => h.getValueAtPercentile(q);
        const med = p(50);
        const q1 = p(25);
        const q3 = p(75);
        const iqr = q3 - q1;
        let outliers = 0;
        const deviations = [];
        for (const [v, c] of buckets) {
            if (v < q1 - 3 * iqr || v > q3 + 3 * iqr)
                outliers += c;
            deviations.push([Math.abs(v - med), c]);
        }
        deviations.sort((a, b) => a[0] - b[0]);
        let seen = 0;
        let mad = 0;
        for (const [d, c] of deviations) {
            seen += c;
            if (seen * 2 >= n) {
                mad = d;
                break;
            }
        }
        const mean = h.mean;
        const popVar = h.stdDeviation ** 2;
        const variance = n > 1 ? (popVar * n) / (n - 1) : 0;
        const stddev = Math.sqrt(variance);
        const ms = (us) => us / 1000;
        return {
            count: n,
            min: ms(h.minNonZeroValue),
            max: ms(h.maxValue),
            mean: ms(mean),
            p50: ms(med),
            p75: ms(q3),
            p90: ms(p(90)),
            p95: ms(p(95)),
            p99: ms(p(99)),
            variance: variance / 1e6,
            stddev: ms(stddev),
            cv: mean === 0 ? 0 : stddev / mean,
            mad: ms(mad),
            outliers
        };
    }
    /** Recorded values as [µs, count] pairs, ascending. */
    buckets() {
        const out = [];
        const it = this.h.recordedValuesIterator;
        it.reset();
        while (it.hasNext()) {
            const v = it.next();
            out.push([v.valueIteratedTo, v.countAddedInThisIterationStep]);
        }
        return out;
    }
    /** Forgets all recorded values. */
    reset() {
        this.h.reset();
    }
}
/**
 * Records into an overall histogram and two windows — the first and the last fifth of the
 * run — so the drift of response times (the last part against the first) can be reported
 * without keeping every sample. Where a sample falls is decided by `progress()`, which the
 * caller supplies (completed / total, or elapsed / duration), keeping this module clock-free.
 */
class WindowedRecorder {
    progress;
    /** All latencies. */
    all = new HdrRecorder();
    /** The first fifth of the run. */
    first = new HdrRecorder();
    /** The last fifth of the run. */
    last = new HdrRecorder();
    /** @param progress how far the run is, 0..1, when a sample is recorded. */
    constructor(progress) {
        this.progress = progress;
    }
    record(latencyMs) {
        this.recordUs(latencyMs * 1000);
    }
    /** Records one latency in µs. */
    recordUs(us) {
        this.all.recordUs(us);
        const f = this.progress();
        if (f < 0.2)
            this.first.recordUs(us);
        else if (f >= 0.8)
            this.last.recordUs(us);
    }
    /** Median of the last window over the median of the first (1 = no drift; null if too few). */
    drift() {
        if (this.first.count < 5 || this.last.count < 5)
            return null;
        const a = this.first.percentileUs(50);
        return a > 0 ? this.last.percentileUs(50) / a : null;
    }
}
/**
 * Drift of response times from samples in completion order: `drift` is the median of the last
 * fifth over the median of the first fifth; `degradation` the median of the last fifth over the
 * median of the whole run. Medians, not means: one slow outlier among the last few requests (a
 * GC pause, a noisy neighbour) must not read as a degrading service. Null below 10 samples.
 */
function driftOf(latencies) {
    const n = latencies.length;
    if (n < 10)
        return null;
    const k = Math.max(2, Math.floor(n / 5));
    const med = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    const first = latencies.slice(0, k);
    const last = latencies.slice(n - k);
    const m0 = med(first);
    const all = med([...latencies]);
    return {
        drift: m0 > 0 ? med(last) / m0 : 1,
        degradation: all > 0 ? med(last) / all : 1
    };
}


/***/ }),

/***/ 3446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ Tally),
/* harmony export */   V1: () => (/* binding */ HttpDriver),
/* harmony export */   tX: () => (/* binding */ isErrorStatus)
/* harmony export */ });
/* unused harmony exports errorKind, httpOperation */
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4371);
/* harmony import */ var _workloads_profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(106);
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


/** Maps an undici or socket error to an error kind of the "errors by kind" breakdown. */
function errorKind(err) {
    const e = err;
    const code = e?.code ?? '';
    if (code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT' ||
        code === 'UND_ERR_CONNECT_TIMEOUT' ||
        code === 'ETIMEDOUT' ||
        e?.name === 'TimeoutError') {
        return 'timeout';
    }
    if (code === 'ECONNREFUSED' ||
        code === 'ECONNRESET' ||
        code === 'EPIPE' ||
        code === 'UND_ERR_SOCKET' ||
        code === 'UND_ERR_CLOSED' ||
        code === 'UND_ERR_DESTROYED' ||
        code === 'ENOTFOUND' ||
        code === 'EADDRNOTAVAIL') {
        return 'connection';
    }
    if (e?.name === 'AbortError' || code === 'UND_ERR_ABORTED')
        return 'aborted';
    return 'error';
}
/** Status codes >= 400 are errors of kind `http_<status>`. */
function isErrorStatus(status) {
    return status >= 400;
}
/**
 * An HTTP client for one origin (scheme://host:port) with a fixed number of keep-alive
 * connections. `send()` is promise-based (for the load profiles); `closedLoop()` and `fire()`
 * are callback-based for the max-throughput path.
 */
class HttpDriver {
    origin;
    /** The undici pool (exposed for stats: connected, pending, running). */
    pool;
    keepBody;
    timeoutMs;
    /** Requests in flight with their deadline (see `watch`). */
    inFlight = new Set();
    sweeper;
    /** Advanced by the sweep timer; requests note it instead of reading the clock. */
    tick = 0;
    /**
     * @param origin e.g. `http://127.0.0.1:8123`.
     */
    constructor(origin, options = {}) {
        this.origin = origin;
        const timeout = options.timeoutMs ?? 10_000;
        this.timeoutMs = timeout;
        this.keepBody = options.keepBody ?? 512;
        this.pool = new undici__WEBPACK_IMPORTED_MODULE_0__/* .Pool */ .bC(origin, {
            connections: options.connections ?? 10,
            pipelining: 1,
            headersTimeout: timeout,
            bodyTimeout: timeout,
            connectTimeout: timeout,
            keepAliveTimeout: 30_000
        });
    }
    /**
     * Sends one request. Resolves with the response (any status); rejects with an
     * OperationError of kind `timeout`, `connection` or `error` when no response came.
     */
    send(req) {
        return new Promise((resolve, reject) => {
            let status = 0;
            let bytes = 0;
            let kept = '';
            const keep = this.keepBody;
            const handler = {
                onConnect() { },
                onHeaders(statusCode) {
                    status = statusCode;
                    return true;
                },
                onData(chunk) {
                    bytes += chunk.length;
                    if (kept.length < keep)
                        kept += chunk.toString('utf8', 0, Math.min(chunk.length, keep - kept.length));
                    return true;
                },
                onComplete() {
                    resolve({ status, bytes, body: kept });
                },
                onError(err) {
                    reject(new _workloads_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .OperationError */ .OK(errorKind(err), `${req.method} ${req.path}: ${err.message}`));
                }
            };
            this.pool.dispatch(dispatchOptions(req), this.watch(handler));
        });
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
    watch(handler) {
        const w = this.watched();
        const { onConnect, onHeaders, onData, onComplete, onError } = handler;
        return {
            onConnect: (abort) => {
                this.begin(w, abort);
                onConnect?.call(handler, abort);
            },
            onHeaders: (statusCode, headers, resume, statusText) => {
                w.last = this.tick;
                return onHeaders?.call(handler, statusCode, headers, resume, statusText) ?? true;
            },
            onData: (chunk) => {
                w.last = this.tick;
                return onData?.call(handler, chunk) ?? true;
            },
            onComplete(trailers) {
                w.active = false;
                onComplete?.call(handler, trailers);
            },
            onError(err) {
                w.active = false;
                onError?.call(handler, err);
            }
        };
    }
    /** A watch entry (a closed-loop slot reuses its own for each of its requests). */
    watched() {
        return { last: 0, active: false, abort: undefined };
    }
    /** The request is being written: watched from now (the sweep drops finished entries). */
    begin(w, abort) {
        w.abort = abort;
        w.last = this.tick;
        w.active = true;
        this.inFlight.add(w);
        if (!this.sweeper)
            this.startSweeper();
    }
    startSweeper() {
        const period = Math.min(50, Math.max(2, this.timeoutMs / 20));
        // Idle for `limit` ticks = at least the timeout (the first tick may come at once).
        const limit = Math.ceil(this.timeoutMs / period) + 1;
        this.sweeper = setInterval(() => {
            this.tick++;
            for (const w of this.inFlight) {
                if (w.active && this.tick - w.last < limit)
                    continue;
                this.inFlight.delete(w);
                if (!w.active)
                    continue;
                w.active = false;
                w.abort?.(new RequestTimeout(this.timeoutMs));
            }
            if (this.inFlight.size === 0) {
                clearInterval(this.sweeper);
                this.sweeper = undefined;
            }
        }, period);
        this.sweeper.unref();
    }
    /**
     * Max-throughput closed loop: `connections` slots, each sending `next()`'s request as soon as
     * the previous response completed, until `shouldStop()` says so. Latency is measured from the
     * real send (closed loop). Callbacks only, no promise per request, to keep the driver's CPU
     * per request low.
     */
    closedLoop(slots, next, shouldStop, recorder, tally) {
        const now = () => performance.now();
        return new Promise((resolveAll) => {
            let active = slots;
            let started = 0;
            const slot = () => {
                let t0 = 0;
                let status = 0;
                const w = this.watched();
                const handler = {
                    onConnect: (abort) => this.begin(w, abort),
                    onHeaders: (statusCode) => {
                        w.last = this.tick;
                        status = statusCode;
                        return true;
                    },
                    onData: (chunk) => {
                        w.last = this.tick;
                        tally.bytes += chunk.length;
                        return true;
                    },
                    onComplete() {
                        w.active = false;
                        recorder.recordUs((now() - t0) * 1000);
                        tally.count(status);
                        go();
                    },
                    onError(err) {
                        w.active = false;
                        tally.fail(errorKind(err), err.message);
                        // A refused connection fails at once: back off a little so a dead target does not
                        // turn the loop into a busy spin of errors.
                        setTimeout(go, 5);
                    }
                };
                const go = () => {
                    if (shouldStop(started)) {
                        if (--active === 0)
                            resolveAll();
                        return;
                    }
                    started++;
                    t0 = now();
                    this.pool.dispatch(dispatchOptions(next()), handler);
                };
                go();
            };
            for (let i = 0; i < slots; i++)
                slot();
        });
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
    openLoop(rate, total, next, recorder, tally, maxInFlight, signal, drainMs = Infinity) {
        const now = () => performance.now();
        const interval = 1000 / rate;
        return new Promise((resolveAll) => {
            const t0 = now();
            let started = 0;
            let finished = 0;
            let inFlight = 0;
            let capHits = 0;
            let capped = false;
            let lastStart = t0;
            let firstDone = 0;
            let lastDone = 0;
            let over = false;
            let timer;
            let drainTimer;
            const done = () => {
                finished++;
                inFlight--;
                lastDone = now();
                if (finished === 1)
                    firstDone = lastDone;
                if (capped) {
                    capped = false;
                    pump();
                }
                else if (started >= total && finished >= started) {
                    finish();
                }
            };
            // The schedule is over; requests still waiting get `drainMs` (the request timeout), then
            // count as timeouts, so a target that cannot keep up does not stretch the run without end.
            const drain = () => {
                if (drainTimer || over)
                    return;
                drainTimer = setTimeout(finish, drainMs);
            };
            const finish = () => {
                if (over)
                    return;
                over = true;
                if (timer)
                    clearTimeout(timer);
                if (drainTimer)
                    clearTimeout(drainTimer);
                const unfinished = started - finished;
                if (unfinished > 0) {
                    tally.failMany('timeout', unfinished, `${unfinished} requests without a response ${drainMs} ms after the last one was due`);
                }
                // Responses per second as they came back, never above the rate they were sent at: a
                // target that cannot keep up shows its own pace here, not the schedule's.
                const span = Math.max(lastStart - t0, (total / rate) * 1000 - interval);
                const sentRate = span > 0 ? ((started - 1) / span) * 1000 : started;
                const doneRate = finished >= 2 && lastDone > firstDone
                    ? ((finished - 1) / (lastDone - firstDone)) * 1000
                    : (finished / Math.max(now() - t0, (total / rate) * 1000)) * 1000;
                resolveAll({
                    started,
                    achievedRate: Math.min(sentRate, doneRate),
                    capHits,
                    unfinished
                });
            };
            const send = (intended) => {
                let status = 0;
                const handler = {
                    onConnect() { },
                    onHeaders(statusCode) {
                        status = statusCode;
                        return true;
                    },
                    onData(chunk) {
                        tally.bytes += chunk.length;
                        return true;
                    },
                    onComplete() {
                        if (over)
                            return;
                        recorder.recordUs((now() - intended) * 1000);
                        tally.count(status);
                        done();
                    },
                    onError(err) {
                        if (over)
                            return;
                        tally.fail(errorKind(err), err.message);
                        done();
                    }
                };
                this.pool.dispatch(dispatchOptions(next()), this.watch(handler));
            };
            const pump = () => {
                timer = undefined;
                const t = now();
                const stop = signal?.aborted === true;
                while (started < total && !stop) {
                    const intended = t0 + started * interval;
                    if (intended > t)
                        break;
                    if (inFlight >= maxInFlight) {
                        capHits++;
                        capped = true;
                        return;
                    }
                    started++;
                    inFlight++;
                    lastStart = t;
                    send(intended);
                }
                if (stop && started < total)
                    total = started;
                if (started < total) {
                    const wait = t0 + started * interval - now();
                    timer = setTimeout(pump, Math.max(0, wait));
                }
                else if (finished >= started) {
                    finish();
                }
                else {
                    drain();
                }
            };
            pump();
        });
    }
    /**
     * Opens the connections before the clock starts: `count` requests at once, responses ignored.
     * Without it the first requests of a run pay for TCP connects and undici compiling its HTTP
     * parser (WebAssembly), which can show up as a backlog at the start of an open-loop run.
     * wrk and autocannon likewise connect before measuring. `rounds` > 1 repeats
     * it so the JIT has compiled the request path before the clock starts.
     */
    async warm(req, count, rounds = 1, opts = {}) {
        // Bounded in time and stopped by the signal: against a slow target 50 rounds would take
        // minutes before the clock even starts.
        const end = performance.now() + (opts.maxMs ?? Infinity);
        for (let r = 0; r < rounds; r++) {
            if (opts.signal?.aborted || performance.now() >= end)
                return;
            await Promise.all(Array.from({ length: count }, () => this.send(req).catch(() => undefined)));
        }
    }
    /** Closes the connections (waits for requests in flight). */
    async close() {
        await this.pool.close();
        this.stopSweeper();
    }
    stopSweeper() {
        if (this.sweeper)
            clearInterval(this.sweeper);
        this.sweeper = undefined;
        this.inFlight.clear();
    }
    /** Closes the connections at once, failing requests in flight. */
    async destroy() {
        await this.pool.destroy();
        this.stopSweeper();
    }
}
/** A request that got no headers (or no next body chunk) within the timeout. */
class RequestTimeout extends Error {
    code = 'UND_ERR_HEADERS_TIMEOUT';
    constructor(ms) {
        super(`no response within ${ms} ms (timeout)`);
        this.name = 'TimeoutError';
    }
}
/** Counts of a run: successes, statuses and errors by kind. */
class Tally {
    ok = 0;
    bytes = 0;
    errors = {};
    statuses = {};
    errorSamples = [];
    /** Counts a response by status (>= 400 counts as an error of kind `http_<status>`). */
    count(status) {
        this.statuses[status] = (this.statuses[status] ?? 0) + 1;
        if (isErrorStatus(status))
            this.errors[`http_${status}`] = (this.errors[`http_${status}`] ?? 0) + 1;
        else
            this.ok++;
    }
    /** Counts a failure without a response. */
    fail(kind, message) {
        this.failMany(kind, 1, message);
    }
    /** Counts `n` failures of one kind; a message is kept once (up to 5 different ones). */
    failMany(kind, n, message) {
        this.errors[kind] = (this.errors[kind] ?? 0) + n;
        if (this.errorSamples.length < 5 && !this.errorSamples.includes(message))
            this.errorSamples.push(message);
    }
    /** Total errors. */
    get errorCount() {
        let n = 0;
        for (const v of Object.values(this.errors))
            n += v;
        return n;
    }
}
function dispatchOptions(req) {
    return {
        method: req.method,
        path: req.path,
        headers: req.headers,
        body: req.body
    };
}
/**
 * Wraps `send()` as a load-profile operation: a response with an error status throws an
 * OperationError of kind `http_<status>`, so `runProfile` counts it by kind.
 */
function httpOperation(driver, build, onResponse) {
    return async (index) => {
        const req = build(index);
        const res = await driver.send(req);
        if (isErrorStatus(res.status)) {
            const body = res.body.replace(/\s+/g, ' ').slice(0, 160);
            throw new OperationError(`http_${res.status}`, `${req.method} ${req.path}: HTTP ${res.status}${body ? ` ${body}` : ''}`);
        }
        await onResponse?.(res, index);
    };
}


/***/ }),

/***/ 106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ progressEvery),
/* harmony export */   KG: () => (/* binding */ DEFAULT_PROFILE),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   Rt: () => (/* binding */ profileSize),
/* harmony export */   Tm: () => (/* binding */ runProfile)
/* harmony export */ });
/* unused harmony export ArrayRecorder */
/**
 * Load profiles shared by every workload kind that issues operations (printer jobs, HTTP
 * requests): the scheduler decides *when* each operation starts and measures how long it took;
 * the runner decides *what* an operation is.
 *
 * Latency honesty: in a `sustained` phase each operation has an intended start time on a fixed
 * schedule, and its latency is measured from that time, not from when it actually started, so
 * a stalled target cannot hide its queue (no coordinated omission).
 */
/** An operation error carries a kind for the "errors by kind" breakdown (e.g. `http_500`, `timeout`). */
/** The profile of a printer or service workload that names none: ten operations, one at a time. */
const DEFAULT_PROFILE = { type: 'sequential', count: 10 };
class OperationError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'OperationError';
    }
}
class ArrayRecorder {
    samples = [];
    record(latencyMs) {
        this.samples.push(latencyMs);
    }
}
/**
 * An `onProgress` that logs "<label>: 1,200/6,000 operations (20 %)" through `log`
 * at most every `everyMs` (default 5 s) while a long repetition runs, so a sustained minute of load
 * is not a silent minute in the CI log. Short runs (done before the first interval) log nothing.
 */
function progressEvery(log, label, everyMs = 5000, now = () => performance.now()) {
    let next = now() + everyMs;
    return (done, total) => {
        if (done >= total)
            return;
        const t = now();
        if (t < next)
            return;
        next = t + everyMs;
        log(`${label}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} operations (${Math.floor((done / total) * 100)} %)`);
    };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
/** Number of operations a profile issues (sustained: rate × duration). */
function profileSize(p) {
    switch (p.type) {
        case 'parallel':
        case 'sequential':
        case 'batch':
        case 'ordered':
            return p.count;
        case 'burst':
            return p.bursts * p.size;
        case 'sustained':
            return Math.max(1, Math.round(p.rate * p.durationS));
        case 'clients':
            return p.clients * p.requests;
    }
}
/**
 * Runs `op` under `profile` and measures each operation's latency.
 * Errors thrown by an operation are counted by kind (OperationError.kind, else `error`), never
 * rethrown, so one failed operation does not hide the others' timings.
 */
async function runProfile(profile, op, options = {}) {
    const now = options.now ?? (() => performance.now());
    const arrayRecorder = options.recorder ? undefined : new ArrayRecorder();
    const recorder = options.recorder ?? arrayRecorder;
    const total = profileSize(profile);
    const outcome = {
        ok: 0,
        errors: {},
        errorSamples: [],
        durationMs: 0,
        started: 0,
        inFlightCapHits: 0
    };
    let done = 0;
    let firstDone = 0;
    let lastDone = 0;
    const aborted = () => options.signal?.aborted === true;
    const issue = async (index, intendedStart) => {
        outcome.started++;
        const start = intendedStart ?? now();
        try {
            const r = await op(index);
            const end = (r && typeof r === 'object' && r.end) || now();
            recorder.record(end - start);
            outcome.ok++;
        }
        catch (err) {
            const kind = err instanceof OperationError ? err.kind : 'error';
            outcome.errors[kind] = (outcome.errors[kind] ?? 0) + 1;
            if (outcome.errorSamples.length < 5) {
                outcome.errorSamples.push(err instanceof Error ? err.message : String(err));
            }
        }
        finally {
            done++;
            lastDone = now();
            if (done === 1)
                firstDone = lastDone;
            options.onProgress?.(done, total);
        }
    };
    const t0 = now();
    switch (profile.type) {
        case 'parallel':
            await Promise.all(Array.from({ length: profile.count }, (_, i) => issue(i)));
            break;
        case 'sequential':
        case 'ordered': {
            const blocking = profile.type === 'ordered' || profile.blocking !== false;
            const gap = profile.type === 'sequential' ? (profile.intervalMs ?? 0) : 0;
            if (blocking) {
                // intervalMs here is a pause between the end of one and the start of the next.
                for (let i = 0; i < profile.count && !aborted(); i++) {
                    if (i > 0 && gap > 0)
                        await sleep(gap);
                    await issue(i);
                }
            }
            else {
                const pending = [];
                for (let i = 0; i < profile.count && !aborted(); i++) {
                    pending.push(issue(i));
                    if (gap > 0)
                        await sleep(gap);
                }
                await Promise.all(pending);
            }
            break;
        }
        case 'burst': {
            const pending = [];
            for (let b = 0; b < profile.bursts && !aborted(); b++) {
                if (b > 0)
                    await sleep(profile.pauseMs ?? 0);
                const burst = Array.from({ length: profile.size }, (_, i) => issue(b * profile.size + i));
                pending.push(...burst);
            }
            await Promise.all(pending);
            break;
        }
        case 'batch': {
            const size = Math.max(1, profile.size ?? profile.count);
            for (let i = 0; i < profile.count && !aborted(); i += size) {
                const n = Math.min(size, profile.count - i);
                await Promise.all(Array.from({ length: n }, (_, k) => issue(i + k)));
            }
            break;
        }
        case 'clients': {
            const client = async (c) => {
                for (let r = 0; r < profile.requests && !aborted(); r++)
                    await issue(c * profile.requests + r);
            };
            await Promise.all(Array.from({ length: profile.clients }, (_, c) => client(c)));
            break;
        }
        case 'sustained': {
            const interval = 1000 / profile.rate;
            const cap = profile.maxInFlight ?? 1000;
            const pending = new Set();
            let inFlight = 0;
            for (let i = 0; i < total && !aborted(); i++) {
                const intended = t0 + i * interval;
                // Never start early: an early start would make the latency from the intended start look
                // shorter than it was. Timers fire no sooner than asked, so round the wait up.
                const wait = intended - now();
                if (wait > 0)
                    await sleep(Math.ceil(wait));
                while (inFlight >= cap) {
                    outcome.inFlightCapHits++;
                    await Promise.race(pending);
                }
                inFlight++;
                // Latency counts from the intended start, so a late start (the target or the event loop
                // stalled) is charged to the operation, as a real client on that schedule would feel it.
                const p = issue(i, intended).finally(() => {
                    inFlight--;
                    pending.delete(p);
                });
                pending.add(p);
            }
            const startSpan = now() - t0;
            await Promise.all(pending);
            // Operations completed per second, never above the rate they were started at: a target
            // that cannot keep up shows its own pace (the starts alone would always look on time).
            const startRate = startSpan > 0 ? (outcome.started / Math.max(startSpan, profile.durationS * 1000)) * 1000 : 0;
            const doneRate = done >= 2 && lastDone > firstDone
                ? ((done - 1) / (lastDone - firstDone)) * 1000
                : (done / Math.max(now() - t0, profile.durationS * 1000)) * 1000;
            outcome.achievedRate = Math.min(startRate, doneRate);
            break;
        }
    }
    outcome.durationMs = now() - t0;
    if (arrayRecorder)
        outcome.latencies = arrayRecorder.samples;
    return outcome;
}


/***/ })

};
