/**
 * The printer's command store (store.ts), fed the way the virtual printer feeds it: parsers that
 * write straight into its ring, several connections interleaved. Checked against a plain model
 * built from each connection's own parse: the log (latest entries, with connection and time), the
 * jobs (split at cuts, trailing settings joined to the last job), the counts and the type order,
 * including when the ring wraps many times, jobs are copied out before being overwritten, and
 * arena slabs are reused.
 */
import { describe, expect, it } from '@jest/globals'
import { COMMAND_TYPES, type Command, type CommandType } from '../../src/printer/commands.js'
import { generateJobs } from '../../src/printer/generator.js'
import { EscPosParser } from '../../src/printer/parser.js'
import { CommandStore, MAX_TYPE_SEQUENCE, type ConnState } from '../../src/printer/store.js'
import { TYPE_CODE, expand } from '../../src/printer/compact.js'

const PRINTS = new Set<CommandType>(['text', 'feed', 'qr', 'code2d', 'barcode', 'image', 'cut'])

interface Logged {
  cmd: Command
  conn: number
  at: number
}

/** What the store should hold, computed from each connection's commands. */
class Model {
  log: Logged[] = []
  /** Every command's type, in order, and the counts (the log keeps only the latest). */
  types: CommandType[] = []
  jobs: Array<{ conn: number; commands: Command[] }> = []
  private open = new Map<number, Command[]>()
  private last = new Map<number, { conn: number; commands: Command[] }>()

  constructor(
    private readonly logCap: number,
    private readonly maxJobs: number
  ) {}

  add(conn: number, cmds: Command[], at: number): void {
    for (const cmd of cmds) {
      this.log.push({ cmd, conn, at })
      this.types.push(cmd.type)
      const job = this.open.get(conn) ?? []
      job.push(cmd)
      this.open.set(conn, job)
      if (cmd.type === 'cut') this.end(conn)
    }
    if (this.log.length > this.logCap * 4) this.log = this.log.slice(-this.logCap)
  }

  close(conn: number): void {
    const job = this.open.get(conn)
    this.open.delete(conn)
    if (!job) return
    if (job.some((c) => PRINTS.has(c.type))) return this.end(conn, job)
    this.last.get(conn)?.commands.push(...job)
  }

  private end(conn: number, job = this.open.get(conn)!): void {
    this.open.delete(conn)
    const rec = { conn, commands: job.slice(0, 10_000) }
    this.jobs.push(rec)
    this.last.set(conn, rec)
    if (this.jobs.length > this.maxJobs) this.jobs.shift()
  }

  latest(): Logged[] {
    return this.logCap === 0 ? [] : this.log.slice(-this.logCap)
  }
}

/** Feeds the store and the model with the same chunks. */
class Rig {
  readonly store: CommandStore
  readonly model: Model
  private readonly conns = new Map<
    number,
    { st: ConnState; parser: EscPosParser; ref: EscPosParser }
  >()
  private clock = 1_000

  constructor(logCap: number, maxJobs: number) {
    this.store = new CommandStore(logCap, maxJobs)
    this.model = new Model(logCap, maxJobs)
  }

  send(conn: number, bytes: Uint8Array, viaCopy = false): void {
    let c = this.conns.get(conn)
    if (!c) {
      c = {
        st: this.store.connect(conn),
        parser: new EscPosParser({}, this.store.batch),
        ref: new EscPosParser()
      }
      this.conns.set(conn, c)
    }
    const at = this.clock++
    const batch = c.parser.feedBatch(bytes)
    // The printer's shaped path keeps a copy and appends it later: the store copies it in.
    this.store.append(c.st, viaCopy ? batch.clone() : batch, at)
    this.model.add(conn, c.ref.feed(bytes), at)
  }

  close(conn: number): void {
    const c = this.conns.get(conn)!
    this.conns.delete(conn)
    const at = this.clock++
    this.store.append(c.st, c.parser.endBatch(), at)
    this.store.close(c.st)
    this.model.add(conn, c.ref.end(), at)
    this.model.close(conn)
  }

  check(): void {
    const log = this.store.commands()
    expect(log.map(({ conn, at, ...cmd }) => ({ cmd, conn, at }))).toEqual(this.model.latest())
    const jobs = this.store.jobs().map((job) => {
      const commands: Command[] = []
      this.store.forEachOfJob(job, (code, param, offset, extra) =>
        commands.push(expand(code, param, offset, extra))
      )
      return { conn: job.conn, commands }
    })
    expect(jobs).toEqual(this.model.jobs)
    expect(Array.from(this.store.types(), (code) => COMMAND_TYPES[code])).toEqual(this.model.types)
    const counts = new Array<number>(COMMAND_TYPES.length).fill(0)
    for (const type of this.model.types) counts[TYPE_CODE[type]]!++
    expect(Array.from(this.store.counts())).toEqual(counts)
  }
}

/** Receipts of several kinds (text, QR codes, barcodes, feeds, images), 60 of them. */
const RECEIPTS = generateJobs(42, 60, {
  elements: 10,
  mix: { text: 5, qr: 1, barcode: 1, feed: 1, image: 1 },
  cut: 'mixed'
}).map((j) => j.bytes)

/** A deterministic sequence of small numbers. */
function sequence(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    // The high bits: an LCG's low bits repeat with a short period.
    return s >>> 8
  }
}

describe('printer command store', () => {
  it('matches the model over many wraps of its ring, with jobs copied out before they are overwritten', () => {
    // 3000 jobs kept of ~60 commands each: far more than the ring holds, so kept jobs are copied
    // out of it; the log is small, so its entries are always in the ring.
    const rig = new Rig(50, 3000)
    const next = sequence(7)
    for (let k = 0; k < 2500; k++) {
      const conn = 1 + (next() % 4)
      const bytes = RECEIPTS[next() % RECEIPTS.length]!
      // Split anywhere, as TCP does.
      const cut = next() % bytes.length
      rig.send(conn, bytes.subarray(0, cut), k % 7 === 0)
      rig.send(conn, bytes.subarray(cut))
      if (k % 400 === 399) rig.check()
    }
    for (const conn of [1, 2, 3, 4]) rig.close(conn)
    rig.check()
    expect(rig.store.jobsPrinted).toBe(2500)
  })

  it('keeps the default log and history exact, and counts what left the log', () => {
    const rig = new Rig(10_000, 200)
    const next = sequence(3)
    for (let k = 0; k < 1200; k++) rig.send(1 + (k % 3), RECEIPTS[next() % RECEIPTS.length]!)
    rig.check()
    const total = rig.model.types.length
    expect(rig.store.logSize).toBe(Math.min(total, 10_000))
    expect(rig.store.dropped).toBe(Math.max(0, total - 10_000))
  })

  it('joins bytes after the last cut to the last job, and counts a status-only connection as no job', () => {
    const rig = new Rig(1000, 10)
    rig.send(1, RECEIPTS[0]!)
    rig.send(1, Uint8Array.of(0x0a, 0x0d, 0x10, 0x04, 0x01))
    rig.close(1)
    rig.send(2, Uint8Array.of(0x10, 0x04, 0x01))
    rig.close(2)
    rig.check()
    expect(rig.store.jobsPrinted).toBe(1)
    const [job] = rig.store.jobs()
    const types: number[] = []
    rig.store.forEachOfJob(job!, (code) => types.push(code))
    expect(types.length).toBe(rig.model.jobs[0]!.commands.length)
  })

  it('prints stored QR data after its arena slab would have been reused (a pinned slab)', () => {
    const rig = new Rig(100, 5)
    const data = Buffer.from('https://example.com/kept-for-later')
    const store = [0x1d, 0x28, 0x6b, data.length + 3, 0, 0x31, 0x50, 0x30, ...data]
    rig.send(1, Uint8Array.from(store))
    // Another connection prints megabytes of text meanwhile: slabs fill and are reused.
    const line = Buffer.from('a receipt line that fills the arena quickly, again and again\n')
    const block = Buffer.concat(Array.from({ length: 200 }, () => line))
    for (let k = 0; k < 400; k++) rig.send(2, block)
    rig.send(1, Uint8Array.of(0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30, 0x1d, 0x56, 0x00))
    rig.check()
    const qr = rig.store.commands({ type: 'qr' })
    expect(qr).toHaveLength(1)
    expect(qr[0]).toMatchObject({ type: 'qr', data: data.toString(), conn: 1 })
  })

  it('keeps a batch copied for later (shaped printing) intact while arena slabs are reused', () => {
    const store = new CommandStore(100, 5)
    const a = store.connect(1)
    const b = store.connect(2)
    const pa = new EscPosParser({}, store.batch)
    const pb = new EscPosParser({}, store.batch)
    const receipt = Buffer.from('held back until the print time has passed\n\x1dV\x00')
    const held = pa.feedBatch(receipt).clone()
    const line = Buffer.from('other traffic that fills the arena while the copy waits........\n')
    const block = Buffer.concat(Array.from({ length: 200 }, () => line))
    for (let k = 0; k < 400; k++) store.append(b, pb.feedBatch(block), k)
    store.append(a, held, 500)
    const text = store.commands({ conn: 1, type: 'text' })
    expect(text.map((c) => (c as { text: string }).text)).toEqual([
      'held back until the print time has passed'
    ])
  })

  it('takes a read of single-byte commands as large as a TCP read (more commands than a batch holds)', () => {
    const rig = new Rig(10_000, 200)
    const lfs = new Uint8Array(16_384).fill(0x0a)
    for (let k = 0; k < 6; k++) rig.send(1, lfs)
    rig.check()
    expect(rig.store.counts()[TYPE_CODE.lf]).toBe(6 * 16_384)
  })

  it('keeps counting every type past the first 4,000,000 commands, whose order it keeps', () => {
    const store = new CommandStore(1000, 10)
    const conn = store.connect(1)
    const parser = new EscPosParser({}, store.batch)
    const feed = (bytes: Uint8Array): void => {
      for (let off = 0; off < bytes.length; off += 16_000)
        store.append(conn, parser.feedBatch(bytes.subarray(off, off + 16_000)), 1)
    }
    // 3,999,990 line feeds, then 10 cuts and 1000 text lines: the order stops in the cuts.
    feed(new Uint8Array(MAX_TYPE_SEQUENCE - 10).fill(0x0a))
    const cut = Uint8Array.of(0x1d, 0x56, 0x00)
    feed(Buffer.concat(Array.from({ length: 20 }, () => cut)))
    feed(Buffer.from('abc\n'.repeat(1000)))
    const counts = store.counts()
    expect(counts[TYPE_CODE.lf]).toBe(MAX_TYPE_SEQUENCE - 10 + 1000)
    expect(counts[TYPE_CODE.cut]).toBe(20)
    expect(counts[TYPE_CODE.text]).toBe(1000)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(MAX_TYPE_SEQUENCE + 2010)
    const types = store.types()
    expect(types.length).toBe(MAX_TYPE_SEQUENCE)
    expect(Array.from(types.subarray(-11), (code) => COMMAND_TYPES[code])).toEqual([
      'lf',
      ...new Array<string>(10).fill('cut')
    ])
    expect(store.jobsPrinted).toBe(20)
    store.clear()
    expect(store.counts().reduce((a, b) => a + b, 0)).toBe(0)
    feed(Uint8Array.of(0x0a))
    expect(store.counts()[TYPE_CODE.lf]).toBe(1)
    expect(store.types().length).toBe(1)
  })

  it('refuses a batch larger than it can hold beside its log (the printer parses in pieces)', () => {
    const store = new CommandStore(10_000, 200)
    const parser = new EscPosParser({}, store.batch)
    expect(() => parser.feedBatch(new Uint8Array(40_000).fill(0x0a))).toThrow(/more than the/)
  })

  it('forgets everything on clear, keeping what an open connection printed so far', () => {
    const rig = new Rig(1000, 10)
    rig.send(1, RECEIPTS[1]!.subarray(0, 40))
    rig.store.clear()
    rig.model.log = []
    rig.model.jobs = []
    expect(rig.store.commands()).toEqual([])
    expect(rig.store.logSize).toBe(0)
    rig.send(1, RECEIPTS[1]!.subarray(40))
    const [job] = rig.store.jobs()
    const commands: Command[] = []
    rig.store.forEachOfJob(job!, (code, param, offset, extra) =>
      commands.push(expand(code, param, offset, extra))
    )
    // The job holds its commands from before the clear as well: the receipt up to its cut.
    const all = new EscPosParser().feed(RECEIPTS[1]!)
    const cut = all.findIndex((c) => c.type === 'cut')
    expect(commands).toEqual(all.slice(0, cut + 1))
    // The log holds only what came after the clear.
    expect(rig.store.commands()[0]!.offset).toBeGreaterThanOrEqual(38)
  })
})
