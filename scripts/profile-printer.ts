/**
 * Where an acknowledged job's time goes (`npx tsx scripts/profile-printer.ts [--rounds n]`): the
 * CPU profile of this process while it serves the bench's acknowledged mode (8 connections, each
 * job followed by DLE EOT and its 1-byte answer) to the client in another process, as in
 * bench-printer.ts's rows "client in another process". Three servers, one after the other: the
 * virtual printer, the plain counting server, and the plain server spinning 8 µs per job.
 *
 * Prints self time per job (µs) by part: the parser (parser.ts and the batch it fills,
 * compact.ts), recording (store.ts: the printer's log, jobs and type order), the rest of the printer's data
 * path, the 1-byte `write` of each answer (a native call), garbage collection, everything else
 * (Node's stream and event-loop code). Uses node:inspector's sampling profiler (100 µs interval);
 * the warm-up round is not profiled.
 */
import { Session } from 'node:inspector/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchJobs } from './bench-printer-client.js'
import { startClient } from './bench-printer-child.js'
import { checkSeen, startPlain, startPrinter, type Served } from './bench-printer-servers.js'
import { selfTimeByPart, type Profile, type ProfileNode } from './cpu-profile.js'

const args = process.argv.slice(2)
const at = args.indexOf('--rounds')
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 6

const PARTS = ['parser', 'recording', 'printer, other', 'write', 'gc', 'other'] as const
type Part = (typeof PARTS)[number]

function partOf(node: ProfileNode): Part | null {
  const { functionName: fn, url } = node.callFrame
  if (fn === '(idle)' || fn === '(program)') return null
  if (fn === '(garbage collector)') return 'gc'
  if (fn === 'writeBuffer' || fn === 'writeUtf8String') return 'write'
  if (url.endsWith('/printer/parser.ts') || url.endsWith('/printer/compact.ts')) return 'parser'
  // The command store: the log, jobs and type order (the parser writes the entries in place).
  if (url.endsWith('/printer/store.ts')) return 'recording'
  if (url.endsWith('/printer/server.ts')) return 'printer, other'
  return 'other'
}

const unit = benchJobs(true)
const payload = [...unit, ...unit]
const sizes = payload.map((j) => j.length)
const CONNECTIONS = 8
const jobs = payload.length * CONNECTIONS
const bytes = payload.reduce((s, j) => s + j.length, 0) * CONNECTIONS

const servers: Array<[string, () => Promise<Served>]> = [
  ['virtual printer', () => startPrinter(true)],
  ['plain counting server', () => startPlain(sizes)],
  ['plain server + 8 µs per job', () => startPlain(sizes, 8)]
]

const dir = mkdtempSync(path.join(os.tmpdir(), 'profile-printer-'))
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })
const rows: string[] = []
try {
  for (const [k, [name, start]] of servers.entries()) {
    const client = await startClient(dir, k, payload, 'persistent', CONNECTIONS)
    try {
      let wall = 0
      for (let r = 0; r <= ROUNDS; r++) {
        if (r === 1) await session.post('Profiler.start')
        const server = await start()
        const run = await client.run(server.port)
        checkSeen(name, await server.stop(), bytes, jobs)
        if (r > 0) wall += run.ms
      }
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile }
      const parts = selfTimeByPart(profile, PARTS, partOf)
      const n = jobs * ROUNDS
      const perJob = (p: Part): string => (parts.get(p)! / n).toFixed(1)
      const busy = [...parts.values()].reduce((s, v) => s + v, 0) / n
      rows.push(
        `| ${name} | ${((wall * 1000) / n).toFixed(1)} | ${busy.toFixed(1)} | ${PARTS.map(perJob).join(' | ')} |`
      )
    } finally {
      await client.close()
    }
  }
} finally {
  session.disconnect()
}
console.log(
  `## Where an acknowledged job's time goes in the server process (client in another process; ${ROUNDS} rounds of ${jobs} jobs; µs per job)\n`
)
console.log(
  `| server | wall | CPU sampled | ${PARTS.join(' | ')} |\n| --- | --- | --- | ${PARTS.map(() => '---').join(' | ')} |`
)
for (const r of rows) console.log(r)
console.log(
  `\nNode ${process.version}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at the end. "CPU sampled": self time of every part (idle excluded).`
)
