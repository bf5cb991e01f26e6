/**
 * Finds a QR code in a 1-bit raster image (GS v 0 / GS ( L layout: rows of ceil(width / 8) bytes,
 * MSB = leftmost dot, 1 = black). Pure: jsQR does the decoding, this module only lays the bits out
 * as the RGBA pixels jsQR reads.
 *
 * Why: python-escpos (and so Home Assistant's `print_qr`) renders QR codes on the host and sends
 * them as raster images, so a test that counts `qr` entries must see through the image.
 */
import jsQRModule from 'jsqr'

// jsqr is CommonJS with an `exports.default`: depending on the loader the default import is the
// function or the module object, so take whichever is callable.
type JsQr = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: object
) => { data: string } | null
const jsQR: JsQr =
  typeof jsQRModule === 'function'
    ? (jsQRModule as unknown as JsQr)
    : (jsQRModule as unknown as { default: JsQr }).default

/** Quiet zone added around the raster: python-escpos crops close to the symbol. */
const MARGIN = 8
/**
 * Images larger than this are not searched for a QR code: jsQR needs ~1 ms for a receipt-sized QR
 * image but up to ~130 ms to give up on a 576 x 200 logo, so callers also bound the attempts.
 */
const MAX_DOTS = 640 * 640
const cache = new Map<string, string | null>()
const CACHE_SIZE = 64
const CACHE_MAX_BYTES = 64 * 1024
/**
 * The last few images with their answers, compared byte for byte (memcmp) before the keyed cache:
 * receipts repeat the same logo or QR image, and a compare is far cheaper than building a key.
 */
const recent: Array<{ widthBytes: number; bytes: Buffer; result: string | null }> = []
const RECENT_SIZE = 16

/**
 * Decodes the QR code in a raster image, or returns null when it holds none.
 *
 * @param data raster bytes, `widthBytes * heightDots` of them
 * @param widthBytes bytes per row (8 dots each)
 * @param heightDots rows
 * @param budget fresh jsQR runs that may still find nothing; each such run uses one up, and at 0
 *   only the caches answer (successful decodes are free: a long receipt stream of distinct QR images
 *   stays decoded, while a stream of distinct non-QR images stops costing CPU)
 * @returns the QR content, null when there is none, undefined when not tried (budget spent)
 */
export function decodeRasterQr(
  data: Uint8Array,
  widthBytes: number,
  heightDots: number,
  budget: { failures: number } = { failures: 1 }
): string | null | undefined {
  const w = widthBytes * 8
  if (
    w < 21 ||
    heightDots < 21 ||
    w * heightDots > MAX_DOTS ||
    data.length < widthBytes * heightDots
  )
    return null
  const size = widthBytes * heightDots
  const view = Buffer.isBuffer(data)
    ? data.subarray(0, size)
    : Buffer.from(data.buffer, data.byteOffset, size)
  for (const r of recent) {
    if (r.widthBytes === widthBytes && r.bytes.length === size && r.bytes.equals(view))
      return r.result
  }
  const result = lookup(view, widthBytes, heightDots, budget)
  if (result !== undefined && size <= CACHE_MAX_BYTES) {
    if (recent.length >= RECENT_SIZE) recent.pop()
    recent.unshift({ widthBytes, bytes: Buffer.from(view), result })
  }
  return result
}

function lookup(
  data: Buffer,
  widthBytes: number,
  heightDots: number,
  budget: { failures: number }
): string | null | undefined {
  const w = widthBytes * 8
  // Receipts repeat the same QR image (a shop's URL): remember recent small images by content.
  let key: string | undefined
  if (data.length <= CACHE_MAX_BYTES) {
    key = `${widthBytes}:${data.toString('latin1', 0, widthBytes * heightDots)}`
    const hit = cache.get(key)
    if (hit !== undefined) return hit
  }
  if (budget.failures <= 0) return undefined
  const W = w + 2 * MARGIN
  const H = heightDots + 2 * MARGIN
  const rgba = new Uint8ClampedArray(W * H * 4).fill(255)
  for (let y = 0; y < heightDots; y++) {
    const row = y * widthBytes
    const out = ((y + MARGIN) * W + MARGIN) * 4
    for (let x = 0; x < w; x++) {
      if ((data[row + (x >> 3)]! & (0x80 >> (x & 7))) !== 0) {
        const p = out + x * 4
        rgba[p] = 0
        rgba[p + 1] = 0
        rgba[p + 2] = 0
      }
    }
  }
  const found = jsQR(rgba, W, H, { inversionAttempts: 'dontInvert' })
  const result = found ? found.data : null
  if (result === null) budget.failures--
  if (key !== undefined) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    cache.set(key, result)
  }
  return result
}
