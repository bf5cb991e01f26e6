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
 *
 * Shows how much slower the printer's code runs per job in a run than on its own.
 */
import { EventEmitter } from 'node:events'
import { Session } from 'node:inspector/promises'
import os from 'node:os'
import { VirtualPrinter } from '../src/printer/server.js'
import { drive, endToEndPayload } from './bench-printer-client.js'
import { startPlain, startPrinter, type Served } from './bench-printer-servers.js'
import { selfTimeByPart, type Profile } from './cpu-profile.js'

const args = process.argv.slice(2)
const at = args.indexOf('--rounds')
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 10
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

const { payload, jobCount } = endToEndPayload('stream', 4, 20)

/** Runs the streaming mode against `start()`'s server `ROUNDS` times under the profiler. */
async function profiled(
  session: Session,
  start: () => Promise<Served>
): Promise<{ wall: number; printer: number; gc: number }> {
  let wall = 0
  for (let r = 0; r <= ROUNDS; r++) {
    if (r === 1) await session.post('Profiler.start')
    const server = await start()
    const run = await drive(server.port, payload, 'stream', 4)
    await server.stop()
    if (r > 0) wall += run.ms
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

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })
try {
  const printer = await profiled(session, () => startPrinter(true))
  const plain = await profiled(session, () => startPlain(null))
  const alone = dataPath()
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
  console.log(
    `\nNode ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end.`
  )
} finally {
  session.disconnect()
}
