/**
 * The compact command representation the printer's hot path uses, and its exact expansion into
 * the `Command` objects readers see. Pure data code.
 *
 * Why: encoder output is ~6 bytes per command (`ESC t 0`, `ESC a 1`, `LF`, `CR`...), and one
 * object per command (plus its share of the garbage collector's work) cost more than the parsing
 * itself. Most commands are fully described by their type and one small number, so the parser
 * writes (type code, parameter, offset) into typed arrays and only text (a string) and the rare
 * rich commands (QR codes, barcodes, images, unknown bytes...) carry an object. The objects readers
 * get from `VirtualPrinter.commands()` / `jobs()` or `EscPosParser.feed()` are built from that on
 * demand by `expand`, with the same fields, values and key order as before.
 */
import {
  COMMAND_TYPES,
  type Align,
  type Command,
  type CommandType,
  type HriFontCommand,
  type Symbology
} from './commands.js'
import { isUtf8 } from 'node:buffer'
import { decodeText, encodingForStarTable, encodingForTable } from './codepages.js'

/** GS f fonts by the parameter the parser stores (0-4 for A-E, 5 and 6 for the special fonts). */
const HRI_FONTS: ReadonlyArray<HriFontCommand['font']> = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'special A',
  'special B'
]

/** The numeric code of each command type: its index in COMMAND_TYPES (fits a byte). */
export const TYPE_CODE = Object.freeze(
  Object.fromEntries(COMMAND_TYPES.map((t, i) => [t, i])) as Record<CommandType, number>
)

/** Codes the parser and the server test in their hot loops. */
export const C = {
  init: TYPE_CODE.init,
  text: TYPE_CODE.text,
  lf: TYPE_CODE.lf,
  cr: TYPE_CODE.cr,
  feed: TYPE_CODE.feed,
  align: TYPE_CODE.align,
  bold: TYPE_CODE.bold,
  underline: TYPE_CODE.underline,
  doubleStrike: TYPE_CODE.doubleStrike,
  mode: TYPE_CODE.mode,
  size: TYPE_CODE.size,
  lineSpacing: TYPE_CODE.lineSpacing,
  codeTable: TYPE_CODE.codeTable,
  font: TYPE_CODE.font,
  invert: TYPE_CODE.invert,
  cut: TYPE_CODE.cut,
  qr: TYPE_CODE.qr,
  barcode: TYPE_CODE.barcode,
  barcodeHeight: TYPE_CODE.barcodeHeight,
  barcodeWidth: TYPE_CODE.barcodeWidth,
  hriPosition: TYPE_CODE.hriPosition,
  hriFont: TYPE_CODE.hriFont,
  status: TYPE_CODE.status,
  transmitStatus: TYPE_CODE.transmitStatus,
  printerId: TYPE_CODE.printerId,
  asb: TYPE_CODE.asb,
  kanji: TYPE_CODE.kanji
} as const

/** `feed` parameter: the byte n plus which form it came from, in bits 8-9. */
export const FEED_LINES = 0
/** ESC J n: n dots. */
export const FEED_DOTS = 1 << 8
/** ESC e n: n lines in reverse. */
export const FEED_REVERSE = 2 << 8
/** `cut` parameter: bit 0 set for a partial cut; bit 1 set for the forms that feed first, n in bits 8-15. */
export const CUT_PARTIAL = 1
export const CUT_FEEDS = 2

const ALIGNS: readonly Align[] = ['left', 'center', 'right']
const FONTS = ['A', 'B', 'C', 'D', 'E'] as const
const HRI = ['none', 'above', 'below', 'both'] as const

/**
 * Where the raw bytes of `text` entries are kept until someone reads them: a slab of a batch's text
 * arena and the code page its text is in. Many entries share one (the entry's parameter holds its
 * position and length, see `textParam`); slabs are append-only, so an entry's bytes never change.
 *
 * Why raw bytes: building a JavaScript string per text run (a native slice call, plus a table
 * lookup per byte for code-page accents) was the largest single cost of the printer's data path,
 * and the log and jobs are read rarely (at the end of a run, by tests), mostly in part.
 */
export class TextBytes {
  constructor(
    readonly bytes: Buffer,
    readonly encoding: string
  ) {}
}

/**
 * Native QR codes (GS ( k print) whose stored data is still raw bytes in a text arena slab, and
 * that share their settings: the `qr` entry is built, and its data decoded, only when it is read.
 * The entry's parameter holds where its data sits (see `dataParam`); one handle serves every QR
 * code of a slab with the same settings, so printing one allocates nothing.
 */
export class QrBytes {
  constructor(
    readonly bytes: Buffer,
    readonly size: number,
    readonly model: number,
    readonly level: 'L' | 'M' | 'Q' | 'H'
  ) {}
}

/** Barcodes (GS k) of one slab, symbology and form, their data still raw bytes (see QrBytes). */
export class BarcodeBytes {
  constructor(
    readonly bytes: Buffer,
    readonly symbology: Symbology,
    readonly system: number,
    readonly form: 'A' | 'B'
  ) {}
}

const QR_LEVEL_INDEX = { L: 0, M: 1, Q: 2, H: 3 } as const

/** Longest QR data kept as raw bytes (12 bits of the parameter); longer data is decoded at once. */
export const MAX_RAW_DATA = (1 << 12) - 1

/** The parameter of a QR or barcode entry: its data's position in the slab and its length. */
export function dataParam(pos: number, len: number): number {
  return pos | (len << 16)
}

/**
 * The stored QR data as text: UTF-8 when the bytes are valid UTF-8 (what most clients send), else
 * Latin-1, the QR byte mode's default character set (esc_pos_utils and ESC-POS-.NET send Latin-1).
 */
export function qrText(buf: Buffer, start: number, end: number): string {
  // Most QR data is ASCII (URLs, ids): a loop over a few dozen bytes beats the native check.
  let k = start
  while (k < end && buf[k]! < 0x80) k++
  if (k === end) return buf.toString('latin1', start, end)
  const bytes = buf.subarray(start, end)
  return isUtf8(bytes) ? bytes.toString('utf8') : bytes.toString('latin1')
}

/** CODE128 data without its code-set switches; set C byte pairs (0..99) become two digits. */
function code128Text(data: Uint8Array): string {
  let out = ''
  let setC = false
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!
    if (c === 0x7b && i + 1 < data.length) {
      const n = data[i + 1]!
      i++
      if (n === 0x43) setC = true
      else if (n === 0x41 || n === 0x42) setC = false
      else if (n === 0x7b) out += '{'
      // {1..{4 (FNC1..4) and {S (shift) carry no printable data.
      continue
    }
    out += setC ? String(c).padStart(2, '0') : String.fromCharCode(c)
  }
  return out
}

/**
 * The extra value stored with a command: the raw bytes of `text` (`TextBytes`, or a string when a
 * run was too long to keep raw), the whole object for the rich types, and `undefined` when type
 * code and parameter say everything.
 */
export type Extra = Command | TextBytes | QrBytes | BarcodeBytes | string | undefined

/**
 * A text arena slab on a ring: `until`, the sequence number its last entry comes before (Infinity
 * while it is being filled), and `pins`, the holders that still read it outside the ring.
 */
export interface SlabPin {
  buf: Buffer
  until: number
  pins: number
}

/** Chunks up to this size go to the text arena whole (see `CommandBatch.place`). */
const WHOLE = 2048
/** Text arena slab size; an entry's position fits 16 bits of its parameter. */
const SLAB = 64 * 1024
/** Longest text entry kept as raw bytes (14 bits of the parameter); longer ones are decoded at once. */
export const MAX_RAW_TEXT = (1 << 14) - 1
const ASCII_BIT = 1 << 30

/** The parameter of a raw `text` entry: position in its slab, length, and whether it is ASCII. */
export function textParam(pos: number, len: number, ascii: boolean): number {
  return pos | (len << 16) | (ascii ? ASCII_BIT : 0)
}

/**
 * Lookup by type code: 1 for the types whose entries carry an extra (text's bytes, the object of
 * a rich command), 0 for those `expand` builds from code and parameter alone. A store that reuses
 * slots reads the extra only where this says so, so a slot's stale extra is never mistaken for one.
 */
const CARRIES_EXTRA = new Uint8Array(COMMAND_TYPES.length).fill(1)
for (const t of [
  'init',
  'lf',
  'cr',
  'feed',
  'align',
  'bold',
  'doubleStrike',
  'underline',
  'mode',
  'size',
  'lineSpacing',
  'codeTable',
  'font',
  'invert',
  'barcodeHeight',
  'barcodeWidth',
  'hriPosition',
  'hriFont',
  'status',
  'transmitStatus',
  'printerId',
  'asb',
  'kanji',
  'cut'
] as const)
  CARRIES_EXTRA[TYPE_CODE[t]] = 0

/**
 * Lookup by type code: 1 for the commands that put something on paper (a job needs one): text,
 * feeds, codes, images, and the cut.
 */
export const PRINTS = new Uint8Array(COMMAND_TYPES.length)
for (const t of ['text', 'feed', 'qr', 'code2d', 'barcode', 'image', 'cut'] as const)
  PRINTS[TYPE_CODE[t]] = 1

/** Whether an extra points into a text arena slab (text, QR or barcode data kept raw). */
export function isArenaHandle(extra: Extra): boolean {
  return extra instanceof TextBytes || extra instanceof QrBytes || extra instanceof BarcodeBytes
}

/** Whether entries of type `code` carry an extra (see CARRIES_EXTRA). */
export function carriesExtra(code: number): boolean {
  return CARRIES_EXTRA[code] === 1
}

/**
 * The `Command` a compact entry stands for. `extra` is the text of a `text` entry (raw bytes,
 * decoded here) or the object of a rich one (returned as is); otherwise `code` and `param` are
 * expanded.
 */
export function expand(code: number, param: number, offset: number, extra: Extra): Command {
  if (extra !== undefined && CARRIES_EXTRA[code] === 1) {
    if (extra instanceof TextBytes) {
      const pos = param & 0xffff
      const len = (param >> 16) & MAX_RAW_TEXT
      const text = decodeText(
        extra.bytes,
        pos,
        pos + len,
        extra.encoding,
        (param & ASCII_BIT) !== 0
      )
      return { type: 'text', offset, text }
    }
    if (extra instanceof QrBytes) {
      const pos = param & 0xffff
      return {
        type: 'qr',
        offset,
        source: 'native',
        data: qrText(extra.bytes, pos, pos + (param >>> 16)),
        size: extra.size,
        model: extra.model,
        level: extra.level
      }
    }
    if (extra instanceof BarcodeBytes) {
      const { bytes, system } = extra
      const pos = param & 0xffff
      const end = pos + (param >>> 16)
      const data =
        extra.form === 'B' && (system === 73 || system === 74)
          ? code128Text(bytes.subarray(pos, end))
          : bytes.toString('latin1', pos, end)
      return {
        type: 'barcode',
        offset,
        symbology: extra.symbology,
        system,
        form: extra.form,
        data
      }
    }
    return typeof extra === 'string' ? { type: 'text', offset, text: extra } : extra
  }
  switch (code) {
    case C.init:
      return { type: 'init', offset }
    case C.lf:
      return { type: 'lf', offset }
    case C.cr:
      return { type: 'cr', offset }
    case C.feed: {
      const n = param & 0xff
      const form = param & 0x300
      return form === FEED_DOTS
        ? { type: 'feed', offset, dots: n }
        : form === FEED_REVERSE
          ? { type: 'feed', offset, lines: n, reverse: true }
          : { type: 'feed', offset, lines: n }
    }
    case C.align:
      return { type: 'align', offset, align: ALIGNS[param]! }
    case C.bold:
      return { type: 'bold', offset, on: param === 1 }
    case C.doubleStrike:
      return { type: 'doubleStrike', offset, on: param === 1 }
    case C.underline:
      return { type: 'underline', offset, mode: param as 0 | 1 | 2 }
    case C.mode:
      return {
        type: 'mode',
        offset,
        value: param,
        font: param & 1 ? 'B' : 'A',
        bold: (param & 8) !== 0,
        doubleHeight: (param & 16) !== 0,
        doubleWidth: (param & 32) !== 0,
        underline: (param & 128) !== 0
      }
    case C.size:
      return { type: 'size', offset, width: ((param >> 4) & 7) + 1, height: (param & 7) + 1 }
    case C.lineSpacing:
      return { type: 'lineSpacing', offset, dots: param < 0 ? null : param }
    case C.codeTable:
      // Star's ESC GS t is stored as 256 + n, next to Epson's ESC t n.
      return param >= 256
        ? {
            type: 'codeTable',
            offset,
            table: param - 256,
            encoding: encodingForStarTable(param - 256),
            star: true
          }
        : { type: 'codeTable', offset, table: param, encoding: encodingForTable(param) }
    case C.font:
      return { type: 'font', offset, font: FONTS[param]! }
    case C.invert:
      return { type: 'invert', offset, on: param === 1 }
    case C.barcodeHeight:
      return { type: 'barcodeHeight', offset, dots: param }
    case C.barcodeWidth:
      return { type: 'barcodeWidth', offset, width: param }
    case C.hriPosition:
      return { type: 'hriPosition', offset, position: HRI[param]! }
    case C.hriFont:
      return { type: 'hriFont', offset, font: HRI_FONTS[param] ?? 'A' }
    case C.status:
      return { type: 'status', offset, n: param }
    case C.transmitStatus:
      return { type: 'transmitStatus', offset, n: param }
    case C.printerId:
      return { type: 'printerId', offset, n: param }
    case C.asb:
      return { type: 'asb', offset, flags: param }
    case C.kanji:
      return { type: 'kanji', offset, on: param === 1 }
    case C.cut: {
      const mode = param & CUT_PARTIAL ? 'partial' : 'full'
      return param & CUT_FEEDS
        ? { type: 'cut', offset, mode, feed: param >> 8 }
        : { type: 'cut', offset, mode }
    }
  }
  // Not reachable for entries written by the parser: every other type carries its object.
  throw new Error(`compact command code ${code} (${COMMAND_TYPES[code] ?? '?'}) has no object`)
}

/**
 * Storage a batch can be written into in place: the printer's command store (store.ts), a ring
 * of typed arrays whose length is a power of two. The parser then writes each chunk's entries
 * straight where they are kept, and nothing is copied afterwards.
 */
export interface BatchRing {
  readonly codes: Uint8Array
  readonly params: Int32Array
  readonly offsets: Float64Array
  readonly extras: Extra[]
  /** The sequence number of the next entry, from the start (its slot: seq & (length - 1)). */
  seq(): number
  /** Entries with a sequence number below this one have left the ring (their slots are reused). */
  floor(): number
  /**
   * Makes room for a batch of at least `count` entries starting at `seq()` (what they overwrite
   * is copied out first where something still needs it); returns how many the batch may hold.
   */
  grant(count: number): number
}

/**
 * The commands one `feed` call completed, in typed arrays. On its own, a reusable buffer that
 * grows to the largest chunk's command count (at most one command per byte, so bounded by the
 * chunk size). On a ring (`BatchRing`), a window of the ring: entry q sits at `slot(q)`, and
 * slots whose type carries no extra may hold a stale one (see `carriesExtra`).
 */
export class CommandBatch {
  /**
   * How many of them a printer answers in order, when it reaches them (GS r, GS I, GS a, ESC v),
   * so that the printer looks for them only in the rare batch that has one.
   */
  replies = 0
  /** Type code per slot (see TYPE_CODE). */
  codes: Uint8Array
  /** The small parameter of compact commands (see `expand`), 0 otherwise. */
  params: Int32Array
  /** Stream offset per slot (a double: a long-lived connection may pass 2 GiB). */
  offsets: Float64Array
  /** The text bytes or rich object per slot, undefined for compact ones. */
  extras: Extra[]
  /** The slot of the first entry, and the slot the next entry goes to. */
  start = 0
  end = 0
  /** The indices whose `extras` slot is set (so `clear` touches only those): `xN` of them. */
  private xIdx = new Int32Array(64)
  private xN = 0
  private readonly ring: BatchRing | null
  /** Ring slots - 1 (the ring's length is a power of two). */
  private readonly mask: number
  /** Entries the ring granted this batch. */
  private granted = 0

  /** The slots of the `cut` entries, in order (a job ends at each): `cutCount` of them. */
  cuts = new Int32Array(16)
  cutCount = 0
  /** The slot of the last entry that puts something on paper (see PRINTS), -1 if none. */
  lastPrint = -1

  constructor(ring: BatchRing | null = null) {
    this.ring = ring
    if (ring === null) {
      this.codes = new Uint8Array(256)
      this.params = new Int32Array(256)
      this.offsets = new Float64Array(256)
      this.extras = new Array<Extra>(256).fill(undefined)
      this.mask = -1
    } else {
      this.codes = ring.codes
      this.params = ring.params
      this.offsets = ring.offsets
      this.extras = ring.extras
      this.mask = ring.codes.length - 1
      this.start = this.end = ring.seq() & this.mask
    }
  }

  /** Whether this batch is a window of `ring`. */
  isOn(ring: BatchRing): boolean {
    return this.ring === ring
  }

  /** Number of commands in the batch. */
  get length(): number {
    return this.ring === null ? this.end : (this.end - this.start) & this.mask
  }

  /** The slot of entry q. */
  slot(q: number): number {
    return this.ring === null ? q : (this.start + q) & this.mask
  }

  /** The position in the batch of the entry in slot k (the inverse of `slot`). */
  entryAt(k: number): number {
    return this.ring === null ? k : (k - this.start) & this.mask
  }

  /**
   * The text arena: raw text, QR and barcode bytes are appended to the current slab (a new one
   * when it is full). On their own, old slabs live as long as entries point into them; on a ring
   * they are reused (see `newSlab`). Kept with the batch because the batch is what a printer
   * shares between its connections.
   */
  private slabBuf: Buffer | null = null
  /** The copy `place` left pending: bytes [spFrom, spTo) of spSrc go to the slab at spPos. */
  private spSrc: Uint8Array | null = null
  private spFrom = 0
  private spTo = 0
  private spPos = 0
  private slabPos = 0
  private slabRef: TextBytes | null = null
  /** Handles for QR codes and barcodes, by settings, for the slab named beside them. */
  private qrSlab: Buffer | null = null
  private readonly qrRefs = new Array<QrBytes | undefined>(256).fill(undefined)
  private barcodeSlab: Buffer | null = null
  private readonly barcodeRefs = new Array<BarcodeBytes | undefined>(256).fill(undefined)
  /** The current slab (on a ring), and the retired ones, oldest first. */
  private slabPin: SlabPin | null = null
  private readonly retired: SlabPin[] = []

  /** Empties the batch (keeps the storage); on a ring, the next batch starts where the ring says. */
  clear(): void {
    if (this.ring === null) {
      // Drop references to strings/objects of the previous chunk so they can be collected.
      const x = this.extras
      const idx = this.xIdx
      for (let q = 0; q < this.xN; q++) x[idx[q]!] = undefined
      this.end = 0
    } else {
      // The ring keeps the entries (and their extras) of the batches it took.
      this.start = this.end = this.ring.seq() & this.mask
      this.granted = 0
    }
    this.xN = 0
    this.cutCount = 0
    this.lastPrint = -1
    this.replies = 0
  }

  /**
   * How many entries may be written from slot `end` on with no check per entry: at least `n`
   * (at least 1 where a ring's last slot comes first). A caller writing straight into the arrays
   * (the parser's fast loop) reads the arrays after this call: on their own they may be replaced.
   */
  room(n: number): number {
    const ring = this.ring
    if (ring === null) {
      while (this.end + n > this.codes.length) this.grow()
      return this.codes.length - this.end
    }
    if (this.end === this.codes.length) this.end = 0
    const count = this.length
    if (count + n > this.granted) this.granted = ring.grant(count + n)
    return Math.min(this.codes.length - this.end, this.granted - count)
  }

  /** Appends one entry. */
  push(code: number, param: number, offset: number, extra: Extra): void {
    let k = this.end
    if (
      this.ring !== null
        ? k === this.codes.length || this.length >= this.granted
        : k === this.codes.length
    ) {
      this.room(1)
      k = this.end
    }
    this.codes[k] = code
    this.params[k] = param
    this.offsets[k] = offset
    if (PRINTS[code] !== 0) {
      this.lastPrint = k
      if (code === C.cut) this.addCut(k)
    }
    // On its own, every slot not listed in xIdx is undefined already.
    if (extra !== undefined) this.setExtra(k, extra)
    this.end = k + 1
  }

  /**
   * Appends a `text` entry for `bytes[start, end)` in `encoding`: the bytes are copied to the text
   * arena now (the caller may reuse `bytes`) and decoded only when the entry is read.
   */
  pushText(
    bytes: Uint8Array,
    start: number,
    end: number,
    offset: number,
    encoding: string,
    ascii: boolean
  ): void {
    const len = end - start
    if (len > MAX_RAW_TEXT) {
      this.push(C.text, 0, offset, decodeText(bytes as Buffer, start, end, encoding, ascii))
      return
    }
    this.flush()
    const pos = this.textRoom(len)
    this.commitText(bytes, start, end, pos)
    this.push(C.text, textParam(pos, len, ascii), offset, this.textRef(encoding))
  }

  /**
   * The arena position for `bytes[start, end)`, whose copy may wait until `flush`: the caller
   * promises the bytes do not change before then (the chunk being parsed, a finished payload).
   * Positions of one chunk share one pending copy, so a chunk's text and code data cost one
   * native copy, made when the parser returns the batch.
   */
  place(bytes: Uint8Array, start: number, end: number): number {
    // The same object as the pending copy's (no .buffer / .byteOffset: they cost a call here).
    if (bytes === this.spSrc && start >= this.spFrom && this.spPos + (end - this.spFrom) <= SLAB) {
      if (end > this.spTo) this.spTo = end
      return this.spPos + (start - this.spFrom)
    }
    this.flush()
    this.spSrc = bytes
    if (bytes.length <= WHOLE) {
      // A small chunk (a receipt) goes in whole: one copy, and no view to copy it through.
      const pos = this.textRoom(bytes.length)
      this.spFrom = 0
      this.spTo = bytes.length
      this.spPos = pos
      return pos + start
    }
    const pos = this.textRoom(end - start)
    this.spFrom = start
    this.spTo = end
    this.spPos = pos
    return pos
  }

  /** Makes the pending copy of `place` (the parser calls it before it returns a batch). */
  flush(): void {
    const src = this.spSrc
    if (src === null) return
    this.spSrc = null
    this.commitText(src, this.spFrom, this.spTo, this.spPos)
  }

  /**
   * Where `len` more text bytes go in the arena (a new slab when the current one has no room).
   * Only with no copy pending (`flush`).
   */
  textRoom(len: number): number {
    if (this.slabBuf === null || this.slabPos + len > SLAB) {
      this.slabBuf = this.newSlab()
      this.slabPos = 0
      this.slabRef = null
    }
    return this.slabPos
  }

  /**
   * A slab for the arena. On a ring, slabs are reused once every entry pointing into them has
   * left the ring: nothing else keeps a handle into a slab (copies out of the ring, clones and the
   * parser's stored QR data decode theirs), so their memory is recycled instead of becoming
   * long-lived garbage (a 64 KiB buffer every ~200 receipts, collected only by full collections).
   */
  private newSlab(): Buffer {
    const ring = this.ring
    if (ring === null) return Buffer.allocUnsafeSlow(SLAB)
    const used = this.slabPin
    if (used !== null) {
      // Every entry pointing into the slab being retired comes before this batch's end.
      used.until = ring.seq() + this.length
      this.retired.push(used)
    }
    const floor = ring.floor()
    let slab: SlabPin | undefined
    for (let k = 0; k < this.retired.length; k++) {
      const r = this.retired[k]!
      if (r.until <= floor && r.pins === 0) {
        slab = r
        this.retired.splice(k, 1)
        break
      }
    }
    slab ??= { buf: Buffer.allocUnsafeSlow(SLAB), until: Infinity, pins: 0 }
    slab.until = Infinity
    this.slabPin = slab
    return slab.buf
  }

  /**
   * Keeps the current slab from reuse until `unpin` (the parser's stored QR data, which a print
   * in a later chunk reads). Without a ring, slabs are never reused and this changes nothing.
   */
  pin(): SlabPin | null {
    const p = this.slabPin
    if (p !== null) p.pins++
    return p
  }

  unpin(p: SlabPin): void {
    p.pins--
  }

  /** The ring dropped every entry (a cleared log): retired slabs are free unless pinned. */
  forgetEntries(): void {
    for (const r of this.retired) r.until = -Infinity
  }

  /** The current slab's handle for `encoding` (one object per slab and encoding). */
  textRef(encoding: string): TextBytes {
    const ref = this.slabRef
    if (ref !== null && ref.encoding === encoding) return ref
    return (this.slabRef = new TextBytes(this.slabBuf!, encoding))
  }

  /**
   * The handle for QR codes with these settings whose data is in `bytes`: one per slab and
   * settings, kept in a small table (receipts change the module size from code to code).
   */
  qrRef(bytes: Buffer, size: number, model: number, level: 'L' | 'M' | 'Q' | 'H'): QrBytes {
    if (this.qrSlab !== bytes) {
      this.qrSlab = bytes
      this.qrRefs.fill(undefined)
    }
    const key = (((size & 15) * 4 + (model & 3)) << 2) | QR_LEVEL_INDEX[level]
    const r = this.qrRefs[key]
    if (r !== undefined && r.size === size && r.model === model && r.level === level) return r
    return (this.qrRefs[key] = new QrBytes(bytes, size, model, level))
  }

  /** The handle for barcodes of this kind with data in the current slab (one per slab and kind). */
  barcodeRef(symbology: Symbology, system: number, form: 'A' | 'B'): BarcodeBytes {
    const slab = this.slabBuf!
    if (this.barcodeSlab !== slab) {
      this.barcodeSlab = slab
      this.barcodeRefs.fill(undefined)
    }
    const key = ((system & 127) << 1) | (form === 'B' ? 1 : 0)
    const r = this.barcodeRefs[key]
    if (r !== undefined && r.system === system && r.form === form) return r
    return (this.barcodeRefs[key] = new BarcodeBytes(slab, symbology, system, form))
  }

  /** The current slab (after `place`). */
  get slab(): Buffer | null {
    return this.slabBuf
  }

  /** Copies `bytes[start, end)` to the current slab at `pos` (from `textRoom`), and moves past it. */
  private commitText(bytes: Uint8Array, start: number, end: number, pos: number): void {
    const slab = this.slabBuf!
    const len = end - start
    // Short runs: a loop beats the native copy's call and the view it needs (a plain Uint8Array
    // view: a Buffer's subarray costs more). The break-even here is ~40 bytes.
    if (len < 32) for (let k = 0; k < len; k++) slab[pos + k] = bytes[start + k]!
    else
      slab.set(
        start === 0 && end === bytes.length
          ? bytes
          : new Uint8Array(bytes.buffer, bytes.byteOffset + start, len),
        pos
      )
    this.slabPos = pos + len
  }

  /** Sets the extra of entry k (written straight into the arrays by the parser's fast loop). */
  setExtra(k: number, extra: Extra): void {
    this.extras[k] = extra
    this.noteExtra(k)
  }

  /**
   * Notes that slot k's extra was set (by a caller writing it directly), so that `clear` drops
   * it. On a ring the ring keeps the extras, and nothing is noted.
   */
  noteExtra(k: number): void {
    if (this.ring !== null) return
    if (this.xN === this.xIdx.length) this.xIdx = doubled(this.xIdx)
    this.xIdx[this.xN++] = k
  }

  /** Notes that entry k is a cut (the parser's fast loop writes entries itself). */
  addCut(k: number): void {
    if (this.cutCount === this.cuts.length) this.cuts = doubled(this.cuts)
    this.cuts[this.cutCount++] = k
  }

  /** Appends a rich command object. */
  pushCommand(c: Command): void {
    this.push(TYPE_CODE[c.type], 0, c.offset, c)
  }

  /** The command at position q of the batch, as an object (`expand` ignores stale extras). */
  get(q: number): Command {
    const k = this.slot(q)
    return expand(this.codes[k]!, this.params[k]!, this.offsets[k]!, this.extras[k])
  }

  /** Every command as objects. */
  toArray(): Command[] {
    const n = this.length
    const out = new Array<Command>(n)
    for (let q = 0; q < n; q++) out[q] = this.get(q)
    return out
  }

  /** An independent copy (for callers that keep a batch across the parser's next feed). */
  clone(): CommandBatch {
    const b = new CommandBatch()
    const n = this.length
    for (let q = 0; q < n; q++) {
      const k = this.slot(q)
      const code = this.codes[k]!
      let extra = CARRIES_EXTRA[code] ? this.extras[k] : undefined
      // The copy outlives this chunk: no handles into a ring's arena (its slabs are reused).
      if (this.ring !== null && isArenaHandle(extra))
        extra = expand(code, this.params[k]!, this.offsets[k]!, extra)
      b.push(code, this.params[k]!, this.offsets[k]!, extra)
    }
    b.replies = this.replies
    return b
  }

  private grow(): void {
    const n = this.codes.length * 2
    const codes = new Uint8Array(n)
    codes.set(this.codes)
    const params = new Int32Array(n)
    params.set(this.params)
    const offsets = new Float64Array(n)
    offsets.set(this.offsets)
    this.codes = codes
    this.params = params
    this.offsets = offsets
    const extras = new Array<Extra>(n).fill(undefined)
    for (let k = 0; k < this.extras.length; k++) extras[k] = this.extras[k]
    this.extras = extras
  }
}

/** A copy of `a` with twice its length. */
function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}
