/**
 * `perf-gate load <url>`: the service workloads' HTTP driver, ad hoc from the command line —
 * what one would otherwise reach for autocannon or wrk to do, with microsecond latencies and an
 * open-loop `--rate` mode that measures from intended start times.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LoadOptionError, runLoad, type LoadOptions, type LoadReport } from './run.js'

/** Usage text of `perf-gate load`. */
export const LOAD_USAGE = `Usage: perf-gate load <url> [options]

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
`

function num(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isFinite(n)) throw new LoadOptionError(`--${name} must be a number (got "${v}")`)
  return n
}

function parseHeaders(values: string[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const h of values) {
    const i = h.indexOf(':')
    if (i <= 0) throw new LoadOptionError(`--header "${h}" must look like 'Name: value'`)
    headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim()
  }
  return headers
}

/**
 * Parses `perf-gate load` arguments (without the `load` word) into run options and a format.
 * @throws LoadOptionError with a user-facing message for bad arguments.
 */
export async function parseLoadArgs(
  argv: string[],
  cwd: string = process.cwd()
): Promise<{ options: LoadOptions; format: 'text' | 'json' } | 'help'> {
  let parsed
  try {
    parsed = parseArgs({
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
    })
  } catch (err) {
    throw new LoadOptionError((err as Error).message)
  }
  const v = parsed.values
  if (v.help) return 'help'
  if (parsed.positionals.length !== 1) {
    throw new LoadOptionError(
      parsed.positionals.length === 0
        ? 'give the URL to load, e.g. perf-gate load http://127.0.0.1:8080/'
        : `one URL only (got ${parsed.positionals.join(' ')})`
    )
  }
  const format = v.format ?? 'text'
  if (format !== 'text' && format !== 'json')
    throw new LoadOptionError(`--format must be text or json (got "${format}")`)
  if (v.duration !== undefined && v.requests !== undefined) {
    throw new LoadOptionError('give either --duration or --requests, not both')
  }
  let body: string | Buffer | undefined = v.body
  if (body !== undefined && body.startsWith('@')) {
    const file = resolve(cwd, body.slice(1))
    try {
      body = await readFile(file)
    } catch (err) {
      throw new LoadOptionError(
        `--body ${v.body}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? err})`
      )
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
  }
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US')
const fixed = (n: number, d = 1): string => n.toFixed(d)

/** Renders a load report as the text `perf-gate load` prints. */
export function formatLoadReport(r: LoadReport): string {
  const lines: string[] = []
  const mode =
    r.mode === 'rate' ? `open loop at ${r.rate?.asked}/s` : 'closed loop, as fast as possible'
  lines.push(`${r.method} ${r.url}  (${r.connections} connections, ${mode})`)
  lines.push(
    `requests   ${int(r.requests)} in ${fixed(r.durationS, 2)} s = ${int(r.requestsPerSecond)} req/s, ` +
      `${int(r.ok)} ok, ${int(r.errorCount)} errors, ${bytesText(r.bytesRead)} read`
  )
  if (r.rate) {
    const pct = r.rate.asked > 0 ? (r.rate.achieved / r.rate.asked) * 100 : 0
    lines.push(
      `rate       asked ${r.rate.asked}/s, achieved ${fixed(r.rate.achieved, 1)}/s (${fixed(pct, 1)} %)`
    )
    if (r.rate.inFlightCapHits > 0)
      lines.push(
        `           in-flight cap hit ${r.rate.inFlightCapHits} times: the target could not keep up`
      )
    if (r.rate.unfinished)
      lines.push(
        `           ${int(r.rate.unfinished)} requests still unanswered a timeout after the schedule ended (counted as timeouts)`
      )
  }
  if (r.latencyUs) {
    const l = r.latencyUs
    lines.push(`latency µs (from ${r.latencyFrom === 'send' ? 'send' : 'intended start'})`)
    lines.push(
      `           p50 ${int(l.p50)}  p90 ${int(l.p90)}  p95 ${int(l.p95)}  p99 ${int(l.p99)}  p99.9 ${int(l.p999)}  max ${int(l.max)}`
    )
    lines.push(`           mean ${int(l.mean)}  stddev ${int(l.stddev)}  min ${int(l.min)}`)
  }
  if (r.drift !== null)
    lines.push(`drift      last fifth / first fifth (median) = ${fixed(r.drift, 2)}x`)
  const kinds = Object.entries(r.errors)
  if (kinds.length > 0) {
    lines.push(`errors     ${kinds.map(([k, n]) => `${k}: ${int(n)}`).join(', ')}`)
    for (const s of r.errorSamples.slice(0, 3)) lines.push(`           e.g. ${s}`)
  }
  lines.push(
    `driver     ${fixed(r.cpu.perRequestUs, 1)} µs CPU per request (user ${int(r.cpu.userMs)} ms, system ${int(r.cpu.systemMs)} ms), ` +
      `peak RSS ${fixed(r.rssPeakBytes / 1024 / 1024, 0)} MB`
  )
  return lines.join('\n')
}

/**
 * Entry of `perf-gate load`.
 * @param argv arguments after `load`.
 * @returns exit code: 0 when the run completed and at least one request succeeded, 1 when every
 *   request failed, 2 for bad arguments.
 */
export async function loadCommand(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = await parseLoadArgs(argv)
  } catch (err) {
    if (err instanceof LoadOptionError) {
      process.stderr.write(`perf-gate load: ${err.message}\n\n${LOAD_USAGE}`)
      return 2
    }
    throw err
  }
  if (parsed === 'help') {
    process.stdout.write(LOAD_USAGE)
    return 0
  }
  // Ctrl-C (or SIGTERM) ends the run early and still prints what was measured.
  const ac = new AbortController()
  const onSigint = (): void => ac.abort()
  process.once('SIGINT', onSigint)
  process.once('SIGTERM', onSigint)
  let report: LoadReport
  try {
    report = await runLoad({ ...parsed.options, signal: ac.signal })
  } catch (err) {
    if (err instanceof LoadOptionError) {
      process.stderr.write(`perf-gate load: ${err.message}\n`)
      return 2
    }
    throw err
  } finally {
    process.removeListener('SIGINT', onSigint)
    process.removeListener('SIGTERM', onSigint)
  }
  process.stdout.write(
    parsed.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${formatLoadReport(report)}\n`
  )
  return report.ok > 0 ? 0 : 1
}

/** 512 B, 40.0 kB, 3.2 MB: a unit that shows the figure. */
function bytesText(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}
