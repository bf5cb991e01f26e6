/**
 * Printer benchmarks (`npm run bench:printer`):
 *
 * 1. Parser throughput on a ~50 MB mixed ESC/POS stream fed in 64 KiB chunks (like TCP reads),
 *    with RSS before, at its peak while parsing, and after: through `feedBatch` (the compact form
 *    the virtual printer's data path uses) and through `feed` (command objects, for tests/tools).
 * 2. End-to-end bytes/s and jobs/s through the virtual printer's TCP server, against a plain TCP
 *    server that only counts bytes, with a new connection per job and with persistent
 *    connections, side by side in one run (the rounds alternate so drift hits both sides).
 *    First with the client in this process (as in a perf-gate run), then the same modes again with
 *    the client in another Node process (rows "..., client in another process"), as real users
 *    send: a Python test suite, Home Assistant, a service under test. The servers stay here; the
 *    client is scripts/bench-printer-client.ts (the module the in-process rows call), run by
 *    `node --import tsx`, given the jobs as one length-prefixed binary file, started once per mode
 *    and reused for every round of both sides (so node's start-up is never timed and its JIT is
 *    warm after the discarded warm-up round). Each measurement: we write "go <port>", the child
 *    runs the mode and answers with a JSON line of its own wall and CPU time; the wall time is ours
 *    from "go" to that line, and the CPU ratio sums this process (server) and the child (client)
 *    for each side. A second table splits that CPU per process, and shows how busy the client was
 *    (its CPU / wall): near 100 % means that side is client-bound.
 *
 * 3. For scale, the client on the main thread and each server (printer, plain) either on the same
 *    thread or in a worker thread (scripts/bench-printer-servers.ts), all four side by side: what
 *    moving the printer off the client's thread would give, and what it gives the plain server.
 * 4. For scale, the acknowledged mode against plain servers that spin 2, 4 or 8 µs per job: what
 *    each microsecond of work per job costs in throughput on this machine.
 *
 * Options: --mb <n> (stream size, default 50), --rounds <n> (default 3), --quick (small sizes).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EscPosParser } from '../src/printer/parser.js'
import { startClient, type Run } from './bench-printer-child.js'
import {
  drive,
  endToEndPayload,
  interleavedRounds,
  receiptStream,
  type Mode
} from './bench-printer-client.js'
import {
  checkSeen,
  serverWorker,
  startPlain,
  startPrinter,
  type Seen,
  type Served
} from './bench-printer-servers.js'

const args = process.argv.slice(2)
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : def
}
const quick = args.includes('--quick')
const MB = opt('mb', quick ? 5 : 50)
const ROUNDS = opt('rounds', quick ? 1 : 3)
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const mib = (b: number): string => (b / 1024 / 1024).toFixed(1)

// ---------------------------------------------------------------------------------------------
// 1. Parser throughput
// ---------------------------------------------------------------------------------------------

/** CPU seconds (user + system) of this process since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1e6
}

function benchParser(textHeavy: boolean): { rows: string[]; mbps: number } {
  const stream = receiptStream(MB * 1024 * 1024, textHeavy)
  const CHUNK = 64 * 1024
  const wall: number[] = []
  const cpu: number[] = []
  const objWall: number[] = []
  const sumWall: number[] = []
  let commands = 0
  const rss: Array<[number, number, number]> = []
  const counts: Record<string, number> = {}
  for (let r = 0; r < ROUNDS + 1; r++) {
    const before = process.memoryUsage().rss
    let peak = before
    const p = new EscPosParser()
    let n = 0
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    for (let off = 0; off < stream.length; off += CHUNK) {
      const batch = p.feedBatch(stream.subarray(off, off + CHUNK))
      n += batch.length
      if (r === 0) for (const c of batch.toArray()) counts[c.type] = (counts[c.type] ?? 0) + 1
      if ((off / CHUNK) % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss)
    }
    n += p.endBatch().length
    const ms = performance.now() - t0
    const cpuS = cpuSince(c0)
    commands = n
    // Round 0 warms the JIT and the QR cache; it is not counted.
    if (r > 0) {
      wall.push(stream.length / 1024 / 1024 / (ms / 1000))
      cpu.push(stream.length / 1024 / 1024 / cpuS)
      rss.push([before, peak, process.memoryUsage().rss])
    }
    // The same stream through feed(), which returns one object per command (tests, tools).
    const q = new EscPosParser()
    const t1 = performance.now()
    for (let off = 0; off < stream.length; off += CHUNK) q.feed(stream.subarray(off, off + CHUNK))
    q.end()
    if (r > 0) objWall.push(stream.length / 1024 / 1024 / ((performance.now() - t1) / 1000))
    // The floor for any byte-by-byte parser in JavaScript: a loop that only adds up the bytes.
    let sum = 0
    const t2 = performance.now()
    for (let off = 0; off < stream.length; off += CHUNK) {
      const chunk = stream.subarray(off, off + CHUNK)
      for (let k = 0; k < chunk.length; k++) sum += chunk[k]!
    }
    if (r > 0 && sum >= 0)
      sumWall.push(stream.length / 1024 / 1024 / ((performance.now() - t2) / 1000))
  }
  const mbps = median(wall)
  const mix = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
  const last = rss[rss.length - 1]!
  return {
    mbps,
    rows: [
      `| stream | ${mib(stream.length)} MiB, ${commands} commands per pass (${mix}, ...) |`,
      `| throughput, \`feedBatch()\` (the printer's data path), wall clock (median of ${ROUNDS}) | **${mbps.toFixed(0)} MiB/s** (runs: ${wall.map((x) => x.toFixed(0)).join(', ')}) |`,
      `| throughput per CPU second (median) | **${median(cpu).toFixed(0)} MiB/s** (runs: ${cpu.map((x) => x.toFixed(0)).join(', ')}) |`,
      `| the same through \`feed()\` (an object per command), wall clock | ${median(objWall).toFixed(0)} MiB/s (runs: ${objWall.map((x) => x.toFixed(0)).join(', ')}) |`,
      `| for scale: a loop that only adds up the bytes, wall clock | ${median(sumWall).toFixed(0)} MiB/s (runs: ${sumWall.map((x) => x.toFixed(0)).join(', ')}) |`,
      `| RSS before / peak while parsing / after (last pass) | ${mib(last[0])} / ${mib(last[1])} / ${mib(last[2])} MiB (includes the ${MB} MB input buffer) |`
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// 2. End to end through TCP
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// 2b. The client in another process
// ---------------------------------------------------------------------------------------------

/** Temp dir of the client's job files, for the last-resort cleanup on exit. */
let tempDir: string | null = null
process.on('exit', () => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
})

interface EndToEndMode {
  mode: Mode
  concurrency: number
  repeat: number
  label: string
  keep: boolean
}

/** The end-to-end modes, with the printer's default log (`keep`) and with logging off. */
function endToEndModes(): EndToEndMode[] {
  const modes: EndToEndMode[] = []
  for (const keep of [true, false]) {
    const k = keep ? 'default log' : 'keep 0'
    modes.push(
      {
        mode: 'per-job',
        concurrency: 8,
        repeat: quick ? 1 : 2,
        keep,
        label: `new connection per job, 8 in flight, ${k}`
      },
      {
        mode: 'persistent',
        concurrency: 8,
        repeat: quick ? 1 : 2,
        keep,
        label: `persistent, 8 connections, each job acknowledged, ${k}`
      },
      {
        mode: 'stream',
        concurrency: 4,
        repeat: quick ? 5 : 20,
        keep,
        label: `persistent, 4 connections streaming back to back, ${k}`
      }
    )
  }
  return modes
}

/** Runs the client against `server`, then stops it (also when the client fails). */
async function measureOn<T>(
  server: Served,
  client: (port: number) => Promise<T>
): Promise<{ run: T; seen: Seen }> {
  let run: T
  try {
    run = await client(server.port)
  } catch (err) {
    await server.stop()
    throw err
  }
  return { run, seen: await server.stop() }
}

async function benchEndToEnd(
  clientElsewhere: boolean
): Promise<{ rows: string[]; split: string[] }> {
  const modes = endToEndModes()
  if (clientElsewhere) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'bench-printer-'))
  }
  const rows: string[] = []
  const split: string[] = []
  try {
    for (const [mi, m] of modes.entries()) {
      const { payload, bytes, jobCount, sizes } = endToEndPayload(m.mode, m.concurrency, m.repeat)
      const plain: Run[] = []
      const printer: Run[] = []
      // One child per mode, started (and its jobs loaded) before any timing, reused every round.
      const child = clientElsewhere
        ? await startClient(tempDir!, mi, payload, m.mode, m.concurrency)
        : null
      const run = (port: number): Promise<Run> =>
        child ? child.run(port) : drive(port, payload, m.mode, m.concurrency)
      try {
        for (let r = 0; r < ROUNDS + 1; r++) {
          // Alternate which side goes first, so slow drift of a shared machine does not favour one.
          const order = r % 2 === 0 ? ['plain', 'printer'] : ['printer', 'plain']
          for (const side of order) {
            const server = side === 'plain' ? await startPlain(sizes) : await startPrinter(m.keep)
            const res = await measureOn(server, run)
            checkSeen(side === 'plain' ? 'plain server' : 'printer', res.seen, bytes, jobCount)
            if (r > 0) (side === 'plain' ? plain : printer).push(res.run)
          }
        }
      } finally {
        await child?.close()
      }
      const pMs = median(printer.map((x) => x.ms))
      const cMs = median(plain.map((x) => x.ms))
      const pCpu = median(printer.map((x) => x.cpu))
      const cCpu = median(plain.map((x) => x.cpu))
      const fmt = (ms: number): string =>
        `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MiB/s, ${(jobCount / (ms / 1000)).toFixed(0)} jobs/s`
      const label = clientElsewhere ? `${m.label}, client in another process` : m.label
      rows.push(
        `| ${label} (${jobCount} jobs, ${mib(bytes)} MiB) | ${fmt(pMs)} | ${fmt(cMs)} | **${(cMs / pMs).toFixed(2)}** | ${(cCpu / pCpu).toFixed(2)} |`
      )
      if (clientElsewhere) {
        const cell = (xs: Run[]): string => {
          const server = median(xs.map((x) => x.serverCpu!)) * 1000
          const client = median(xs.map((x) => x.clientCpu!)) * 1000
          const busy = median(xs.map((x) => x.clientCpu! / (x.clientMs! / 1000))) * 100
          return `${server.toFixed(0)} + ${client.toFixed(0)} ms (client ${busy.toFixed(0)} % busy)`
        }
        split.push(`| ${m.label} | ${cell(printer)} | ${cell(plain)} |`)
      }
    }
  } finally {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true })
    tempDir = null
  }
  return { rows, split }
}

// ---------------------------------------------------------------------------------------------
// 3. Where the servers run: the main thread (beside the client) or a worker thread
// ---------------------------------------------------------------------------------------------

type Side = 'printer, main thread' | 'plain, main thread' | 'printer, worker' | 'plain, worker'
const SIDES: Side[] = [
  'printer, main thread',
  'plain, main thread',
  'printer, worker',
  'plain, worker'
]

/**
 * For scale: the client on the main thread, and each server either beside it or in a worker
 * thread, all four side by side (the order rotates every round). Shows whether moving the printer
 * off the client's thread would reach the plain same-thread server, and what the same move costs
 * the plain server itself.
 */
async function benchPlacement(): Promise<string[]> {
  const rows: string[] = []
  const worker = await serverWorker()
  try {
    for (const m of endToEndModes().filter((x) => x.keep)) {
      const { payload, bytes, jobCount, sizes } = endToEndPayload(m.mode, m.concurrency, m.repeat)
      const ms = await interleavedRounds(SIDES, ROUNDS, async (side) => {
        const server: Served =
          side === 'plain, main thread'
            ? await startPlain(sizes)
            : side === 'printer, main thread'
              ? await startPrinter(true)
              : await worker.serve(
                  side === 'plain, worker'
                    ? { cmd: 'start', kind: 'plain', sizes }
                    : { cmd: 'start', kind: 'printer', keep: true }
                )
        const res = await measureOn(server, (port) => drive(port, payload, m.mode, m.concurrency))
        checkSeen(side, res.seen, bytes, jobCount)
        return res.run.ms
      })
      const med = (s: Side): number => median(ms.get(s)!)
      const tput = (s: Side): string =>
        `${(bytes / 1024 / 1024 / (med(s) / 1000)).toFixed(1)} MiB/s`
      const base = med('plain, main thread')
      rows.push(
        `| ${m.label.replace(', default log', '')} | ${SIDES.map(tput).join(' | ')} | **${(base / med('printer, worker')).toFixed(2)}** | ${(base / med('plain, worker')).toFixed(2)} |`
      )
    }
  } finally {
    await worker.close()
  }
  return rows
}

// ---------------------------------------------------------------------------------------------
// 4. How much a little work per acknowledged job costs on this machine
// ---------------------------------------------------------------------------------------------

const BUSY_US = [0, 2, 4, 8]

/**
 * For scale: the acknowledged mode (client in this process) against plain servers that spin a few
 * microseconds per job after acknowledging it, and the printer, side by side. Shows how much
 * throughput each microsecond of work per job costs here, beyond the microsecond itself.
 */
async function benchBusy(): Promise<string[]> {
  const m = endToEndModes().find((x) => x.mode === 'persistent' && x.keep)!
  const { payload, bytes, jobCount, sizes } = endToEndPayload(m.mode, m.concurrency, m.repeat)
  const sides = [...BUSY_US.map((us) => `plain + ${us} µs`), 'printer']
  const ms = await interleavedRounds(sides, ROUNDS, async (side) => {
    const server =
      side === 'printer'
        ? await startPrinter(true)
        : await startPlain(sizes, BUSY_US[sides.indexOf(side)]!)
    const res = await measureOn(server, (port) => drive(port, payload, m.mode, m.concurrency))
    checkSeen(side, res.seen, bytes, jobCount)
    return res.run.ms
  })
  const base = median(ms.get(sides[0]!)!)
  return sides.map((side) => {
    const t = median(ms.get(side)!)
    const perJob = ((t - base) * 1000) / jobCount
    return `| ${side} | ${(jobCount / (t / 1000)).toFixed(0)} jobs/s | ${(base / t).toFixed(2)} | ${side === sides[0] ? '' : `${perJob >= 0 ? '+' : ''}${perJob.toFixed(1)} µs`} |`
  })
}

for (const textHeavy of [false, true]) {
  const parser = benchParser(textHeavy)
  const what = textHeavy ? 'text-heavy receipts without images' : 'mixed stream'
  console.log(`## Parser throughput (${MB} MB ${what}, 64 KiB chunks, one core)\n`)
  console.log('| | |\n| --- | --- |')
  for (const r of parser.rows) console.log(r)
  console.log('')
}
console.log(
  `\n## End to end through TCP (virtual printer vs a plain server that only counts bytes; median of ${ROUNDS} rounds)\n`
)
console.log(
  '| mode | virtual printer | plain counting server | ratio, wall clock | ratio, CPU time |\n| --- | --- | --- | --- | --- |'
)
for (const r of (await benchEndToEnd(false)).rows) console.log(r)
const elsewhere = await benchEndToEnd(true)
for (const r of elsewhere.rows) console.log(r)
console.log(
  `\nCPU per measurement with the client in another process (median): server process + client process, and the client's CPU / its wall time\n`
)
console.log('| mode | virtual printer | plain counting server |\n| --- | --- | --- |')
for (const r of elsewhere.split) console.log(r)
console.log(
  `\n## For scale: the servers on the client's thread or in a worker thread (client on the main thread, default log; median of ${ROUNDS} rounds)\n`
)
console.log(
  `| mode | ${SIDES.join(' | ')} | printer in a worker ÷ plain on the main thread | plain in a worker ÷ plain on the main thread |\n| --- | --- | --- | --- | --- | --- | --- |`
)
for (const r of await benchPlacement()) console.log(r)
console.log(
  `\n## For scale: what a little work per acknowledged job costs (16000 jobs acknowledged one by one over 8 connections, client in this process; median of ${ROUNDS} rounds)\n`
)
console.log(
  '| server | throughput | ratio to the plain server | wall time per job, beyond the plain server |\n| --- | --- | --- | --- |'
)
for (const r of await benchBusy()) console.log(r)
console.log(
  `\nNode ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' '
    )} at the end. In the first rows client and server share one process, as in a perf-gate run; in the rows "client in another process" the client is a separate node process (started before timing) and the CPU ratio sums both processes. Ratios above 1 happen when the printer's work is hidden by the network round trips.`
)
