/**
 * The parser on byte streams from eleven other ESC/POS client libraries (see
 * __tests__/fixtures/README.md): every stream parses completely, the same whole, byte by byte and
 * in random chunks, with no unknown or cut-off command, and what the call was asked to print
 * (QR contents, barcodes, text) is in the log.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Command } from '../../src/printer/commands.js'
import { EscPosParser, parseAll } from '../../src/printer/parser.js'

interface Stream {
  lib: string
  call: string
  intended: string
  hex: string
  profile?: string
  qrs?: string[]
  barcodes?: Array<{ data: string; symbology?: string }>
  texts?: string[]
  images?: number
  noText?: boolean
}

const FILE = path.join(process.cwd(), '__tests__', 'fixtures', 'escpos-clients.json')
const { streams } = JSON.parse(readFileSync(FILE, 'utf8')) as { streams: Stream[] }

/** Parses `bytes` in chunks whose sizes come from a small seeded generator (1..max bytes). */
function parseInChunks(bytes: Buffer, seed: number, max: number): Command[] {
  const p = new EscPosParser()
  const out: Command[] = []
  let s = seed
  for (let i = 0; i < bytes.length;) {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    const n = 1 + (s % max)
    out.push(...p.feed(bytes.subarray(i, i + n)))
    i += n
  }
  return [...out, ...p.end()]
}

const LIBS = [
  'epe3',
  'ntp',
  'nescore',
  'escpos2',
  'escbuf',
  'pyescpos',
  'escphp',
  'esccoffee',
  'gohennedo',
  'gokenshaw',
  'rbescpos'
]

const label = (s: Stream): string => `${s.lib} ${s.call}${s.profile ? ` (${s.profile})` : ''}`

describe('streams from other client libraries', () => {
  it('has streams from all eleven libraries', () => {
    expect(new Set(streams.map((s) => s.lib))).toEqual(new Set(LIBS))
    expect(streams.length).toBeGreaterThan(1200)
  })

  /** What is wrong with one stream's parse, as readable lines (none when all is well). */
  function problems(s: Stream): string[] {
    const bytes = Buffer.from(s.hex, 'hex')
    const whole = parseAll(bytes)
    const out: string[] = []
    for (const c of whole)
      if (c.type === 'unknown' || c.type === 'truncated' || c.type === 'oversize')
        out.push(`${c.type} at byte ${c.offset}: ${JSON.stringify(c)}`)
    if (JSON.stringify(parseInChunks(bytes, bytes.length, 1)) !== JSON.stringify(whole))
      out.push('byte by byte differs from whole')
    if (JSON.stringify(parseInChunks(bytes, 7, 17)) !== JSON.stringify(whole))
      out.push('random chunks differ from whole')
    const qrs = whole.flatMap((c) => (c.type === 'qr' ? [c.data] : []))
    if (s.qrs && JSON.stringify(qrs) !== JSON.stringify(s.qrs))
      out.push(`qr ${JSON.stringify(qrs)}, asked ${JSON.stringify(s.qrs)}`)
    const barcodes = whole.flatMap((c) => (c.type === 'barcode' ? [c] : []))
    for (const [k, want] of (s.barcodes ?? []).entries()) {
      const got = barcodes[k]
      if (!got || got.data !== want.data || (want.symbology && got.symbology !== want.symbology))
        out.push(`barcode ${k}: ${JSON.stringify(got)}, asked ${JSON.stringify(want)}`)
    }
    const text = whole.map((c) => (c.type === 'text' ? c.text : '')).join('')
    for (const t of s.texts ?? [])
      if (!text.includes(t))
        out.push(`text ${JSON.stringify(t)} missing from ${JSON.stringify(text)}`)
    if (s.noText && text !== '') out.push(`text ${JSON.stringify(text)} where none was sent`)
    const pictures = whole.filter(
      (c) => c.type === 'image' || (c.type === 'qr' && c.source === 'image')
    ).length
    if (pictures < (s.images ?? 0)) out.push(`${pictures} pictures, ${s.images} sent`)
    return out.map((p) => `${label(s)}: ${p}`)
  }

  it.each(LIBS)(
    '%s: every stream parses completely and the same at any split, with what was asked to print',
    (lib) => {
      const mine = streams.filter((s) => s.lib === lib)
      expect(mine.length).toBeGreaterThan(50)
      expect(mine.flatMap(problems)).toEqual([])
    }
  )

  it('logs the PDF417 codes clients send as one code2d entry each, with the data asked for', () => {
    // Calls that name their data: escpos-php's pdf417Code("...", ...) and escpos-coffee's
    // write(new PDF417(), "...").
    const named = streams.flatMap((s) => {
      const m = /^(?:pdf417Code\("([^"]+)",|write\(new PDF417\(\), "([^"]+)"\))/.exec(s.call)
      const want = m?.[1] ?? m?.[2]
      return want && !want.includes('...') ? [{ s, want }] : []
    })
    expect(named.length).toBeGreaterThanOrEqual(3)
    for (const { s, want } of named) {
      const codes = parseAll(Buffer.from(s.hex, 'hex')).filter((c) => c.type === 'code2d')
      expect(codes).toEqual([expect.objectContaining({ symbology: 'PDF417', data: want })])
    }
  })

  it('finds QR codes that clients print as images, whatever the image command', () => {
    const imageQrs = streams.filter((s) => /qr/i.test(s.call) && (s.qrs?.length ?? 0) > 0)
    const forms = new Set<string>()
    for (const s of imageQrs) {
      const cmds = parseAll(Buffer.from(s.hex, 'hex'))
      const qr = cmds.find((c) => c.type === 'qr')
      expect(qr).toBeDefined()
      if (qr?.type === 'qr' && qr.source === 'image') {
        // ESC * bands stay in the log, each followed by its LF, right before the qr entry they
        // make up; a raster picture is replaced by it (an earlier, unrelated logo does not count).
        let k = cmds.indexOf(qr) - 1
        while (k >= 0 && cmds[k]!.type === 'lf') k--
        const last = cmds[k]
        forms.add(last?.type === 'image' ? last.form : 'raster')
      }
    }
    // GS v 0 / GS ( L rasters replaced by the qr entry, and ESC * column bands stacked and decoded.
    expect([...forms].sort()).toEqual(['ESC *', 'raster'])
  })

  it('stacks ESC * bands until ESC 2 or another command, and only bands with nothing else between', () => {
    const s = streams.find(
      (x) => x.lib === 'pyescpos' && x.call.includes('bitImageColumn') && x.qrs
    )
    const bytes = Buffer.from(s!.hex, 'hex')
    const types = parseAll(bytes).map((c) => c.type)
    // ESC 3 n, then band LF band LF band LF, ESC 2: the qr comes right after the last band's LF.
    const qrAt = types.indexOf('qr')
    expect(types.slice(qrAt - 2, qrAt + 2)).toEqual(['image', 'lf', 'qr', 'lineSpacing'])
    expect(types.filter((t) => t === 'image')).toHaveLength(3)
    // A text byte between two bands ends the run: no band run holds the whole code any more.
    const second = bytes.indexOf(
      Buffer.from([0x1b, 0x2a]),
      bytes.indexOf(Buffer.from([0x1b, 0x2a])) + 1
    )
    const broken = Buffer.concat([
      bytes.subarray(0, second),
      Buffer.from('x'),
      bytes.subarray(second)
    ])
    expect(parseAll(broken).filter((c) => c.type === 'qr')).toEqual([])
    expect(parseAll(bytes, { decodeRasterQr: false }).filter((c) => c.type === 'qr')).toEqual([])
  })

  it('reads ESC 4 with or without its parameter, and keeps one-byte parameters out of the text', () => {
    const cmds = parseAll(
      Uint8Array.from([
        0x1b, 0x34, 1, 0x61, 0x1b, 0x34, 0x62, 0x1b, 0x35, 0x1b, 0x2b, 0x3c, 0x07, 0x0b, 0x00, 0x0a
      ])
    )
    expect(
      cmds.map((c) => (c.type === 'other' ? c.name : c.type === 'text' ? `"${c.text}"` : c.type))
    ).toEqual(['ESC 4', '"a"', 'ESC 4', '"b"', 'ESC 5', 'ESC +', 'BEL', 'VT', 'NUL', 'lf'])
  })
})
