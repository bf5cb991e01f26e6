/**
 * Printer benchmarks (`npm run bench:printer`):
 *
 * 1. Parser throughput on a ~50 MB mixed ESC/POS stream fed in 64 KiB chunks (like TCP reads),
 *    with RSS before, at its peak while parsing, and after: through `feedBatch` (the compact form
 *    the virtual printer's data path uses) and through `feed` (command objects, for tests/tools).
 * 2. End-to-end bytes/s and jobs/s through the virtual printer's TCP server, against a plain TCP
 *    server that only counts bytes, with a new connection per job and with persistent
 *    connections, side by side in one run (the rounds alternate so drift hits both sides).
 *
 * Options: --mb <n> (stream size, default 50), --rounds <n> (default 3), --quick (small sizes).
 */
import net from 'node:net'
import os from 'node:os'
import { generateJobs } from '../src/printer/generator.js'
import { EscPosParser } from '../src/printer/parser.js'
import { VirtualPrinter } from '../src/printer/server.js'

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

/**
 * 400 distinct generated receipts repeated to `bytes`: the mixed stream (text, QR codes, barcodes,
 * feeds and 128 x 48 raster logos), or text-heavy receipts (the default job mix, no images: many
 * tiny commands, ~7 bytes each, the parser's worst realistic case).
 */
function mixedStream(bytes: number, textHeavy = false): Buffer {
  const jobs = generateJobs(2026, 400, {
    elements: 8,
    mix: textHeavy
      ? { text: 6, qr: 1, barcode: 1, feed: 1 }
      : { text: 6, qr: 1, barcode: 1, feed: 1, image: 1 },
    cut: 'mixed'
  })
  const unit = Buffer.concat(jobs.map((j) => j.bytes))
  const out = Buffer.allocUnsafe(bytes)
  for (let off = 0; off < bytes; off += unit.length)
    unit.copy(out, off, 0, Math.min(unit.length, bytes - off))
  return out
}

/** CPU seconds (user + system) of this process since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1e6
}

function benchParser(textHeavy: boolean): { rows: string[]; mbps: number } {
  const stream = mixedStream(MB * 1024 * 1024, textHeavy)
  const CHUNK = 64 * 1024
  const wall: number[] = []
  const cpu: number[] = []
  const objWall: number[] = []
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
      `| RSS before / peak while parsing / after (last pass) | ${mib(last[0])} / ${mib(last[1])} / ${mib(last[2])} MiB (includes the ${MB} MB input buffer) |`
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// 2. End to end through TCP
// ---------------------------------------------------------------------------------------------

interface Target {
  port: number
  stop(): Promise<void>
}

type Mode = 'per-job' | 'persistent' | 'stream'

/**
 * Sends `payloads` over one connection. Closed loop (`acks`): each job is followed by a 1-byte
 * acknowledgement before the next is sent; otherwise everything is written back to back
 * (respecting backpressure). Ends the connection and waits for it to close.
 */
function sendOn(port: number, payloads: Uint8Array[], acks: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port, noDelay: true }, () => {
      let i = 0
      if (acks) {
        s.on('data', (d: Buffer) => {
          for (let k = 0; k < d.length; k++) {
            if (i < payloads.length) s.write(payloads[i++]!)
            else s.end()
          }
        })
        s.write(payloads[i++]!)
        return
      }
      const pump = (): void => {
        while (i < payloads.length) {
          if (!s.write(payloads[i++]!)) return void s.once('drain', pump)
        }
        s.end()
      }
      pump()
    })
    if (!acks) s.on('data', () => undefined)
    s.on('close', () => resolve())
    s.on('error', reject)
  })
}

/**
 * Runs `jobs` in `mode` with `concurrency` connections (or jobs in flight, for per-job). In
 * persistent mode every connection sends the whole `jobs` list, so the counting server knows each
 * connection's job boundaries.
 */
async function drive(
  port: number,
  jobs: Uint8Array[],
  mode: Mode,
  concurrency: number
): Promise<{ ms: number; cpu: number }> {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  if (mode === 'per-job') {
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < jobs.length) await sendOn(port, [jobs[next++]!], false)
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
  } else {
    const shares =
      mode === 'persistent'
        ? Array.from({ length: concurrency }, () => jobs)
        : Array.from({ length: concurrency }, (_, c) =>
            jobs.filter((_, i) => i % concurrency === c)
          )
    await Promise.all(shares.map((share) => sendOn(port, share, mode === 'persistent')))
  }
  return { ms: performance.now() - t0, cpu: cpuSince(c0) }
}

/**
 * The yardstick: a TCP server that only counts bytes. In closed-loop mode it acknowledges each job
 * with one byte when the connection's count reaches the job's end (it is told the job sizes), as
 * the virtual printer answers the DLE EOT that ends each job.
 */
async function countingServer(
  jobSizes: number[] | null
): Promise<Target & { bytes: () => number }> {
  let bytes = 0
  const server = net.createServer({ noDelay: true }, (s) => {
    let seen = 0
    let next = 0
    let boundary = jobSizes ? jobSizes[0]! : Infinity
    s.on('data', (d: Buffer) => {
      bytes += d.length
      seen += d.length
      if (!jobSizes) return
      let acks = 0
      while (seen >= boundary) {
        acks++
        next++
        boundary += jobSizes[next % jobSizes.length]!
      }
      if (acks) s.write(Buffer.alloc(acks, 0x12))
    })
    s.on('end', () => s.end())
    s.on('error', () => undefined)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  return {
    port: (server.address() as net.AddressInfo).port,
    bytes: () => bytes,
    stop: () => new Promise<void>((r) => server.close(() => r()))
  }
}

async function benchEndToEnd(): Promise<string[]> {
  const STATUS = Uint8Array.of(0x10, 0x04, 0x01)
  const jobs = generateJobs(7, 1000, { elements: 8 }).map((j) => j.bytes)
  const modes: Array<{
    mode: Mode
    concurrency: number
    repeat: number
    label: string
    keep: boolean
  }> = []
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
  const rows: string[] = []
  for (const m of modes) {
    // Closed loop: each job ends with a real-time status request the printer answers.
    const unit = m.mode === 'persistent' ? jobs.map((j) => Buffer.concat([j, STATUS])) : jobs
    const payload = Array.from({ length: m.repeat }, () => unit).flat()
    const perConnection = m.mode === 'persistent' ? m.concurrency : 1
    const bytes = payload.reduce((s, j) => s + j.length, 0) * perConnection
    const jobCount = payload.length * perConnection
    const plain: Array<{ ms: number; cpu: number }> = []
    const printer: Array<{ ms: number; cpu: number }> = []
    for (let r = 0; r < ROUNDS + 1; r++) {
      // Alternate which side goes first, so slow drift of a shared machine does not favour one.
      const order = r % 2 === 0 ? ['plain', 'printer'] : ['printer', 'plain']
      for (const side of order) {
        if (side === 'plain') {
          const sizes = m.mode === 'persistent' ? payload.map((j) => j.length) : null
          const srv = await countingServer(sizes)
          const res = await drive(srv.port, payload, m.mode, m.concurrency)
          if (srv.bytes() !== bytes)
            throw new Error(`plain server counted ${srv.bytes()} of ${bytes} bytes`)
          await srv.stop()
          if (r > 0) plain.push(res)
        } else {
          const p = new VirtualPrinter(
            m.keep ? { name: 'bench' } : { name: 'bench', maxLogEntries: 0, maxJobs: 0 }
          )
          await p.start()
          const res = await drive(p.port, payload, m.mode, m.concurrency)
          const st = p.status()
          if (st.bytes !== bytes || st.jobs !== jobCount) {
            throw new Error(
              `printer got ${st.bytes} of ${bytes} bytes, ${st.jobs} of ${jobCount} jobs`
            )
          }
          await p.stop()
          if (r > 0) printer.push(res)
        }
      }
    }
    const pMs = median(printer.map((x) => x.ms))
    const cMs = median(plain.map((x) => x.ms))
    const pCpu = median(printer.map((x) => x.cpu))
    const cCpu = median(plain.map((x) => x.cpu))
    const fmt = (ms: number): string =>
      `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MiB/s, ${(jobCount / (ms / 1000)).toFixed(0)} jobs/s`
    rows.push(
      `| ${m.label} (${jobCount} jobs, ${mib(bytes)} MiB) | ${fmt(pMs)} | ${fmt(cMs)} | **${(cMs / pMs).toFixed(2)}** | ${(cCpu / pCpu).toFixed(2)} |`
    )
  }
  return rows
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
for (const r of await benchEndToEnd()) console.log(r)
console.log(
  `\nNode ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' '
    )} at the end; client and server share one process, as in a perf-gate run. Ratios above 1 happen when the printer's work is hidden by the network round trips.`
)
