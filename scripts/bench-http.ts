/**
 * `npm run bench:http` — the HTTP driver of `perf-gate load` side by side with autocannon and
 * wrk, in one run, on the same local targets:
 *
 * 1. Max throughput against nginx serving a small static file (a fast server that is not Node,
 *    so the load tool is the bottleneck), at 10 and 50 connections: requests/s and CPU time per
 *    request of each tool. Rounds are interleaved (perf-gate, autocannon, wrk, perf-gate, …) and
 *    medians reported, because this machine is shared and noisy.
 * 2. A sustained rate against a Node target with a fixed 5 ms delay and a 200 ms stall every
 *    second (like a long GC pause): achieved rate of `perf-gate load --rate`, and p50/p99 measured from
 *    intended start times next to autocannon's closed-loop `-R` figures at the same rate.
 * 3. Memory: `perf-gate load -n 1000000` and its peak RSS (latencies go to an HDR histogram).
 *
 * Each tool runs in its own process. CPU is measured inside each process around the run only
 * (process.cpuUsage), the same way for perf-gate and autocannon; wrk reports no CPU.
 * The last line printed is one JSON object with the ratios.
 *
 * Environment: BENCH_DURATION (s per run, default 5), BENCH_ROUNDS (default 3),
 * BENCH_RATE (default 1000/s), BENCH_MEMORY_REQUESTS (default 1000000; 0 skips).
 * Needs nginx and wrk (Debian: apt-get install -y nginx wrk); skips clearly without them.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, cpus } from 'node:os'
import path from 'node:path'
import { freePort, startNginx, which } from './bench-http-targets.js'

const root = path.resolve(import.meta.dirname, '..')
const DURATION = Number(process.env.BENCH_DURATION ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const RATE = Number(process.env.BENCH_RATE ?? 1000)
const MEMORY_REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 1_000_000)
const CONNECTIONS = [10, 50]

interface Run {
  stdout: string
  stderr: string
  code: number | null
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ stdout, stderr, code })
    })
  })
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

// --- the tools ------------------------------------------------------------------------------

interface ToolResult {
  rps: number
  cpuUsPerReq: number | null
  p50Us?: number
  p90Us?: number
  p99Us?: number
  requests: number
  achieved?: number
  rssMB?: number
}

/** perf-gate load, from the TypeScript sources (tsx); only the load command's modules are loaded. */
async function perfGate(args: string[], timeoutMs: number): Promise<ToolResult> {
  const code =
    "import('./src/load/cli.ts').then(async (m) => { process.exitCode = await m.loadCommand(process.argv.slice(1)) })"
  const r = await run(
    process.execPath,
    ['--import', 'tsx', '-e', code, ...args, '--format', 'json'],
    timeoutMs
  )
  if (r.code !== 0)
    throw new Error(
      `perf-gate load failed (${r.code}): ${r.stderr.slice(0, 500)} ${r.stdout.slice(0, 800)}`
    )
  const j = JSON.parse(r.stdout)
  return {
    rps: j.requestsPerSecond,
    cpuUsPerReq: j.cpu.perRequestUs,
    p50Us: j.latencyUs?.p50,
    p90Us: j.latencyUs?.p90,
    p99Us: j.latencyUs?.p99,
    requests: j.requests,
    achieved: j.rate?.achieved,
    rssMB: j.rssPeakBytes / 1024 / 1024
  }
}

// autocannon through its API in a fresh process, CPU measured around the run like perf-gate's.
const AUTOCANNON_RUNNER = `
const autocannon = require('autocannon');
const [url, connections, duration, rate] = process.argv.slice(1);
const opts = { url, connections: Number(connections), duration: Number(duration) };
if (rate) opts.overallRate = Number(rate);
// warm-up like perf-gate's: open the connections and let the JIT see the path first
autocannon({ url, connections: Number(connections), amount: Number(connections) * 50 }, () => {
  const c0 = process.cpuUsage();
  autocannon(opts, (err, r) => {
    if (err) { console.error(err); process.exit(1) }
    const cpu = process.cpuUsage(c0);
    const n = r.requests.total;
    console.log(JSON.stringify({ rps: n / (r.duration), cpuUsPerReq: (cpu.user + cpu.system) / n, requests: n,
      p50Ms: r.latency.p50, p90Ms: r.latency.p90, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors }));
  });
});
`

async function autocannon(
  url: string,
  connections: number,
  duration: number,
  rate?: number
): Promise<ToolResult> {
  const args = ['-e', AUTOCANNON_RUNNER, url, String(connections), String(duration)]
  if (rate) args.push(String(rate))
  const r = await run(process.execPath, args, (duration + 30) * 1000)
  if (r.code !== 0) throw new Error(`autocannon failed (${r.code}): ${r.stderr.slice(0, 500)}`)
  const j = JSON.parse(r.stdout.trim().split('\n').pop()!)
  return {
    rps: j.rps,
    cpuUsPerReq: j.cpuUsPerReq,
    p50Us: j.p50Ms * 1000,
    p90Us: j.p90Ms * 1000,
    p99Us: j.p99Ms * 1000,
    requests: j.requests
  }
}

async function wrk(url: string, connections: number, duration: number): Promise<ToolResult> {
  const r = await run(
    'wrk',
    ['-t1', `-c${connections}`, `-d${duration}s`, url],
    (duration + 30) * 1000
  )
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout)
  const n = /(\d+) requests in/.exec(r.stdout)
  if (!m) throw new Error(`wrk failed: ${r.stdout} ${r.stderr}`)
  return { rps: Number(m[1]), cpuUsPerReq: null, requests: Number(n?.[1] ?? 0) }
}

// --- the targets ----------------------------------------------------------------------------

// A Node target in its own process: 5 ms per response, and a 200 ms stall of its event loop
// every second, so a closed-loop tool's hidden backlog shows next to the open-loop figures.
const DELAY_TARGET = `
const http = require('node:http');
setInterval(() => { const t = Date.now(); while (Date.now() - t < 200) {} }, 1000);
http.createServer((req, res) => setTimeout(() => res.end('ok'), 5)).listen(Number(process.argv[1]), '127.0.0.1', () => console.log('ready'));
`

async function startDelayTarget(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['-e', DELAY_TARGET, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
    }
  }
}

// --- main -------------------------------------------------------------------------------------

const fmt = (n: number | null | undefined, d = 0): string =>
  n === null || n === undefined || !Number.isFinite(n)
    ? '–'
    : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })

async function main(): Promise<void> {
  const missing = ['nginx', 'wrk'].filter((c) => !which(c))
  if (missing.length) {
    const reason = `${missing.join(' and ')} not found; install with: apt-get install -y nginx wrk`
    console.log(`SKIPPED: ${reason}`)
    console.log(JSON.stringify({ skipped: reason }))
    return
  }
  console.log(
    `bench:http — ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ` +
      `${ROUNDS} interleaved rounds of ${DURATION} s per tool and connection count`
  )
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-gate-bench-'))
  // nginx workers run as an unprivileged user when started as root: they must be able to read it.
  chmodSync(dir, 0o755)
  const nginx = await startNginx(dir)
  const ratios: Record<string, unknown> = {}
  const rows: string[] = []
  try {
    for (const c of CONNECTIONS) {
      const results: Record<'perf-gate' | 'autocannon' | 'wrk', ToolResult[]> = {
        'perf-gate': [],
        autocannon: [],
        wrk: []
      }
      for (let round = 0; round < ROUNDS; round++) {
        results['perf-gate'].push(
          await perfGate(
            [nginx.url, '-c', String(c), '-d', String(DURATION)],
            (DURATION + 60) * 1000
          )
        )
        results.autocannon.push(await autocannon(nginx.url, c, DURATION))
        results.wrk.push(await wrk(nginx.url, c, DURATION))
        process.stderr.write(`  ${c} connections: round ${round + 1}/${ROUNDS} done\n`)
      }
      const med = (tool: keyof typeof results, k: 'rps' | 'cpuUsPerReq'): number =>
        median(results[tool].map((r) => r[k] ?? NaN))
      const wrkRps = med('wrk', 'rps')
      for (const tool of ['perf-gate', 'autocannon', 'wrk'] as const) {
        const rps = med(tool, 'rps')
        const cpu = tool === 'wrk' ? null : med(tool, 'cpuUsPerReq')
        const all = results[tool].map((r) => fmt(r.rps)).join(' / ')
        rows.push(
          `| ${c} | ${tool} | ${fmt(rps)} | ${all} | ${fmt(rps / wrkRps, 2)} | ${cpu === null ? '–' : fmt(cpu, 1)} |`
        )
      }
      ratios[`c${c}`] = {
        rpsVsAutocannon: Number((med('perf-gate', 'rps') / med('autocannon', 'rps')).toFixed(3)),
        cpuPerRequestVsAutocannon: Number(
          (med('perf-gate', 'cpuUsPerReq') / med('autocannon', 'cpuUsPerReq')).toFixed(3)
        ),
        perfGateVsWrk: Number((med('perf-gate', 'rps') / wrkRps).toFixed(3)),
        autocannonVsWrk: Number((med('autocannon', 'rps') / wrkRps).toFixed(3))
      }
    }
  } finally {
    await nginx.stop()
  }
  console.log('\nMax throughput against nginx (static file, 1 worker), medians of the rounds:\n')
  console.log(
    '| connections | tool | req/s (median) | req/s each round | vs wrk | CPU µs/request |'
  )
  console.log('| ---: | --- | ---: | --- | ---: | ---: |')
  for (const r of rows) console.log(r)

  // Sustained rate against the delay target.
  const target = await startDelayTarget()
  const rateDuration = Math.max(DURATION, 5)
  let pg: ToolResult
  let ac: ToolResult
  try {
    pg = await perfGate(
      [target.url, '-c', '100', '-R', String(RATE), '-d', String(rateDuration)],
      (rateDuration + 60) * 1000
    )
    ac = await autocannon(target.url, 100, rateDuration, RATE)
  } finally {
    await target.stop()
  }
  console.log(
    `\nSustained ${RATE}/s for ${rateDuration} s against a 5 ms target that stalls 200 ms every second (100 connections):\n`
  )
  console.log('| tool | latency measured from | requests | achieved rate | p50 | p90 | p99 |')
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |')
  const ms = (us: number | undefined): string => `${fmt((us ?? NaN) / 1000, 1)} ms`
  console.log(
    `| perf-gate load --rate | intended start (open loop) | ${fmt(pg.requests)} | ${fmt(pg.achieved, 1)}/s (${fmt((pg.achieved! / RATE) * 100, 1)} %) | ${ms(pg.p50Us)} | ${ms(pg.p90Us)} | ${ms(pg.p99Us)} |`
  )
  console.log(
    `| autocannon -R | send (closed loop) | ${fmt(ac.requests)} | ${fmt(ac.rps, 1)}/s | ${ms(ac.p50Us)} | ${ms(ac.p90Us)} | ${ms(ac.p99Us)} |`
  )
  ratios.rate = {
    asked: RATE,
    achieved: Number(pg.achieved!.toFixed(2)),
    achievedVsAsked: Number((pg.achieved! / RATE).toFixed(4)),
    p90IntendedMs: Number((pg.p90Us! / 1000).toFixed(2)),
    p90ClosedLoopMs: Number((ac.p90Us! / 1000).toFixed(2)),
    p99IntendedMs: Number((pg.p99Us! / 1000).toFixed(2)),
    p99ClosedLoopMs: Number((ac.p99Us! / 1000).toFixed(2))
  }

  if (MEMORY_REQUESTS > 0) {
    const n2 = await startNginx(dir)
    try {
      const m = await perfGate([n2.url, '-c', '50', '-n', String(MEMORY_REQUESTS)], 600_000)
      console.log(
        `\nMemory: ${fmt(m.requests)} requests recorded at µs resolution, peak RSS of the perf-gate load process ${fmt(m.rssMB, 0)} MB (tsx included; limit 200 MB)`
      )
      ratios.memory = {
        requests: m.requests,
        rssPeakMB: Number(m.rssMB!.toFixed(1)),
        under200MB: m.rssMB! < 200
      }
    } finally {
      await n2.stop()
    }
  }
  rmSync(dir, { recursive: true, force: true })
  console.log(
    `\ncommand: npm run bench:http  (BENCH_DURATION=${DURATION} BENCH_ROUNDS=${ROUNDS} BENCH_RATE=${RATE})`
  )
  console.log(JSON.stringify(ratios))
}

await main()
