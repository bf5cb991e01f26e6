/**
 * ESC t n code tables (Epson numbering) mapped to iconv-lite encoding names. Pure data.
 *
 * Text bytes are decoded with iconv-lite rather than hand-written tables: it ships every single-byte
 * DOS and Windows code page receipt printers use, and is well kept.
 */
import iconv from 'iconv-lite'

const EPSON_TABLES: Record<number, string> = {
  0: 'cp437',
  2: 'cp850',
  3: 'cp860',
  4: 'cp863',
  5: 'cp865',
  13: 'cp857',
  14: 'cp737',
  15: 'iso88597',
  16: 'windows1252',
  17: 'cp866',
  18: 'cp852',
  19: 'cp858',
  21: 'tis620',
  32: 'cp720',
  33: 'cp775',
  34: 'cp855',
  35: 'cp861',
  36: 'cp862',
  37: 'cp864',
  38: 'cp869',
  39: 'iso88592',
  40: 'iso885915',
  44: 'cp1125',
  45: 'windows1250',
  46: 'windows1251',
  47: 'windows1253',
  48: 'windows1254',
  49: 'windows1255',
  50: 'windows1256',
  51: 'windows1257',
  52: 'windows1258'
}

/** The code page a printer starts with (and returns to on ESC @). */
export const DEFAULT_ENCODING = 'cp437'

/**
 * The iconv-lite encoding for ESC t `table`, or null when the table has no decoder here (Katakana,
 * Thai variants, user-defined pages): the parser then keeps decoding with cp437 and says so in the log.
 */
export function encodingForTable(table: number): string | null {
  const name = EPSON_TABLES[table]
  return name !== undefined && iconv.encodingExists(name) ? name : null
}

/** The ESC t number of an encoding name (for encoders and tests), or undefined. */
export function tableForEncoding(encoding: string): number | undefined {
  for (const [k, v] of Object.entries(EPSON_TABLES)) if (v === encoding) return Number(k)
  return undefined
}

/** Decodes `bytes[start, end)` with `encoding`; pure ASCII takes a faster path. */
export function decodeText(bytes: Uint8Array, start: number, end: number, encoding: string, ascii: boolean): string {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)
  // Every supported table agrees with ASCII below 0x80, and latin1 slicing is several times faster.
  if (ascii) return view.toString('latin1')
  return iconv.decode(view, encoding)
}
