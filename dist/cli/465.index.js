export const id = 465;
export const ids = [465];
export const modules = {

/***/ 465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOAD_USAGE: () => (/* binding */ LOAD_USAGE),
  formatLoadReport: () => (/* binding */ formatLoadReport),
  loadCommand: () => (/* binding */ loadCommand),
  parseLoadArgs: () => (/* binding */ parseLoadArgs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/load/http.ts
var http = __webpack_require__(3446);
// EXTERNAL MODULE: ./src/load/histogram.ts
var histogram = __webpack_require__(6846);
;// CONCATENATED MODULE: ./src/load/run.ts
/**
 * One ad-hoc load run against one URL (`perf-gate load`): either as fast as `connections`
 * keep-alive connections allow (closed loop), or at a fixed rate (open loop, latency from each
 * request's intended start time, so a stalled server cannot hide its queue).
 */


/**
 * Unmeasured rounds of one request per connection before the clock starts (see
 * HttpDriver.warm), so TCP connects, the parser's WebAssembly compile and the JIT's first
 * passes happen before the clock starts; it costs a few tens of milliseconds.
 */
const WARM_ROUNDS = 50;
/** ...and never more than this: against a slow target the rounds stop early. */
const WARM_MAX_MS = 1000;
/** A bad option, with the fix in the message. */
class LoadOptionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LoadOptionError';
    }
}
/** Splits a URL into the pool's origin and the request path, or explains what is wrong. */
function splitUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new LoadOptionError(`"${url}" is not a URL; give one like http://127.0.0.1:8080/path`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new LoadOptionError(`"${url}": only http:// and https:// URLs can be loaded`);
    }
    return { origin: u.origin, path: `${u.pathname}${u.search}` };
}
/** Runs a load test and returns what it measured. */
async function runLoad(options) {
    const { origin, path } = splitUrl(options.url);
    const connections = options.connections ?? 10;
    const method = (options.method ?? 'GET').toUpperCase();
    if (!Number.isInteger(connections) || connections < 1) {
        throw new LoadOptionError(`--connections must be a whole number >= 1 (got ${options.connections})`);
    }
    if (options.requests !== undefined &&
        (!Number.isInteger(options.requests) || options.requests < 1)) {
        throw new LoadOptionError(`--requests must be a whole number >= 1 (got ${options.requests})`);
    }
    if (options.durationS !== undefined && !(options.durationS > 0)) {
        throw new LoadOptionError(`--duration must be a number of seconds > 0 (got ${options.durationS})`);
    }
    if (options.rate !== undefined && !(options.rate > 0)) {
        throw new LoadOptionError(`--rate must be requests per second > 0 (got ${options.rate})`);
    }
    const req = { method, path, headers: options.headers, body: options.body };
    const driver = new http/* HttpDriver */.V1(origin, { connections, timeoutMs: options.timeoutMs });
    const tally = new http/* Tally */.F0();
    if (options.warm !== false)
        await driver.warm(req, connections, WARM_ROUNDS, { maxMs: WARM_MAX_MS, signal: options.signal });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let recorder;
    let rateInfo;
    try {
        if (options.rate === undefined) {
            const total = options.requests;
            const durMs = (options.durationS ?? 10) * 1000;
            const end = t0 + durMs;
            recorder = new histogram/* WindowedRecorder */.eV(() => total !== undefined
                ? (tally.ok + tally.errorCount) / total
                : (performance.now() - t0) / durMs);
            const stop = total !== undefined
                ? (started) => started >= total || options.signal?.aborted === true
                : () => performance.now() >= end || options.signal?.aborted === true;
            await driver.closedLoop(Math.min(connections, total ?? connections), () => req, stop, recorder, tally);
        }
        else {
            const rate = options.rate;
            const durationS = options.requests !== undefined ? options.requests / rate : (options.durationS ?? 10);
            recorder = new histogram/* WindowedRecorder */.eV(() => (performance.now() - t0) / (durationS * 1000));
            const total = Math.max(1, Math.round(rate * durationS));
            const outcome = await driver.openLoop(rate, total, () => req, recorder, tally, options.maxInFlight ?? 10_000, options.signal, options.timeoutMs ?? 10_000);
            rateInfo = {
                asked: rate,
                achieved: outcome.achievedRate,
                inFlightCapHits: outcome.capHits,
                unfinished: outcome.unfinished
            };
        }
    }
    finally {
        await driver.destroy().catch(() => undefined);
    }
    const elapsedMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const requests = tally.ok + tally.errorCount;
    const h = recorder.all;
    const latencyUs = h.count === 0
        ? null
        : (() => {
            const s = h.summary();
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
            };
        })();
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
    };
}

;// CONCATENATED MODULE: ./src/load/cli.ts
/**
 * `perf-gate load <url>`: the service workloads' HTTP driver, ad hoc from the command line —
 * what one would otherwise reach for autocannon or wrk to do, with microsecond latencies and an
 * open-loop `--rate` mode that measures from intended start times.
 */




/** Usage text of `perf-gate load`. */
const LOAD_USAGE = `Usage: perf-gate load <url> [options]

Measures one HTTP endpoint: requests/s, latency percentiles in µs, errors by kind.

Options:
  -c, --connections N    keep-alive connections (default 10)
  -d, --duration S       run for S seconds (default 10)
  -n, --requests N       send N requests instead of running for a duration
  -R, --rate R           open loop: R requests per second; latency is measured from each
                         request's intended start time (no coordinated omission)
  -m, --method M         HTTP method (default GET)
  -H, --header 'K: V'    request header (repeatable)
  -b, --body TEXT|@FILE  request body, or @path to read it from a file
      --timeout MS       per-request timeout (default 10000)
      --format text|json output format (default text)
  -h, --help             this text

Examples:
  perf-gate load http://127.0.0.1:8080/ -c 50 -d 10
  perf-gate load http://127.0.0.1:8123/api/services/escpos_printer/print_text \\
    -m POST -H 'Authorization: Bearer TOKEN' -H 'Content-Type: application/json' \\
    -b '{"message":"hello"}' --rate 200 -d 20
`;
function num(name, v) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n))
        throw new LoadOptionError(`--${name} must be a number (got "${v}")`);
    return n;
}
function parseHeaders(values) {
    const headers = {};
    for (const h of values) {
        const i = h.indexOf(':');
        if (i <= 0)
            throw new LoadOptionError(`--header "${h}" must look like 'Name: value'`);
        headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
    }
    return headers;
}
/**
 * Parses `perf-gate load` arguments (without the `load` word) into run options and a format.
 * @throws LoadOptionError with a user-facing message for bad arguments.
 */
async function parseLoadArgs(argv, cwd = process.cwd()) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                connections: { type: 'string', short: 'c' },
                duration: { type: 'string', short: 'd' },
                requests: { type: 'string', short: 'n' },
                rate: { type: 'string', short: 'R' },
                method: { type: 'string', short: 'm' },
                header: { type: 'string', short: 'H', multiple: true },
                body: { type: 'string', short: 'b' },
                timeout: { type: 'string' },
                format: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (err) {
        throw new LoadOptionError(err.message);
    }
    const v = parsed.values;
    if (v.help)
        return 'help';
    if (parsed.positionals.length !== 1) {
        throw new LoadOptionError(parsed.positionals.length === 0
            ? 'give the URL to load, e.g. perf-gate load http://127.0.0.1:8080/'
            : `one URL only (got ${parsed.positionals.join(' ')})`);
    }
    const format = v.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new LoadOptionError(`--format must be text or json (got "${format}")`);
    if (v.duration !== undefined && v.requests !== undefined) {
        throw new LoadOptionError('give either --duration or --requests, not both');
    }
    let body = v.body;
    if (body !== undefined && body.startsWith('@')) {
        const file = (0,external_node_path_.resolve)(cwd, body.slice(1));
        try {
            body = await (0,promises_.readFile)(file);
        }
        catch (err) {
            throw new LoadOptionError(`--body ${v.body}: cannot read ${file} (${err.code ?? err})`);
        }
    }
    return {
        format,
        options: {
            url: parsed.positionals[0],
            connections: num('connections', v.connections),
            durationS: num('duration', v.duration),
            requests: num('requests', v.requests),
            rate: num('rate', v.rate),
            method: v.method,
            headers: parseHeaders(v.header ?? []),
            body,
            timeoutMs: num('timeout', v.timeout)
        }
    };
}
const cli_int = (n) => Math.round(n).toLocaleString('en-US');
const fixed = (n, d = 1) => n.toFixed(d);
/** Renders a load report as the text `perf-gate load` prints. */
function formatLoadReport(r) {
    const lines = [];
    const mode = r.mode === 'rate' ? `open loop at ${r.rate?.asked}/s` : 'closed loop, as fast as possible';
    lines.push(`${r.method} ${r.url}  (${r.connections} connections, ${mode})`);
    lines.push(`requests   ${cli_int(r.requests)} in ${fixed(r.durationS, 2)} s = ${cli_int(r.requestsPerSecond)} req/s, ` +
        `${cli_int(r.ok)} ok, ${cli_int(r.errorCount)} errors, ${bytesText(r.bytesRead)} read`);
    if (r.rate) {
        const pct = r.rate.asked > 0 ? (r.rate.achieved / r.rate.asked) * 100 : 0;
        lines.push(`rate       asked ${r.rate.asked}/s, achieved ${fixed(r.rate.achieved, 1)}/s (${fixed(pct, 1)} %)`);
        if (r.rate.inFlightCapHits > 0)
            lines.push(`           in-flight cap hit ${r.rate.inFlightCapHits} times: the target could not keep up`);
        if (r.rate.unfinished)
            lines.push(`           ${cli_int(r.rate.unfinished)} requests still unanswered a timeout after the schedule ended (counted as timeouts)`);
    }
    if (r.latencyUs) {
        const l = r.latencyUs;
        lines.push(`latency µs (from ${r.latencyFrom === 'send' ? 'send' : 'intended start'})`);
        lines.push(`           p50 ${cli_int(l.p50)}  p90 ${cli_int(l.p90)}  p95 ${cli_int(l.p95)}  p99 ${cli_int(l.p99)}  p99.9 ${cli_int(l.p999)}  max ${cli_int(l.max)}`);
        lines.push(`           mean ${cli_int(l.mean)}  stddev ${cli_int(l.stddev)}  min ${cli_int(l.min)}`);
    }
    if (r.drift !== null)
        lines.push(`drift      last fifth / first fifth (median) = ${fixed(r.drift, 2)}x`);
    const kinds = Object.entries(r.errors);
    if (kinds.length > 0) {
        lines.push(`errors     ${kinds.map(([k, n]) => `${k}: ${cli_int(n)}`).join(', ')}`);
        for (const s of r.errorSamples.slice(0, 3))
            lines.push(`           e.g. ${s}`);
    }
    lines.push(`driver     ${fixed(r.cpu.perRequestUs, 1)} µs CPU per request (user ${cli_int(r.cpu.userMs)} ms, system ${cli_int(r.cpu.systemMs)} ms), ` +
        `peak RSS ${fixed(r.rssPeakBytes / 1024 / 1024, 0)} MB`);
    return lines.join('\n');
}
/**
 * Entry of `perf-gate load`.
 * @param argv arguments after `load`.
 * @returns exit code: 0 when the run completed and at least one request succeeded, 1 when every
 *   request failed, 2 for bad arguments.
 */
async function loadCommand(argv) {
    let parsed;
    try {
        parsed = await parseLoadArgs(argv);
    }
    catch (err) {
        if (err instanceof LoadOptionError) {
            process.stderr.write(`perf-gate load: ${err.message}\n\n${LOAD_USAGE}`);
            return 2;
        }
        throw err;
    }
    if (parsed === 'help') {
        process.stdout.write(LOAD_USAGE);
        return 0;
    }
    // Ctrl-C (or SIGTERM) ends the run early and still prints what was measured.
    const ac = new AbortController();
    const onSigint = () => ac.abort();
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigint);
    let report;
    try {
        report = await runLoad({ ...parsed.options, signal: ac.signal });
    }
    catch (err) {
        if (err instanceof LoadOptionError) {
            process.stderr.write(`perf-gate load: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
    finally {
        process.removeListener('SIGINT', onSigint);
        process.removeListener('SIGTERM', onSigint);
    }
    process.stdout.write(parsed.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${formatLoadReport(report)}\n`);
    return report.ok > 0 ? 0 : 1;
}
/** 512 B, 40.0 kB, 3.2 MB: a unit that shows the figure. */
function bytesText(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} kB`;
    return `${(n / 1024 / 1024).toFixed(1)} MB`;
}


/***/ })

};
