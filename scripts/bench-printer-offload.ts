/**
 * For scale, not a feature (`npx tsx scripts/bench-printer-offload.ts [--rounds n]`): would moving
 * the parsing off the socket thread bring the virtual printer to 0.8 of the plain counting server?
 *
 * Three servers side by side, in every end-to-end mode of bench-printer.ts (the order rotates every
 * round):
 * - the plain counting server (the yardstick);
 * - the virtual printer as it is (parses and records on the thread that reads the sockets);
 * - an offload sketch: the sockets stay on this thread (beside an in-process client, as in a
 *   perf-gate run), DLE EOT is answered as the bytes arrive, and each chunk is copied into a
 *   shared ring buffer that a worker thread drains through the same parser (`feedBatch`), one
 *   parser per connection. The worker lives for the whole run (warm like the in-thread printer). A
 *   connection is closed only once the worker has parsed everything queued before its end, so the
 *   timed run includes the parsing. The worker counts commands and cuts, nothing
 *   more: no log, no jobs, no time-to-print, no offline faults. It is an upper bound for what a
 *   real off-thread printer (which must also record, and answer readers across threads) could give.
 *
 * Why it is not built: see docs/benchmarks/printer.md ("Parsing in a worker thread").
 */
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { C, type CommandBatch } from '../src/printer/compact.js'
import { EscPosParser } from '../src/printer/parser.js'
import { startClient } from './bench-printer-child.js'
import { drive, endToEndPayload, interleavedRounds, type Mode } from './bench-printer-client.js'
import { checkSeen, startPlain, startPrinter, type Served } from './bench-printer-servers.js'

/** Ring size (a power of two, so wrapping 32-bit positions index it with a mask). */
const RING = 8 << 20
/** Slots of the shared control array. */
const HEAD = 0 // bytes written by the socket thread (wrapping int32)
const TAIL = 1 // bytes parsed by the worker (wrapping int32)
const SLEEPING = 2 // 1 while the worker waits for data
const WANT = 3 // 1 while the socket thread waits for TAIL to pass MARK
const MARK = 4
const COMMANDS = 5
const CUTS = 6
const DLE = 0x10
const EOT = 0x04
const ANSWER = Buffer.from([0x12])

interface Shared {
  ctl: Int32Array
  ring: Uint8Array
}

/** `a - b` for wrapping int32 positions. */
const diff = (a: number, b: number): number => (a - b) | 0

/** A frame length that means "this connection closed": the worker drops its parser. */
const CLOSED = 0xffffffff

/**
 * The socket thread's side of the sketch: one worker for the whole run, so its parser is as warm
 * (JIT-compiled) as the in-thread printer's after the warm-up round. A fresh worker per measurement
 * would parse the first megabytes in V8's interpreter: an early version measured that, not parsing.
 */
interface OffloadHost {
  worker: Worker
  /** Queues a chunk (or, with `null`, the connection's close) for the worker. */
  push(conn: number, d: Buffer | null): void
  /** Resolves when the worker has parsed everything queued so far. */
  parsed(): Promise<void>
  cuts(): number
}

let host: OffloadHost | null = null

async function offloadHost(): Promise<OffloadHost> {
  if (host) return host
  const shared: Shared = {
    ctl: new Int32Array(new SharedArrayBuffer(64)),
    ring: new Uint8Array(new SharedArrayBuffer(RING))
  }
  const { ctl, ring } = shared
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}) })`
  const worker = new Worker(entry, { eval: true, workerData: { offloadParser: shared } })
  // Waits for the worker to pass a ring position, oldest first.
  const waiting: Array<{ mark: number; done: () => void }> = []
  const askFor = (): void => {
    if (waiting.length > 0) Atomics.store(ctl, MARK, waiting[0]!.mark)
    Atomics.store(ctl, WANT, waiting.length > 0 ? 1 : 0)
  }
  const settle = (): void => {
    const tail = Atomics.load(ctl, TAIL)
    while (waiting.length > 0 && diff(tail, waiting[0]!.mark) >= 0) waiting.shift()!.done()
    askFor()
    // The worker may have passed the new mark between its check and our store.
    if (waiting.length > 0 && diff(Atomics.load(ctl, TAIL), waiting[0]!.mark) >= 0) settle()
  }
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject)
    worker.once('message', () => resolve())
  })
  worker.on('message', settle)

  let head = 0
  const putU32 = (v: number): void => {
    for (let s = 0; s < 32; s += 8) {
      ring[head & (RING - 1)] = (v >>> s) & 255
      head = (head + 1) | 0
    }
  }
  host = {
    worker,
    push(conn, d) {
      const len = d ? d.length : 0
      // Full ring: wait for the worker (never happens at these sizes; a real printer would pause).
      while (diff(head, Atomics.load(ctl, TAIL)) + len + 8 > RING)
        Atomics.wait(ctl, TAIL, Atomics.load(ctl, TAIL), 1)
      putU32(conn)
      putU32(d ? len : CLOSED)
      if (d) {
        const at = head & (RING - 1)
        const first = Math.min(len, RING - at)
        ring.set(d.subarray(0, first), at)
        if (first < len) ring.set(d.subarray(first), 0)
        head = (head + len) | 0
      }
      Atomics.store(ctl, HEAD, head)
      if (Atomics.load(ctl, SLEEPING) === 1) Atomics.notify(ctl, HEAD)
    },
    parsed() {
      return new Promise((done) => {
        waiting.push({ mark: head, done })
        settle()
      })
    },
    cuts: () => Atomics.load(ctl, CUTS)
  }
  return host
}

let nextConn = 1

/** The offload sketch as a {@link Served}: see the file comment. */
async function startOffload(): Promise<Served> {
  const h = await offloadHost()
  const cuts0 = h.cuts()
  let bytes = 0
  // allowHalfOpen: the client's end() must not close our side before the worker has parsed it all.
  const server = net.createServer({ noDelay: true, allowHalfOpen: true }, (s) => {
    const conn = nextConn++
    s.on('data', (d: Buffer) => {
      bytes += d.length
      for (let k = d.indexOf(DLE); k >= 0; k = d.indexOf(DLE, k + 1))
        if (d[k + 1] === EOT) s.write(ANSWER)
      h.push(conn, d)
    })
    s.on('end', () => {
      h.push(conn, null)
      void h.parsed().then(() => s.end())
    })
    s.on('error', () => undefined)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  return {
    port: (server.address() as net.AddressInfo).port,
    async stop() {
      await new Promise<void>((r) => server.close(() => r()))
      return { bytes, jobs: h.cuts() - cuts0 }
    }
  }
}

/** The worker: drains the ring through one parser per connection, forever (until terminated). */
function drainRing({ ctl, ring }: Shared): void {
  const parsers = new Map<number, EscPosParser>()
  let tail = 0
  let commands = 0
  let cuts = 0
  const getU32 = (): number => {
    let v = 0
    for (let s = 0; s < 32; s += 8) {
      v |= ring[tail & (RING - 1)]! << s
      tail = (tail + 1) | 0
    }
    return v >>> 0
  }
  const countBatch = (batch: CommandBatch): void => {
    commands += batch.length
    for (let k = 0; k < batch.length; k++) if (batch.codes[k] === C.cut) cuts++
  }
  const parse = (p: EscPosParser, from: number, to: number): void =>
    countBatch(p.feedBatch(ring.subarray(from, to)))
  parentPort!.postMessage('ready')
  for (;;) {
    const head = Atomics.load(ctl, HEAD)
    if (head === tail) {
      Atomics.store(ctl, SLEEPING, 1)
      Atomics.wait(ctl, HEAD, tail) // returns at once if HEAD moved since the load
      Atomics.store(ctl, SLEEPING, 0)
      continue
    }
    while (tail !== head) {
      const conn = getU32()
      const len = getU32()
      if (len === CLOSED) {
        const p = parsers.get(conn)
        if (p) countBatch(p.endBatch())
        parsers.delete(conn)
        continue
      }
      let p = parsers.get(conn)
      if (!p) parsers.set(conn, (p = new EscPosParser()))
      const at = tail & (RING - 1)
      const first = Math.min(len, RING - at)
      parse(p, at, at + first)
      if (first < len) parse(p, 0, len - first)
      tail = (tail + len) | 0
    }
    Atomics.store(ctl, COMMANDS, commands)
    Atomics.store(ctl, CUTS, cuts)
    Atomics.store(ctl, TAIL, tail)
    if (Atomics.load(ctl, WANT) === 1 && diff(tail, Atomics.load(ctl, MARK)) >= 0)
      parentPort!.postMessage('tail')
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const at = args.indexOf('--rounds')
  const ROUNDS = at >= 0 ? Number(args[at + 1]) : 5
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
  }
  const modes: Array<{
    mode: Mode
    conc: number
    repeat: number
    elsewhere: boolean
    label: string
  }> = []
  for (const elsewhere of [false, true]) {
    const where = elsewhere ? 'client in another process' : 'client in this process'
    modes.push(
      { mode: 'per-job', conc: 8, repeat: 1, elsewhere, label: `new connection per job, ${where}` },
      {
        mode: 'persistent',
        conc: 8,
        repeat: 2,
        elsewhere,
        label: `each job acknowledged, ${where}`
      },
      { mode: 'stream', conc: 4, repeat: 20, elsewhere, label: `streaming back to back, ${where}` }
    )
  }
  const SIDES = ['plain', 'printer', 'offload'] as const
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-offload-'))
  const rows: string[] = []
  try {
    for (const [mi, m] of modes.entries()) {
      const { payload, bytes: total, jobCount, sizes } = endToEndPayload(m.mode, m.conc, m.repeat)
      const child = m.elsewhere ? await startClient(dir, mi, payload, m.mode, m.conc) : null
      let ms: Map<string, number[]>
      try {
        ms = await interleavedRounds<string>(SIDES, ROUNDS, async (side) => {
          const server =
            side === 'plain'
              ? await startPlain(sizes)
              : side === 'printer'
                ? await startPrinter(true)
                : await startOffload()
          const run = child
            ? await child.run(server.port)
            : await drive(server.port, payload, m.mode, m.conc)
          checkSeen(side, await server.stop(), total, jobCount)
          return run.ms
        })
      } finally {
        await child?.close()
      }
      const base = median(ms.get('plain')!)
      const cell = (side: string): string => {
        const t = median(ms.get(side)!)
        return `${(jobCount / (t / 1000)).toFixed(0)} jobs/s (**${(base / t).toFixed(2)}**)`
      }
      rows.push(
        `| ${m.label} | ${(jobCount / (base / 1000)).toFixed(0)} jobs/s | ${cell('printer')} | ${cell('offload')} |`
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await host?.worker.terminate()
  }
  console.log(
    `## For scale: parsing in a worker thread (sketch) vs the virtual printer, as a ratio to the plain counting server (median of ${ROUNDS} rounds)\n`
  )
  console.log(
    '| mode | plain counting server | virtual printer (ratio) | parse offloaded to a worker, sketch (ratio) |\n| --- | --- | --- | --- |'
  )
  for (const r of rows) console.log(r)
  console.log(
    `\nNode ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end.`
  )
}

const offload = (workerData as { offloadParser?: Shared } | null)?.offloadParser
if (!isMainThread && offload) drainRing(offload)
else if (isMainThread) await main()
