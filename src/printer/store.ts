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
 *   a chunk's batch goes in with three native array copies (no loop per command);
 * - a chunk is one **segment** (its first sequence number, connection and time), so connection and
 *   time cost nothing per command;
 * - a **job** is a range of sequence numbers (its connection's entries in it), so ending a job is
 *   one small object, and its commands are read from the store when someone asks; only a job the
 *   ring would overwrite while it is still kept (a long job, or many connections) is copied out
 *   first, into the compact per-job form (`OwnedCommands`), and goes on from there;
 * - counts by type are counted from the type sequence when asked (only types past its 4,000,000
 *   entries are counted as they come).
 *
 * Entries are the compact form of compact.ts; `expand` turns them into the objects readers get.
 */
import { COMMAND_TYPES, type CommandType, type LoggedCommand } from './commands.js'
import { TYPE_CODE, carriesExtra, expand, type CommandBatch, type Extra } from './compact.js'

/** A job keeps its first this many commands (the job goes on; the rest is not kept). */
export const MAX_JOB_COMMANDS = 10_000
/** The type sequence (`types()`) keeps this many entries; counts go on beyond. */
export const MAX_TYPE_SEQUENCE = 4_000_000
/** Type sequence block size: it grows by blocks, never by copying. */
const TYPE_BLOCK = 1 << 16
/** Batches up to this size are copied by a loop, larger ones by native copies. */
const SMALL = 128
/** Smallest store (entries); it is at least twice the log size, a power of two. */
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
}

/** A connection's part of the store: its current job and its last finished one. */
export interface ConnState {
  id: number
  job: JobRec | null
  lastJob: JobRec | null
}

/** One compact entry, as `forEach` hands it over. */
type Visit = (code: number, param: number, offset: number, extra: Extra, at: number) => void

export class CommandStore {
  /** Jobs kept (the print history), and whether jobs are kept at all (see `keepJobs`). */
  private readonly maxJobs: number
  private readonly logCap: number
  private readonly cap: number
  private readonly mask: number
  private code: Uint8Array
  private param: Int32Array
  private off: Float64Array
  /** Extras by slot; stale for slots whose code carries none (see `carriesExtra`). */
  private extra: Extra[]
  /** Entries stored since the start (or `clear`): the sequence number of the next one. */
  private total = 0
  private segSeq: number[] = []
  private segConn: number[] = []
  private segAt: number[] = []
  private segHead = 0
  private typeBlocks: Uint8Array[] = []
  private typeLen = 0
  /** Counts of the commands past the type sequence's end. */
  private overflow = new Float64Array(COMMAND_TYPES.length)
  private jobList: JobRec[] = []
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
    let cap = MIN_STORE
    while (cap < 2 * this.logCap) cap *= 2
    this.cap = cap
    this.mask = cap - 1
    this.code = new Uint8Array(cap)
    this.param = new Int32Array(cap)
    this.off = new Float64Array(cap)
    this.extra = new Array<Extra>(cap).fill(undefined)
  }

  /** A new connection's state (pass it to `append` and `close`). */
  connect(id: number): ConnState {
    const s: ConnState = { id, job: null, lastJob: null }
    this.open.add(s)
    return s
  }

  /** Adds a parsed chunk of connection `s`, at time `at` (ms since the epoch). */
  append(s: ConnState, batch: CommandBatch, at: number): void {
    const n = batch.length
    if (n === 0) return
    this.appendTypes(batch.codes, n)
    // Pieces of at most half the ring, so a piece never overwrites a job it started itself.
    const piece = this.cap >> 1
    for (let a = 0; a < n; a += piece) this.appendPiece(s, batch, a, Math.min(n, a + piece), at)
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
    let seg = this.segSeq.length - 1
    const oldest = this.total - this.logSize
    for (let q = this.total - 1; q >= oldest && list.length < limit; q--) {
      while (seg > this.segHead && this.segSeq[seg]! > q) seg--
      const conn = this.segConn[seg]!
      if (filter.conn !== undefined && conn !== filter.conn) continue
      const i = q & this.mask
      const code = this.code[i]!
      if (type !== -1 && code !== type) continue
      const cmd = expand(code, this.param[i]!, this.off[i]!, this.extraAt(code, i))
      list.push({ ...cmd, conn, at: this.segAt[seg]! })
    }
    return list.reverse()
  }

  /** The kept jobs, oldest first, each with its compact commands visited by `visit`. */
  jobs(): Array<{ job: JobRec; visit: (v: Visit) => void }> {
    return this.jobList.slice(this.jobHead).map((job) => ({
      job,
      visit: (v: Visit) => this.forEachOfJob(job, v)
    }))
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
    this.extra = new Array<Extra>(this.cap).fill(undefined)
    this.total = 0
    this.segSeq = []
    this.segConn = []
    this.segAt = []
    this.segHead = 0
    this.typeBlocks = []
    this.typeLen = 0
    this.overflow = new Float64Array(COMMAND_TYPES.length)
    this.jobList = []
    this.jobHead = 0
    this.printed = 0
    this.lowestStart = Infinity
  }

  private appendTypes(codes: Uint8Array, n: number): void {
    let from = 0
    while (from < n && this.typeLen < MAX_TYPE_SEQUENCE) {
      const b = this.typeLen >> 16
      if (b === this.typeBlocks.length) this.typeBlocks.push(new Uint8Array(TYPE_BLOCK))
      const at = this.typeLen & (TYPE_BLOCK - 1)
      const take = Math.min(n - from, TYPE_BLOCK - at, MAX_TYPE_SEQUENCE - this.typeLen)
      const block = this.typeBlocks[b]!
      if (take <= SMALL) for (let q = 0; q < take; q++) block[at + q] = codes[from + q]!
      else block.set(codes.subarray(from, from + take), at)
      this.typeLen += take
      from += take
    }
    for (let k = from; k < n; k++) this.overflow[codes[k]!]!++
  }

  /** Stores batch entries [a, b) of connection s and follows its jobs through them. */
  private appendPiece(s: ConnState, batch: CommandBatch, a: number, b: number, at: number): void {
    const n = b - a
    const seq = this.total
    // Jobs the write would overwrite while they are still kept are copied out first.
    if (seq + n - this.cap > this.lowestStart) this.evict(seq + n - this.cap)
    const codes = batch.codes
    const i = seq & this.mask
    if (n <= SMALL && i + n <= this.cap) {
      // A few dozen entries (a chunk of one receipt): a loop costs less than three array views.
      const code = this.code
      const param = this.param
      const off = this.off
      const params = batch.params
      const offsets = batch.offsets
      for (let q = 0; q < n; q++) {
        code[i + q] = codes[a + q]!
        param[i + q] = params[a + q]!
        off[i + q] = offsets[a + q]!
      }
    } else {
      const first = Math.min(n, this.cap - i)
      this.code.set(codes.subarray(a, a + first), i)
      this.param.set(batch.params.subarray(a, a + first), i)
      this.off.set(batch.offsets.subarray(a, a + first), i)
      if (first < n) {
        this.code.set(codes.subarray(a + first, b), 0)
        this.param.set(batch.params.subarray(a + first, b), 0)
        this.off.set(batch.offsets.subarray(a + first, b), 0)
      }
    }
    const extras = batch.extras
    const xIdx = batch.extraIndices
    for (let q = 0; q < batch.extraCount; q++) {
      const k = xIdx[q]!
      if (k >= a && k < b) this.extra[(seq + k - a) & this.mask] = extras[k]
    }
    this.segSeq.push(seq)
    this.segConn.push(s.id)
    this.segAt.push(at)
    this.total = seq + n
    this.pruneSegments()
    // The connection's jobs: every cut ends one (a cut prints: the job counts), and the next
    // command starts the next. The parser lists the cuts, so there is no pass over the entries.
    const cuts = batch.cuts
    const cutCount = batch.cutCount
    let k = a
    let c = 0
    while (c < cutCount && cuts[c]! < a) c++
    while (k < b) {
      let job = s.job
      if (job === null) job = s.job = this.newJob(s.id, seq + k - a, at)
      const cut = c < cutCount && cuts[c]! < b ? cuts[c++]! : -1
      const e = cut >= 0 ? cut + 1 : b
      if (job.own !== null) appendBatch(job.own, batch, k, e, at)
      job.end = seq + e - a
      job.endedAt = at
      if (cut >= 0) {
        job.prints = true
        s.job = null
        this.endJob(s, job, 'cut')
      } else if (batch.lastPrint >= k) job.prints = true
      k = e
    }
  }

  private newJob(conn: number, start: number, at: number): JobRec {
    if (start < this.lowestStart) this.lowestStart = start
    return {
      id: 0,
      conn,
      startedAt: at,
      endedAt: at,
      endedBy: 'cut',
      prints: false,
      start,
      end: start,
      own: null
    }
  }

  /** A job that printed ends (a cut always prints; see `close` for one that did not). */
  private endJob(s: ConnState, job: JobRec, by: 'cut' | 'close'): void {
    job.id = this.nextJob++
    job.endedBy = by
    this.printed++
    const keep = this.maxJobs > 0
    s.lastJob = keep ? job : null
    this.onJob?.(job)
    if (!keep) return
    this.jobList.push(job)
    if (this.jobList.length - this.jobHead > this.maxJobs) {
      this.jobList[this.jobHead++] = undefined as unknown as JobRec
      if (this.jobHead >= this.maxJobs) {
        this.jobList = this.jobList.slice(this.jobHead)
        this.jobHead = 0
      }
    }
  }

  /** Copies out every kept or open job that starts below `floor` (the store overwrites it next). */
  private evict(floor: number): void {
    let lowest = Infinity
    const check = (job: JobRec | null): void => {
      if (job === null || job.own !== null) return
      if (job.start < floor) job.own = this.ownCopy(job)
      else if (job.start < lowest) lowest = job.start
    }
    for (let k = this.jobHead; k < this.jobList.length; k++) check(this.jobList[k]!)
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
    for (; seg < this.segSeq.length; seg++) {
      const from = Math.max(start, this.segSeq[seg]!)
      if (from >= end) return
      const to = Math.min(end, seg + 1 < this.segSeq.length ? this.segSeq[seg + 1]! : this.total)
      if (this.segConn[seg] !== conn) continue
      const at = this.segAt[seg]!
      for (let q = from; q < to; q++) {
        if (seen++ === limit) return
        const i = q & this.mask
        const code = this.code[i]!
        v(code, this.param[i]!, this.off[i]!, this.extraAt(code, i), at)
      }
    }
  }

  /** The segment holding sequence number q (binary search; segments are in order). */
  private segmentOf(q: number): number {
    let lo = this.segHead
    let hi = this.segSeq.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.segSeq[mid]! <= q) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  private extraAt(code: number, i: number): Extra {
    return carriesExtra(code) ? this.extra[i] : undefined
  }

  /** Drops segments whose entries have all left the store. */
  private pruneSegments(): void {
    const floor = this.total - this.cap
    let h = this.segHead
    while (h + 1 < this.segSeq.length && this.segSeq[h + 1]! <= floor) h++
    this.segHead = h
    if (h > 1024 && h * 2 > this.segSeq.length) {
      this.segSeq = this.segSeq.slice(h)
      this.segConn = this.segConn.slice(h)
      this.segAt = this.segAt.slice(h)
      this.segHead = 0
    }
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
  const ats = own.ats
  if (ats.length === 0 || ats[ats.length - 1] !== at) ats.push(m, at)
  // code + param * 256, not a shift: a raw text parameter uses 31 bits.
  own.cps.push(param * 256 + code)
  own.offs.push(offset)
  if (extra !== undefined) own.xs.push(m, extra)
}

/** Appends batch entries [k, e) to a copied-out job. */
function appendBatch(
  own: OwnedCommands,
  batch: CommandBatch,
  k: number,
  e: number,
  at: number
): void {
  for (let q = k; q < e && own.cps.length < MAX_JOB_COMMANDS; q++) {
    const code = batch.codes[q]!
    pushOwned(
      own,
      code,
      batch.params[q]!,
      batch.offsets[q]!,
      carriesExtra(code) ? batch.extras[q] : undefined,
      at
    )
  }
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
