/**
 * The compact command form (type code + parameter in typed arrays, objects only for text and rich
 * commands) that the parser's hot path and the printer's log use: every compact form must expand
 * to exactly the object the command always logged as, key order included (readers serialise it).
 */
import { describe, expect, it } from '@jest/globals'
import { CommandBatch, MAX_RAW_TEXT, expand } from '../../src/printer/compact.js'
import { EscPosParser, parseAll } from '../../src/printer/parser.js'

const ESC = 0x1b
const GS = 0x1d
const DLE = 0x10
const FS = 0x1c

/** Every command the parser stores in the compact form, in its variants, plus text and an unknown byte. */
const STREAM = Uint8Array.from([
  ...[
    ESC,
    0x40,
    ESC,
    0x32,
    ESC,
    0x33,
    40,
    ESC,
    0x21,
    0xb9,
    ESC,
    0x45,
    1,
    ESC,
    0x45,
    0,
    ESC,
    0x47,
    1
  ],
  ...[ESC, 0x2d, 1, ESC, 0x2d, 0x32, ESC, 0x2d, 7, ESC, 0x61, 0, ESC, 0x61, 1, ESC, 0x61, 0x32],
  ...[
    ESC,
    0x61,
    5,
    ESC,
    0x64,
    3,
    ESC,
    0x65,
    2,
    ESC,
    0x4a,
    30,
    ESC,
    0x74,
    0,
    ESC,
    0x74,
    99,
    ESC,
    0x74,
    2
  ],
  ...[0x41, 0x82, 0x42, 0x0a, 0x0d, ESC, 0x4d, 0x31, ESC, 0x4d, 9, GS, 0x21, 0x11, GS, 0x21, 0xff],
  ...[
    GS,
    0x42,
    1,
    GS,
    0x42,
    0,
    GS,
    0x68,
    80,
    GS,
    0x77,
    3,
    GS,
    0x48,
    2,
    GS,
    0x48,
    0x33,
    GS,
    0x66,
    1
  ],
  ...[GS, 0x66, 0x30, GS, 0x61, 0, GS, 0x61, 0xff, GS, 0x72, 1, GS, 0x72, 0x32, ESC, 0x76],
  ...[DLE, 0x04, 1, DLE, 0x04, 7, 1, FS, 0x26, FS, 0x2e, 0x01, 0x0a, 0x68, 0x69]
])

// Written from the parser's output before the compact form existed (one object per command).
const EXPECTED = [
  { type: 'init', offset: 0 },
  { type: 'lineSpacing', offset: 2, dots: null },
  { type: 'lineSpacing', offset: 4, dots: 40 },
  {
    type: 'mode',
    offset: 7,
    value: 185,
    font: 'B',
    bold: true,
    doubleHeight: true,
    doubleWidth: true,
    underline: true
  },
  { type: 'bold', offset: 10, on: true },
  { type: 'bold', offset: 13, on: false },
  { type: 'doubleStrike', offset: 16, on: true },
  { type: 'underline', offset: 19, mode: 1 },
  { type: 'underline', offset: 22, mode: 2 },
  { type: 'underline', offset: 25, mode: 0 },
  { type: 'align', offset: 28, align: 'left' },
  { type: 'align', offset: 31, align: 'center' },
  { type: 'align', offset: 34, align: 'right' },
  { type: 'align', offset: 37, align: 'left' },
  { type: 'feed', offset: 40, lines: 3 },
  { type: 'feed', offset: 43, lines: 2, reverse: true },
  { type: 'feed', offset: 46, dots: 30 },
  { type: 'codeTable', offset: 49, table: 0, encoding: 'cp437' },
  { type: 'codeTable', offset: 52, table: 99, encoding: null },
  { type: 'codeTable', offset: 55, table: 2, encoding: 'cp850' },
  { type: 'text', offset: 58, text: 'AéB' },
  { type: 'lf', offset: 61 },
  { type: 'cr', offset: 62 },
  { type: 'font', offset: 63, font: 'B' },
  { type: 'font', offset: 66, font: 'A' },
  { type: 'size', offset: 69, width: 2, height: 2 },
  { type: 'size', offset: 72, width: 8, height: 8 },
  { type: 'invert', offset: 75, on: true },
  { type: 'invert', offset: 78, on: false },
  { type: 'barcodeHeight', offset: 81, dots: 80 },
  { type: 'barcodeWidth', offset: 84, width: 3 },
  { type: 'hriPosition', offset: 87, position: 'below' },
  { type: 'hriPosition', offset: 90, position: 'both' },
  { type: 'hriFont', offset: 93, font: 'B' },
  { type: 'hriFont', offset: 96, font: 'A' },
  { type: 'asb', offset: 99, flags: 0 },
  { type: 'asb', offset: 102, flags: 255 },
  { type: 'transmitStatus', offset: 105, n: 1 },
  { type: 'transmitStatus', offset: 108, n: 2 },
  { type: 'transmitStatus', offset: 111, n: 1 },
  { type: 'status', offset: 113, n: 1 },
  { type: 'status', offset: 116, n: 7 },
  { type: 'kanji', offset: 120, on: true },
  { type: 'kanji', offset: 122, on: false },
  { type: 'unknown', offset: 124, length: 1, hex: '01' },
  { type: 'lf', offset: 125 },
  { type: 'text', offset: 126, text: 'hi' }
]

describe('compact command form', () => {
  it('expands every compact command to the object it always logged as, key order included', () => {
    const cmds = parseAll(STREAM)
    expect(cmds).toEqual(EXPECTED)
    expect(JSON.stringify(cmds)).toBe(JSON.stringify(EXPECTED))
  })

  it('gives the same commands through feedBatch, byte by byte, as through feed', () => {
    const p = new EscPosParser()
    const out: ReturnType<typeof parseAll> = []
    for (let i = 0; i < STREAM.length; i++)
      out.push(...p.feedBatch(STREAM.subarray(i, i + 1)).toArray())
    out.push(...p.endBatch().toArray())
    expect(JSON.stringify(out)).toBe(JSON.stringify(EXPECTED))
  })

  it('keeps a batch independent of the parser once cloned, and grows past its initial size', () => {
    const p = new EscPosParser()
    const lfs = new Uint8Array(1000).fill(0x0a)
    const copy = p.feedBatch(lfs).clone()
    expect(p.feedBatch(Uint8Array.of(0x1b, 0x40)).length).toBe(1)
    expect(copy.length).toBe(1000)
    expect(copy.get(999)).toEqual({ type: 'lf', offset: 999 })
    const b = new CommandBatch()
    b.push(0, 0, 5, undefined)
    b.clear()
    expect(b.length).toBe(0)
  })

  it('refuses to expand a rich type without its object (a bug, not a user error)', () => {
    expect(() => expand(16, 0, 0, undefined)).toThrow(/qr/)
  })

  it('keeps text as raw bytes that the caller may overwrite, decoded with the code page in force', () => {
    const p = new EscPosParser()
    // cp437 0x82 is é; after ESC t 2 (cp850) 0x9d is Ø, while cp437 0x9d is ¥.
    const chunk = Buffer.from([
      0x41,
      0x82,
      0x0a,
      ESC,
      0x74,
      2,
      0x9d,
      0x0a,
      ESC,
      0x74,
      0,
      0x9d,
      0x0a
    ])
    const kept = p.feedBatch(chunk).clone()
    chunk.fill(0x3f) // a caller reusing its read buffer must not change what was logged
    const texts = kept.toArray().filter((c) => c.type === 'text')
    expect(texts.map((c) => (c.type === 'text' ? c.text : ''))).toEqual(['Aé', 'Ø', '¥'])
  })

  it('decodes every entry correctly across many arena slabs and keeps over-long runs', () => {
    const p = new EscPosParser({ maxTextBytes: 40_000 })
    const lines: string[] = []
    const out: string[] = []
    // ~200 KiB of numbered lines: several 64 KiB slabs, entries never straddle one.
    for (let k = 0; k < 6000; k++) lines.push(`line ${k} ${'x'.repeat(k % 50)}`)
    const bytes = Buffer.from(lines.join('\n') + '\n', 'latin1')
    const batches = []
    for (let i = 0; i < bytes.length; i += 777)
      batches.push(p.feedBatch(bytes.subarray(i, i + 777)).clone())
    batches.push(p.endBatch().clone())
    for (const b of batches) for (const c of b.toArray()) if (c.type === 'text') out.push(c.text)
    expect(out).toEqual(lines)
    // A run longer than the raw form holds is decoded at once, in one entry as configured.
    const long = 'é'.repeat(MAX_RAW_TEXT + 10)
    const q = new EscPosParser({ maxTextBytes: 40_000 })
    const cmds = [...q.feed(Buffer.concat([Buffer.alloc(long.length, 0x82), Buffer.from([0x0a])]))]
    expect(cmds[0]).toEqual({ type: 'text', offset: 0, text: long })
  })
})
