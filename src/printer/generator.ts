/**
 * Seeded print-job generator. Pure: the same seed and job index give the same bytes, so a PR and
 * its baseline deliver identical work.
 *
 * Text, QR codes, barcodes and cuts are encoded with @point-of-sale/receipt-printer-encoder (it runs
 * in Node without a canvas: it builds byte arrays only, and images are only needed for the `image`
 * call we do not use). Alignment (ESC a), feeds (ESC d) and raster images (GS v 0) come from our own
 * encoder through `raw()`, because the library aligns by padding with spaces and feeds with LF CR
 * pairs, which would not show up as `align` and `feed` commands at the printer.
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { encodeCommand, encodeRaster } from './encode.js'
import { mixSeed, seededRandom } from '../stats/random.js'

/** Relative weights of the elements in a job (0 leaves one out). */
export interface JobMix {
  text?: number
  qr?: number
  barcode?: number
  feed?: number
  image?: number
}

/** How jobs are generated (the `jobs:` block of a printer workload). */
export interface JobSpec {
  /** Elements per job before the final cut (default 6). */
  elements?: number
  /** Weights of the element kinds; kinds not named are left out (default text 6, qr 1, barcode 1, feed 1). */
  mix?: JobMix
  /** How each job ends (default `partial`; `mixed` picks per job). */
  cut?: 'full' | 'partial' | 'mixed'
  /** Text columns (default 42, an 80 mm printer with font A). */
  columns?: number
}

/** One generated job. */
export interface GeneratedJob {
  index: number
  bytes: Uint8Array
  /** Element kinds in order, then `cut`. */
  elements: string[]
}

const DEFAULT_MIX: Required<JobMix> = { text: 6, qr: 1, barcode: 1, feed: 1, image: 0 }

/** Words the generated receipts (and the Home Assistant call generator) are made of. */
export const RECEIPT_WORDS: readonly string[] = [
  'coffee',
  'latte',
  'espresso',
  'croissant',
  'bagel',
  'sandwich',
  'salad',
  'soup',
  'water',
  'tea',
  'juice',
  'muffin',
  'table',
  'order',
  'total',
  'cash',
  'card',
  'thanks',
  'kitchen',
  'bar',
  'pizza',
  'pasta',
  'Café',
  'Crème',
  'brûlée',
  'Señor',
  'jalapeño',
  '£5',
  'naïve',
  'Ümlaut'
]
const LEVELS = ['l', 'm', 'q', 'h'] as const
const ALIGNS = ['left', 'center', 'right'] as const

/** EAN-13 check digit of 12 digits (weights 1, 3 alternating from the left). */
export function ean13CheckDigit(digits12: string): number {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}

/**
 * Generates job `index` of a run with `seed`.
 *
 * @example generateJob(42, 0, { elements: 4, mix: { text: 1, qr: 1 } }).bytes
 */
export function generateJob(seed: number, index: number, spec: JobSpec = {}): GeneratedJob {
  const rand = seededRandom(mixSeed(seed, index))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1))
  // A mix given in the config replaces the default one: kinds it does not name are left out.
  const mix: JobMix = spec.mix ?? DEFAULT_MIX
  const kinds = (Object.keys(mix) as (keyof JobMix)[]).filter((k) => (mix[k] ?? 0) > 0)
  const total = kinds.reduce((s, k) => s + mix[k]!, 0)
  const elements: string[] = []
  const enc = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    codepageMapping: 'epson',
    columns: spec.columns ?? 42
  })
  enc.initialize()
  const count = spec.elements ?? 6
  for (let e = 0; e < count && total > 0; e++) {
    let r = rand() * total
    let kind = kinds[0]!
    for (const k of kinds) {
      r -= mix[k]!
      if (r < 0) {
        kind = k
        break
      }
    }
    elements.push(kind)
    switch (kind) {
      case 'text': {
        const words = Array.from({ length: int(2, 6) }, () => pick(RECEIPT_WORDS)).join(' ')
        const bold = rand() < 0.25
        enc.raw([...encodeCommand({ type: 'align', align: pick(ALIGNS) })])
        if (bold) enc.bold(true)
        enc.text(words)
        if (bold) enc.bold(false)
        enc.newline()
        break
      }
      case 'qr':
        enc.qrcode(`https://example.com/r/${seed}/${index}/${int(0, 1e9)}`, {
          model: 2,
          size: int(3, 8),
          errorlevel: pick(LEVELS)
        })
        break
      case 'barcode':
        if (rand() < 0.5) {
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'
          const value = Array.from({ length: int(6, 12) }, () => pick([...alphabet])).join('')
          enc.barcode(value, 'code128', 60)
        } else {
          const d12 = Array.from({ length: 12 }, () => String(int(0, 9))).join('')
          enc.barcode(d12 + String(ean13CheckDigit(d12)), 'ean13', 60)
        }
        break
      case 'feed':
        enc.raw([...encodeCommand({ type: 'feed', lines: int(1, 5) })])
        break
      case 'image': {
        // A "logo": 128 x 48 dots of stripes (not a QR code, so it stays an `image`).
        const wb = 16
        const h = 48
        const data = new Uint8Array(wb * h)
        const phase = int(0, 7)
        for (let k = 0; k < data.length; k++) data[k] = ((k >> 4) + phase) % 3 === 0 ? 0xff : 0x00
        enc.raw([...encodeRaster(data, wb, h)])
        break
      }
    }
  }
  const cut = spec.cut === 'mixed' ? (rand() < 0.5 ? 'full' : 'partial') : (spec.cut ?? 'partial')
  enc.cut(cut)
  elements.push('cut')
  return { index, bytes: enc.encode(), elements }
}

/** Jobs `from .. from + count - 1` of a run (the bytes a repetition sends). */
export function generateJobs(
  seed: number,
  count: number,
  spec: JobSpec = {},
  from = 0
): GeneratedJob[] {
  return Array.from({ length: count }, (_, i) => generateJob(seed, from + i, spec))
}
