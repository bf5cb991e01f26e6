/**
 * A streaming ESC/POS parser: a pure state machine, independent of sockets.
 *
 * `feed(chunk)` returns the commands completed by that chunk and `end()` flushes what is left, so
 * the same bytes split at any offset parse to the same commands: TCP splits client writes anywhere
 * (python-escpos' `GS k I` arrives without its length byte), and a printer must resume mid-command.
 *
 * Memory is bounded: an unfinished command header is kept in a small buffer (< 300 bytes); a
 * payload announced by a length field (raster images, GS ( k data) is collected only up to
 * `maxPayloadBytes`, and a larger claim is logged as `oversize` and skipped without buffering.
 *
 * Written by hand: no maintained JavaScript ESC/POS *decoder* exists (the libraries encode), and the
 * resumable, zero-copy design is what keeps it above 100 MB/s.
 */
import {
  COMMAND_TYPES,
  type Command,
  type KanjiEncoding,
  type QrCommand,
  type Symbology,
  type Symbology2d
} from './commands.js'
import { DEFAULT_ENCODING, encodingForStarTable, encodingForTable } from './codepages.js'
import {
  C,
  CommandBatch,
  CUT_FEEDS,
  CUT_PARTIAL,
  FEED_DOTS,
  FEED_LINES,
  FEED_REVERSE,
  MAX_RAW_TEXT,
  MAX_RAW_DATA,
  type TextBytes,
  type SlabPin,
  dataParam,
  TYPE_CODE,
  qrText,
  textParam
} from './compact.js'
import { decodeRasterQr } from './raster-qr.js'

/** Parser limits and options. */
export interface ParserOptions {
  /** Largest payload a length field may announce before it is skipped as `oversize` (default 512 KiB). */
  maxPayloadBytes?: number
  /** Longest text entry; a longer run is split into entries of this many bytes (default 4096). */
  maxTextBytes?: number
  /** Look for QR codes in raster images (default true). */
  decodeRasterQr?: boolean
  /**
   * Fresh QR decoding attempts that may find nothing, per parser (default 32). jsQR may take ~35 ms
   * to give up on a 128 x 48 logo and ~130 ms on a 576 x 200 one, so this bounds the CPU a stream
   * of distinct non-QR images costs; images already seen are answered from a cache.
   */
  maxQrAttempts?: number
  /**
   * The double-byte character set of Kanji mode (FS &, or on from the start with `kanjiOn`):
   * `gb18030` (default: Chinese models, and the clients that send FS & for Chinese text),
   * `shift_jis`, `big5` or `euc-kr`.
   */
  kanjiEncoding?: KanjiEncoding
  /** Kanji mode on from the start and after ESC @, as on Chinese-market printers (default false). */
  kanjiOn?: boolean
}

const LF = 0x0a
const CR = 0x0d
const HT = 0x09
const FF = 0x0c
const CAN = 0x18
const DLE = 0x10
const EOT = 0x04
const ENQ = 0x05
const DC4 = 0x14
const NUL = 0x00
const BEL = 0x07
const VT = 0x0b
const SO = 0x0e
const SI = 0x0f
const DC2 = 0x12
const DC4_BYTE = 0x14
const ESC = 0x1b
const FS = 0x1c
const GS = 0x1d
/** Max data bytes of the NUL-terminated barcode form. */
const MAX_BARCODE_A = 255
/** Digits after which a printer prints UPC-A, UPC-E, EAN13, EAN8 (GS k m = 0-3) without a NUL. */
const FIXED_DIGITS_A = [12, 12, 13, 8]

const NEED_MORE = -1
/** Bytes of a read joined to a command the last read cut off (more than any command header). */
const PENDING_HEAD = 1024

/** What a multi-byte payload is, once collected. */
type PayloadKind =
  | 'gsv0'
  | 'gsq0'
  | 'escStar'
  | 'gsParen'
  | 'escParen'
  | 'fsParen'
  | 'gs8L'
  | 'barcodeB'
  | 'gsStar'
  | 'escZ'

/**
 * Commands made of `count` records, each a header of `headerLen` bytes followed by data whose size
 * the header gives (ESC & user-defined characters, FS q NV bit images). Only the sizes matter to
 * the log, so the data is skipped, never stored: constant memory whatever the claims.
 */
interface Records {
  name: string
  offset: number
  /** Bytes consumed so far, the command's own header included (for `truncated`). */
  got: number
  headerLen: number
  /** Records whose header has not been read yet. */
  left: number
  /** Header bytes of the current record read so far. */
  header: number[]
  /** Data bytes of the current record still to skip. */
  skip: number
  /** Data size of a record from its header bytes. */
  size: (header: number[]) => number
}

/**
 * ESC * column images printed one under the other (python-escpos `bitImageColumn`, "generic"
 * printer profiles): 8- or 24-dot bands laid out as one row-major raster, scaled to square dots.
 */
interface Bands {
  mode: number
  columns: number
  /** Bytes per raster row (after horizontal scaling). */
  widthBytes: number
  offset: number
  rows: Buffer[]
  /** Raster rows so far (after vertical scaling) and dots printed. */
  height: number
  dots: number
}

interface Payload {
  kind: PayloadKind
  /** Command name for the log (`GS v 0`). */
  name: string
  /** Stream offset of the command's first byte. */
  offset: number
  headerLen: number
  needed: number
  filled: number
  /** null when the claim is over the limit: the bytes are skipped. */
  buf: Buffer | null
  /** Header fields the finisher needs (width bytes, height, function letter, barcode system). */
  a: number
  b: number
}

const SYMBOLOGY_A: Symbology[] = ['UPC-A', 'UPC-E', 'EAN13', 'EAN8', 'CODE39', 'ITF', 'CODABAR']
const SYMBOLOGY_B: Record<number, Symbology> = {
  65: 'UPC-A',
  66: 'UPC-E',
  67: 'EAN13',
  68: 'EAN8',
  69: 'CODE39',
  70: 'ITF',
  71: 'CODABAR',
  72: 'CODE93',
  73: 'CODE128',
  74: 'GS1-128',
  75: 'GS1-DATABAR',
  76: 'GS1-DATABAR',
  77: 'GS1-DATABAR',
  78: 'GS1-DATABAR',
  // CODE128 with the code sets chosen by the printer: plain data, no {A {B {C prefixes
  79: 'CODE128'
}
/**
 * GS f n as the log stores it: fonts A-E for n = 0-4 or 48-52, 5 and 6 for special fonts A and B
 * (n = 97, 98). Other values are out of range (a printer ignores them) and are logged as font A.
 */
function hriFont(n: number): number {
  if (n >= 48 && n <= 52) return n - 48
  if (n <= 4) return n
  return n === 97 ? 5 : n === 98 ? 6 : 0
}

const QR_LEVELS = ['L', 'M', 'Q', 'H'] as const
/** By type code: 1 for what may sit between the bands of one ESC * picture (spacing, feeds). */
const BAND_GAP = new Uint8Array(COMMAND_TYPES.length)
for (const t of ['lf', 'cr', 'feed', 'lineSpacing'] as const) BAND_GAP[TYPE_CODE[t]] = 1
/** Largest stacked ESC * picture searched for a QR code, in dots each way. */
const MAX_BAND_DOTS = 640

/** ESC x commands with exactly one parameter byte that the log does not model, by x. */
/** Names of the single-byte commands logged as `other`. */
const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x0b: 'VT',
  0x0e: 'SO',
  0x0f: 'SI',
  0x12: 'DC2',
  0x14: 'DC4',
  0x18: 'CAN'
}
const ESC_ONE_PARAM: Record<number, string> = {
  0x20: 'ESC SP',
  // Line spacing in 1/360 and 1/60 inch, slip eject, and ESC/P margins (left, right, bottom):
  // not Epson ESC/POS, but sent by python-escpos and node-escpos, and their parameter must not
  // print as text.
  0x2b: 'ESC +',
  0x41: 'ESC A',
  0x4b: 'ESC K',
  0x6c: 'ESC l',
  0x51: 'ESC Q',
  0x4f: 'ESC O',
  0x25: 'ESC %',
  0x3d: 'ESC =',
  0x3f: 'ESC ?',
  0x52: 'ESC R',
  0x54: 'ESC T',
  0x55: 'ESC U',
  0x56: 'ESC V',
  0x72: 'ESC r',
  0x75: 'ESC u',
  0x7b: 'ESC {'
}
/** GS x commands with one parameter byte that the log does not model. */
const GS_ONE_PARAM: Record<number, string> = {
  0x2f: 'GS /',
  // 2D code type (before ESC Z) and print density, on ESC/POS clones
  0x5a: 'GS Z',
  0x7c: 'GS |',
  0x54: 'GS T',
  0x62: 'GS b',
  0x45: 'GS E',
  0x4a: 'GS J',
  // Transmit status (ink) automatically: ESC-POS-.NET sends it
  0x6a: 'GS j'
}

/** GS ( k symbols by cn - 48 (49 is QR, handled on its own). */
const SYMBOLS_2D: ReadonlyArray<Symbology2d | undefined> = [
  'PDF417',
  undefined,
  'MaxiCode',
  'GS1 DataBar',
  'Composite',
  'Aztec',
  'DataMatrix'
]

/**
 * The bytes of the character a Kanji-mode text byte `b` starts (`next`: the byte after it, if
 * any): the lead-byte ranges of each double-byte set; GB18030 has four-byte sequences too.
 */
function kanjiCharBytes(encoding: KanjiEncoding, b: number, next: number | undefined): number {
  if (b < 0x80) return 1
  switch (encoding) {
    case 'shift_jis':
      return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc) ? 2 : 1
    case 'euc-kr':
      return b >= 0xa1 && b <= 0xfe ? 2 : 1
    case 'big5':
      return b >= 0x81 && b <= 0xfe ? 2 : 1
    default:
      if (b < 0x81 || b > 0xfe) return 1
      return next !== undefined && next >= 0x30 && next <= 0x39 ? 4 : 2
  }
}

function hex(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('hex')
}

/** A readable name for the command starting at bytes[0] (for `truncated` entries). */
function commandName(bytes: Uint8Array): string {
  const prefix =
    bytes[0] === ESC
      ? 'ESC'
      : bytes[0] === GS
        ? 'GS'
        : bytes[0] === DLE
          ? 'DLE'
          : bytes[0] === FS
            ? 'FS'
            : ''
  if (!prefix) return `0x${hex(bytes, 0, 1)}`
  if (bytes.length < 2) return prefix
  const c = bytes[1]!
  const letter =
    c > 0x20 && c < 0x7f
      ? String.fromCharCode(c)
      : c === EOT
        ? 'EOT'
        : c === DC4
          ? 'DC4'
          : `0x${hex(bytes, 1, 2)}`
  return `${prefix} ${letter}`
}

/** ESC a n: 0 left, 1 center, 2 right (n or its ASCII digit; out of range: left). */
function alignParam(n: number): number {
  const k = n >= 48 ? n - 48 : n
  return k === 1 ? 1 : k === 2 ? 2 : 0
}

/** ESC M n: fonts A-E as 0-4 (out of range: A). */
function fontParam(n: number): number {
  const k = n >= 48 ? n - 48 : n
  return k <= 4 ? k : 0
}

/** ESC - n: underline off, 1 dot, 2 dots (out of range: off). */
function underlineParam(n: number): number {
  const k = n >= 48 ? n - 48 : n
  return k > 2 ? 0 : k
}

/** GS H n: HRI none, above, below, both. */
function hriPositionParam(n: number): number {
  return (n >= 48 ? n - 48 : n) & 3
}

/** GS V m (0, 1, 48, 49) and ESC i / ESC m: a cut without feed, full for m = 0 or 48. */
function cutParam(full: boolean): number {
  return full ? 0 : CUT_PARTIAL
}

/** GS V m n (m = 65, 66, 97, 98, 103, 104): feed n, then a full cut for odd m. */
function feedCutParam(m: number, n: number): number {
  return (m & 1 ? 0 : CUT_PARTIAL) | CUT_FEEDS | (n << 8)
}

/**
 * The streaming ESC/POS parser. One instance per connection: the code page and the QR settings
 * are per-stream state, as on a printer between two ESC @.
 */
export class EscPosParser {
  private readonly maxPayload: number
  private readonly maxText: number
  private readonly rasterQr: boolean
  private readonly qrBudget: { failures: number }
  /** Stream offset of the next byte fed. */
  private pos = 0
  /** An unfinished command header (small, bounded), and where it starts. */
  private pending: Buffer | null = null
  private payload: Payload | null = null
  /** ESC & / FS q being skipped: a count of records, each a small header and the data it sizes. */
  private records: Records | null = null
  /** Consecutive ESC * bands, stacked, to look for a QR code printed band by band. */
  private bands: Bands | null = null
  /** The encoding text is decoded with: the code table's, or the Kanji one in Kanji mode. */
  private encoding = DEFAULT_ENCODING
  /** The code table's single-byte encoding (ESC t / ESC GS t), kept while Kanji mode is on. */
  private table = DEFAULT_ENCODING
  private kanji = false
  private readonly kanjiEncoding: KanjiEncoding
  private readonly kanjiOn: boolean
  /** Text run being collected across chunks. */
  /** Allocated on first use: most connections never split a text run across chunks. */
  private textBuf: Buffer | null = null
  private textLen = 0
  private textOffset = 0
  private textAscii = true
  /** A fixed-length barcode ended with the last read: a NUL first in the next one belongs to it. */
  private nulEndsBarcode = false
  /** Unknown bytes being merged into one entry. */
  private unkOffset = 0
  private unkLen = 0
  private unkHex = ''
  /** GS ( k QR settings, as a printer keeps them until printed. */
  private qrModel = 2
  private qrSize = 3
  private qrLevel: 'L' | 'M' | 'Q' | 'H' = 'L'
  /**
   * The stored QR data: raw bytes in the batch's text arena (`qrBytes` [qrStart, qrEnd)), decoded
   * only when a reader expands the `qr` entry; or, when too long to keep raw, the decoded text.
   */
  private qrData = ''
  private qrBytes: Buffer | null = null
  /** The arena slab holding the stored QR data, kept from reuse (see CommandBatch.pin). */
  private qrPin: SlabPin | null = null
  private qrStart = 0
  private qrEnd = 0
  /** Data stored for the other GS ( k 2D symbols, by cn - 48. */
  private readonly data2d: string[] = []
  /** Output of the current feed: reused, so a chunk allocates nothing for its small commands. */
  private readonly batch: CommandBatch

  /**
   * `out`: the batch `feedBatch`/`endBatch` fill, for a caller that consumes each batch at once
   * and wants one batch shared by many parsers (the printer: one per printer, not per connection,
   * so a connection that prints one job allocates no typed arrays). Default: a batch of its own.
   */
  constructor(options: ParserOptions = {}, out?: CommandBatch) {
    this.batch = out ?? new CommandBatch()
    this.maxPayload = options.maxPayloadBytes ?? 512 * 1024
    this.maxText = Math.max(1, options.maxTextBytes ?? 4096)
    this.rasterQr = options.decodeRasterQr ?? true
    this.qrBudget = { failures: options.maxQrAttempts ?? 32 }
    this.kanjiEncoding = options.kanjiEncoding ?? 'gb18030'
    this.kanjiOn = options.kanjiOn ?? false
    this.setKanji(this.kanjiOn)
  }

  /** ESC t / ESC GS t: the single-byte table, used for text unless Kanji mode is on. */
  private setTable(encoding: string): void {
    this.table = encoding
    if (!this.kanji) this.encoding = encoding
  }

  /** FS & / FS . (and ESC @, back to the printer's default). */
  private setKanji(on: boolean): void {
    this.kanji = on
    this.encoding = on ? this.kanjiEncoding : this.table
  }

  /** ESC @: cp437, Kanji mode as at power-on. */
  private initialize(): void {
    this.table = DEFAULT_ENCODING
    this.setKanji(this.kanjiOn)
  }

  /** Bytes consumed so far (the offset the next chunk starts at). */
  get bytesParsed(): number {
    return this.pos
  }

  /** Parses a chunk and returns the commands it completed (in stream order), as objects. */
  feed(chunk: Uint8Array): Command[] {
    return this.feedBatch(chunk).toArray()
  }

  /**
   * Parses a chunk into the compact form (see compact.ts): the printer's hot path, which allocates
   * no object for the common small commands. The returned batch is reused by the next `feedBatch`
   * or `endBatch` call of this parser: read it (or `clone()` it) before that.
   */
  feedBatch(chunk: Uint8Array): CommandBatch {
    const out = this.batch
    out.clear()
    if (chunk.length === 0) return out
    this.feedInto(chunk, out)
    // The arena copy of this chunk's text and code data (see CommandBatch.place).
    out.flush()
    return out
  }

  private feedInto(chunk: Uint8Array, out: CommandBatch): void {
    let buf = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
    let base = this.pos
    this.pos += buf.length
    let i = this.resume(buf, 0, out)
    if (i < 0) return
    if (this.pending) {
      const p = this.pending
      this.pending = null
      // The command cut off by the last read, finished with the first bytes of this one: only
      // those are copied (a read can be 64 KiB), then this read is parsed in place.
      const take = Math.min(buf.length - i, PENDING_HEAD)
      const head = Buffer.concat([p, buf.subarray(i, i + take)])
      const r = this.command(head, 0, base + i - p.length, out)
      if (r === NEED_MORE) {
        if (take === buf.length - i) {
          this.pending = head
          return
        }
        // Longer than the head (nothing was logged yet): the rest of the read, joined.
        buf = Buffer.concat([p, buf.subarray(i)])
        base = base + i - p.length
        i = 0
      } else if (r < p.length) {
        // An unknown prefix took part of the kept bytes: the rest starts the next command.
        buf = Buffer.concat([p.subarray(r), buf.subarray(i)])
        base = base + i - (p.length - r)
        i = 0
      } else {
        i += r - p.length
        i = this.resume(buf, i, out)
        if (i < 0) return
      }
    }
    this.scan(buf, i, base, out)
  }

  /** Flushes the stream's end: pending text, merged unknown bytes, and a cut-off command as `truncated`. */
  end(): Command[] {
    return this.endBatch().toArray()
  }

  /** `end` in the compact form; the batch is reused like `feedBatch`'s. */
  endBatch(): CommandBatch {
    const out = this.batch
    out.clear()
    if (this.qrPin !== null) out.unpin(this.qrPin)
    this.qrPin = null
    if (this.bands !== null) this.flushBands(out)
    this.flushText(out)
    this.flushUnknown(out)
    if (this.pending) {
      out.pushCommand({
        type: 'truncated',
        offset: this.pos - this.pending.length,
        command: commandName(this.pending),
        received: this.pending.length
      })
      this.pending = null
    }
    if (this.records) {
      const r = this.records
      out.pushCommand({ type: 'truncated', offset: r.offset, command: r.name, received: r.got })
      this.records = null
    }
    if (this.payload) {
      const p = this.payload
      out.pushCommand({
        type: 'truncated',
        offset: p.offset,
        command: p.name,
        received: p.headerLen + p.filled,
        expected: p.headerLen + p.needed
      })
      this.payload = null
    }
    out.flush()
    return out
  }

  private scan(buf: Buffer, i: number, base: number, out: CommandBatch): void {
    const n = buf.length
    if (this.nulEndsBarcode && i < n) {
      this.nulEndsBarcode = false
      if (buf[i] === NUL) i++
    }
    while (i < n) {
      // The common case: no text, unknown bytes or picture bands carried over, single-byte text.
      if (this.textLen === 0 && this.unkLen === 0 && this.bands === null && !this.kanji) {
        i = this.fast(buf, i, base, out)
        if (this.payload || this.records) {
          i = this.resume(buf, i, out)
          if (i < 0) return
          continue
        }
        if (i >= n) return
      }
      const b = buf[i]!
      if (b >= 0x20 || b === HT) {
        let j = i
        let or = 0
        while (j < n) {
          const c = buf[j]!
          if (c < 0x20 && c !== HT) break
          or |= c
          j++
        }
        this.text(buf, i, j, base + i, or < 0x80, j < n, out)
        i = j
        continue
      }
      if (this.textLen !== 0) this.flushText(out)
      const r = this.command(buf, i, base, out)
      if (r === NEED_MORE) {
        this.pending = Buffer.from(buf.subarray(i))
        return
      }
      i = this.resume(buf, r, out)
      if (i < 0) return
    }
  }

  /**
   * Feeds a payload or record-structured command in progress from buf[i..]: returns where parsing
   * goes on, or -1 when the chunk ended inside it.
   */
  private resume(buf: Buffer, i: number, out: CommandBatch): number {
    if (this.payload) {
      i = this.fill(buf, i, out)
      if (this.payload) return -1
    }
    if (this.records) {
      i = this.skipRecords(buf, i, out)
      if (this.records) return -1
    }
    return i
  }

  /**
   * The printer's hot loop: the commands encoders write around every line (text runs, LF, CR, the
   * one-parameter ESC, GS and FS settings, cuts, DLE EOT), complete in the chunk, written straight
   * into the batch's arrays with no call per command. Returns where it stopped: the chunk's end,
   * or a byte it leaves to the general path (`command`), which gives the same entries for
   * everything this loop handles. Only entered with no text, unknown bytes or bands pending and
   * Kanji mode off; it returns as soon as a command turns Kanji mode on.
   *
   * Why by hand, in one function: encoder output is ~6 bytes per command, and a method call, a
   * capacity check and a field load per command cost the printer more than its network I/O.
   */
  private fast(buf: Buffer, i: number, base: number, out: CommandBatch): number {
    const n = buf.length
    // At most one entry per byte: the loop stops before the batch is full, so it needs no check
    // per entry. When the room runs out first, the loop starts again with more.
    const room = out.room(Math.min(n - i, 4096) + 1)
    const stop = i + Math.min(n - i, room - 1)
    const codes = out.codes
    const params = out.params
    const offsets = out.offsets
    // Runs this long or longer are split or decoded at once: text() does that.
    const max = Math.min(this.maxText, MAX_RAW_TEXT + 1)
    const extras = out.extras
    let k = out.end
    // The last entry that prints and the text handle, kept in locals (written back at the end and
    // around calls into the general path).
    let lastPrint = out.lastPrint
    let ref: TextBytes | null = null
    while (i < stop) {
      const b = buf[i]!
      if (b >= 0x20 || b === HT) {
        let j = i + 1
        let or = b
        while (j < n) {
          const c = buf[j]!
          if (c < 0x20 && c !== HT) break
          or |= c
          j++
        }
        // A run open at the chunk's end, or one to split, is collected by text().
        if (j === n || j - i >= max) break
        const pos = out.place(buf, i, j)
        // place() may have opened a new slab: the handle follows it.
        if (ref === null || ref.bytes !== out.slab) ref = out.textRef(this.encoding)
        codes[k] = C.text
        lastPrint = k
        params[k] = textParam(pos, j - i, or < 0x80)
        offsets[k] = base + i
        extras[k] = ref
        out.noteExtra(k)
        k++
        i = j
        continue
      }
      let code: number
      let param = 0
      let len: number
      if (b === LF || b === CR) {
        code = b === LF ? C.lf : C.cr
        len = 1
      } else if (n - i < 3) {
        // Commands cut by the chunk's end, and ESC @ / FS . as its last bytes: the general path.
        code = -1
        len = 0
      } else if (b === ESC) {
        const c = buf[i + 1]!
        const v = buf[i + 2]!
        len = 3
        switch (c) {
          case 0x40: // ESC @
            this.initialize()
            if (ref !== null && ref.encoding !== this.encoding) ref = null
            code = C.init
            len = 2
            break
          case 0x61:
            code = C.align
            param = alignParam(v)
            break
          case 0x74:
            this.setTable(encodingForTable(v) ?? DEFAULT_ENCODING)
            if (ref !== null && ref.encoding !== this.encoding) ref = null
            code = C.codeTable
            param = v
            break
          case 0x45:
            code = C.bold
            param = v & 1
            break
          case 0x47:
            code = C.doubleStrike
            param = v & 1
            break
          case 0x4d:
            code = C.font
            param = fontParam(v)
            break
          case 0x21:
            code = C.mode
            param = v
            break
          case 0x2d:
            code = C.underline
            param = underlineParam(v)
            break
          case 0x64:
            code = C.feed
            param = v | FEED_LINES
            break
          case 0x4a:
            code = C.feed
            param = v | FEED_DOTS
            break
          case 0x65:
            code = C.feed
            param = v | FEED_REVERSE
            break
          case 0x32: // ESC 2
            code = C.lineSpacing
            param = -1
            len = 2
            break
          case 0x33:
            code = C.lineSpacing
            param = v
            break
          case 0x69: // ESC i, ESC m
          case 0x6d:
            code = C.cut
            param = cutParam(c === 0x69)
            len = 2
            break
          default:
            code = -1
            len = 0
        }
      } else if (b === GS) {
        const c = buf[i + 1]!
        const v = buf[i + 2]!
        if (c === 0x28 && v === 0x6b && n - i >= 5) {
          // GS ( k, a QR code's 4-5 functions: straight to qrFunction when the data is all here.
          const p = buf[i + 3]! + buf[i + 4]! * 256
          if (p <= this.maxPayload && n - i - 5 >= p) {
            // The settings a QR code starts with (model, module size, error level: cn 49, fn
            // 65/67/69, one value) are kept here; the rest goes to qrFunction.
            const fn = buf[i + 6]!
            if (p === 3 && buf[i + 5] === 0x31 && (fn === 0x41 || fn === 0x43 || fn === 0x45)) {
              this.qrSetting(fn, buf[i + 7]!)
              i += 8
              continue
            }
            out.end = k
            out.lastPrint = lastPrint
            this.qrFunction(base + i, buf, i + 5, p, out)
            k = out.end
            lastPrint = out.lastPrint
            i += 5 + p
            continue
          }
        }
        len = 3
        switch (c) {
          case 0x21:
            code = C.size
            param = v & 0x77
            break
          case 0x42:
            code = C.invert
            param = v & 1
            break
          case 0x68:
            code = C.barcodeHeight
            param = v
            break
          case 0x77:
            code = C.barcodeWidth
            param = v
            break
          case 0x48:
            code = C.hriPosition
            param = hriPositionParam(v)
            break
          case 0x66:
            code = C.hriFont
            param = hriFont(v)
            break
          case 0x56:
            code = C.cut
            if (v === 0 || v === 1 || v === 48 || v === 49) {
              param = cutParam(v === 0 || v === 48)
            } else if (
              n - i >= 4 &&
              (v === 65 || v === 66 || v === 97 || v === 98 || v === 103 || v === 104)
            ) {
              param = feedCutParam(v, buf[i + 3]!)
              len = 4
            } else code = -1
            break
          default:
            code = -1
        }
      } else if (b === DLE && buf[i + 1] === EOT) {
        const v = buf[i + 2]!
        code = C.status
        param = v
        len = 3
        if (v === 7 || v === 8 || v === 18) {
          if (n - i < 4) code = -1
          len = 4
        }
      } else if (b === FS && buf[i + 1] === 0x2e) {
        // FS . (Kanji mode off); FS & turns it on, which this loop leaves to the general path.
        this.setKanji(false)
        if (ref !== null && ref.encoding !== this.encoding) ref = null
        code = C.kanji
        len = 2
      } else {
        code = -1
        len = 0
      }
      if (code < 0) {
        // Everything else through the general path, without leaving this loop when it can go on.
        out.end = k
        out.lastPrint = lastPrint
        const r = this.command(buf, i, base, out)
        k = out.end
        lastPrint = out.lastPrint
        // The general path may change the code page or open a new slab.
        ref = null
        if (r === NEED_MORE) {
          this.pending = Buffer.from(buf.subarray(i))
          i = n
          break
        }
        i = r
        if (
          this.payload !== null ||
          this.records !== null ||
          this.unkLen !== 0 ||
          this.bands !== null ||
          this.kanji
        )
          break
        continue
      }
      if (code === C.feed) lastPrint = k
      else if (code === C.cut) {
        lastPrint = k
        out.addCut(k)
      }
      codes[k] = code
      params[k] = param
      offsets[k] = base + i
      k++
      i += len
      // ESC @ turns Kanji mode on where it is on at power-on (`kanjiOn`).
      if (this.kanji) break
    }
    out.end = k
    out.lastPrint = lastPrint
    return i
  }

  /** Adds the text bytes [i, j); `closed` says a control byte follows in this chunk. */
  private text(
    buf: Buffer,
    i: number,
    j: number,
    offset: number,
    ascii: boolean,
    closed: boolean,
    out: CommandBatch
  ): void {
    if (this.unkLen !== 0) this.flushUnknown(out)
    if (this.bands !== null) this.flushBands(out)
    const max = this.maxText
    if (this.textLen === 0) {
      // Fast path: whole entries straight from the chunk, no copy.
      while (j - i >= max || (closed && j > i)) {
        const k = j - i >= max && !ascii ? i + this.wholeChars(buf, i, max) : Math.min(j, i + max)
        out.pushText(buf, i, k, offset, this.encoding, ascii)
        offset += k - i
        i = k
      }
      if (i === j) return
      this.textOffset = offset
      this.textAscii = ascii
    } else {
      this.textAscii &&= ascii
    }
    this.textBuf ??= Buffer.allocUnsafe(max)
    while (i < j) {
      const k = Math.min(j, i + (max - this.textLen))
      buf.copy(this.textBuf, this.textLen, i, k)
      this.textLen += k - i
      i = k
      if (this.textLen === max) this.flushFullText(out, ascii)
    }
    if (closed) this.flushText(out)
  }

  /**
   * A text entry that reached `maxText` bytes: flushed, except for a double-byte character it
   * would cut in two (Kanji mode), which starts the next entry, as the fast path in text() cuts.
   * `ascii`: whether the run being copied is all ASCII, which the next entry inherits (flushText
   * resets the flag for a new run; this entry continues the same one).
   */
  private flushFullText(out: CommandBatch, ascii: boolean): void {
    const whole = this.textAscii ? this.textLen : this.wholeChars(this.textBuf!, 0, this.textLen)
    const rest = this.textLen - whole
    this.textLen = whole
    this.flushText(out)
    this.textAscii = ascii
    if (rest === 0) return
    this.textBuf!.copyWithin(0, whole, whole + rest)
    this.textLen = rest
  }

  /**
   * How many of the `len` bytes at `start` are whole characters: all of them, except in Kanji mode
   * when the last character's bytes run past `len` (then it is left for the next entry).
   */
  private wholeChars(bytes: Uint8Array, start: number, len: number): number {
    if (!this.kanji) return len
    let k = 0
    while (k < len) {
      const w = kanjiCharBytes(this.kanjiEncoding, bytes[start + k]!, bytes[start + k + 1])
      if (k + w > len) break
      k += w
    }
    return k > 0 ? k : len
  }

  private flushText(out: CommandBatch): void {
    if (this.textLen === 0) return
    out.pushText(this.textBuf!, 0, this.textLen, this.textOffset, this.encoding, this.textAscii)
    this.textOffset += this.textLen
    this.textLen = 0
    this.textAscii = true
  }

  private unknown(buf: Uint8Array, i: number, len: number, offset: number): void {
    if (this.unkLen === 0) this.unkOffset = offset
    this.unkLen += len
    // Keep at most 16 bytes of sample so a flood of garbage costs constant memory.
    if (this.unkHex.length < 32) this.unkHex = (this.unkHex + hex(buf, i, i + len)).slice(0, 32)
  }

  private flushUnknown(out: CommandBatch): void {
    if (this.unkLen === 0) return
    if (this.bands !== null) this.flushBands(out)
    out.pushCommand({
      type: 'unknown',
      offset: this.unkOffset,
      length: this.unkLen,
      hex: this.unkHex
    })
    this.unkLen = 0
    this.unkHex = ''
  }

  /** Emits a known command (after any merged unknown bytes, so the log keeps stream order). */
  private emit(out: CommandBatch, c: Command): void {
    if (this.unkLen !== 0) this.flushUnknown(out)
    if (this.bands !== null) this.flushBands(out)
    out.pushCommand(c)
  }

  /** Emits a compact command: type code and one small parameter, no object (see compact.ts). */
  private put(out: CommandBatch, code: number, param: number, offset: number): void {
    if (this.unkLen !== 0) this.flushUnknown(out)
    // ESC 2 (default line spacing) is how band printers end a picture.
    if (this.bands !== null && (BAND_GAP[code] === 0 || (code === C.lineSpacing && param < 0)))
      this.flushBands(out)
    if (code === C.transmitStatus || code === C.printerId || code === C.asb) out.replies++
    out.push(code, param, offset, undefined)
  }

  /**
   * Parses the control command at buf[i]; returns the index after it, or NEED_MORE when the chunk
   * ends inside its header. Commands with a payload set `this.payload` and return the header end.
   */
  private command(buf: Buffer, i: number, base: number, out: CommandBatch): number {
    const avail = buf.length - i
    const offset = base + i
    const b = buf[i]!
    switch (b) {
      case LF:
        this.put(out, C.lf, 0, offset)
        return i + 1
      case CR:
        this.put(out, C.cr, 0, offset)
        return i + 1
      case FF:
        this.emit(out, { type: 'other', offset, name: 'FF' })
        return i + 1
      case CAN:
      case NUL:
      case BEL:
      case VT:
      case SO:
      case SI:
      case DC2:
      case DC4_BYTE:
        // Single-byte commands (BEL: buzzer; VT: vertical tab; SO/DC4 and SI/DC2: ESC/P double
        // width and condensed on/off) and NUL, which printers skip; clients send all of them.
        this.emit(out, { type: 'other', offset, name: CONTROL_NAMES[b]! })
        return i + 1
      case ESC:
        if (avail < 2) return NEED_MORE
        return this.esc(buf, i, avail, offset, out)
      case GS:
        if (avail < 2) return NEED_MORE
        return this.gs(buf, i, avail, offset, out)
      case DLE:
        if (avail < 2) return NEED_MORE
        return this.dle(buf, i, avail, offset, out)
      case FS:
        if (avail < 2) return NEED_MORE
        return this.fs(buf, i, avail, offset, out)
      default:
        this.unknown(buf, i, 1, offset)
        return i + 1
    }
  }

  /** An unknown 2-byte prefix: skip both bytes unless the second one is itself a control byte. */
  private unknownPrefix(buf: Buffer, i: number, offset: number): number {
    const len = buf[i + 1]! < 0x20 ? 1 : 2
    this.unknown(buf, i, len, offset)
    return i + len
  }

  private esc(buf: Buffer, i: number, avail: number, offset: number, out: CommandBatch): number {
    const c = buf[i + 1]!
    switch (c) {
      case 0x40: // ESC @
        this.initialize()
        this.put(out, C.init, 0, offset)
        return i + 2
      case 0x32: // ESC 2
        this.put(out, C.lineSpacing, -1, offset)
        return i + 2
      case 0x3c: // ESC <
        this.emit(out, { type: 'other', offset, name: 'ESC <' })
        return i + 2
      case 0x1d: {
        // ESC GS t n: Star's code page selection (Star printers in ESC/POS mode). Other Star
        // ESC GS commands are not read.
        if (avail < 3) return NEED_MORE
        if (buf[i + 2] !== 0x74) return this.unknownPrefix(buf, i, offset)
        if (avail < 4) return NEED_MORE
        const table = buf[i + 3]!
        this.setTable(encodingForStarTable(table) ?? DEFAULT_ENCODING)
        this.put(out, C.codeTable, 256 + table, offset)
        return i + 4
      }
      case 0x71: // ESC q: release paper (slip printers; escpos-php `release()`)
        this.emit(out, { type: 'other', offset, name: 'ESC q' })
        return i + 2
      case 0x0f: // ESC SI: condensed (ESC/P)
        this.emit(out, { type: 'other', offset, name: 'ESC SI' })
        return i + 2
      case 0x35: // ESC 5: italic off (ESC/P)
        this.emit(out, { type: 'other', offset, name: 'ESC 5' })
        return i + 2
      case 0x34: {
        // ESC 4: italic on; ESC/P has no parameter, encoders for clones send ESC 4 n (n = 0/1)
        if (avail < 3) return NEED_MORE
        const n = buf[i + 2]!
        this.emit(out, { type: 'other', offset, name: 'ESC 4' })
        return n === 0 || n === 1 || n === 0x30 || n === 0x31 ? i + 3 : i + 2
      }
      case 0x4c: // ESC L
      case 0x53: // ESC S
        this.emit(out, { type: 'other', offset, name: c === 0x4c ? 'ESC L' : 'ESC S' })
        return i + 2
      case 0x69: // ESC i
      case 0x6d: // ESC m
        this.put(out, C.cut, cutParam(c === 0x69), offset)
        return i + 2
      case 0x76: // ESC v (transmit paper sensor status, old models)
        this.put(out, C.transmitStatus, 1, offset)
        return i + 2
    }
    // Commands with parameters.
    switch (c) {
      case 0x21: {
        if (avail < 3) return NEED_MORE
        const n = buf[i + 2]!
        this.put(out, C.mode, n, offset)
        return i + 3
      }
      case 0x45: // ESC E
      case 0x47: {
        // ESC G
        if (avail < 3) return NEED_MORE
        this.put(out, c === 0x45 ? C.bold : C.doubleStrike, buf[i + 2]! & 1, offset)
        return i + 3
      }
      case 0x2d:
        if (avail < 3) return NEED_MORE
        this.put(out, C.underline, underlineParam(buf[i + 2]!), offset)
        return i + 3
      case 0x61:
        if (avail < 3) return NEED_MORE
        this.put(out, C.align, alignParam(buf[i + 2]!), offset)
        return i + 3
      case 0x64: // ESC d
      case 0x65: // ESC e
      case 0x4a: {
        // ESC J
        if (avail < 3) return NEED_MORE
        const n = buf[i + 2]!
        this.put(
          out,
          C.feed,
          n | (c === 0x4a ? FEED_DOTS : c === 0x64 ? FEED_LINES : FEED_REVERSE),
          offset
        )
        return i + 3
      }
      case 0x33:
        if (avail < 3) return NEED_MORE
        this.put(out, C.lineSpacing, buf[i + 2]!, offset)
        return i + 3
      case 0x74: {
        if (avail < 3) return NEED_MORE
        const table = buf[i + 2]!
        this.setTable(encodingForTable(table) ?? DEFAULT_ENCODING)
        this.put(out, C.codeTable, table, offset)
        return i + 3
      }
      case 0x4d:
        if (avail < 3) return NEED_MORE
        this.put(out, C.font, fontParam(buf[i + 2]!), offset)
        return i + 3
      case 0x42: // ESC B n t: buzzer on many ESC/POS printers (node-escpos `beep`)
        if (avail < 4) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: 'ESC B' })
        return i + 4
      case 0x5a: {
        // ESC Z m n k dL dH d1..dk: QR code in one command (ESC/POS clones' native QR)
        if (avail < 7) return NEED_MORE
        const len = buf[i + 5]! + buf[i + 6]! * 256
        return this.startPayload(
          'escZ',
          'ESC Z',
          buf,
          i,
          offset,
          7,
          len,
          buf[i + 4]!,
          buf[i + 3]!,
          out
        )
      }
      case 0x26: {
        // ESC & y c1 c2 [x d1..d(y*x)] for each character c1..c2: user-defined characters
        if (avail < 5) return NEED_MORE
        const y = buf[i + 2]!
        const c1 = buf[i + 3]!
        const c2 = buf[i + 4]!
        if (y < 1 || y > 3 || c1 < 32 || c2 > 126 || c2 < c1)
          return this.unknownPrefix(buf, i, offset)
        return this.startRecords(
          'ESC &',
          offset,
          i + 5,
          5,
          c2 - c1 + 1,
          1,
          (h) => h[0]! * y,
          buf,
          out
        )
      }
      case 0x70: // ESC p m t1 t2
        if (avail < 5) return NEED_MORE
        this.emit(out, {
          type: 'drawer',
          offset,
          pin: buf[i + 2]! & 1 ? 5 : 2,
          onMs: buf[i + 3]! * 2,
          offMs: buf[i + 4]! * 2
        })
        return i + 5
      case 0x63: // ESC c 3 n / ESC c 4 n / ESC c 5 n
        if (avail < 4) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: `ESC c ${String.fromCharCode(buf[i + 2]!)}` })
        return i + 4
      case 0x24: // ESC $ nL nH
      case 0x5c: // ESC \ nL nH
        if (avail < 4) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: c === 0x24 ? 'ESC $' : 'ESC \\' })
        return i + 4
      case 0x0c: // ESC FF: print the page (page mode)
        this.emit(out, { type: 'other', offset, name: 'ESC FF' })
        return i + 2
      case 0x37: // ESC 7 n1 n2 n3: heating dots, time and interval (clones, Adafruit's library)
        if (avail < 5) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: 'ESC 7' })
        return i + 5
      case 0x38: // ESC 8 n1 n2: sleep after n seconds idle (clones)
        if (avail < 4) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: 'ESC 8' })
        return i + 4
      case 0x57: // ESC W: 8 parameter bytes
        if (avail < 10) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: 'ESC W' })
        return i + 10
      case 0x44: {
        // ESC D n1..nk NUL (k <= 32)
        const limit = Math.min(buf.length, i + 35)
        let end = -1
        for (let k = i + 2; k < limit; k++) {
          if (buf[k] === 0) {
            end = k
            break
          }
        }
        if (end < 0) {
          if (avail < 35) return NEED_MORE
          return this.unknownPrefix(buf, i, offset)
        }
        this.emit(out, { type: 'other', offset, name: 'ESC D' })
        return end + 1
      }
      case 0x2a: {
        // ESC * m nL nH d1..dk
        if (avail < 5) return NEED_MORE
        const m = buf[i + 2]!
        const dots = buf[i + 3]! + buf[i + 4]! * 256
        const k = m === 32 || m === 33 ? dots * 3 : dots
        return this.startPayload('escStar', 'ESC *', buf, i, offset, 5, k, dots, m, out)
      }
      case 0x28: {
        // ESC ( x pL pH ...
        if (avail < 5) return NEED_MORE
        const fn = buf[i + 2]!
        const p = buf[i + 3]! + buf[i + 4]! * 256
        return this.startPayload(
          'escParen',
          `ESC ( ${String.fromCharCode(fn)}`,
          buf,
          i,
          offset,
          5,
          p,
          fn,
          0,
          out
        )
      }
    }
    const name = ESC_ONE_PARAM[c]
    if (name !== undefined) {
      if (avail < 3) return NEED_MORE
      this.emit(out, { type: 'other', offset, name })
      return i + 3
    }
    return this.unknownPrefix(buf, i, offset)
  }

  private gs(buf: Buffer, i: number, avail: number, offset: number, out: CommandBatch): number {
    const c = buf[i + 1]!
    switch (c) {
      case 0x21: {
        if (avail < 3) return NEED_MORE
        const n = buf[i + 2]!
        this.put(out, C.size, n & 0x77, offset)
        return i + 3
      }
      case 0x42:
        if (avail < 3) return NEED_MORE
        this.put(out, C.invert, buf[i + 2]! & 1, offset)
        return i + 3
      case 0x56: {
        if (avail < 3) return NEED_MORE
        const m = buf[i + 2]!
        if (m === 0 || m === 1 || m === 48 || m === 49) {
          this.put(out, C.cut, cutParam(m === 0 || m === 48), offset)
          return i + 3
        }
        if (m === 65 || m === 66 || m === 97 || m === 98 || m === 103 || m === 104) {
          if (avail < 4) return NEED_MORE
          this.put(out, C.cut, feedCutParam(m, buf[i + 3]!), offset)
          return i + 4
        }
        return this.unknownPrefix(buf, i, offset)
      }
      case 0x68:
        if (avail < 3) return NEED_MORE
        this.put(out, C.barcodeHeight, buf[i + 2]!, offset)
        return i + 3
      case 0x77:
        if (avail < 3) return NEED_MORE
        this.put(out, C.barcodeWidth, buf[i + 2]!, offset)
        return i + 3
      case 0x48:
        if (avail < 3) return NEED_MORE
        this.put(out, C.hriPosition, hriPositionParam(buf[i + 2]!), offset)
        return i + 3
      case 0x66:
        if (avail < 3) return NEED_MORE
        this.put(out, C.hriFont, hriFont(buf[i + 2]!), offset)
        return i + 3
      case 0x61:
        if (avail < 3) return NEED_MORE
        this.put(out, C.asb, buf[i + 2]!, offset)
        return i + 3
      case 0x49: // GS I n: 1-3 and 49-51 ID bytes, 65-69 information strings
        if (avail < 3) return NEED_MORE
        this.put(out, C.printerId, buf[i + 2]!, offset)
        return i + 3
      case 0x72:
        if (avail < 3) return NEED_MORE
        this.put(out, C.transmitStatus, buf[i + 2]! >= 48 ? buf[i + 2]! - 48 : buf[i + 2]!, offset)
        return i + 3
      case 0x6b: {
        if (avail < 3) return NEED_MORE
        const m = buf[i + 2]!
        if (m <= 6) {
          // Form A: data up to NUL. UPC-A, UPC-E, EAN13 and EAN8 (m 0-3) take digits only: a
          // printer prints them once it has 12, 12, 13 or 8 and treats what follows as normal data,
          // and a byte that is not a digit ends the command too (Epson's notes on GS k). Clients
          // that leave out the NUL (the Ruby escpos gem) rely on that.
          const most = m <= 3 ? FIXED_DIGITS_A[m]! : MAX_BARCODE_A
          const limit = Math.min(buf.length, i + 3 + most + 1)
          let end = -1
          let next = -1
          for (let k = i + 3; k < limit; k++) {
            const d = buf[k]!
            if (d === NUL) {
              end = k
              next = k + 1
              break
            }
            if (m <= 3 && (d < 0x30 || d > 0x39)) {
              end = next = k
              break
            }
            if (m <= 3 && k - i - 2 === most) {
              end = next = k + 1
              // All digits in: a NUL right after is still this command's end, here or in the next read.
              if (next < buf.length) {
                if (buf[next] === NUL) next++
              } else this.nulEndsBarcode = true
              break
            }
          }
          if (end < 0) {
            if (limit === buf.length && avail < 3 + most + 1) return NEED_MORE
            return this.unknownPrefix(buf, i, offset)
          }
          this.rawBarcode(out, offset, buf, i + 3, end, SYMBOLOGY_A[m]!, m, 'A')
          return next
        }
        if (m >= 65 && m <= 79) {
          if (avail < 4) return NEED_MORE
          return this.startPayload('barcodeB', 'GS k', buf, i, offset, 4, buf[i + 3]!, m, 0, out)
        }
        return this.unknownPrefix(buf, i, offset)
      }
      case 0x76: // GS v 0 m xL xH yL yH
      case 0x51: {
        // GS Q 0 (variable vertical size bit image): same layout
        if (avail < 3) return NEED_MORE
        if (buf[i + 2] !== 0x30) return this.unknownPrefix(buf, i, offset)
        if (avail < 8) return NEED_MORE
        const x = buf[i + 4]! + buf[i + 5]! * 256
        const y = buf[i + 6]! + buf[i + 7]! * 256
        const kind = c === 0x76 ? 'gsv0' : 'gsq0'
        return this.startPayload(
          kind,
          c === 0x76 ? 'GS v 0' : 'GS Q 0',
          buf,
          i,
          offset,
          8,
          x * y,
          x,
          y,
          out
        )
      }
      case 0x28: {
        // GS ( x pL pH ...
        if (avail < 5) return NEED_MORE
        const fn = buf[i + 2]!
        const p = buf[i + 3]! + buf[i + 4]! * 256
        return this.startPayload(
          'gsParen',
          `GS ( ${String.fromCharCode(fn)}`,
          buf,
          i,
          offset,
          5,
          p,
          fn,
          0,
          out
        )
      }
      case 0x38: {
        // GS 8 L p1 p2 p3 p4 ... (32-bit length)
        if (avail < 3) return NEED_MORE
        if (buf[i + 2] !== 0x4c) return this.unknownPrefix(buf, i, offset)
        if (avail < 7) return NEED_MORE
        const p = buf.readUInt32LE(i + 3)
        return this.startPayload('gs8L', 'GS 8 L', buf, i, offset, 7, p, 0, 0, out)
      }
      case 0x2a: {
        // GS * x y d1..d(x*y*8)
        if (avail < 4) return NEED_MORE
        const k = buf[i + 2]! * buf[i + 3]! * 8
        return this.startPayload('gsStar', 'GS *', buf, i, offset, 4, k, 0, 0, out)
      }
      case 0x4c: // GS L nL nH
      case 0x57: // GS W
      case 0x50: // GS P x y
      case 0x24: // GS $
      case 0x5c: {
        // GS \
        if (avail < 4) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: `GS ${String.fromCharCode(c)}` })
        return i + 4
      }
      case 0x5e: // GS ^ r t m
      case 0x7a: // GS z 0 t1 t2: online recovery wait time
        if (avail < 5) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: c === 0x5e ? 'GS ^' : 'GS z' })
        return i + 5
      case 0x67: // GS g 0 m nL nH / GS g 2 m nL nH: maintenance counters (reset / transmit)
        if (avail < 6) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: `GS g ${buf[i + 2]! & 0x0f}` })
        return i + 6
      case 0x3a: // GS :
        this.emit(out, { type: 'other', offset, name: 'GS :' })
        return i + 2
    }
    const name = GS_ONE_PARAM[c]
    if (name !== undefined) {
      if (avail < 3) return NEED_MORE
      this.emit(out, { type: 'other', offset, name })
      return i + 3
    }
    return this.unknownPrefix(buf, i, offset)
  }

  private dle(buf: Buffer, i: number, avail: number, offset: number, out: CommandBatch): number {
    const c = buf[i + 1]!
    if (c === EOT) {
      if (avail < 3) return NEED_MORE
      const n = buf[i + 2]!
      // n = 7 (ink), 8 (peeler) and 18 (interface / customer display) carry one more byte.
      if (n === 7 || n === 8 || n === 18) {
        if (avail < 4) return NEED_MORE
        this.put(out, C.status, n, offset)
        return i + 4
      }
      this.put(out, C.status, n, offset)
      return i + 3
    }
    if (c === ENQ) {
      if (avail < 3) return NEED_MORE
      this.emit(out, { type: 'other', offset, name: 'DLE ENQ' })
      return i + 3
    }
    if (c === DC4) {
      if (avail < 3) return NEED_MORE
      const fn = buf[i + 2]!
      const len = fn === 7 ? 4 : fn === 8 ? 10 : fn >= 1 && fn <= 3 ? 5 : 0
      if (len === 0) return this.unknownPrefix(buf, i, offset)
      if (avail < len) return NEED_MORE
      this.emit(out, { type: 'other', offset, name: `DLE DC4 ${fn}` })
      return i + len
    }
    return this.unknownPrefix(buf, i, offset)
  }

  private fs(buf: Buffer, i: number, avail: number, offset: number, out: CommandBatch): number {
    const c = buf[i + 1]!
    switch (c) {
      case 0x26: // FS &
      case 0x2e: // FS .
        this.setKanji(c === 0x26)
        this.put(out, C.kanji, c === 0x26 ? 1 : 0, offset)
        return i + 2
      case 0x21: // FS ! n
      case 0x2d: // FS - n
      case 0x43: // FS C n
      case 0x57: // FS W n: quadruple-size Kanji
        if (avail < 3) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: `FS ${String.fromCharCode(c)}` })
        return i + 3
      case 0x71: {
        // FS q n [xL xH yL yH d1..d(x*y*8)] x n: define NV bit images
        if (avail < 3) return NEED_MORE
        const n = buf[i + 2]!
        if (n === 0) return this.unknownPrefix(buf, i, offset)
        const size = (h: number[]): number => (h[0]! + h[1]! * 256) * (h[2]! + h[3]! * 256) * 8
        return this.startRecords('FS q', offset, i + 3, 3, n, 4, size, buf, out)
      }
      case 0x70: // FS p n m
      case 0x53: // FS S n1 n2: Kanji character spacing
      case 0x3f: // FS ? c1 c2: cancel a user-defined Kanji character
        if (avail < 4) return NEED_MORE
        this.emit(out, { type: 'other', offset, name: `FS ${String.fromCharCode(c)}` })
        return i + 4
      case 0x28: {
        if (avail < 5) return NEED_MORE
        const fn = buf[i + 2]!
        const p = buf[i + 3]! + buf[i + 4]! * 256
        return this.startPayload(
          'fsParen',
          `FS ( ${String.fromCharCode(fn)}`,
          buf,
          i,
          offset,
          5,
          p,
          fn,
          0,
          out
        )
      }
    }
    return this.unknownPrefix(buf, i, offset)
  }

  /**
   * Starts a length-prefixed payload after a complete header. When the whole payload is in this
   * chunk it is handled in place (no copy); otherwise it is collected by `fill` across chunks, or
   * skipped when the claim is over the limit.
   */
  private startPayload(
    kind: PayloadKind,
    name: string,
    buf: Buffer,
    i: number,
    offset: number,
    headerLen: number,
    needed: number,
    a: number,
    b: number,
    out: CommandBatch
  ): number {
    const start = i + headerLen
    if (needed <= this.maxPayload && buf.length - start >= needed) {
      this.finish(kind, name, offset, buf, start, start + needed, a, b, out)
      return start + needed
    }
    let target: Buffer | null = null
    if (needed > this.maxPayload) {
      this.emit(out, {
        type: 'oversize',
        offset,
        command: name,
        claimed: needed,
        limit: this.maxPayload
      })
    } else {
      target = Buffer.allocUnsafe(needed)
    }
    this.payload = { kind, name, offset, headerLen, needed, filled: 0, buf: target, a, b }
    return start
  }

  /** Starts skipping a record-structured command whose own header (`headerLen` bytes) ends at `i`. */
  private startRecords(
    name: string,
    offset: number,
    i: number,
    headerLen: number,
    count: number,
    recordHeaderLen: number,
    size: (header: number[]) => number,
    buf: Buffer,
    out: CommandBatch
  ): number {
    this.records = {
      name,
      offset,
      got: headerLen,
      headerLen: recordHeaderLen,
      left: count,
      header: [],
      skip: 0,
      size
    }
    return this.skipRecords(buf, i, out)
  }

  /** Skips record headers and data from buf[i..]; logs the command once its last record ends. */
  private skipRecords(buf: Buffer, i: number, out: CommandBatch): number {
    const r = this.records!
    const n = buf.length
    for (;;) {
      if (r.skip > 0) {
        if (i >= n) return i
        const take = Math.min(r.skip, n - i)
        r.skip -= take
        r.got += take
        i += take
        continue
      }
      if (r.left === 0) {
        this.records = null
        this.emit(out, { type: 'other', offset: r.offset, name: r.name })
        return i
      }
      if (i >= n) return i
      r.header.push(buf[i++]!)
      r.got++
      if (r.header.length === r.headerLen) {
        r.skip = r.size(r.header)
        r.header = []
        r.left--
      }
    }
  }

  /** Feeds payload bytes from buf[i..]; returns the index after what it took. */
  private fill(buf: Buffer, i: number, out: CommandBatch): number {
    const p = this.payload!
    const take = Math.min(p.needed - p.filled, buf.length - i)
    if (p.buf) buf.copy(p.buf, p.filled, i, i + take)
    p.filled += take
    if (p.filled === p.needed) {
      this.payload = null
      if (p.buf) this.finish(p.kind, p.name, p.offset, p.buf, 0, p.buf.length, p.a, p.b, out)
    }
    return i + take
  }

  /** Turns a complete payload into log entries. */
  private finish(
    kind: PayloadKind,
    name: string,
    offset: number,
    buf: Buffer,
    start: number,
    end: number,
    a: number,
    b: number,
    out: CommandBatch
  ): void {
    // QR functions and barcodes read their data in place (`buf[start, end)`); the rest gets a view.
    switch (kind) {
      case 'gsv0':
      case 'gsq0':
        this.raster(name, offset, buf.subarray(start, end), a, b, out)
        return
      case 'escStar':
        this.band(offset, buf.subarray(start, end), a, b, out)
        return
      case 'barcodeB':
        this.rawBarcode(out, offset, buf, start, end, SYMBOLOGY_B[a] ?? 'UNKNOWN', a, 'B')
        return
      case 'gsParen':
        if (a === 0x6b) this.qrFunction(offset, buf, start, end - start, out)
        else if (a === 0x4c) this.graphics(name, offset, buf.subarray(start, end), out)
        else this.emit(out, { type: 'other', offset, name })
        return
      case 'gs8L':
        this.graphics(name, offset, buf.subarray(start, end), out)
        return
      case 'escZ': {
        // a: module size k; b: error correction n, as a letter (L M Q H) or 0..3
        const level =
          b <= 3 ? QR_LEVELS[b]! : b === 0x4d ? 'M' : b === 0x51 ? 'Q' : b === 0x48 ? 'H' : 'L'
        this.emit(out, {
          type: 'qr',
          offset,
          source: 'native',
          data: buf.toString('utf8', start, end),
          size: a,
          level
        })
        return
      }
      default:
        this.emit(out, { type: 'other', offset, name })
    }
  }

  /**
   * Logs an ESC * column image (one band: 8 or 24 dots high, `m` its mode) and stacks it under the
   * previous band, so that a QR code printed band by band (line feeds or ESC J between bands) is
   * found once the bands end.
   */
  private band(offset: number, data: Buffer, columns: number, m: number, out: CommandBatch): void {
    const dots = m === 32 || m === 33 ? 24 : 8
    // A band of another size or mode ends the run; `emit` would end it in any case.
    if (this.unkLen !== 0) this.flushUnknown(out)
    if (this.bands !== null && (this.bands.mode !== m || this.bands.columns !== columns))
      this.flushBands(out)
    out.pushCommand({
      type: 'image',
      offset,
      form: 'ESC *',
      widthDots: columns,
      heightDots: dots,
      bytes: data.length
    })
    if (!this.rasterQr) return
    // Square dots for the decoder: single density is half as fine across, 8-dot modes a third as
    // fine down (Epson: 90 / 180 dpi across, 60 / 180 dpi down).
    const sx = m === 0 || m === 32 ? 2 : 1
    const sy = m === 0 || m === 1 ? 3 : 1
    const widthBytes = Math.ceil((columns * sx) / 8)
    let b = this.bands
    const rows = dots * sy
    if (columns * sx > MAX_BAND_DOTS || (b?.height ?? 0) + rows > MAX_BAND_DOTS) {
      if (b !== null) this.flushBands(out)
      return
    }
    b ??= this.bands = { mode: m, columns, widthBytes, offset, rows: [], height: 0, dots: 0 }
    const band = Buffer.alloc(widthBytes * rows)
    const per = dots / 8
    for (let x = 0; x < columns; x++) {
      for (let r = 0; r < dots; r++) {
        const byte = data[x * per + (r >> 3)]
        if (byte === undefined || ((byte >> (7 - (r & 7))) & 1) === 0) continue
        for (let dx = 0; dx < sx; dx++) {
          const X = x * sx + dx
          for (let dy = 0; dy < sy; dy++)
            band[(r * sy + dy) * widthBytes + (X >> 3)]! |= 0x80 >> (X & 7)
        }
      }
    }
    b.rows.push(band)
    b.height += rows
    b.dots += dots
  }

  /** Ends a run of ESC * bands: logs a `qr` (after the bands' images) when they hold a QR code. */
  private flushBands(out: CommandBatch): void {
    const b = this.bands!
    this.bands = null
    if (b.height < 21) return
    const data = decodeRasterQr(Buffer.concat(b.rows), b.widthBytes, b.height, this.qrBudget)
    if (typeof data !== 'string') return
    out.pushCommand({
      type: 'qr',
      offset: b.offset,
      source: 'image',
      data,
      widthDots: b.columns,
      heightDots: b.dots
    })
  }

  private raster(
    form: string,
    offset: number,
    data: Buffer,
    widthBytes: number,
    height: number,
    out: CommandBatch,
    widthDots = widthBytes * 8
  ): void {
    if (this.rasterQr) {
      const qr = decodeRasterQr(data, widthBytes, height, this.qrBudget)
      if (typeof qr === 'string') {
        this.emit(out, {
          type: 'qr',
          offset,
          source: 'image',
          data: qr,
          widthDots,
          heightDots: height
        })
        return
      }
    }
    this.emit(out, {
      type: 'image',
      offset,
      form,
      widthDots,
      heightDots: height,
      bytes: data.length
    })
  }

  /** GS ( L / GS 8 L: m fn ...; fn 112 stores a raster (a bx by c xL xH yL yH data). */
  private graphics(name: string, offset: number, data: Buffer, out: CommandBatch): void {
    const fn = data[1]
    if ((fn === 112 || fn === 113) && data.length >= 10) {
      const x = data[6]! + data[7]! * 256
      const y = data[8]! + data[9]! * 256
      const wb = Math.ceil(x / 8)
      if (fn === 112 && data.length >= 10 + wb * y) {
        // x is in dots here (GS v 0 gives bytes): a row is padded to whole bytes, x is what prints.
        this.raster(name, offset, data.subarray(10, 10 + wb * y), wb, y, out, x)
      } else {
        this.emit(out, {
          type: 'image',
          offset,
          form: name,
          widthDots: x,
          heightDots: y,
          bytes: data.length - 10
        })
      }
      return
    }
    this.emit(out, { type: 'other', offset, name: `${name} fn ${fn ?? '?'}` })
  }

  /**
   * GS ( k store (fn 80) and print (fn 81) of the 2D codes other than QR: the data follows m (and,
   * for GS1 DataBar and Composite, one more byte); printing logs one `code2d` entry with it.
   */
  private code2d(
    symbology: Symbology2d,
    k: number,
    fn: number,
    offset: number,
    buf: Buffer,
    start: number,
    len: number,
    out: CommandBatch
  ): void {
    if (fn === 0x50) {
      const from = start + (k === 3 || k === 4 ? 4 : 3)
      this.data2d[k] = from < start + len ? qrText(buf, from, start + len) : ''
      return
    }
    this.emit(out, { type: 'code2d', offset, symbology, data: this.data2d[k] ?? '' })
  }

  /** A barcode entry whose data stays raw bytes in the arena until it is read (see BarcodeBytes). */
  private rawBarcode(
    out: CommandBatch,
    offset: number,
    buf: Buffer,
    start: number,
    end: number,
    symbology: Symbology,
    system: number,
    form: 'A' | 'B'
  ): void {
    if (this.unkLen !== 0) this.flushUnknown(out)
    if (this.bands !== null) this.flushBands(out)
    const pos = out.place(buf, start, end)
    out.push(
      C.barcode,
      dataParam(pos, end - start),
      offset,
      out.barcodeRef(symbology, system, form)
    )
  }

  /**
   * A QR setting (GS ( k cn 49): fn 65 the model (n = 49-51), 67 the module size (1-16), 69 the
   * error level (48-51: L, M, Q, H). A value out of range is ignored, as a printer keeps the one
   * it had.
   */
  private qrSetting(fn: number, n: number): void {
    if (fn === 0x43) {
      if (n >= 1 && n <= 16) this.qrSize = n
    } else if (fn === 0x41) {
      if (n >= 49 && n <= 51) this.qrModel = n - 48
    } else if (n >= 48 && n <= 51) this.qrLevel = QR_LEVELS[n - 48]!
  }

  /** GS ( k cn fn ...: QR settings are kept; "print" logs one `qr` entry. */
  private qrFunction(
    offset: number,
    buf: Buffer,
    start: number,
    len: number,
    out: CommandBatch
  ): void {
    // Read in place (buf[start, start + len)): a QR code is 4-5 of these, and a subarray view per
    // function cost more than the rest of its handling.
    const cn = len > 0 ? buf[start] : undefined
    const fn = len > 1 ? buf[start + 1] : undefined
    if (cn !== 0x31 || fn === undefined) {
      const symbology = cn !== undefined && fn !== undefined ? SYMBOLS_2D[cn - 0x30] : undefined
      if (symbology !== undefined && (fn === 0x50 || fn === 0x51)) {
        this.code2d(symbology, cn! - 0x30, fn!, offset, buf, start, len, out)
        return
      }
      // The other 2D codes' settings are kept by the printer, like QR's; anything else is logged.
      if (symbology !== undefined && fn! >= 0x41 && fn! <= 0x48) return
      this.emit(out, { type: 'other', offset, name: `GS ( k cn=${cn ?? '?'} fn=${fn ?? '?'}` })
      return
    }
    switch (fn) {
      case 0x41:
      case 0x43:
      case 0x45:
        if (len >= 3) this.qrSetting(fn, buf[start + 2]!)
        return
      case 0x50: {
        // store data (after m): kept as bytes, decoded when read (most are never read)
        const n = len > 3 ? len - 3 : 0
        if (this.qrPin !== null) out.unpin(this.qrPin)
        this.qrPin = null
        if (n <= MAX_RAW_DATA) {
          this.qrStart = out.place(buf, start + 3, start + 3 + n)
          this.qrEnd = this.qrStart + n
          this.qrBytes = out.slab
          // A later print may need the data: its slab is not reused meanwhile.
          this.qrPin = out.pin()
        } else {
          this.qrBytes = null
          this.qrData = qrText(buf, start + 3, start + len)
        }
        return
      }
      case 0x51: {
        if (this.unkLen !== 0) this.flushUnknown(out)
        if (this.bands !== null) this.flushBands(out)
        const qrBytes = this.qrBytes
        if (qrBytes !== null) {
          const ref = out.qrRef(qrBytes, this.qrSize, this.qrModel, this.qrLevel)
          out.push(C.qr, dataParam(this.qrStart, this.qrEnd - this.qrStart), offset, ref)
          return
        }
        const qr: QrCommand = {
          type: 'qr',
          offset,
          source: 'native',
          data: this.qrData,
          size: this.qrSize,
          model: this.qrModel,
          level: this.qrLevel
        }
        this.emit(out, qr)
        return
      }
      default:
        this.emit(out, { type: 'other', offset, name: `GS ( k fn=${fn}` })
    }
  }
}

/** Parses a whole stream at once (tests, tools). */
export function parseAll(bytes: Uint8Array, options?: ParserOptions): Command[] {
  const p = new EscPosParser(options)
  return [...p.feed(bytes), ...p.end()]
}

export { CommandBatch } from './compact.js'
