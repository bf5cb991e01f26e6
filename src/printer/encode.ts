/**
 * Encodes parser commands back into ESC/POS bytes. Pure.
 *
 * The inverse of the parser for the commands it models, so tests can check `parse(encode(x)) == x`
 * at any split, and the generator can emit what @point-of-sale/receipt-printer-encoder has no call
 * for (ESC a alignment, ESC d feed, GS v 0 rasters, status requests).
 */
import iconv from 'iconv-lite'
import type { Align, Command, Symbology2d } from './commands.js'
import { tableForEncoding } from './codepages.js'

/** Encodable commands: the parser's model without offsets. */
export type EncodableCommand = DistributiveOmit<
  Exclude<Command, { type: 'unknown' | 'truncated' | 'oversize' | 'other' }>,
  'offset'
>
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never

const ALIGN: Record<Align, number> = { left: 0, center: 1, right: 2 }
const QR_LEVEL = { L: 48, M: 49, Q: 50, H: 51 }
const HRI = { none: 0, above: 1, below: 2, both: 3 }

/** GS ( k pL pH cn fn params: QR (cn 49) unless told otherwise. */
const gsParenK2d = (cn: number, fn: number, params: number[]): number[] => {
  const len = params.length + 2
  return [0x1d, 0x28, 0x6b, len & 0xff, len >> 8, cn, fn, ...params]
}
const gsParenK = (fn: number, params: number[]): number[] => gsParenK2d(0x31, fn, params)
/** The cn byte of each GS ( k symbol other than QR. */
const CN_2D: Record<Symbology2d, number> = {
  PDF417: 0x30,
  MaxiCode: 0x32,
  'GS1 DataBar': 0x33,
  Composite: 0x34,
  Aztec: 0x35,
  DataMatrix: 0x36
}

/**
 * Bytes for one command. `encoding` is the code page text is written in (the caller tracks ESC t).
 * Images are encoded as all-white rasters of the logged size (the log does not keep pixels).
 */
export function encodeCommand(c: EncodableCommand, encoding = 'cp437'): Uint8Array {
  switch (c.type) {
    case 'init':
      return Uint8Array.of(0x1b, 0x40)
    case 'text':
      return iconv.encode(c.text, encoding)
    case 'lf':
      return Uint8Array.of(0x0a)
    case 'cr':
      return Uint8Array.of(0x0d)
    case 'feed':
      if (c.dots !== undefined) return Uint8Array.of(0x1b, 0x4a, c.dots)
      return Uint8Array.of(0x1b, c.reverse ? 0x65 : 0x64, c.lines ?? 1)
    case 'align':
      return Uint8Array.of(0x1b, 0x61, ALIGN[c.align])
    case 'bold':
      return Uint8Array.of(0x1b, 0x45, c.on ? 1 : 0)
    case 'underline':
      return Uint8Array.of(0x1b, 0x2d, c.mode)
    case 'doubleStrike':
      return Uint8Array.of(0x1b, 0x47, c.on ? 1 : 0)
    case 'mode':
      return Uint8Array.of(0x1b, 0x21, c.value)
    case 'size':
      return Uint8Array.of(0x1d, 0x21, ((c.width - 1) << 4) | (c.height - 1))
    case 'lineSpacing':
      return c.dots === null ? Uint8Array.of(0x1b, 0x32) : Uint8Array.of(0x1b, 0x33, c.dots)
    case 'codeTable':
      return Uint8Array.of(0x1b, 0x74, c.table)
    case 'font':
      return Uint8Array.of(0x1b, 0x4d, 'ABCDE'.indexOf(c.font))
    case 'invert':
      return Uint8Array.of(0x1d, 0x42, c.on ? 1 : 0)
    case 'cut':
      if (c.feed !== undefined)
        return Uint8Array.of(0x1d, 0x56, c.mode === 'full' ? 65 : 66, c.feed)
      return Uint8Array.of(0x1d, 0x56, c.mode === 'full' ? 0 : 1)
    case 'qr': {
      const data = [...Buffer.from(c.data, 'utf8')]
      return Uint8Array.from([
        ...gsParenK(0x41, [48 + (c.model ?? 2), 0]),
        ...gsParenK(0x43, [c.size ?? 3]),
        ...gsParenK(0x45, [QR_LEVEL[c.level ?? 'L']]),
        ...gsParenK(0x50, [0x30, ...data]),
        ...gsParenK(0x51, [0x30])
      ])
    }
    case 'code2d': {
      // Store then print, with m = 48 (and, for GS1 DataBar and Composite, a second byte 48).
      const cn = CN_2D[c.symbology]
      const lead = cn === 0x33 || cn === 0x34 ? [0x30, 0x30] : [0x30]
      const data = [...Buffer.from(c.data, 'utf8')]
      return Uint8Array.from([
        ...gsParenK2d(cn, 0x50, [...lead, ...data]),
        ...gsParenK2d(cn, 0x51, [0x30])
      ])
    }
    case 'barcode': {
      const data = [
        ...Buffer.from(
          c.symbology === 'CODE128' && c.form === 'B' ? `{B${c.data}` : c.data,
          'latin1'
        )
      ]
      return c.form === 'A'
        ? Uint8Array.from([0x1d, 0x6b, c.system, ...data, 0])
        : Uint8Array.from([0x1d, 0x6b, c.system, data.length, ...data])
    }
    case 'barcodeHeight':
      return Uint8Array.of(0x1d, 0x68, c.dots)
    case 'barcodeWidth':
      return Uint8Array.of(0x1d, 0x77, c.width)
    case 'hriPosition':
      return Uint8Array.of(0x1d, 0x48, HRI[c.position])
    case 'hriFont':
      return Uint8Array.of(
        0x1d,
        0x66,
        c.font === 'special A' ? 97 : c.font === 'special B' ? 98 : c.font.charCodeAt(0) - 65
      )
    case 'image':
      return encodeRaster(
        new Uint8Array(Math.ceil(c.widthDots / 8) * c.heightDots),
        Math.ceil(c.widthDots / 8),
        c.heightDots
      )
    case 'status':
      return Uint8Array.of(0x10, 0x04, c.n)
    case 'transmitStatus':
      return Uint8Array.of(0x1d, 0x72, c.n)
    case 'printerId':
      return Uint8Array.of(0x1d, 0x49, c.n)
    case 'asb':
      return Uint8Array.of(0x1d, 0x61, c.flags)
    case 'kanji':
      return Uint8Array.of(0x1c, c.on ? 0x26 : 0x2e)
    case 'drawer':
      return Uint8Array.of(0x1b, 0x70, c.pin === 5 ? 1 : 0, c.onMs >> 1, c.offMs >> 1)
  }
}

/** GS v 0 raster: `widthBytes * heightDots` bytes, MSB = leftmost dot, 1 = black. */
export function encodeRaster(data: Uint8Array, widthBytes: number, heightDots: number): Uint8Array {
  const out = new Uint8Array(8 + data.length)
  out.set([
    0x1d,
    0x76,
    0x30,
    0,
    widthBytes & 0xff,
    widthBytes >> 8,
    heightDots & 0xff,
    heightDots >> 8
  ])
  out.set(data, 8)
  return out
}

/** Encodes a command sequence, switching the text encoding at each `codeTable`. */
export function encodeCommands(commands: readonly EncodableCommand[]): Uint8Array {
  const parts: Uint8Array[] = []
  let encoding = 'cp437'
  for (const c of commands) {
    if (c.type === 'init') encoding = 'cp437'
    if (c.type === 'codeTable') encoding = c.encoding ?? 'cp437'
    parts.push(encodeCommand(c, encoding))
  }
  return Buffer.concat(parts)
}

/** ESC t number for an encoding name (re-exported for generators). */
export { tableForEncoding }
