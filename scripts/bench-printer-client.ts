/**
 * The load side of `bench-printer.ts`'s end-to-end rows: sends pre-encoded jobs to a TCP port in
 * one of three patterns (and the receipt streams the printer benchmarks parse). Imported by the bench for the in-process rows, and run as its own Node
 * process (`node --import tsx scripts/bench-printer-client.ts <mode> <concurrency> <jobs file>`)
 * for the rows with the client in another process, so both use the same code.
 *
 * As a process: reads the jobs (u32 LE length + payload, repeated), prints `{"ready":n}`, then for
 * every `go <port>` line on stdin runs the mode and prints `{"ms":..,"cpu":..}` (its own wall time
 * and CPU seconds) once all its connections have closed, or `{"error":..}`; exits when stdin ends.
 */
import { readFileSync } from 'node:fs'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import { generateJobs } from '../src/printer/generator.js'

export type Mode = 'per-job' | 'persistent' | 'stream'

/**
 * Sends `payloads` over one connection. Closed loop (`acks`): each job is followed by a 1-byte
 * acknowledgement before the next is sent; otherwise everything is written back to back
 * (respecting backpressure). Ends the connection and waits for it to close.
 */
export function sendOn(port: number, payloads: Uint8Array[], acks: boolean): Promise<void> {
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
export async function drive(
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
 * The end-to-end benchmarks' 1000 generated jobs (seed 7, 8 elements each). `acked`: each ends
 * with a real-time status request (DLE EOT 1) the printer answers, for the closed-loop mode.
 */
export function benchJobs(acked: boolean): Uint8Array[] {
  const jobs = generateJobs(7, 1000, { elements: 8 }).map((j) => j.bytes)
  const status = Uint8Array.of(0x10, 0x04, 0x01)
  return acked ? jobs.map((j) => Buffer.concat([j, status])) : jobs
}

/**
 * Measures every side `rounds` + 1 times, the order rotated by one each round so that no side
 * always runs first; the first round is a warm-up and is dropped. Returns each side's times (ms).
 */
export async function interleavedRounds<S>(
  sides: readonly S[],
  rounds: number,
  measure: (side: S) => Promise<number>
): Promise<Map<S, number[]>> {
  const ms = new Map<S, number[]>(sides.map((s) => [s, []]))
  for (let r = 0; r < rounds + 1; r++)
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(k + r) % sides.length]!
      const t = await measure(side)
      if (r > 0) ms.get(side)!.push(t)
    }
  return ms
}

/**
 * A mode's jobs as one connection sends them (`repeat` times the 1000 jobs), and the totals every
 * server must receive: in persistent mode each of the `concurrency` connections sends them all
 * (the counting server is told the job `sizes` to acknowledge); otherwise they are shared out.
 */
export function endToEndPayload(
  mode: Mode,
  concurrency: number,
  repeat: number
): { payload: Uint8Array[]; bytes: number; jobCount: number; sizes: number[] | null } {
  const unit = benchJobs(mode === 'persistent')
  const payload = Array.from({ length: repeat }, () => unit).flat()
  const perConnection = mode === 'persistent' ? concurrency : 1
  return {
    payload,
    bytes: payload.reduce((s, j) => s + j.length, 0) * perConnection,
    jobCount: payload.length * perConnection,
    sizes: mode === 'persistent' ? payload.map((j) => j.length) : null
  }
}

/**
 * 400 distinct generated receipts repeated to `bytes`: the mixed stream (text, QR codes, barcodes,
 * feeds and 128 x 48 raster logos), or text-heavy receipts (the default job mix, no images: many
 * tiny commands, ~7 bytes each, the parser's worst realistic case).
 */
export function receiptStream(bytes: number, textHeavy = false): Buffer {
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
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1e6
}

function main(args: string[]): void {
  const [mode, concurrency, file] = args as [Mode, string, string]
  const data = readFileSync(file)
  const jobs: Uint8Array[] = []
  for (let off = 0; off < data.length;) {
    const n = data.readUInt32LE(off)
    jobs.push(data.subarray(off + 4, off + 4 + n))
    off += 4 + n
  }
  const reply = (o: object): boolean => process.stdout.write(JSON.stringify(o) + '\n')
  let queue = Promise.resolve()
  let input = ''
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (d: string) => {
    input += d
    for (let nl = input.indexOf('\n'); nl >= 0; nl = input.indexOf('\n')) {
      const line = input.slice(0, nl).trim()
      input = input.slice(nl + 1)
      const go = /^go (\d+)$/.exec(line)
      if (!go) {
        reply({ error: `unknown command: ${line}` })
        continue
      }
      queue = queue
        .then(() => drive(Number(go[1]), jobs, mode, Number(concurrency)))
        .then(reply, (e: unknown) => reply({ error: String(e instanceof Error ? e.stack : e) }))
        .then(() => undefined)
    }
  })
  process.stdin.on('end', () => process.exit(0))
  reply({ ready: jobs.length })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
