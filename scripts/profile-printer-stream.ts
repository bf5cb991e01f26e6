/**
 * The streaming row's cost, in a real run and without sockets
 * (`npx tsx scripts/profile-printer-stream.ts [--rounds n]`).
 *
 * 1. The streaming mode of bench-printer.ts with the client in this process: 4 connections send
 *    20,000 generated jobs back to back to the virtual printer, then to the plain counting server,
 *    `--rounds` times each (after one warm-up round), under node:inspector's sampling profiler.
 *    Prints the self time per job of the printer's code (src/printer/) and of the garbage
 *    collector, and the wall time per job of both servers.
 * 2. The same bytes handed to the printer's data path directly (sockets replaced by stand-ins that
 *    only take its replies), in 64 KiB reads spread over 4 connections: CPU per job, the median and
 *    the minimum of the rounds.
 * 3. The floor for JavaScript: the same bytes through a bare loop that only finds each command's
 *    end, and through that loop writing one entry per command; and that loop in WebAssembly
 *    (scripts/escpos-floor.wat, compiled with wabt), for what a native scanner would start from;
 *    and the printer's own parser on those bytes, without the store.
 *
 * 4. Without the profiler, printer and plain server in alternating rounds, and from that the
 *    ceiling: the ratio a printer would reach if it added to the plain server's time per job only
 *    the floor's work (an upper bound, since a printer also keeps jobs, times and a log).
 *
 * Shows how much slower the printer's code runs per job in a run than on its own.
 */
import { EventEmitter } from 'node:events'
import { Session } from 'node:inspector/promises'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import wabt from 'wabt'
import { EscPosParser } from '../src/printer/parser.js'
import { VirtualPrinter } from '../src/printer/server.js'
import { drive, endToEndPayload } from './bench-printer-client.js'
import { startPlain, startPrinter, type Served } from './bench-printer-servers.js'
import { selfTimeByPart, type Profile } from './cpu-profile.js'

const args = process.argv.slice(2)
const at = args.indexOf('--rounds')
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 10
/** The printer parses a read in pieces of about this size (server.ts). */
const PIECE = 16384
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

const { payload, jobCount } = endToEndPayload('stream', 4, 20)

/** One run of the streaming mode against a fresh server from `start()`: its wall time (ms). */
async function streamOnce(start: () => Promise<Served>): Promise<number> {
  const server = await start()
  const run = await drive(server.port, payload, 'stream', 4)
  await server.stop()
  return run.ms
}

/** Runs the streaming mode against `start()`'s server `ROUNDS` times under the profiler. */
async function profiled(
  session: Session,
  start: () => Promise<Served>
): Promise<{ wall: number; printer: number; gc: number }> {
  let wall = 0
  for (let r = 0; r <= ROUNDS; r++) {
    if (r === 1) await session.post('Profiler.start')
    const ms = await streamOnce(start)
    if (r > 0) wall += ms
  }
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile }
  const parts = selfTimeByPart(profile, ['printer', 'gc'] as const, ({ callFrame }) =>
    callFrame.url.includes('/src/printer/')
      ? 'printer'
      : callFrame.functionName === '(garbage collector)'
        ? 'gc'
        : null
  )
  const printer = parts.get('printer')!
  const gc = parts.get('gc')!
  const jobs = jobCount * ROUNDS
  return { wall: (wall * 1000) / jobs, printer: printer / jobs, gc: gc / jobs }
}

/**
 * Wall-clock µs per job of the streaming mode without the profiler, printer and plain server in
 * alternating rounds (so drift hits both): the baseline the floor's ceiling below is worked from.
 */
async function unprofiled(): Promise<{ printer: number[]; plain: number[] }> {
  const printer: number[] = []
  const plain: number[] = []
  for (let r = 0; r <= ROUNDS; r++) {
    for (const [start, into] of [
      [() => startPrinter(true), printer],
      [() => startPlain(null), plain]
    ] as const) {
      const ms = await streamOnce(start)
      if (r > 0) into.push((ms * 1000) / jobCount)
    }
  }
  return { printer, plain }
}

/** Stands in for a socket: the printer only writes status replies to it. */
class Stand extends EventEmitter {
  constructor(readonly remotePort: number) {
    super()
  }
  setNoDelay(): void {}
  write(): boolean {
    return true
  }
  end(): void {}
  destroy(): void {}
  pause(): void {}
  resume(): void {}
  resetAndDestroy(): void {}
}

/** CPU µs per job of the printer's data path alone, for the same bytes in 64 KiB reads. */
function dataPath(): number[] {
  const stream = Buffer.concat(payload)
  const out: number[] = []
  for (let r = 0; r <= ROUNDS; r++) {
    const printer = new VirtualPrinter({ name: 'alone' }) as unknown as {
      onConnection(s: Stand): void
    }
    const conns = Array.from({ length: 4 }, (_, k) => new Stand(40_000 + k))
    for (const s of conns) printer.onConnection(s)
    const c0 = process.cpuUsage()
    for (let off = 0, k = 0; off < stream.length; off += 65536, k++)
      conns[k % 4]!.emit('data', stream.subarray(off, off + 65536))
    for (const s of conns) s.emit('close')
    const d = process.cpuUsage(c0)
    if (r > 0) out.push((d.user + d.system) / jobCount)
  }
  return out
}

/**
 * Wall-clock µs per job of `run` (one pass over the stream) in each of `ROUNDS` rounds after one
 * warm-up. These loops run on this thread alone: the process's CPU time would also count the
 * collector's helper threads still busy with the garbage of the runs before.
 */
function timed(run: () => void): number[] {
  const out: number[] = []
  for (let r = 0; r <= ROUNDS; r++) {
    const t0 = performance.now()
    run()
    if (r > 0) out.push(((performance.now() - t0) * 1000) / jobCount)
  }
  return out
}

/**
 * The floor for JavaScript: the same bytes, in the printer's 16 KiB pieces, through a bare loop
 * that only finds where each command ends (text runs, LF/CR and the commands these receipts
 * send, by their lengths), and through the same loop writing one entry per command into typed
 * arrays. Neither keeps anything else (no code pages, QR codes, jobs or time), so no printer
 * written in JavaScript parses for less. Returns µs per job (median and minimum of the rounds)
 * of each, after checking that the loop consumed the stream command by command (one cut per job).
 */
async function floor(): Promise<{
  bare: number[]
  writing: number[]
  wasm: number[]
  parser: number[]
}> {
  const stream = Buffer.concat(payload)
  const cap = 1 << 16
  const codes = new Uint8Array(cap)
  const params = new Int32Array(cap)
  const offsets = new Float64Array(cap)
  /** Returns the number of commands and of cuts; `write`: one entry per command into the arrays above. */
  const loop = (write: boolean): { commands: number; cuts: number } => {
    let cuts = 0
    let k = 0
    let count = 0
    const n = stream.length
    let i = 0
    for (let from = 0; from < n; from += PIECE) {
      const end = Math.min(n, from + PIECE)
      // A command that runs past the piece's end is finished here (the printer carries it over).
      while (i < end) {
        const b = stream[i]!
        let len = 3
        let code = b
        if (b >= 0x20 || b === 0x09) {
          let j = i + 1
          let or = b
          while (j < n) {
            const c = stream[j]!
            if (c < 0x20 && c !== 0x09) break
            or |= c
            j++
          }
          len = j - i
          code = or < 0x80 ? 1 : 2
        } else if (b === 0x0a || b === 0x0d) len = 1
        else if (b === 0x1b) len = stream[i + 1] === 0x40 ? 2 : 3
        else if (b === 0x1c) len = 2
        else if (b === 0x1d) {
          const c = stream[i + 1]!
          const m = stream[i + 2]!
          if (c === 0x28) len = 5 + stream[i + 3]! + stream[i + 4]! * 256
          else if (c === 0x6b) {
            if (m >= 65) len = 4 + stream[i + 3]!
            else {
              let j = i + 3
              while (j < n && stream[j] !== 0) j++
              len = j + 1 - i
            }
          } else if (c === 0x56) {
            cuts++
            if (m >= 65) len = 4
          }
        }
        count++
        if (write) {
          const q = k++ & (cap - 1)
          codes[q] = code
          params[q] = len
          offsets[q] = i
        }
        i += len
      }
    }
    return { commands: count, cuts }
  }
  const check = (cuts: number, who: string): void => {
    if (cuts !== jobCount) throw new Error(`floor: ${who} found ${cuts} cuts in ${jobCount} jobs`)
  }
  const bare = timed(() => check(loop(false).cuts, 'the bare loop'))
  const writing = timed(() => check(loop(true).cuts, 'the writing loop'))
  // The writing loop in WebAssembly (scripts/escpos-floor.wat), on the stream copied into its
  // memory once: what the same work costs without JavaScript's bounds checks and tagged values.
  const wat = fileURLToPath(new URL('./escpos-floor.wat', import.meta.url))
  const module = (await wabt()).parseWat(wat, readFileSync(wat, 'utf8'))
  const instance = new WebAssembly.Instance(
    new WebAssembly.Module(new Uint8Array(module.toBinary({}).buffer))
  )
  module.destroy()
  const memory = instance.exports.mem as WebAssembly.Memory
  const scan = instance.exports.scan as (n: number) => number
  if (stream.length > 8 << 20)
    throw new Error('floor: the stream is larger than the 8 MiB the WebAssembly loop reads')
  new Uint8Array(memory.buffer).set(stream, 0)
  const { commands } = loop(false)
  const wasm = timed(() => {
    const k = scan(stream.length)
    if (k !== commands)
      throw new Error(`floor: WebAssembly found ${k} commands, JavaScript ${commands}`)
  })
  // The printer's parser on the same pieces, into its own batch (no store): beside the floor.
  const parser = timed(() => {
    const p = new EscPosParser()
    let cuts = 0
    for (let off = 0; off < stream.length; off += PIECE)
      cuts += p.feedBatch(stream.subarray(off, off + PIECE)).cutCount
    check(cuts, 'the parser')
  })
  return { bare, writing, wasm, parser }
}

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })
try {
  const bare = await unprofiled()
  const printer = await profiled(session, () => startPrinter(true))
  const plain = await profiled(session, () => startPlain(null))
  const alone = dataPath()
  const least = await floor()
  const f = (x: number): string => x.toFixed(2)
  console.log(
    `## Streaming back to back, client in this process (${ROUNDS} rounds of ${jobCount} jobs; µs per job)\n`
  )
  console.log('| | virtual printer | plain counting server |\n| --- | --- | --- |')
  console.log(`| wall time | ${f(printer.wall)} | ${f(plain.wall)} |`)
  console.log(
    `| self time in src/printer/ (profiled) | ${f(printer.printer)} | ${f(plain.printer)} |`
  )
  console.log(`| garbage collector (profiled) | ${f(printer.gc)} | ${f(plain.gc)} |`)
  console.log(
    `\nThe printer's data path without sockets, the same bytes in 64 KiB reads: CPU ${f(median(alone))} µs per job (median; min ${f(Math.min(...alone))}).`
  )
  const mm = (xs: number[]): string => `${f(median(xs))} (min ${f(Math.min(...xs))})`
  console.log(
    `\nThe floor for JavaScript, the same bytes in 16 KiB pieces: a loop that only finds each command's end ${mm(least.bare)} µs per job; writing one entry per command ${mm(least.writing)}; that loop in WebAssembly ${mm(least.wasm)}. The printer's parser on the same pieces, without the store: ${mm(least.parser)}.`
  )
  // The best ratio a printer could reach on this host: the plain server's time per job plus only
  // the floor's (an upper bound: a printer also keeps jobs, times and a log). Below 0.8 here, the
  // row cannot be met on this host by any parser of that kind on the client's thread.
  const base = median(bare.plain)
  const ceiling = (xs: number[]): string => (base / (base + median(xs))).toFixed(2)
  console.log(
    `\nWithout the profiler, alternating rounds: plain ${mm(bare.plain)} µs per job, printer ${mm(bare.printer)}, ratio ${(base / median(bare.printer)).toFixed(2)}. A ratio of 0.8 leaves the printer ${f(base / 4)} µs per job. The ceiling, the plain server plus only the floor's work: ${ceiling(least.bare)} for the bare loop, ${ceiling(least.writing)} for the writing loop, ${ceiling(least.wasm)} for WebAssembly; with the printer's parser alone ${ceiling(least.parser)}.`
  )
  console.log(
    `\nNode ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end.`
  )
} finally {
  session.disconnect()
}
