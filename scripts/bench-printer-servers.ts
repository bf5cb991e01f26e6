/**
 * The server side of `bench-printer.ts`'s end-to-end rows: the plain counting server (the
 * yardstick) and a host that runs either server, or the virtual printer, in a worker thread, so the
 * bench can show what moving the printer off the client's thread would give.
 *
 * The worker runs this same module: `serverWorker()` starts it through a small eval entry that
 * first registers tsx's loader (a worker does not inherit the parent's `--import tsx`, so a .ts
 * entry would not load otherwise).
 */
import net from 'node:net'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { VirtualPrinter } from '../src/printer/server.js'

export interface Target {
  port: number
  stop(): Promise<void>
}

/**
 * The yardstick: a TCP server that only counts bytes. In closed-loop mode it acknowledges each job
 * with one byte when the connection's count reaches the job's end (it is told the job sizes), as
 * the virtual printer answers the DLE EOT that ends each job. `busyUs`: for scale, spin this many
 * microseconds per acknowledged job after the acknowledgement, as a server that does some work per
 * job would (the virtual printer answers first and records afterwards too).
 */
export async function countingServer(
  jobSizes: number[] | null,
  busyUs = 0
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
      if (acks === 0) return
      s.write(Buffer.alloc(acks, 0x12))
      if (busyUs > 0) {
        const until = performance.now() + (acks * busyUs) / 1000
        while (performance.now() < until);
      }
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

/** What a server saw, reported when it stops: bytes, and jobs (null: the plain server has no jobs). */
export interface Seen {
  bytes: number
  jobs: number | null
}

/** A server that is listening, and how to stop it. */
export interface Served {
  port: number
  stop(): Promise<Seen>
}

/** The counting server as a {@link Served}. */
export async function startPlain(jobSizes: number[] | null, busyUs = 0): Promise<Served> {
  const srv = await countingServer(jobSizes, busyUs)
  return {
    port: srv.port,
    stop: async () => {
      await srv.stop()
      return { bytes: srv.bytes(), jobs: null }
    }
  }
}

/** A virtual printer, with its default log (`keep`) or retaining nothing, as a {@link Served}. */
export async function startPrinter(keep: boolean): Promise<Served> {
  const p = new VirtualPrinter(
    keep ? { name: 'bench' } : { name: 'bench', maxLogEntries: 0, maxJobs: 0 }
  )
  await p.start()
  return {
    port: p.port,
    stop: async () => {
      // A client reports once its sockets closed; let this side's 'close' events (which end the
      // jobs) run too. Untimed, and instant when already idle.
      await p.waitForIdle(2000)
      const st = p.status()
      await p.stop()
      return { bytes: st.bytes, jobs: st.jobs }
    }
  }
}

/** Throws unless `seen` has all `bytes` and, where the server counts jobs, all `jobs`. */
export function checkSeen(who: string, seen: Seen, bytes: number, jobs: number): void {
  if (seen.bytes !== bytes || (seen.jobs !== null && seen.jobs !== jobs))
    throw new Error(`${who} got ${seen.bytes} of ${bytes} bytes, ${seen.jobs} of ${jobs} jobs`)
}

type Request =
  | { cmd: 'start'; kind: 'plain'; sizes: number[] | null }
  | { cmd: 'start'; kind: 'printer'; keep: boolean }
  | { cmd: 'stop' }
type Reply = { port: number } | Seen | { error: string }

export interface ServerWorker {
  /** Starts a server of `kind` in the worker (one at a time); its stop() reports what it saw. */
  serve(req: Exclude<Request, { cmd: 'stop' }>): Promise<Served>
  close(): Promise<void>
}

/** Starts the worker thread that hosts one server at a time. */
export async function serverWorker(): Promise<ServerWorker> {
  const tsx = import.meta.resolve('tsx/esm/api')
  const self = import.meta.url
  const entry = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}) })`
  const worker = new Worker(entry, { eval: true, workerData: { benchPrinterServer: true } })
  let pending: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null
  const fail = (e: Error): void => {
    pending?.reject(e)
    pending = null
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`server worker exited (code ${code})`)))
  worker.on('message', (m: Reply | 'ready') => {
    if (m === 'ready') return void readyResolve()
    const p = pending
    pending = null
    if (!p) return
    if ('error' in m) p.reject(new Error(`server worker: ${m.error}`))
    else p.resolve(m)
  })
  let readyResolve!: () => void
  const ready = new Promise<void>((r) => (readyResolve = r))
  await Promise.race([ready, new Promise((_, reject) => worker.once('error', reject))])
  const ask = (req: Request): Promise<Reply> =>
    new Promise((resolve, reject) => {
      pending = { resolve, reject }
      worker.postMessage(req)
    })
  return {
    async serve(req) {
      const { port } = (await ask(req)) as { port: number }
      return { port, stop: async () => (await ask({ cmd: 'stop' })) as Seen }
    },
    async close() {
      await worker.terminate()
    }
  }
}

/** The worker side: one server at a time, driven by messages. */
function hostServers(): void {
  const port = parentPort!
  let current: Served | null = null
  const handle = async (req: Request): Promise<Reply> => {
    if (req.cmd === 'stop') {
      if (!current) throw new Error('stop without a server')
      const seen = await current.stop()
      current = null
      return seen
    }
    current = req.kind === 'plain' ? await startPlain(req.sizes) : await startPrinter(req.keep)
    return { port: current.port }
  }
  port.on('message', (req: Request) => {
    handle(req).then(
      (r) => port.postMessage(r),
      (e: unknown) => port.postMessage({ error: String(e instanceof Error ? e.message : e) })
    )
  })
  port.postMessage('ready')
}

if (!isMainThread && (workerData as { benchPrinterServer?: boolean } | null)?.benchPrinterServer)
  hostServers()
