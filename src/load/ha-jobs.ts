/**
 * Seeded service-call data for Home Assistant's escpos_printer integration, for `${job.data}`
 * and `${job.service}` in service workload requests: the same seed and index give the same
 * call, so a PR and its baseline send identical work. Field names follow the integration's
 * services.yaml (print_text: text, align, bold; print_qr: data, size, ec; print_barcode: code,
 * bc, height, width; feed: lines; cut: mode). Pure.
 */
import { RECEIPT_WORDS, ean13CheckDigit } from '../printer/generator.js'
import { mixSeed, seededRandom } from '../stats/random.js'

/** Service calls the generator produces. */
export type HaJobKind = 'print_text' | 'print_qr' | 'print_barcode' | 'feed' | 'cut'

/** All kinds, in a stable order. */
export const HA_JOB_KINDS: readonly HaJobKind[] = [
  'print_text',
  'print_qr',
  'print_barcode',
  'feed',
  'cut'
]

/** One kind, `mixed` (default weights), or weights per kind. */
export type HaJobSpec = HaJobKind | 'mixed' | Partial<Record<HaJobKind, number>>

/** Weights of `mixed`: mostly text, like a kitchen's traffic. */
export const DEFAULT_HA_MIX: Readonly<Record<HaJobKind, number>> = {
  print_text: 6,
  print_qr: 1,
  print_barcode: 1,
  feed: 1,
  cut: 1
}

/** A generated call: the service name and its data, plus what the printer should log for it. */
export interface HaJob {
  index: number
  service: HaJobKind
  data: Record<string, unknown>
}

/**
 * The job generator's receipt words without three it gained later ('Señor', '£5', 'Ümlaut'), so
 * seeded service calls stay what the committed baselines measured.
 */
const WORDS = RECEIPT_WORDS.filter((w) => w !== 'Señor' && w !== '£5' && w !== 'Ümlaut')
const ALIGNS = ['left', 'center', 'right'] as const
const EC = ['L', 'M', 'Q', 'H'] as const

export { mixSeed, seededRandom }

const withCheckDigit = (d12: string): string => d12 + String(ean13CheckDigit(d12))

/** Picks a kind from weights with a uniform number in [0, 1). */
export function pickWeighted<K extends string>(weights: Partial<Record<K, number>>, u: number): K {
  const entries = (Object.entries(weights) as Array<[K, number]>).filter(([, w]) => w > 0)
  const total = entries.reduce((s, [, w]) => s + w, 0)
  let r = u * total
  for (const [k, w] of entries) {
    r -= w
    if (r < 0) return k
  }
  return entries[entries.length - 1][0]
}

/**
 * Call `index` of a run with `seed`.
 * @example generateHaJob(1, 0, 'print_text') // { index: 0, service: 'print_text', data: { text: '…', align: 'center', bold: false } }
 */
export function generateHaJob(seed: number, index: number, spec: HaJobSpec = 'mixed'): HaJob {
  const rand = seededRandom(mixSeed(seed, index, 0x4a0b))
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const service: HaJobKind =
    typeof spec === 'string'
      ? spec === 'mixed'
        ? pickWeighted(DEFAULT_HA_MIX, rand())
        : spec
      : pickWeighted(spec, rand())
  let data: Record<string, unknown>
  switch (service) {
    case 'print_text':
      data = {
        text: Array.from({ length: int(2, 8) }, () => pick(WORDS)).join(' '),
        align: pick(ALIGNS),
        bold: rand() < 0.25
      }
      break
    case 'print_qr':
      data = {
        data: `https://example.com/r/${seed}/${index}/${int(0, 1e9)}`,
        size: int(3, 8),
        ec: pick(EC)
      }
      break
    case 'print_barcode':
      data =
        rand() < 0.5
          ? {
              code: Array.from({ length: int(6, 12) }, () =>
                pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'])
              ).join(''),
              bc: 'CODE128',
              height: 60,
              width: 2
            }
          : {
              code: withCheckDigit(Array.from({ length: 12 }, () => String(int(0, 9))).join('')),
              bc: 'EAN13',
              height: 60,
              width: 2
            }
      break
    case 'feed':
      data = { lines: int(1, 5) }
      break
    case 'cut':
      data = { mode: rand() < 0.5 ? 'full' : 'partial' }
      break
  }
  return { index, service, data }
}
