/**
 * What a virtual printer keeps of the commands it parsed: the command log (the latest entries of
 * every connection), the print history (jobs: the commands between two cuts of one connection),
 * and, for the whole run, the count and the order of command types. Pure data code: no sockets,
 * no clock (the caller passes each batch's time).
 *
 * Why this shape: the printer's data path appends every parsed chunk here, and with ~45 commands
 * per receipt any work per command and any allocation per job shows in its throughput. So:
 *
 * - one **store**, a ring of typed arrays indexed by a global sequence number, holds the entries;
 *   the printer's parsers write a chunk's entries straight into it (`batch` is a window of the
 *   ring), so nothing is copied; any other batch is copied in;
 * - a chunk is one **segment** (its first sequence number, connection and time), so connection and
 *   time cost nothing per command;
 * - a **job** is a range of sequence numbers (its connection's entries in it), so ending a job
 *   touches one reused record, and its commands are read from the store when someone asks; only
 *   a job the ring would overwrite while it is still kept (a long job, or many connections) is
 *   copied out first, into the compact per-job form (`OwnedCommands`), and goes on from there;
 * - counts by type are counted from the type sequence when asked (only types past its 4,000,000
 *   entries are counted as they come).
 *
 * Entries are the compact form of compact.ts; `expand` turns them into the objects readers get.
 */
import { COMMAND_TYPES, type CommandType, type LoggedCommand } from './commands.js'
import {
  CommandBatch,
  TYPE_CODE,
  carriesExtra,
  expand,
  isArenaHandle,
  type BatchRing,
  type Extra
} from './compact.js'

/** A job keeps its first this many commands (the job goes on; the rest is not kept). */
export const MAX_JOB_COMMANDS = 10_000
/** The type sequence (`types()`) keeps this many entries; counts go on beyond. */
export const MAX_TYPE_SEQUENCE = 4_000_000
/** Type sequence block size: it grows by blocks, never by copying. */
const TYPE_BLOCK = 1 << 16
/** Batches up to this size are copied by a loop, larger ones by native copies. */
const SMALL = 128
/**
 * The most commands a batch written in place may hold: the printer parses reads in pieces of at
 * most this many bytes (PARSE_PIECE in server.ts), and a piece gives at most one command per byte
 * and a few more for what the parser carried over.
 */
export const MAX_BATCH = 16384 + 64
/** Entries granted to a batch at once (fewer calls to `grant`). */
const GRANT = 2048
/** Smallest store (entries); doubled until it holds the log and the largest batch beside it. */
const MIN_STORE = 1 << 15

/** A job's commands in the compact form, once copied out of the store. */
export interface OwnedCommands {
  /** Per command: type code + parameter * 256. */
  cps: number[]
  offs: number[]
  /** (index, extra) pairs for the commands that carry a string or an object. */
  xs: Array<number | Extra>
  /** Times, run-length encoded: (index of the first command with this time, time) pairs. */
  ats: number[]
}

/** A job as kept: a range of the store, or its own copy. */
export interface JobRec {
  id: number
  conn: number
  startedAt: number
  endedAt: number
  endedBy: 'cut' | 'close'
  /** Whether it has a command that prints (a job of only settings or status requests is none). */
  prints: boolean
  /** Sequence numbers [start, end) of the store holding its commands (its connection's ones). */
  start: number
  end: number
  /** Its commands, once copied out of the store (then `start`/`end` are not used). */
  own: OwnedCommands | null
  /** Its connection's state. */
  owner: ConnState
}

/** A connection's part of the store: its current job and its last finished one. */
export interface ConnState {
  id: number
  job: JobRec | null
  lastJob: JobRec | null
}

/** One compact entry, as `forEach` hands it over. */
type Visit = (code: number, param: number, offset: number, extra: Extra, at: number) => void

export class CommandStore implements BatchRing {
  /** Jobs kept (the print history; 0: none). */
  private readonly maxJobs: number
  private readonly logCap: number
  private readonly cap: number
  private readonly mask: number
  /** The most entries one batch may add (the store must keep the log beside it). */
  private readonly maxBatch: number
  readonly codes: Uint8Array
  readonly params: Int32Array
  readonly offsets: Float64Array
  /** Extras by slot; stale for slots whose code carries none (see `carriesExtra`). */
  readonly extras: Extra[]
  /**
   * The batch the printer's parsers write into: a window of these arrays at the store's end, so a
   * chunk's entries are written where they are kept (see `BatchRing`).
   */
  readonly batch: CommandBatch
  /** Entries stored since the start (or `clear`): the sequence number of the next one. */
  private total = 0
  /**
   * Segments g in [segHead, segEnd) (logical numbers; slot g % segSlots): a segment has one entry
   * or more, and those whose entries have all left the store are dropped, so at most cap of them
   * (and the one being added) are alive.
   */
  private readonly segSlots: number
  private readonly segSeq: Float64Array
  private readonly segConn: Int32Array
  private readonly segAt: Float64Array
  private segHead = 0
  private segEnd = 0
  private typeBlocks: Uint8Array[] = []
  private typeLen = 0
  /** Counts of the commands past the type sequence's end. */
  private overflow = new Float64Array(COMMAND_TYPES.length)
  /**
   * Kept jobs: a ring (grown up to maxJobs slots as jobs come), `jobCount` of them from slot
   * `jobHead`, oldest first.
   */
  private jobRing: Array<JobRec | undefined>
  private jobCount = 0
  /** Jobs to reuse (see `release`). */
  private readonly spare: JobRec[] = []
  private jobHead = 0
  private readonly open = new Set<ConnState>()
  /** No kept job starts below this sequence number (a lower bound; see `evict`). */
  private lowestStart = Infinity
  private nextJob = 1
  private printed = 0
  /** Called as each printed job ends (the printer's marker waiters); null: nobody listens. */
  onJob: ((job: JobRec) => void) | null = null

  constructor(logCap: number, maxJobs: number) {
    this.logCap = Math.max(0, logCap)
    this.maxJobs = Math.max(0, maxJobs)
    // Room for the log and for the largest batch the printer writes at once beside it.
    let cap = MIN_STORE
    while (cap - this.logCap < MAX_BATCH + 1) cap *= 2
    this.cap = cap
    this.mask = cap - 1
    this.codes = new Uint8Array(cap)
    this.params = new Int32Array(cap)
    this.offsets = new Float64Array(cap)
    this.extras = new Array<Extra>(cap).fill(undefined)
    this.maxBatch = cap - this.logCap - 1
    this.jobRing = new Array<JobRec | undefined>(Math.min(this.maxJobs, 256)).fill(undefined)
    this.segSlots = cap + 2
    this.segSeq = new Float64Array(this.segSlots)
    this.segConn = new Int32Array(this.segSlots)
    this.segAt = new Float64Array(this.segSlots)
    this.batch = new CommandBatch(this)
  }

  /** The sequence number of the next entry (BatchRing). */
  seq(): number {
    return this.total
  }

  /** Entries before this sequence number have left the store (BatchRing). */
  floor(): number {
    return this.total - this.cap
  }

  /** Room for a batch of `count` entries at the store's end (BatchRing): jobs it would overwrite are copied out. */
  grant(count: number): number {
    if (count > this.maxBatch)
      throw new Error(
        `printer store: a batch of ${count} commands is more than the ${this.maxBatch} the store takes at once`
      )
    const granted = Math.min(this.maxBatch, Math.max(count, GRANT))
    const floor = this.total + granted - this.cap
    if (floor > this.lowestStart) this.evict(floor)
    return granted
  }

  /** A new connection's state (pass it to `append` and `close`). */
  connect(id: number): ConnState {
    const s: ConnState = { id, job: null, lastJob: null }
    this.open.add(s)
    return s
  }

  /**
   * Adds a parsed chunk of connection `s`, at time `at` (ms since the epoch): the store's own
   * `batch`, written in place, or any other batch (copied in).
   */
  append(s: ConnState, batch: CommandBatch, at: number): void {
    const n = batch.length
    if (n === 0) return
    if (batch.isOn(this)) {
      if (batch.start !== (this.total & this.mask))
        throw new Error('printer store: a batch was written away from the store end')
      this.commit(s, batch, 0, n, at)
      return
    }
    for (let a = 0; a < n; a += this.maxBatch) {
      const b = Math.min(n, a + this.maxBatch)
      this.copyIn(batch, a, b)
      this.commit(s, batch, a, b - a, at)
    }
  }

  /** The connection closed: its job ends (trailing settings join its last job, as on paper). */
  close(s: ConnState): void {
    this.open.delete(s)
    const job = s.job
    if (!job) return
    s.job = null
    if (job.prints) {
      this.endJob(s, job, 'close')
      return
    }
    // Bytes after the last cut (encoders add LF CR) or a status-only connection: not a job of
    // its own. Its commands join the connection's last job, if it is still kept.
    const last = s.lastJob
    if (last === null) return
    if (last.own === null && job.own === null && last.end <= job.start) last.end = job.end
    else {
      const own = this.ownCopy(last)
      appendOwned(own, this.ownCopy(job))
      last.own = own
    }
  }

  /** Entries in the log: the latest `logCap`. */
  get logSize(): number {
    return Math.min(this.total, this.logCap)
  }

  /** Entries that left the log since the start (or `clear`). */
  get dropped(): number {
    return Math.max(0, this.total - this.logCap)
  }

  /** Jobs printed since the start (or `clear`). */
  get jobsPrinted(): number {
    return this.printed
  }

  /** The log, oldest first, with the latest `limit` entries that pass the filter. */
  commands(filter: { conn?: number; type?: CommandType; limit?: number } = {}): LoggedCommand[] {
    const type = filter.type === undefined ? -1 : TYPE_CODE[filter.type]
    const limit = filter.limit !== undefined && filter.limit >= 0 ? filter.limit : Infinity
    const list: LoggedCommand[] = []
    // Newest first, so that `limit` expands (and decodes the text of) only the entries returned.
    const m = this.mask
    const S = this.segSlots
    let seg = this.segEnd - 1
    const oldest = this.total - this.logSize
    for (let q = this.total - 1; q >= oldest && list.length < limit; q--) {
      while (seg > this.segHead && this.segSeq[seg % S]! > q) seg--
      const conn = this.segConn[seg % S]!
      if (filter.conn !== undefined && conn !== filter.conn) continue
      const i = q & m
      const code = this.codes[i]!
      if (type !== -1 && code !== type) continue
      const cmd = expand(code, this.params[i]!, this.offsets[i]!, this.extraAt(code, i))
      list.push({ ...cmd, conn, at: this.segAt[seg % S]! })
    }
    return list.reverse()
  }

  /** Visits a job's commands in order (its first MAX_JOB_COMMANDS). */
  forEachOfJob(job: JobRec, v: Visit): void {
    if (job.own !== null) {
      forEachOwned(job.own, v)
      return
    }
    this.forEachRange(job.start, job.end, job.conn, MAX_JOB_COMMANDS, v)
  }

  /** Commands by type since the start (or `clear`). */
  counts(): Float64Array {
    const out = Float64Array.from(this.overflow)
    const full = this.typeLen >> 16
    for (let b = 0; b <= full && b < this.typeBlocks.length; b++) {
      const block = this.typeBlocks[b]!
      const end = b < full ? TYPE_BLOCK : this.typeLen & (TYPE_BLOCK - 1)
      for (let k = 0; k < end; k++) out[block[k]!]!++
    }
    return out
  }

  /** Type codes of the commands since the start (or `clear`), in order (the first 4,000,000). */
  types(): Uint8Array {
    const out = new Uint8Array(this.typeLen)
    for (let b = 0; b * TYPE_BLOCK < this.typeLen; b++) {
      const block = this.typeBlocks[b]!
      out.set(
        block.subarray(0, Math.min(TYPE_BLOCK, this.typeLen - b * TYPE_BLOCK)),
        b * TYPE_BLOCK
      )
    }
    return out
  }

  /**
   * Forgets the log, the jobs and the counts. A job in progress on an open connection keeps what
   * it printed so far (copied out of the store, which starts again).
   */
  clear(): void {
    for (const s of this.open) if (s.job !== null) s.job.own = this.ownCopy(s.job)
    for (const s of this.open) s.lastJob = null
    this.extras.fill(undefined)
    this.total = 0
    this.batch.clear()
    this.batch.forgetEntries()
    this.segHead = 0
    this.segEnd = 0
    this.typeBlocks = []
    this.typeLen = 0
    this.overflow = new Float64Array(COMMAND_TYPES.length)
    this.jobRing.fill(undefined)
    this.jobCount = 0
    this.jobHead = 0
    this.printed = 0
    this.lowestStart = Infinity
  }

  /** Types of the n entries from slot i (wrapping at the ring's end) onto the type sequence. */
  private appendTypes(i: number, n: number): void {
    const codes = this.codes
    let from = 0
    while (from < n && this.typeLen < MAX_TYPE_SEQUENCE) {
      const b = this.typeLen >> 16
      if (b === this.typeBlocks.length) this.typeBlocks.push(new Uint8Array(TYPE_BLOCK))
      const at = this.typeLen & (TYPE_BLOCK - 1)
      const k = (i + from) & this.mask
      const take = Math.min(
        n - from,
        TYPE_BLOCK - at,
        MAX_TYPE_SEQUENCE - this.typeLen,
        this.cap - k
      )
      const block = this.typeBlocks[b]!
      if (take <= SMALL) for (let q = 0; q < take; q++) block[at + q] = codes[k + q]!
      else block.set(codes.subarray(k, k + take), at)
      this.typeLen += take
      from += take
    }
    for (; from < n; from++) this.overflow[codes[(i + from) & this.mask]!]!++
  }

  /** Copies entries [a, b) of a batch of its own to the store's end (after room is granted). */
  private copyIn(batch: CommandBatch, a: number, b: number): void {
    const n = b - a
    this.grant(n)
    const i = this.total & this.mask
    const first = Math.min(n, this.cap - i)
    const from = batch.slot(a)
    this.codes.set(batch.codes.subarray(from, from + first), i)
    this.params.set(batch.params.subarray(from, from + first), i)
    this.offsets.set(batch.offsets.subarray(from, from + first), i)
    if (first < n) {
      this.codes.set(batch.codes.subarray(from + first, from + n), 0)
      this.params.set(batch.params.subarray(from + first, from + n), 0)
      this.offsets.set(batch.offsets.subarray(from + first, from + n), 0)
    }
    for (let q = a; q < b; q++) {
      const k = batch.slot(q)
      if (carriesExtra(batch.codes[k]!)) this.extras[(i + q - a) & this.mask] = batch.extras[k]
    }
  }

  /**
   * Takes the n entries at the store's end (entries [a, a + n) of `batch`, already in place) as
   * connection s's, and follows its jobs through them.
   */
  private commit(s: ConnState, batch: CommandBatch, a: number, n: number, at: number): void {
    const seq = this.total
    this.appendTypes(seq & this.mask, n)
    this.total = seq + n
    this.pruneSegments()
    const g = this.segEnd++ % this.segSlots
    this.segSeq[g] = seq
    this.segConn[g] = s.id
    this.segAt[g] = at
    // The connection's jobs: every cut ends one (a cut prints: the job counts), and the next
    // command starts the next. The parser lists the cuts, so there is no pass over the entries.
    const cuts = batch.cuts
    const cutCount = batch.cutCount
    const lastPrint = batch.lastPrint < 0 ? -1 : batch.entryAt(batch.lastPrint) - a
    let k = 0
    let c = 0
    while (c < cutCount && batch.entryAt(cuts[c]!) < a) c++
    while (k < n) {
      let job = s.job
      if (job === null) job = s.job = this.newJob(s, seq + k, at)
      const cutAt = c < cutCount ? batch.entryAt(cuts[c]!) - a : -1
      const cut = cutAt >= 0 && cutAt < n ? cutAt : -1
      if (cut >= 0) c++
      const e = cut >= 0 ? cut + 1 : n
      if (job.own !== null) this.appendOwn(job.own, seq + k, seq + e, at)
      job.end = seq + e
      job.endedAt = at
      if (cut >= 0) {
        job.prints = true
        s.job = null
        this.endJob(s, job, 'cut')
      } else if (lastPrint >= k) job.prints = true
      k = e
    }
  }

  /** Appends the store's entries [from, to) to a copied-out job. */
  private appendOwn(own: OwnedCommands, from: number, to: number, at: number): void {
    for (let q = from; q < to && own.cps.length < MAX_JOB_COMMANDS; q++) {
      const i = q & this.mask
      const code = this.codes[i]!
      pushOwned(own, code, this.params[i]!, this.offsets[i]!, this.extraAt(code, i), at)
    }
  }

  private newJob(owner: ConnState, start: number, at: number): JobRec {
    if (start < this.lowestStart) this.lowestStart = start
    // Jobs that left the history are reused: a job per receipt is the data path's one object.
    const job = this.spare.pop()
    if (job === undefined)
      return {
        id: 0,
        conn: owner.id,
        startedAt: at,
        endedAt: at,
        endedBy: 'cut',
        prints: false,
        start,
        end: start,
        own: null,
        owner
      }
    job.id = 0
    job.conn = owner.id
    job.startedAt = at
    job.endedAt = at
    job.endedBy = 'cut'
    job.prints = false
    job.start = start
    job.end = start
    job.own = null
    job.owner = owner
    return job
  }

  /** Keeps a job nothing refers to any more for `newJob`. */
  private release(job: JobRec): void {
    if (job.owner.lastJob === job || job.owner.job === job || this.spare.length >= 64) return
    job.own = null
    this.spare.push(job)
  }

  /** A job that printed ends (a cut always prints; see `close` for one that did not). */
  private endJob(s: ConnState, job: JobRec, by: 'cut' | 'close'): void {
    job.id = this.nextJob++
    job.endedBy = by
    this.printed++
    const keep = this.maxJobs > 0
    s.lastJob = keep ? job : null
    this.onJob?.(job)
    if (!keep) {
      this.release(job)
      return
    }
    if (this.jobCount === this.maxJobs) {
      // The oldest leaves the history for this one.
      const old = this.jobRing[this.jobHead]!
      this.jobRing[this.jobHead] = job
      this.jobHead = this.jobHead + 1 === this.jobRing.length ? 0 : this.jobHead + 1
      this.release(old)
      return
    }
    if (this.jobCount === this.jobRing.length) {
      // Grown as jobs come, up to maxJobs (the history may be configured large).
      const kept = this.jobs()
      this.jobRing = new Array<JobRec | undefined>(Math.min(this.maxJobs, kept.length * 2)).fill(
        undefined
      )
      for (let k = 0; k < kept.length; k++) this.jobRing[k] = kept[k]
      this.jobHead = 0
    }
    this.jobRing[(this.jobHead + this.jobCount++) % this.jobRing.length] = job
  }

  /** The kept jobs (the print history), oldest first; `forEachOfJob` reads their commands. */
  jobs(): JobRec[] {
    const out: JobRec[] = []
    for (let k = 0; k < this.jobCount; k++)
      out.push(this.jobRing[(this.jobHead + k) % this.jobRing.length]!)
    return out
  }

  /** Copies out every kept or open job that starts below `floor` (the store overwrites it next). */
  private evict(floor: number): void {
    let lowest = Infinity
    const check = (job: JobRec | null): void => {
      if (job === null || job.own !== null) return
      if (job.start < floor) job.own = this.ownCopy(job)
      else if (job.start < lowest) lowest = job.start
    }
    for (let k = 0; k < this.jobCount; k++)
      check(this.jobRing[(this.jobHead + k) % this.jobRing.length]!)
    for (const s of this.open) {
      check(s.job)
      check(s.lastJob)
    }
    this.lowestStart = lowest
  }

  /** A job's commands as its own copy (the first MAX_JOB_COMMANDS). */
  private ownCopy(job: JobRec): OwnedCommands {
    if (job.own !== null) return job.own
    const own: OwnedCommands = { cps: [], offs: [], xs: [], ats: [] }
    this.forEachRange(
      job.start,
      job.end,
      job.conn,
      MAX_JOB_COMMANDS,
      (code, param, offset, extra, at) => {
        pushOwned(own, code, param, offset, extra, at)
      }
    )
    return own
  }

  /** Visits the entries of connection `conn` among sequence numbers [start, end), up to `limit`. */
  private forEachRange(start: number, end: number, conn: number, limit: number, v: Visit): void {
    if (end <= start) return
    let seg = this.segmentOf(start)
    let seen = 0
    const m = this.mask
    const S = this.segSlots
    for (; seg < this.segEnd; seg++) {
      const from = Math.max(start, this.segSeq[seg % S]!)
      if (from >= end) return
      const to = Math.min(end, seg + 1 < this.segEnd ? this.segSeq[(seg + 1) % S]! : this.total)
      if (this.segConn[seg % S] !== conn) continue
      const at = this.segAt[seg % S]!
      for (let q = from; q < to; q++) {
        if (seen++ === limit) return
        const i = q & m
        const code = this.codes[i]!
        v(code, this.params[i]!, this.offsets[i]!, this.extraAt(code, i), at)
      }
    }
  }

  /** The segment holding sequence number q (binary search; segments are in order). */
  private segmentOf(q: number): number {
    let lo = this.segHead
    let hi = this.segEnd - 1
    while (lo < hi) {
      const mid = Math.floor((lo + hi + 1) / 2)
      if (this.segSeq[mid % this.segSlots]! <= q) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  private extraAt(code: number, i: number): Extra {
    return carriesExtra(code) ? this.extras[i] : undefined
  }

  /** Drops segments whose entries have all left the store. */
  private pruneSegments(): void {
    const floor = this.total - this.cap
    let h = this.segHead
    while (h + 1 < this.segEnd && this.segSeq[(h + 1) % this.segSlots]! <= floor) h++
    this.segHead = h
  }
}

function pushOwned(
  own: OwnedCommands,
  code: number,
  param: number,
  offset: number,
  extra: Extra,
  at: number
): void {
  const m = own.cps.length
  if (m >= MAX_JOB_COMMANDS) return
  // A copy holds no handle into the text arena, whose slabs the store reuses: text and code data
  // are decoded here (the rare path: a job the store had to copy out).
  if (isArenaHandle(extra)) extra = expand(code, param, offset, extra)
  const ats = own.ats
  if (ats.length === 0 || ats[ats.length - 1] !== at) ats.push(m, at)
  // code + param * 256, not a shift: a raw text parameter uses 31 bits.
  own.cps.push(param * 256 + code)
  own.offs.push(offset)
  if (extra !== undefined) own.xs.push(m, extra)
}

function appendOwned(to: OwnedCommands, from: OwnedCommands): void {
  forEachOwned(from, (code, param, offset, extra, at) =>
    pushOwned(to, code, param, offset, extra, at)
  )
}

function forEachOwned(own: OwnedCommands, v: Visit): void {
  let x = 0
  let t = 0
  let at = own.ats[1] ?? 0
  for (let k = 0; k < own.cps.length; k++) {
    while (t < own.ats.length && own.ats[t]! <= k) {
      at = own.ats[t + 1]!
      t += 2
    }
    let extra: Extra
    if (x < own.xs.length && own.xs[x] === k) {
      extra = own.xs[x + 1] as Extra
      x += 2
    }
    const cp = own.cps[k]!
    const param = Math.floor(cp / 256)
    v(cp - param * 256, param, own.offs[k]!, extra, at)
  }
}
