/**
 * ESC t n code tables (Epson numbering) mapped to code page names. Pure data.
 *
 * Text bytes are decoded with well-kept libraries rather than hand-written tables: iconv-lite ships
 * the common DOS and Windows code pages; the pages only printers use (Greek 851, Turkish 853,
 * Lithuanian 772/774, Farsi 1098, the Thai character codes, and Epson's and Star's own variants with
 * graphics where the standard page has control codes) come from @point-of-sale/codepage-encoder,
 * whose tables were made for receipt printers (it is what receipt-printer-encoder, our job
 * generator's encoder, encodes with). A name is looked up in iconv-lite first.
 */
import CodepageEncoder, { type Codepage } from '@point-of-sale/codepage-encoder'
import iconv from 'iconv-lite'
import { KANJI_ENCODINGS } from './commands.js'

/**
 * Epson's table 31 is TCVN-3 with capital letters where table 30 has small ones. iconv-lite has
 * only the table-30 layout, so this one is derived from it by upper-casing each character.
 */
const TCVN_CAPITALS = 'tcvn-capitals'

const EPSON_TABLES: Record<number, string> = {
  0: 'cp437',
  // Katakana: half-width katakana at 0xA1-0xDF (as in Shift_JIS), Epson's graphics around them.
  1: 'epson/katakana',
  2: 'cp850',
  3: 'cp860',
  4: 'cp863',
  5: 'cp865',
  11: 'cp851',
  12: 'cp853',
  13: 'cp857',
  14: 'cp737',
  15: 'iso88597',
  16: 'windows1252',
  17: 'cp866',
  18: 'cp852',
  19: 'cp858',
  // Thai character codes 42, 11 and 13 (the other Thai tables have no decoder here)
  20: 'thai42',
  21: 'thai11',
  26: 'thai13',
  // TCVN-3 (Vietnamese), small letters (table 30) and capitals in the same places (table 31).
  30: 'tcvn',
  31: TCVN_CAPITALS,
  32: 'cp720',
  33: 'cp775',
  34: 'cp855',
  35: 'cp861',
  36: 'cp862',
  37: 'cp864',
  38: 'cp869',
  // ISO 8859-2 with Epson's graphics at 0x80-0x9F, where the ISO page has control codes
  39: 'epson/iso8859-2',
  40: 'iso885915',
  41: 'cp1098',
  // PC1118 and PC1119 (Lithuanian): IBM's 774 and 772
  42: 'cp774',
  43: 'cp772',
  44: 'cp1125',
  45: 'windows1250',
  46: 'windows1251',
  47: 'windows1253',
  48: 'windows1254',
  49: 'windows1255',
  50: 'windows1256',
  51: 'windows1257',
  52: 'windows1258',
  53: 'rk1048'
}

/**
 * Characters Epson's tables have where iconv-lite's code page leaves a hole: Epson's PC857 (table
 * 13) carries the euro sign at 0xD5, as IBM's later revision of 857 does, and encoders use it.
 */
/**
 * Star's numbering, for `ESC GS t n`: Star printers in ESC/POS mode select code pages with it
 * (python-escpos and escpos-php send it for profiles with Star commands). Pages iconv-lite has no
 * table for (851, 928, 772, 774, Star's own 3840-3848 ...) decode as cp437, like unknown Epson ones.
 */
const STAR_TABLES: Record<number, string> = {
  0: 'cp437',
  1: 'cp437',
  2: 'star/katakana',
  3: 'cp437',
  4: 'cp858',
  5: 'cp852',
  6: 'cp860',
  7: 'cp861',
  8: 'cp863',
  9: 'cp865',
  10: 'cp866',
  11: 'cp855',
  12: 'cp857',
  13: 'cp862',
  14: 'cp864',
  15: 'cp737',
  16: 'cp851',
  17: 'cp869',
  18: 'star/cp928',
  19: 'cp772',
  20: 'cp774',
  21: 'star/cp874',
  32: 'windows1252',
  33: 'windows1250',
  34: 'windows1251',
  // Star's own pages
  64: 'cp3840',
  65: 'cp3841',
  66: 'cp3843',
  67: 'cp3844',
  68: 'cp3845',
  69: 'cp3846',
  70: 'cp3847',
  71: 'cp3848',
  72: 'cp1001',
  73: 'cp771',
  74: 'cp3001',
  75: 'cp3002',
  76: 'cp3011',
  77: 'cp3012',
  78: 'cp3021'
}

/** Whether text in code page `name` can be decoded here (by iconv-lite or codepage-encoder). */
function hasDecoder(name: string): boolean {
  return name === TCVN_CAPITALS || iconv.encodingExists(name) || CodepageEncoder.supports(name)
}

/** The code page of `table` in `tables`, or null when it has none or no decoder; cached. */
function lookup(
  tables: Record<number, string>,
  cache: Array<string | null | undefined>,
  table: number
): string | null {
  // An array indexed by the table byte: the parser asks once per ESC t, i.e. on every receipt line.
  let enc = cache[table & 0xff]
  if (enc === undefined) {
    const name = tables[table]
    enc = name !== undefined && hasDecoder(name) ? name : null
    cache[table & 0xff] = enc
  }
  return enc
}

const starCache = new Array<string | null | undefined>(256).fill(undefined)

/** The code page for Star's `ESC GS t` page `table`, or null when it has no decoder here. */
export function encodingForStarTable(table: number): string | null {
  return lookup(STAR_TABLES, starCache, table)
}

const EPSON_ADDITIONS: Record<string, Array<[number, number]>> = {
  cp857: [[0xd5, 0x20ac]]
}

/** The double-byte character sets of Kanji mode (the parser's `kanjiEncoding`). */
const DOUBLE_BYTE = new Set<string>(KANJI_ENCODINGS)

/** The code page a printer starts with (and returns to on ESC @). */
export const DEFAULT_ENCODING = 'cp437'

const tableCache = new Array<string | null | undefined>(256).fill(undefined)

/**
 * The code page for ESC t `table`, or null when the table has no decoder here (Hiragana, the
 * Indic pages, Thai codes 14-18, user-defined pages): the parser then keeps decoding with cp437 and
 * says so in the log.
 */
export function encodingForTable(table: number): string | null {
  return lookup(EPSON_TABLES, tableCache, table)
}

/** The ESC t number of an encoding name (for encoders and tests), or undefined. */
export function tableForEncoding(encoding: string): number | undefined {
  for (const [k, v] of Object.entries(EPSON_TABLES)) if (v === encoding) return Number(k)
  return undefined
}

/**
 * Per-encoding tables of the 128 upper characters as UTF-16 code units, built once from iconv-lite
 * or codepage-encoder. Receipt text comes in short runs, and a table lookup per byte beats setting
 * up an iconv decoder for each run.
 */
const upperTables = new Map<string, Uint16Array>()
function upperTable(encoding: string): Uint16Array {
  let t = upperTables.get(encoding)
  if (!t) {
    const capitals = encoding === TCVN_CAPITALS
    const source = capitals ? 'tcvn' : encoding
    t = new Uint16Array(128)
    if (iconv.encodingExists(source)) {
      // Byte by byte, so that a multi-byte encoding yields its single-byte characters; a byte that
      // does not decode to one UTF-16 unit on its own becomes U+FFFD.
      for (let i = 0; i < 128; i++) {
        let ch = iconv.decode(Buffer.of(128 + i), source)
        if (capitals) ch = ch.toUpperCase()
        t[i] = ch.length === 1 ? ch.charCodeAt(0) : 0xfffd
      }
    } else {
      // codepage-encoder's table: the code point of each of the 256 bytes; only the upper half is
      // taken (below 0x80 text is ASCII for every page, as decodeText assumes). Holes, and the few
      // characters outside the BMP (Star's block graphics), become U+FFFD.
      const points = CodepageEncoder.getCodepoints(source as Codepage, true)
      for (let i = 0; i < 128; i++) {
        const cp = points[128 + i]
        t[i] = typeof cp === 'number' && cp > 0 && cp <= 0xffff ? cp : 0xfffd
      }
    }
    for (const [byte, unit] of EPSON_ADDITIONS[encoding] ?? []) t[byte - 128] = unit
    upperTables.set(encoding, t)
  }
  return t
}

/**
 * Buffer's native latin1 slicer when present: toString('latin1', ...) spends about as long checking
 * its arguments and looking up the encoding as copying a 20-byte receipt line.
 */
const latin1Slice = (
  Buffer.prototype as unknown as { latin1Slice?: (this: Buffer, s: number, e: number) => string }
).latin1Slice
const latin1 = latin1Slice
  ? (b: Buffer, s: number, e: number): string => latin1Slice.call(b, s, e)
  : (b: Buffer, s: number, e: number): string => b.toString('latin1', s, e)
/** The same for UTF-16LE (the code page decoding below writes UTF-16 code units). */
const ucs2Slice = (
  Buffer.prototype as unknown as { ucs2Slice?: (this: Buffer, s: number, e: number) => string }
).ucs2Slice
const utf16 = ucs2Slice
  ? (b: Buffer, s: number, e: number): string => ucs2Slice.call(b, s, e)
  : (b: Buffer, s: number, e: number): string => b.toString('utf16le', s, e)

let scratch = new Uint16Array(4096)
let scratchBytes = Buffer.from(scratch.buffer)
/** UTF-16 code units are written native-endian; the native ucs2 decoder reads little-endian. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1

/** Decodes `bytes[start, end)` with `encoding`; pure ASCII takes a faster path. */
export function decodeText(
  bytes: Buffer,
  start: number,
  end: number,
  encoding: string,
  ascii: boolean
): string {
  // Every supported table agrees with ASCII below 0x80, and latin1 slicing is a native copy.
  if (ascii) return latin1(bytes, start, end)
  // Kanji mode: a double-byte character set, decoded by iconv-lite as a whole.
  if (DOUBLE_BYTE.has(encoding)) return iconv.decode(bytes.subarray(start, end), encoding)
  const upper = upperTable(encoding)
  const n = end - start
  if (scratch.length < n) {
    scratch = new Uint16Array(n)
    scratchBytes = Buffer.from(scratch.buffer)
  }
  for (let i = 0; i < n; i++) {
    const b = bytes[start + i]!
    scratch[i] = b < 0x80 ? b : upper[b - 128]!
  }
  // The native UTF-16 decoder makes the string in one copy; fromCharCode.apply over a typed array
  // measured ~1.7x slower on receipt-length runs (20-40 characters).
  if (LITTLE_ENDIAN) return utf16(scratchBytes, 0, n * 2)
  return String.fromCharCode.apply(null, scratch.subarray(0, n) as unknown as number[])
}
