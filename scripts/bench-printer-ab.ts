/**
 * Before/after for the virtual printer (`npx tsx scripts/bench-printer-ab.ts <git revision>`):
 * the parser and the printer of this checkout against those of an older revision, side by side in
 * one process, alternating which goes first, so the noise of a shared machine hits both alike.
 *
 * The older revision's src/ is extracted with `git archive` into a directory inside the project
 * (removed at the end) and imported from there. Run it against `HEAD` on a clean tree to see the
 * harness's own spread (an A/A run). Figures: parser MiB per CPU second on the 50 MB mixed and text-heavy
 * streams of bench-printer.ts; CPU µs per job through real loopback TCP (client in this process)
 * with jobs acknowledged one by one (8 connections), streamed back to back (4 connections), and
 * on a new connection each (8 in flight).
 * Medians of `--rounds` (default 8) after one warm-up round; the ratio is this / older.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { EscPosParser } from '../src/printer/parser.js'
import { VirtualPrinter } from '../src/printer/server.js'
import { benchJobs, drive, receiptStream, sendOn } from './bench-printer-client.js'

const args = process.argv.slice(2)
const rev = args.find((a) => !a.startsWith('--'))
if (!rev) {
  console.error('usage: npx tsx scripts/bench-printer-ab.ts <git revision> [--rounds n]')
  process.exit(2)
}
const i = args.indexOf('--rounds')
const ROUNDS = i >= 0 ? Number(args[i + 1]) : 8
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

// Inside the project, not under /tmp: tsx compiles files outside the project with other settings,
// and an A/A run (a revision against itself) measured a /tmp copy of the parser 25-35 % slower
// than the same code here, a bias as large as the changes this script is meant to show.
// (.gitignore lists .printer-ab-*.) Both sides stay in one process, interleaved: separate
// processes measured the same code at two speeds ~1.7x apart, by which core they ran on.
const dir = mkdtempSync(path.resolve('.printer-ab-'))
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
execFileSync('sh', [
  '-c',
  `git archive ${JSON.stringify(rev)} src | tar -x -C ${JSON.stringify(dir)}`
])
symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'))
const load = (f: string): Promise<Record<string, unknown>> =>
  import(pathToFileURL(path.join(dir, 'src', 'printer', f)).href)
type Parser = { feedBatch(b: Uint8Array): unknown }
type Printer = { port: number; start(): Promise<void>; stop(): Promise<void> }
const Old = {
  Parser: (await load('parser.ts')).EscPosParser as new () => Parser,
  Printer: (await load('server.ts')).VirtualPrinter as new (o: { name: string }) => Printer
}
const New = {
  Parser: EscPosParser as new () => Parser,
  Printer: VirtualPrinter as new (o: { name: string }) => Printer
}

/** Runs `measure` for both sides, alternating the order; returns the medians. */
async function ab(measure: (side: typeof New) => Promise<number>): Promise<[number, number]> {
  const got = { old: [] as number[], new: [] as number[] }
  for (let r = 0; r <= ROUNDS; r++) {
    for (const side of r % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
      const v = await measure(side === 'old' ? Old : New)
      if (r > 0) got[side].push(v)
    }
  }
  return [median(got.old), median(got.new)]
}

const cpuSeconds = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1e6
}

console.log(`| figure | ${rev} | this checkout | ratio |\n| --- | --- | --- | --- |`)
for (const textHeavy of [false, true]) {
  const stream = receiptStream(50 * 1024 * 1024, textHeavy)
  const [o, n] = await ab(async (side) => {
    const p = new side.Parser()
    const c0 = process.cpuUsage()
    for (let off = 0; off < stream.length; off += 65536)
      p.feedBatch(stream.subarray(off, off + 65536))
    return 50 / cpuSeconds(c0)
  })
  const name = textHeavy ? 'text-heavy' : 'mixed'
  console.log(
    `| parser, 50 MB ${name} stream, MiB per CPU second | ${o.toFixed(0)} | ${n.toFixed(0)} | ${(n / o).toFixed(2)} |`
  )
}

for (const acks of [true, false]) {
  const unit = benchJobs(acks)
  // As in bench-printer.ts: 8 connections sending 2 x 1000 jobs each, acknowledged; or 20 x 1000
  // jobs spread over 4 connections streaming.
  const all = Array.from({ length: acks ? 2 : 20 }, () => unit).flat()
  const shares = acks
    ? Array.from({ length: 8 }, () => all)
    : Array.from({ length: 4 }, (_, c) => all.filter((_, k) => k % 4 === c))
  const jobs = shares.reduce((s, x) => s + x.length, 0)
  const [o, n] = await ab(async (side) => {
    const p = new side.Printer({ name: 'ab' })
    await p.start()
    const c0 = process.cpuUsage()
    await Promise.all(shares.map((share) => sendOn(p.port, share, acks)))
    const cpu = cpuSeconds(c0)
    await p.stop()
    return (cpu * 1e6) / jobs
  })
  const name = acks ? `${jobs} jobs acknowledged one by one` : `${jobs} jobs streamed back to back`
  console.log(
    `| printer + client over TCP, ${name}, CPU µs per job | ${o.toFixed(2)} | ${n.toFixed(2)} | ${(n / o).toFixed(2)} |`
  )
}
{
  // A new connection per job, 8 in flight, as in bench-printer.ts but 6000 jobs on one printer:
  // past the 4096 closed connections the printer remembers, so forgetting the oldest is timed too.
  const payload = Array.from({ length: 6 }, () => benchJobs(false)).flat()
  const [o, n] = await ab(async (side) => {
    const p = new side.Printer({ name: 'ab' })
    await p.start()
    const { cpu } = await drive(p.port, payload, 'per-job', 8)
    await p.stop()
    return (cpu * 1e6) / payload.length
  })
  console.log(
    `| printer + client over TCP, ${payload.length} jobs on a new connection each, CPU µs per job | ${o.toFixed(2)} | ${n.toFixed(2)} | ${(n / o).toFixed(2)} |`
  )
}
console.log(
  `\nNode ${process.version}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at the end; medians of ${ROUNDS} rounds.`
)
