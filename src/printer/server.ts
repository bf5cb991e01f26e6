/**
 * The virtual ESC/POS network printer: a TCP server (port 9100 by convention) that parses what
 * clients send with the streaming parser, logs commands and jobs, answers status requests, and can
 * simulate faults and hardware speed. One instance per named printer.
 */
import net from 'node:net'
import type { PrinterHandle } from '../workloads/types.js'
import { COMMAND_TYPES, type Command, type CommandType, type LoggedCommand } from './commands.js'
import { C, CommandBatch, TYPE_CODE, expand } from './compact.js'
import { EscPosParser, type ParserOptions } from './parser.js'
import { CommandStore, MAX_BATCH, type ConnState, type JobRec } from './store.js'
import {
  asbStatus,
  isOnline,
  printerIdReply,
  realtimeStatus,
  transmitStatus,
  type PrinterFault
} from './status.js'

/** Faults and events `simulateError` accepts. */
export type SimulatedError = PrinterFault | 'refuse' | 'disconnect'

/** Every kind `simulateError` accepts (for validation and docs). */
export const SIMULATED_ERRORS: readonly SimulatedError[] = [
  'offline',
  'paper_out',
  'paper_near_end',
  'cover_open',
  'cutter_error',
  'refuse',
  'disconnect'
]

/** Optional shaping so time-to-print looks like hardware. */
export interface PrintSpeed {
  /** Receive/print rate in bytes per second (0 or absent: unlimited). */
  bytesPerSecond?: number
  /** Paper feed rate in lines per second: LF, feed lines, image rows / 24 (0 or absent: unlimited). */
  linesPerSecond?: number
}

/** Options of one virtual printer. */
export interface VirtualPrinterOptions {
  name: string
  /** Default 127.0.0.1 (loopback only). */
  host?: string
  /** 0 (default) picks a free port. */
  port?: number
  /** Faults present from the start. */
  faults?: PrinterFault[]
  printSpeed?: PrintSpeed
  /** Delay before a new connection is read, like a busy print server (ms). */
  acceptDelayMs?: number
  parser?: ParserOptions
  /**
   * Command log size; older entries are dropped and counted (default 10000). Counts by type and
   * the order of types are kept for the whole run regardless (see `commandCounts`, `commandTypes`).
   * The log lives in the printer's command store (store.ts): a ring of typed arrays the parser
   * writes into directly, expanded into objects when `commands()` reads it, so its size costs
   * memory (~21 bytes per entry; the ring holds at least 32,768 entries, or the log and a 16 KiB
   * read's worth beside it) rather than time on the data path.
   */
  maxLogEntries?: number
  /** Print history size (default 200 jobs). */
  maxJobs?: number
  /** A connection idle this long while still open counts as leaked (default 1000 ms). */
  leakAfterMs?: number
}

/** A printed job: the commands between two cuts (or up to the end of the connection). */
export interface PrintJob {
  id: number
  conn: number
  /** ms since the epoch */
  startedAt: number
  endedAt: number
  endedBy: 'cut' | 'close'
  commands: LoggedCommand[]
  /** Command counts by type. */
  counts: Partial<Record<CommandType, number>>
  /** The receipt as text: text lines, with [QR ...], [BARCODE ...], [IMAGE ...] markers. */
  text: string
}

/** Connection counters. `leaked`: open connections idle for at least `leakAfterMs`. */
export interface ConnectionStats {
  opened: number
  closed: number
  active: number
  peak: number
  leaked: number
}

/** What `status()` returns (also the control API's `GET /printers/<name>/status`). */
export interface PrinterStatusReport {
  name: string
  host: string
  port: number
  online: boolean
  listening: boolean
  faults: PrinterFault[]
  connections: ConnectionStats
  commands: number
  droppedCommands: number
  /** Jobs printed since start (or `clearLog`); `jobs()` keeps the latest `maxJobs` of them. */
  jobs: number
  bytes: number
  /** Connections reset because print data arrived while offline. */
  rejected: number
}

interface Conn {
  id: number
  socket: net.Socket
  parser: EscPosParser
  remotePort: number
  parsed: number
  lastActivity: number
  /** Its jobs in the printer's command store. */
  st: ConnState
  asb: boolean
  closed: boolean
  rejectedReason?: string
  waiters: Waiter[]
  queue: Buffer[]
  draining: boolean
  /** The client half-closed while shaped data was still being printed. */
  ended: boolean
  /** The start of a DLE EOT request cut off at the end of the last read (0-3 bytes). */
  rtTail: Buffer | null
}

interface Waiter {
  bytes: number
  resolve: (at: number) => void
  reject: (err: Error) => void
  timer: NodeJS.Timeout
}

interface ClosedInfo {
  parsed: number
  /** Why it closed, when the printer closed it (offline); else the default reason is built on read. */
  rejected: string | undefined
}

/**
 * The connections closed last, by client port: at least the last `keep` of them. Two generations
 * of Maps instead of one evicted in insertion order: `map.keys().next()` walks over every entry
 * deleted from the front since the Map's last rehash, which cost ~1.4 µs per closed connection at
 * 4096 entries, against ~0.1 µs with one Map swap every `keep` closes
 * (`npx tsx scripts/bench-closed-ports.ts`).
 */
export class ClosedPorts {
  private recent = new Map<number, ClosedInfo>()
  private older = new Map<number, ClosedInfo>()
  constructor(private readonly keep: number) {}

  get(port: number): ClosedInfo | undefined {
    return this.recent.get(port) ?? this.older.get(port)
  }

  /** A port closed again shadows its older record (get reads `recent` first). */
  set(port: number, info: ClosedInfo): void {
    this.recent.set(port, info)
    if (this.recent.size >= this.keep) {
      this.older = this.recent
      this.recent = new Map()
    }
  }

  delete(port: number): void {
    this.recent.delete(port)
    this.older.delete(port)
  }
}

/** Lookup by type code: 1 for commands an offline printer still answers (the rest is refused). */
const REALTIME = codeTable(['status', 'transmitStatus', 'printerId', 'asb'])
/** One immutable 1-byte Buffer per value: a status reply per job needs no allocation or conversion. */
const BYTE: readonly Buffer[] = Array.from({ length: 256 }, (_, v) => Buffer.from([v]))
const DLE = 0x10
/** performance.timeOrigin, read once (the getter allocates a number per call). */
const TIME_ORIGIN = performance.timeOrigin
/**
 * Reads are parsed in pieces of at most this many bytes: the parser writes a piece's commands
 * straight into the store, which takes at most MAX_BATCH of them at once beside its log.
 */
const PARSE_PIECE = MAX_BATCH - 64
const EOT = 0x04
/** The marker line the printer workload puts at the start of each job in proxy (`target`) mode. */
export const MARKER_PREFIX = 'perf-gate job '
const MARKER_RE = /perf-gate job (\S+)/g
const MAX_JOB_TEXT = 64 * 1024

/**
 * A virtual ESC/POS printer on a TCP port.
 *
 * For tests and other workloads (the service workload verifies at the printer through it):
 * `commands()`, `jobs()`, `status()`, `simulateError(kind)`, `reset()`, `connectionStats()`,
 * `clearLog()`, and `waitForBytes()` for time-to-print.
 */
export class VirtualPrinter implements PrinterHandle {
  readonly name: string
  readonly host: string
  private _port: number
  private server: net.Server | null = null
  private listening = false
  private readonly faults = new Set<PrinterFault>()
  private readonly opts: VirtualPrinterOptions
  private readonly conns = new Map<number, Conn>()
  private readonly byPort = new Map<number, Conn>()
  private readonly pendingWaiters = new Map<number, Waiter[]>()
  private readonly recentlyClosed = new ClosedPorts(4096)
  private readonly markerWaiters = new Map<
    string,
    { resolve: (at: number) => void; timer: NodeJS.Timeout }
  >()
  private nextConn = 1
  /**
   * The command log, the print history and the type counts (see store.ts): the parsers write into
   * it directly, and jobs are ranges of it until someone reads them.
   */
  private readonly store: CommandStore
  private stats = { opened: 0, closed: 0, peak: 0 }
  private bytes = 0
  private rejected = 0

  constructor(options: VirtualPrinterOptions) {
    this.opts = options
    this.name = options.name
    this.host = options.host ?? '127.0.0.1'
    this._port = options.port ?? 0
    for (const f of options.faults ?? []) this.faults.add(f)
    this.store = new CommandStore(options.maxLogEntries ?? 10_000, options.maxJobs ?? 200)
    this.store.onJob = (job) => this.onJob(job)
  }

  /** A job printed: settles the marker waiters whose line it holds (proxy mode). */
  private onJob(job: JobRec): void {
    if (this.markerWaiters.size === 0) return
    const now = performance.now()
    for (const m of jobText(this.jobCommands(job)).matchAll(MARKER_RE)) {
      const w = this.markerWaiters.get(m[1]!)
      if (w) {
        this.markerWaiters.delete(m[1]!)
        clearTimeout(w.timer)
        w.resolve(now)
      }
    }
  }

  /** A job's commands as objects. */
  private jobCommands(job: JobRec): Command[] {
    const out: Command[] = []
    this.store.forEachOfJob(job, (code, param, offset, extra) => {
      out.push(expand(code, param, offset, extra))
    })
    return out
  }

  /** The TCP port (the chosen one once started with port 0). */
  get port(): number {
    return this._port
  }

  /** Starts listening; resolves once the port is bound. */
  async start(): Promise<void> {
    await this.listen()
  }

  private listen(): Promise<void> {
    const server = net.createServer({ noDelay: true }, (s) => this.onConnection(s))
    this.server = server
    return new Promise((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException): void => {
        reject(
          new Error(
            err.code === 'EADDRINUSE'
              ? `printer ${this.name}: port ${this._port} on ${this.host} is already in use; pick another port or 0 for a free one`
              : `printer ${this.name}: cannot listen on ${this.host}:${this._port}: ${err.message}`
          )
        )
      }
      server.once('error', onError)
      server.listen(this._port, this.host, () => {
        server.off('error', onError)
        server.on('error', () => undefined)
        this._port = (server.address() as net.AddressInfo).port
        this.listening = true
        resolve()
      })
    })
  }

  /** Stops listening and closes every connection (open ones count as leaked in the final stats). */
  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    this.listening = false
    for (const c of this.conns.values()) c.socket.destroy()
    if (server) await new Promise<void>((r) => server.close(() => r()))
  }

  private onConnection(socket: net.Socket): void {
    const id = this.nextConn++
    const c: Conn = {
      id,
      socket,
      // The parsers write into the store (each batch is logged before the next chunk is parsed;
      // the shaped path copies it).
      parser: new EscPosParser(this.opts.parser, this.store.batch),
      remotePort: socket.remotePort ?? 0,
      parsed: 0,
      lastActivity: performance.now(),
      st: this.store.connect(id),
      asb: false,
      closed: false,
      waiters: [],
      queue: [],
      draining: false,
      ended: false,
      rtTail: null
    }
    this.conns.set(c.id, c)
    this.byPort.set(c.remotePort, c)
    this.recentlyClosed.delete(c.remotePort)
    const early = this.pendingWaiters.get(c.remotePort)
    if (early) {
      this.pendingWaiters.delete(c.remotePort)
      c.waiters.push(...early)
    }
    this.stats.opened++
    this.stats.peak = Math.max(this.stats.peak, this.conns.size)
    socket.setNoDelay(true)
    socket.on('error', () => undefined)
    socket.on('data', (chunk: Buffer) => this.onData(c, chunk))
    socket.on('close', () => this.onClose(c))
    // A half-closed client (end()) has sent everything: finish its job and close our side too.
    socket.on('end', () => {
      c.ended = true
      if (!c.draining) socket.end()
    })
    const delay = this.opts.acceptDelayMs ?? 0
    if (delay > 0) {
      socket.pause()
      setTimeout(() => {
        if (!c.closed) socket.resume()
      }, delay)
    }
  }

  private onData(c: Conn, chunk: Buffer): void {
    // One clock read per chunk: its commands' time in the log is the time it arrived.
    const now = performance.now()
    c.lastActivity = now
    this.bytes += chunk.length
    this.answerRealtime(c, chunk)
    const speed = this.opts.printSpeed
    if (!speed || (!speed.bytesPerSecond && !speed.linesPerSecond)) {
      // Most reads are one piece: parsed as they are, with no view.
      if (chunk.length <= PARSE_PIECE) this.process(c, chunk, c.parser.feedBatch(chunk), now)
      else
        for (let off = 0; off < chunk.length && !c.closed; off += PARSE_PIECE) {
          const piece = chunk.subarray(off, off + PARSE_PIECE)
          this.process(c, piece, c.parser.feedBatch(piece), now)
        }
      return
    }
    for (let off = 0; off < chunk.length; off += PARSE_PIECE)
      c.queue.push(chunk.subarray(off, off + PARSE_PIECE))
    c.socket.pause()
    if (!c.draining) void this.drain(c)
  }

  /** Shaped path: parse now (status replies go out at once), show the commands after the print time. */
  private async drain(c: Conn): Promise<void> {
    c.draining = true
    const speed = this.opts.printSpeed!
    while (c.queue.length > 0 && !c.closed) {
      const chunk = c.queue.shift()!
      // A copy: the parser reuses its batch, and the connection may close (end()) while we wait.
      const batch = c.parser.feedBatch(chunk).clone()
      if (batch.replies > 0) this.replyRealtime(c, batch)
      let ms = speed.bytesPerSecond ? (chunk.length / speed.bytesPerSecond) * 1000 : 0
      if (speed.linesPerSecond) ms += (lineCount(batch.toArray()) / speed.linesPerSecond) * 1000
      if (ms > 0) await new Promise((r) => setTimeout(r, ms))
      this.process(c, chunk, batch, performance.now(), true)
    }
    c.draining = false
    if (c.ended) c.socket.end()
    else if (!c.closed) c.socket.resume()
  }

  /**
   * Answers DLE EOT n (n = 1-4, or 7, 8 or 18 with one more byte) as the bytes arrive, before they are
   * parsed, as Epson printers process real-time commands: at once on reception, even when the
   * bytes sit inside another command's data (Epson's reference warns about exactly that). The
   * parser still logs each request it reads as a `status` command, in order. A request split over
   * reads is answered when its last byte arrives.
   */
  private answerRealtime(c: Conn, chunk: Buffer): void {
    let from = 0
    const tail = c.rtTail
    if (tail !== null) {
      c.rtTail = null
      // A request that began in the last read: finish it with this read's first bytes.
      const probe = Buffer.concat([tail, chunk.subarray(0, 4 - tail.length)])
      for (let k = 0; k < tail.length; k++) {
        if (probe[k] !== DLE) continue
        const used = this.realtimeAt(c, probe, k)
        if (used > 0) {
          from = k + used - tail.length
          break
        }
        if (used < 0) {
          // Still cut off (a read of one or two bytes): keep waiting for the rest.
          c.rtTail = probe.subarray(k)
          return
        }
      }
    }
    for (let k = chunk.indexOf(DLE, from); k >= 0; k = chunk.indexOf(DLE, k + 1)) {
      const used = this.realtimeAt(c, chunk, k)
      if (used < 0) {
        c.rtTail = Buffer.from(chunk.subarray(k))
        return
      }
      if (used > 0) k += used - 1
    }
  }

  /** At a DLE in `buf[k]`: answers a whole request and returns its length, 0 if none, -1 if cut off. */
  private realtimeAt(c: Conn, buf: Buffer, k: number): number {
    if (k + 1 >= buf.length) return -1
    if (buf[k + 1] !== EOT) return 0
    if (k + 2 >= buf.length) return -1
    const n = buf[k + 2]!
    let used = 3
    if (n === 7 || n === 8 || n === 18) {
      if (k + 3 >= buf.length) return -1
      used = 4
    } else if (n < 1 || n > 4) return 0
    if (!c.closed) c.socket.write(BYTE[realtimeStatus({ faults: this.faults }, n) & 0xff]!)
    return used
  }

  /** GS r, GS I and GS a, which printers answer in order, when the parser reaches them. */
  private replyRealtime(c: Conn, batch: CommandBatch): void {
    const codes = batch.codes
    for (let q = 0; q < batch.length; q++) {
      const k = batch.slot(q)
      const code = codes[k]!
      if (REALTIME[code] === 0 || code === C.status) continue
      const n = batch.params[k]!
      if (code === C.transmitStatus)
        c.socket.write(BYTE[transmitStatus({ faults: this.faults }, n) & 0xff]!)
      else if (code === C.printerId) {
        const reply = printerIdReply(n, this.name)
        if (reply) c.socket.write(reply)
      } else {
        c.asb = n !== 0
        if (c.asb) c.socket.write(asbStatus({ faults: this.faults }))
      }
    }
  }

  /** `now`: performance.now() when the chunk arrived (or, shaped, when it printed). */
  private process(c: Conn, chunk: Buffer, batch: CommandBatch, now: number, replied = false): void {
    if (!replied && batch.replies > 0) this.replyRealtime(c, batch)
    if (this.faults.size > 0 && !isOnline({ faults: this.faults })) {
      let printing = false
      for (let q = 0; q < batch.length && !printing; q++)
        printing = REALTIME[batch.codes[batch.slot(q)]!] === 0
      if (printing) {
        // Like a printer in an error state behind a print server: the data is not accepted.
        this.rejected++
        c.rejectedReason = `printer ${this.name} is offline (${[...this.faults].join(', ')}): it reset the connection instead of printing`
        c.socket.resetAndDestroy()
        return
      }
    }
    this.recordBatch(c, batch, Math.floor(TIME_ORIGIN + now))
    c.parsed += chunk.length
    if (c.waiters.length > 0) this.settleWaiters(c, performance.now())
  }

  /** Logs a chunk's commands (see store.ts). */
  private recordBatch(c: Conn, batch: CommandBatch, at: number): void {
    this.store.append(c.st, batch, at)
  }

  private onClose(c: Conn): void {
    if (c.closed) return
    c.closed = true
    this.recordBatch(c, c.parser.endBatch(), Date.now())
    this.store.close(c.st)
    this.conns.delete(c.id)
    if (this.byPort.get(c.remotePort) === c) this.byPort.delete(c.remotePort)
    const info: ClosedInfo = { parsed: c.parsed, rejected: c.rejectedReason }
    this.recentlyClosed.set(c.remotePort, info)
    this.stats.closed++
    this.settleWaiters(c, performance.now())
    // Most connections have no wait left: no array from splice for them.
    if (c.waiters.length === 0) return
    for (const w of c.waiters.splice(0)) {
      clearTimeout(w.timer)
      w.reject(this.closedError(info))
    }
  }

  /** The error of a wait whose connection ended before its bytes were printed. */
  private closedError({ parsed, rejected }: ClosedInfo): PrinterJobError {
    return new PrinterJobError(
      rejected ? 'printer_offline' : 'connection_closed',
      rejected ?? `printer ${this.name}: the connection closed after ${parsed} bytes were printed`
    )
  }

  private settleWaiters(c: Conn, now: number): void {
    for (let k = 0; k < c.waiters.length;) {
      const w = c.waiters[k]!
      if (c.parsed >= w.bytes) {
        clearTimeout(w.timer)
        w.resolve(now)
        c.waiters.splice(k, 1)
      } else k++
    }
  }

  /**
   * Resolves with the performance.now() moment this printer has parsed (and, with print-speed
   * shaping, printed) `bytes` bytes from the client whose local port is `clientPort` — the job's
   * time-to-print. Rejects with a PrinterJobError when the connection is reset (offline) or closes
   * first, or after `timeoutMs`.
   */
  waitForBytes(clientPort: number, bytes: number, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const c = this.byPort.get(clientPort)
      if (c && c.parsed >= bytes) return resolve(performance.now())
      if (!c) {
        const closed = this.recentlyClosed.get(clientPort)
        if (closed) {
          if (closed.parsed >= bytes) return resolve(performance.now())
          return reject(this.closedError(closed))
        }
      }
      const w: Waiter = {
        bytes,
        resolve,
        reject,
        timer: setTimeout(() => {
          const list = c ? c.waiters : this.pendingWaiters.get(clientPort)
          const k = list?.indexOf(w) ?? -1
          if (list && k >= 0) list.splice(k, 1)
          const got = this.byPort.get(clientPort)?.parsed ?? 0
          reject(
            new PrinterJobError(
              'timeout',
              `printer ${this.name} printed ${got} of ${bytes} bytes within ${timeoutMs} ms (status: ${this.describeState()})`
            )
          )
        }, timeoutMs)
      }
      if (c) c.waiters.push(w)
      else {
        const list = this.pendingWaiters.get(clientPort) ?? []
        list.push(w)
        this.pendingWaiters.set(clientPort, list)
      }
    })
  }

  /**
   * Resolves with the performance.now() moment a job whose text contains the line
   * `perf-gate job <id>` has been printed (ended by its cut or its connection's close): how
   * time-to-print is measured when jobs reach the printer through a proxy, on its connections.
   */
  waitForMarker(id: string, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.markerWaiters.delete(id)
        reject(
          new PrinterJobError(
            'timeout',
            `printer ${this.name} did not print job "${id}" within ${timeoutMs} ms (status: ${this.describeState()})`
          )
        )
      }, timeoutMs)
      this.markerWaiters.set(id, { resolve, timer })
    })
  }

  private describeState(): string {
    return this.faults.size === 0 ? 'online' : [...this.faults].join(', ')
  }

  /** The command log in order (oldest may have been dropped, see `status().droppedCommands`). */
  commands(filter: { conn?: number; type?: CommandType; limit?: number } = {}): LoggedCommand[] {
    return this.store.commands(filter)
  }

  /** Print history: finished jobs, oldest first (the latest `maxJobs`). */
  jobs(): PrintJob[] {
    return this.store.jobs().map((j) => {
      const cmds: Command[] = []
      const commands: LoggedCommand[] = []
      const counts: Partial<Record<CommandType, number>> = {}
      this.store.forEachOfJob(j, (code, param, offset, extra, at) => {
        const cmd = expand(code, param, offset, extra)
        cmds.push(cmd)
        commands.push({ ...cmd, conn: j.conn, at } as LoggedCommand)
        counts[cmd.type] = (counts[cmd.type] ?? 0) + 1
      })
      return {
        id: j.id,
        conn: j.conn,
        startedAt: j.startedAt,
        endedAt: j.endedAt,
        endedBy: j.endedBy,
        commands,
        counts,
        text: jobText(cmds)
      }
    })
  }

  /** Commands by type since start (or `clearLog`), never truncated by the log size. */
  commandCounts(): Partial<Record<CommandType, number>> {
    const counts = this.store.counts()
    const out: Partial<Record<CommandType, number>> = {}
    for (let k = 0; k < COMMAND_TYPES.length; k++)
      if (counts[k]! > 0) out[COMMAND_TYPES[k]!] = counts[k]!
    return out
  }

  /** The type of every command since start (or `clearLog`), in order (up to 4,000,000 entries). */
  commandTypes(): CommandType[] {
    const types = this.store.types()
    const out: CommandType[] = new Array<CommandType>(types.length)
    for (let i = 0; i < types.length; i++) out[i] = COMMAND_TYPES[types[i]!]!
    return out
  }

  /** State, faults and counters. */
  status(): PrinterStatusReport {
    return {
      name: this.name,
      host: this.host,
      port: this._port,
      online: isOnline({ faults: this.faults }),
      listening: this.listening,
      faults: [...this.faults],
      connections: this.connectionStats(),
      commands: this.store.logSize,
      droppedCommands: this.store.dropped,
      jobs: this.store.jobsPrinted,
      bytes: this.bytes,
      rejected: this.rejected
    }
  }

  /** Whether the printer accepts print data now. */
  get online(): boolean {
    return isOnline({ faults: this.faults }) && this.listening
  }

  /**
   * Simulates a fault. `offline`, `paper_out`, `cover_open`, `cutter_error` take the printer
   * offline (status replies say why; print data is refused by resetting the connection);
   * `paper_near_end` only changes the status; `refuse` stops listening (connections are refused);
   * `disconnect` drops every open connection once. Clear with `reset()`.
   */
  async simulateError(kind: SimulatedError): Promise<void> {
    if (kind === 'disconnect') {
      for (const c of this.conns.values()) c.socket.resetAndDestroy()
      return
    }
    if (kind === 'refuse') {
      const server = this.server
      this.server = null
      this.listening = false
      if (server) await new Promise<void>((r) => server.close(() => r()))
      return
    }
    this.faults.add(kind)
    this.notifyAsb()
  }

  /** Clears every fault and listens again if `refuse` stopped it (same port). */
  async reset(): Promise<void> {
    this.faults.clear()
    this.notifyAsb()
    if (!this.listening) await this.listen()
  }

  private notifyAsb(): void {
    for (const c of this.conns.values())
      if (c.asb) c.socket.write(asbStatus({ faults: this.faults }))
  }

  /** Connection counters since start (or the last `clearLog`). */
  connectionStats(): ConnectionStats {
    const idle = this.opts.leakAfterMs ?? 1000
    const now = performance.now()
    let leaked = 0
    for (const c of this.conns.values()) if (now - c.lastActivity >= idle) leaked++
    return {
      opened: this.stats.opened,
      closed: this.stats.closed,
      active: this.conns.size,
      peak: this.stats.peak,
      leaked
    }
  }

  /**
   * Waits until no connection is open or `timeoutMs` passed; returns how many are still open
   * (clients that never close them: leaks).
   */
  async waitForIdle(timeoutMs: number): Promise<number> {
    const until = performance.now() + timeoutMs
    while (this.conns.size > 0 && performance.now() < until)
      await new Promise((r) => setTimeout(r, 10))
    return this.conns.size
  }

  /** Clears the command log, the print history and the counters (open connections stay open). */
  clearLog(): void {
    this.store.clear()
    this.bytes = 0
    this.rejected = 0
    this.stats = { opened: 0, closed: 0, peak: this.conns.size }
  }
}

/** Why a job did not print: `kind` feeds the workload's errors-by-kind. */
export class PrinterJobError extends Error {
  constructor(
    readonly kind: 'printer_offline' | 'connection_closed' | 'timeout',
    message: string
  ) {
    super(message)
    this.name = 'PrinterJobError'
  }
}

function lineCount(cmds: Command[]): number {
  let n = 0
  for (const c of cmds) {
    if (c.type === 'lf') n++
    else if (c.type === 'feed') n += c.lines ?? Math.ceil((c.dots ?? 0) / 30)
    else if (c.type === 'image' || (c.type === 'qr' && c.heightDots))
      n += Math.ceil((c.heightDots ?? 0) / 24)
    else if (c.type === 'qr' || c.type === 'barcode') n += 4
  }
  return n
}

/** A Uint8Array indexed by type code with 1 for the given types. */
function codeTable(types: CommandType[]): Uint8Array {
  const t = new Uint8Array(COMMAND_TYPES.length)
  for (const type of types) t[TYPE_CODE[type]] = 1
  return t
}

/** The receipt as text: text lines, with [QR ...], [BARCODE ...], [IMAGE ...] and [CUT ...] markers. */
function jobText(cmds: Command[]): string {
  let s = ''
  for (const c of cmds) {
    s += render(c)
    if (s.length > MAX_JOB_TEXT) break
  }
  return s
}

function render(c: Command): string {
  switch (c.type) {
    case 'text':
      return c.text
    case 'lf':
      return '\n'
    case 'feed':
      return c.reverse ? '' : '\n'.repeat(Math.min(c.lines ?? 1, 255))
    case 'qr':
      return `[QR ${c.data}]\n`
    case 'barcode':
      return `[BARCODE ${c.symbology} ${c.data}]\n`
    case 'image':
      return `[IMAGE ${c.widthDots}x${c.heightDots}]\n`
    case 'cut':
      return `[CUT ${c.mode}]\n`
    default:
      return ''
  }
}
