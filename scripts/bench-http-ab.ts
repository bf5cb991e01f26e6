/**
 * Before/after for the HTTP driver (`npx tsx scripts/bench-http-ab.ts <git revision>`): the
 * `HttpDriver` of this checkout against that of an older revision, side by side in one process,
 * each driving its closed loop at full speed against nginx (a static file, so the driver is the
 * bottleneck), alternating which goes first in each round so the noise of a shared machine hits
 * both alike. Figures: requests/s and CPU µs per request (process.cpuUsage around the loop),
 * medians of `--rounds` (default 8) after one warm-up round; the ratios are this / older.
 *
 * Used for the cost of the request-timeout watch (BENCHMARKS.md, "HTTP driver"):
 * `npx tsx scripts/bench-http-ab.ts 9562924^`. Run it against `HEAD` on a clean tree to see the
 * harness's own spread (an A/A run). Options: `--connections n` (default 10), `--seconds s` per
 * run (default 3). Needs nginx (Debian: apt-get install -y nginx).
 *
 * The older revision's src/ is extracted with `git archive` into a directory inside the project
 * (as bench-printer-ab.ts does, for the same reason: tsx compiles files outside it differently)
 * and removed at the end. Both revisions must have `HttpDriver` with `warm` and `closedLoop`.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { HttpDriver, Tally, type PreparedRequest } from '../src/load/http.js'
import { startNginx, which } from './bench-http-targets.js'

const args = process.argv.slice(2)
const rev = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
if (!rev) {
  console.error(
    'usage: npx tsx scripts/bench-http-ab.ts <git revision> [--rounds n] [--connections n] [--seconds s]'
  )
  process.exit(2)
}
if (!which('nginx')) {
  console.error('bench-http-ab: nginx not found; install with: apt-get install -y nginx')
  process.exit(2)
}
const ROUNDS = opt('rounds', 8)
const CONNECTIONS = opt('connections', 10)
const SECONDS = opt('seconds', 3)
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

const dir = mkdtempSync(path.resolve('.printer-ab-http-'))
const www = mkdtempSync(path.join(tmpdir(), 'perf-gate-bench-ab-'))
process.on('exit', () => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(www, { recursive: true, force: true })
})
execFileSync('sh', [
  '-c',
  `git archive ${JSON.stringify(rev)} src | tar -x -C ${JSON.stringify(dir)}`
])
symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'))
type Driver = typeof HttpDriver
const Old = (await import(pathToFileURL(path.join(dir, 'src', 'load', 'http.ts')).href))
  .HttpDriver as Driver

// nginx workers run as an unprivileged user when started as root: they must be able to read it.
chmodSync(www, 0o755)
const nginx = await startNginx(www)
const url = new URL(nginx.url)
const req: PreparedRequest = { method: 'GET', path: url.pathname }

/** One closed-loop run of `SECONDS` s: requests/s and CPU µs per request. */
async function run(D: Driver): Promise<{ rps: number; cpuUs: number }> {
  const d = new D(url.origin, { connections: CONNECTIONS })
  await d.warm(req, CONNECTIONS, 20)
  const tally = new Tally()
  let n = 0
  const recorder = {
    recordUs(): void {
      n++
    }
  }
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const end = t0 + SECONDS * 1000
  await d.closedLoop(
    CONNECTIONS,
    () => req,
    () => performance.now() >= end,
    recorder,
    tally
  )
  const elapsed = performance.now() - t0
  const cpu = process.cpuUsage(c0)
  await d.destroy()
  return { rps: (n / elapsed) * 1000, cpuUs: (cpu.user + cpu.system) / n }
}

const got = {
  older: { rps: [] as number[], cpu: [] as number[] },
  this: { rps: [] as number[], cpu: [] as number[] }
}
try {
  for (let r = 0; r <= ROUNDS; r++) {
    const order = r % 2 ? (['this', 'older'] as const) : (['older', 'this'] as const)
    for (const side of order) {
      const o = await run(side === 'older' ? Old : HttpDriver)
      if (r === 0) continue // warm-up round
      got[side].rps.push(o.rps)
      got[side].cpu.push(o.cpuUs)
    }
  }
} finally {
  await nginx.stop()
}
console.log(
  `bench-http-ab: ${rev} (older) vs this checkout, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, alternating order\n`
)
console.log('| side | requests/s (median) | rounds | CPU µs / request (median) |')
console.log('| --- | --- | --- | --- |')
for (const side of ['older', 'this'] as const)
  console.log(
    `| ${side} | ${median(got[side].rps).toFixed(0)} | ${got[side].rps.map((x) => x.toFixed(0)).join(' / ')} | ${median(got[side].cpu).toFixed(1)} |`
  )
const ratios = {
  rps: median(got.this.rps) / median(got.older.rps),
  cpuPerRequest: median(got.this.cpu) / median(got.older.cpu)
}
console.log(
  `\nthis / older: requests/s ${ratios.rps.toFixed(3)}, CPU per request ${ratios.cpuPerRequest.toFixed(3)}`
)
console.log(JSON.stringify(ratios))
