/**
 * The streaming ESC/POS parser on third-party byte streams (python-escpos, receipt-printer-encoder),
 * at every split, plus a property test and hostile input.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import type { Command, Symbology2d } from '../../src/printer/commands.js'
import { encodeCommands, type EncodableCommand } from '../../src/printer/encode.js'
import { EscPosParser, parseAll, type ParserOptions } from '../../src/printer/parser.js'

const FIXTURES = path.resolve(process.cwd(), '..', 'shared', 'fixtures', 'escpos')
const haveFixtures = existsSync(FIXTURES)
if (!haveFixtures) {
  console.warn(
    `skipping ESC/POS fixture tests: ${FIXTURES} is absent (it holds the shared third-party byte streams)`
  )
}
const describeFixtures = haveFixtures ? describe : describe.skip

/** Parses `bytes` split at the given chunk sizes (cycled). */
function parseChunked(bytes: Uint8Array, sizes: number[], options?: ParserOptions): Command[] {
  const p = new EscPosParser(options)
  const out: Command[] = []
  let i = 0
  let k = 0
  while (i < bytes.length) {
    const n = Math.max(1, sizes[k++ % sizes.length]!)
    out.push(...p.feed(bytes.subarray(i, i + n)))
    i += n
  }
  out.push(...p.end())
  return out
}

/** Deterministic "random" chunk sizes. */
function randomSizes(seed: number, count: number, max: number): number[] {
  let s = seed
  return Array.from({ length: count }, () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return 1 + (s % max)
  })
}

const normal = { type: 'mode', value: 0, bold: false, doubleWidth: false, doubleHeight: false }
const cp437 = { type: 'codeTable', table: 0, encoding: 'cp437' }
const barcodePreamble = [
  { type: 'align', align: 'center' },
  { type: 'barcodeHeight', dots: 64 },
  { type: 'barcodeWidth', width: 3 },
  { type: 'hriFont', font: 'A' },
  { type: 'hriPosition', position: 'below' }
]
const qrNative = {
  type: 'qr',
  source: 'native',
  data: 'https://example.com/perf-gate',
  model: 2,
  size: 3,
  level: 'L'
}
const lfcr = [{ type: 'lf' }, { type: 'cr' }]
const rpeBarcodePreamble = [
  { type: 'barcodeHeight', dots: 64 },
  { type: 'barcodeWidth', width: 3 },
  { type: 'hriPosition', position: 'none' }
]

/** What each stream must parse to (from the fixtures' README table). */
const EXPECTED: Record<string, object[]> = {
  'py-hw_init.bin': [{ type: 'init' }],
  'py-text.bin': [cp437, { type: 'text', text: 'Hello World' }, { type: 'lf' }],
  'py-textln_cp437_accents.bin': [cp437, { type: 'text', text: 'Café £ ñ' }, { type: 'lf' }],
  'py-set_align_center.bin': [{ type: 'align', align: 'center' }],
  'py-set_bold_on.bin': [{ type: 'bold', on: true }],
  'py-set_double_wh.bin': [
    normal,
    normal,
    { type: 'mode', value: 0x30, doubleWidth: true, doubleHeight: true }
  ],
  'py-set_custom_size_2x3.bin': [{ type: 'size', width: 2, height: 3 }],
  'py-ha_print_text.bin': [
    cp437,
    normal,
    normal,
    normal,
    { type: 'bold', on: true },
    { type: 'underline', mode: 0 },
    { type: 'align', align: 'center' },
    { type: 'text', text: 'Hello from HA' },
    { type: 'lf' }
  ],
  'py-qr_native.bin': [qrNative],
  'py-qr_image_default.bin': [
    cp437,
    { type: 'lf' },
    {
      type: 'qr',
      source: 'image',
      data: 'https://example.com/perf-gate',
      widthDots: 88,
      heightDots: 81
    },
    { type: 'lf' },
    { type: 'lf' }
  ],
  'py-barcode_code128.bin': [
    ...barcodePreamble,
    { type: 'barcode', symbology: 'CODE128', form: 'B', data: 'ABC-123' }
  ],
  'py-barcode_ean13_default.bin': [
    ...barcodePreamble,
    { type: 'barcode', symbology: 'EAN13', form: 'A', data: '4006381333931' }
  ],
  'py-barcode_ean13_function_b.bin': [
    ...barcodePreamble,
    { type: 'barcode', symbology: 'EAN13', form: 'B', data: '4006381333931' }
  ],
  'py-ln_3.bin': [cp437, { type: 'lf' }, { type: 'lf' }, { type: 'lf' }],
  'py-print_and_feed_3.bin': [{ type: 'feed', lines: 3 }],
  'py-cut_full.bin': [
    { type: 'feed', lines: 6 },
    { type: 'cut', mode: 'full' }
  ],
  'py-cut_part.bin': [
    { type: 'feed', lines: 6 },
    { type: 'cut', mode: 'partial' }
  ],
  'py-is_online.bin': [{ type: 'status', n: 1 }],
  'py-paper_status.bin': [{ type: 'status', n: 4 }],
  'rpe-initialize.bin': [
    { type: 'init' },
    { type: 'kanji', on: false },
    { type: 'font', font: 'A' }
  ],
  'rpe-text.bin': [cp437, { type: 'text', text: 'Hello World' }, ...lfcr],
  'rpe-text_cp437_accents.bin': [cp437, { type: 'text', text: 'Café £ ñ' }, ...lfcr],
  'rpe-bold.bin': [
    { type: 'bold', on: true },
    cp437,
    { type: 'text', text: 'bold' },
    { type: 'bold', on: false },
    ...lfcr
  ],
  'rpe-qrcode.bin': [qrNative, ...lfcr],
  'rpe-barcode_code128.bin': [
    ...rpeBarcodePreamble,
    { type: 'barcode', symbology: 'CODE128', data: 'ABC-123' },
    ...lfcr
  ],
  'rpe-barcode_ean13.bin': [
    ...rpeBarcodePreamble,
    { type: 'barcode', symbology: 'EAN13', data: '4006381333931' },
    ...lfcr
  ],
  'rpe-cut_full.bin': [{ type: 'cut', mode: 'full' }, ...lfcr],
  'rpe-cut_partial.bin': [{ type: 'cut', mode: 'partial' }, ...lfcr]
}

describeFixtures('third-party streams (../shared/fixtures/escpos)', () => {
  it.each(Object.keys(EXPECTED))(
    '%s parses as its README says, whole, byte by byte and in random chunks',
    (file) => {
      const bytes = readFileSync(path.join(FIXTURES, file))
      const whole = parseAll(bytes)
      expect(whole).toHaveLength(EXPECTED[file]!.length)
      whole.forEach((c, i) => expect(c).toMatchObject(EXPECTED[file]![i]!))
      expect(whole.filter((c) => c.type === 'unknown' || c.type === 'truncated')).toEqual([])
      expect(parseChunked(bytes, [1])).toEqual(whole)
      for (let seed = 1; seed <= 5; seed++)
        expect(parseChunked(bytes, randomSizes(seed, 64, 9))).toEqual(whole)
    }
  )

  it('covers every stream in the folder', () => {
    const index = JSON.parse(
      readFileSync(path.join(FIXTURES, 'python-escpos-index.json'), 'utf8')
    ) as {
      scenarios: Array<{ file: string; server_recv_chunks: number[] }>
    }
    for (const s of index.scenarios) expect(Object.keys(EXPECTED)).toContain(s.file)
  })

  it('gives the same result for the recv() splits python-escpos really produced', () => {
    const index = JSON.parse(
      readFileSync(path.join(FIXTURES, 'python-escpos-index.json'), 'utf8')
    ) as {
      scenarios: Array<{ file: string; server_recv_chunks: number[] }>
    }
    for (const s of index.scenarios) {
      const bytes = readFileSync(path.join(FIXTURES, s.file))
      expect(parseChunked(bytes, s.server_recv_chunks)).toEqual(parseAll(bytes))
    }
  })

  it('resumes a barcode that arrives without its length byte', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'py-barcode_code128.bin'))
    const cut = bytes.indexOf(Buffer.from([0x1d, 0x6b, 0x49])) + 3
    const p = new EscPosParser()
    const first = p.feed(bytes.subarray(0, cut))
    expect(first.some((c) => c.type === 'barcode')).toBe(false)
    const rest = [...p.feed(bytes.subarray(cut)), ...p.end()]
    expect(rest).toEqual([
      expect.objectContaining({ type: 'barcode', data: 'ABC-123', offset: cut - 3 })
    ])
  })
})

/** Random valid commands the encoder and parser both model. */
const commandArb: fc.Arbitrary<EncodableCommand> = fc.oneof(
  fc.constant<EncodableCommand>({ type: 'init' }),
  fc.constant<EncodableCommand>({ type: 'lf' }),
  fc.constant<EncodableCommand>({ type: 'cr' }),
  fc
    .stringMatching(/^[A-Za-z0-9 .,:;!?éñ£Ü-]{1,60}$/)
    .map<EncodableCommand>((text) => ({ type: 'text', text })),
  fc.integer({ min: 0, max: 255 }).map<EncodableCommand>((lines) => ({ type: 'feed', lines })),
  fc.integer({ min: 0, max: 255 }).map<EncodableCommand>((dots) => ({ type: 'feed', dots })),
  fc
    .constantFrom('left', 'center', 'right')
    .map<EncodableCommand>((align) => ({ type: 'align', align })),
  fc.boolean().map<EncodableCommand>((on) => ({ type: 'bold', on })),
  fc.boolean().map<EncodableCommand>((on) => ({ type: 'invert', on })),
  fc
    .constantFrom<0 | 1 | 2>(0, 1, 2)
    .map<EncodableCommand>((mode) => ({ type: 'underline', mode })),
  fc
    .record({ width: fc.integer({ min: 1, max: 8 }), height: fc.integer({ min: 1, max: 8 }) })
    .map<EncodableCommand>((s) => ({ type: 'size', ...s })),
  fc
    .option(fc.integer({ min: 0, max: 255 }), { nil: null })
    .map<EncodableCommand>((dots) => ({ type: 'lineSpacing', dots })),
  fc
    .constantFrom<[number, string]>([0, 'cp437'], [2, 'cp850'], [16, 'windows1252'], [19, 'cp858'])
    .map<EncodableCommand>(([table, encoding]) => ({
      type: 'codeTable',
      table,
      encoding
    })),
  fc
    .record({
      mode: fc.constantFrom<'full' | 'partial'>('full', 'partial'),
      feed: fc.option(fc.integer({ min: 0, max: 255 }), { nil: undefined })
    })
    .map<EncodableCommand>(({ mode, feed }) =>
      feed === undefined ? { type: 'cut', mode } : { type: 'cut', mode, feed }
    ),
  fc
    .record({
      data: fc.stringMatching(/^[A-Za-z0-9:/.?=&-]{1,200}$/),
      size: fc.integer({ min: 1, max: 16 }),
      level: fc.constantFrom<'L' | 'M' | 'Q' | 'H'>('L', 'M', 'Q', 'H')
    })
    .map<EncodableCommand>((q) => ({ type: 'qr', source: 'native', model: 2, ...q })),
  fc
    .record({
      data: fc.stringMatching(/^[A-Za-z0-9:/.?=&-]{0,200}$/),
      symbology: fc.constantFrom<Symbology2d>(
        'PDF417',
        'MaxiCode',
        'GS1 DataBar',
        'Composite',
        'Aztec',
        'DataMatrix'
      )
    })
    .map<EncodableCommand>((c) => ({ type: 'code2d', ...c })),
  fc.stringMatching(/^[A-Z0-9-]{1,40}$/).map<EncodableCommand>((data) => ({
    type: 'barcode',
    symbology: 'CODE128',
    system: 73,
    form: 'B',
    data
  })),
  fc.stringMatching(/^[0-9]{13}$/).map<EncodableCommand>((data) => ({
    type: 'barcode',
    symbology: 'EAN13',
    system: 2,
    form: 'A',
    data
  })),
  fc.stringMatching(/^[0-9]{12}$/).map<EncodableCommand>((data) => ({
    type: 'barcode',
    symbology: 'UPC-A',
    system: 65,
    form: 'B',
    data
  })),
  fc
    .integer({ min: 1, max: 255 })
    .map<EncodableCommand>((dots) => ({ type: 'barcodeHeight', dots })),
  fc
    .constantFrom<'none' | 'above' | 'below' | 'both'>('none', 'above', 'below', 'both')
    .map<EncodableCommand>((position) => ({ type: 'hriPosition', position })),
  // Narrow rasters (< 21 dots) are never searched for QR codes, so they stay images.
  fc
    .record({ w: fc.integer({ min: 1, max: 2 }), h: fc.integer({ min: 1, max: 40 }) })
    .map<EncodableCommand>(({ w, h }) => ({
      type: 'image',
      form: 'GS v 0',
      widthDots: w * 8,
      heightDots: h,
      bytes: w * h
    })),
  fc.constantFrom(1, 2, 3, 4).map<EncodableCommand>((n) => ({ type: 'status', n })),
  fc.constantFrom(1, 2, 3, 49, 50, 51, 65, 66, 67, 68, 69).map<EncodableCommand>((n) => ({
    type: 'printerId',
    n
  })),
  fc.integer({ min: 0, max: 255 }).map<EncodableCommand>((flags) => ({ type: 'asb', flags }))
)

/** Adjacent texts merge into one run on the wire, so the model joins them too. */
function normalise(cmds: EncodableCommand[]): EncodableCommand[] {
  const out: EncodableCommand[] = []
  for (const c of cmds) {
    const last = out[out.length - 1]
    if (c.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { type: 'text', text: last.text + c.text }
    else out.push(c)
  }
  return out
}

const strip = (cmds: Command[]): unknown[] => cmds.map(({ offset: _offset, ...rest }) => rest)

describe('property: encode -> split anywhere -> parse', () => {
  it('gives back the commands that were encoded', () => {
    fc.assert(
      fc.property(
        fc.array(commandArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 }),
        (cmds, sizes) => {
          const model = normalise(cmds)
          const bytes = encodeCommands(model)
          const parsed = parseChunked(bytes, sizes)
          expect(strip(parsed)).toEqual(model)
          // Offsets are increasing byte positions inside the stream.
          for (let i = 1; i < parsed.length; i++)
            expect(parsed[i]!.offset).toBeGreaterThan(parsed[i - 1]!.offset)
        }
      ),
      { numRuns: 300, seed: 4242 }
    )
  })
})

describe('hostile and odd input', () => {
  it('never throws on random bytes and accounts for them, whatever the split', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 2000 }),
        fc.integer({ min: 1, max: 50 }),
        (bytes, size) => {
          const whole = parseAll(bytes, { decodeRasterQr: false })
          expect(parseChunked(bytes, [size])).toEqual(parseAll(bytes, { decodeRasterQr: false }))
          for (const c of whole) expect(c.offset).toBeLessThanOrEqual(bytes.length)
        }
      ),
      { numRuns: 200, seed: 7 }
    )
  })

  it('parses barcodes without NUL and Kanji-mode text the same whatever the split', () => {
    // Fragments that exercise the fixed-length barcode end and Kanji mode: GS k m (0-6) with
    // digits, NULs, FS & / FS ., ESC @, high bytes (double-byte text), LF.
    const barcode = fc
      .tuple(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.integer({ min: 0x30, max: 0x39 }), { maxLength: 16, size: 'max' })
      )
      .map(([m, digits]) => [0x1d, 0x6b, m, ...digits])
    const fragment = fc.oneof(
      { arbitrary: barcode, weight: 3 },
      { arbitrary: fc.constant([0x00]), weight: 2 },
      fc.constantFrom([0x1c, 0x26], [0x1c, 0x2e], [0x1b, 0x40], [0x0a], [0x41, 0x42]),
      fc.array(fc.integer({ min: 0x81, max: 0xfe }), { minLength: 1, maxLength: 6 })
    )
    fc.assert(
      fc.property(
        fc
          .array(fragment, { minLength: 5, maxLength: 40, size: 'max' })
          .map((fs) => Uint8Array.from(fs.flat())),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom<ParserOptions>(
          {},
          { kanjiOn: true },
          { kanjiEncoding: 'shift_jis' },
          { kanjiEncoding: 'big5', kanjiOn: true }
        ),
        (bytes, size, options) => {
          const whole = parseAll(bytes, options)
          expect(parseChunked(bytes, [size], options)).toEqual(whole)
          expect(parseChunked(bytes, [1], options)).toEqual(whole)
        }
      ),
      { numRuns: 300, seed: 11 }
    )
  })

  it('merges unknown bytes into one entry and resynchronises on the next command', () => {
    const cmds = parseAll(Uint8Array.of(0x01, 0x02, 0x03, 0x1b, 0xfe, 0x1b, 0x45, 0x01, 0x41, 0x0a))
    expect(cmds).toEqual([
      { type: 'unknown', offset: 0, length: 5, hex: '0102031bfe' },
      { type: 'bold', offset: 5, on: true },
      { type: 'text', offset: 8, text: 'A' },
      { type: 'lf', offset: 9 }
    ])
  })

  it('logs a command cut off by the end of the stream as truncated', () => {
    expect(parseAll(Uint8Array.of(0x41, 0x1d, 0x6b))).toEqual([
      { type: 'text', offset: 0, text: 'A' },
      { type: 'truncated', offset: 1, command: 'GS k', received: 2 }
    ])
    const raster = Uint8Array.of(0x1d, 0x76, 0x30, 0, 2, 0, 10, 0, 1, 2, 3)
    expect(parseAll(raster)).toEqual([
      { type: 'truncated', offset: 0, command: 'GS v 0', received: 11, expected: 28 }
    ])
  })

  it('caps a length field that claims megabytes: reported, skipped, never buffered', () => {
    // GS v 0 announcing 255 x 8000 bytes (2 MB); then 1 MB of the claimed data arrives.
    const header = Uint8Array.of(0x1d, 0x76, 0x30, 0, 0xff, 0, 0x40, 0x1f)
    const p = new EscPosParser({ maxPayloadBytes: 64 * 1024 })
    const first = p.feed(header)
    expect(first).toEqual([
      { type: 'oversize', offset: 0, command: 'GS v 0', claimed: 255 * 8000, limit: 64 * 1024 }
    ])
    const chunk = new Uint8Array(64 * 1024).fill(0x41)
    for (let i = 0; i < 16; i++) expect(p.feed(chunk)).toEqual([])
    expect(p.end()).toEqual([
      {
        type: 'truncated',
        offset: 0,
        command: 'GS v 0',
        received: 8 + 16 * 64 * 1024,
        expected: 8 + 255 * 8000
      }
    ])
  })

  it('splits very long text runs into bounded entries at the same places for any split', () => {
    const text = new Uint8Array(10_000).fill(0x61)
    const whole = parseAll(text, { maxTextBytes: 4096 })
    expect(whole.map((c) => (c.type === 'text' ? c.text.length : -1))).toEqual([4096, 4096, 1808])
    const p = new EscPosParser({ maxTextBytes: 4096 })
    const chunked = [
      ...p.feed(text.subarray(0, 3)),
      ...p.feed(text.subarray(3, 5000)),
      ...p.feed(text.subarray(5000)),
      ...p.end()
    ]
    expect(chunked).toEqual(whole)
  })

  it('decodes a long non-ASCII run in its code page in every entry, also when it spans reads', () => {
    // ESC t 2 (PC850), "A" in one read, then 12 x "é" (0x82): entries of 5 bytes.
    const bytes = Uint8Array.from([0x1b, 0x74, 2, 0x41, ...new Array<number>(12).fill(0x82), 0x0a])
    const small = { maxTextBytes: 5 }
    for (const sizes of [[bytes.length], [4, bytes.length], [1]]) {
      const got = parseChunked(bytes, sizes, small).flatMap((c) =>
        c.type === 'text' ? [c.text] : []
      )
      expect(got).toEqual(['Aéééé', 'ééééé', 'ééé'])
    }
  })

  it('decodes text in the code table ESC t selects, and ESC @ returns to cp437', () => {
    const bytes = Uint8Array.of(0x1b, 0x74, 16, 0xe9, 0x0a, 0x1b, 0x40, 0x82, 0x0a)
    const texts = parseAll(bytes).filter((c) => c.type === 'text')
    expect(texts.map((c) => (c.type === 'text' ? c.text : ''))).toEqual(['é', 'é'])
  })

  it('decodes Katakana (table 1), TCVN-3 small letters and capitals (30, 31) and RK1048 (53)', () => {
    const run = (table: number, ...bytes: number[]): string =>
      parseAll(Uint8Array.of(0x1b, 0x74, table, ...bytes, 0x0a))
        .map((c) => (c.type === 'text' ? c.text : ''))
        .join('')
    // Half-width katakana at 0xA1-0xDF, Epson's graphics around them.
    expect(run(1, 0xb1, 0xb2, 0xdf, 0x41, 0xe0, 0x80)).toBe('ｱｲﾟA═▁')
    expect(run(30, 0x56, 0x69, 0xd6, 0x74, 0x20, 0xae)).toBe('Việt đ')
    expect(run(31, 0x56, 0xd6, 0xae, 0xb5)).toBe('VỆĐÀ')
    expect(run(53, 0xc0, 0xa3)).toBe('АӘ')
    const tables = parseAll(Uint8Array.of(0x1b, 0x74, 31)).filter((c) => c.type === 'codeTable')
    expect(tables).toEqual([{ type: 'codeTable', offset: 0, table: 31, encoding: 'tcvn-capitals' }])
  })

  it("decodes the pages only printers use: Greek 851, Turkish 853, Thai, Farsi, Lithuanian, Epson's ISO 8859-2", () => {
    const run = (table: number, ...bytes: number[]): string =>
      parseAll(Uint8Array.of(0x1b, 0x74, table, ...bytes, 0x0a))
        .map((c) => (c.type === 'text' ? c.text : ''))
        .join('')
    expect(run(11, 0x86)).toBe('Ά') // PC851
    expect(run(12, 0x86)).toBe('ĉ') // PC853
    expect([20, 21, 26].map((t) => run(t, 0xa1))).toEqual(['ก', 'ก', 'ก']) // Thai codes 42, 11, 13
    expect(run(39, 0xb1, 0x80)).toBe('ą░') // ISO 8859-2, with Epson's graphics at 0x80-0x9F
    expect(run(41, 0x8a)).toBe('ﺎ') // PC1098
    expect(run(42, 0xb5)).toBe('Ą') // PC1118 (IBM 774)
    expect(run(43, 0x80)).toBe('А') // PC1119 (IBM 772)
    // Each says which page it is in the log; a table with no decoder (6, Hiragana) says null.
    const tables = parseAll(Uint8Array.of(0x1b, 0x74, 11, 0x1b, 0x74, 6)).flatMap((c) =>
      c.type === 'codeTable' ? [c.encoding] : []
    )
    expect(tables).toEqual(['cp851', null])
  })

  it('decodes Kanji-mode text (FS & ... FS .) with a double-byte set, split anywhere', () => {
    const texts = (bytes: Uint8Array, options?: ParserOptions): string[] =>
      parseAll(bytes, options).flatMap((c) => (c.type === 'text' ? [c.text] : []))
    // escpos-php's textChinese("中文测试"): GBK bytes between FS & and FS .
    const php = Buffer.from('1b401c26d6d0cec4b2e2cad40a1c2e', 'hex')
    expect(texts(php)).toEqual(['中文测试'])
    // After FS . the code table is back (here PC850, selected while Kanji mode was on).
    const back = Buffer.concat([
      Buffer.from([0x1c, 0x26, 0x1b, 0x74, 2]),
      iconv.encode('你好', 'gbk'),
      Buffer.from([0x0a, 0x1c, 0x2e, 0x82, 0x0a])
    ])
    expect(texts(back)).toEqual(['你好', 'é'])
    for (let k = 1; k < back.length; k++)
      expect(parseChunked(back, [k, back.length])).toEqual(parseAll(back))
    expect(parseChunked(back, [1])).toEqual(parseAll(back))
    // Japanese models: Shift_JIS. Chinese-market printers have Kanji mode on from power-on and
    // after ESC @ (hennedo/escpos sends GBK without FS &).
    const sjis = Buffer.concat([
      Buffer.from([0x1c, 0x26]),
      iconv.encode('日本語', 'shift_jis'),
      Buffer.from([0x0a])
    ])
    expect(texts(sjis, { kanjiEncoding: 'shift_jis' })).toEqual(['日本語'])
    const bare = Buffer.concat([
      iconv.encode('你好', 'gbk'),
      Buffer.from([0x0a, 0x1b, 0x40]),
      iconv.encode('你好', 'gbk'),
      Buffer.from([0x0a])
    ])
    expect(texts(bare, { kanjiOn: true })).toEqual(['你好', '你好'])
    // A text entry that reaches maxTextBytes never cuts a double-byte (or GB18030 four-byte)
    // character in two, whatever the split.
    const long = Buffer.concat([
      Buffer.from([0x1c, 0x26, 0x41]),
      iconv.encode('你好世界𠀀打印机测试', 'gb18030'),
      Buffer.from([0x0a])
    ])
    const small = { maxTextBytes: 5 }
    const entries = texts(long, small)
    expect(entries.join('')).toBe('A你好世界𠀀打印机测试')
    expect(entries.some((t) => t.includes('\ufffd'))).toBe(false)
    for (let k = 1; k < long.length; k++)
      expect(parseChunked(long, [k, long.length], small)).toEqual(parseAll(long, small))
    expect(parseChunked(long, [1], small)).toEqual(parseAll(long, small))
    // Off by default: the bytes are single-byte cp437 text, as on an Epson international model.
    expect(texts(bare)).toEqual(['─π║├', '─π║├'])
  })

  it('logs the other GS ( k 2D codes (PDF417, DataMatrix, ...) as one code2d entry when printed', () => {
    const k = (cn: number, fn: number, ...params: number[]): number[] => [
      ...[0x1d, 0x28, 0x6b, (params.length + 2) & 0xff, (params.length + 2) >> 8, cn, fn],
      ...params
    ]
    const bytes = Uint8Array.from([
      // PDF417 as ESC-POS-.NET sends it: columns, rows, width, row height, level, options, store, print
      ...k(0x30, 0x41, 0),
      ...k(0x30, 0x42, 0),
      ...k(0x30, 0x43, 3),
      ...k(0x30, 0x44, 3),
      ...k(0x30, 0x45, 0x30, 1),
      ...k(0x30, 0x46, 0),
      ...k(0x30, 0x50, 0x30, ...Buffer.from('PDF-123')),
      ...k(0x30, 0x51, 0x30),
      // DataMatrix and GS1 DataBar (its store has one more byte, the symbol type)
      ...k(0x36, 0x50, 0x30, ...Buffer.from('DM')),
      ...k(0x33, 0x50, 0x30, 0x48, ...Buffer.from('0101234567890128')),
      ...k(0x36, 0x51, 0x30),
      ...k(0x33, 0x51, 0x30),
      // A size request (fn 82) is logged as other, as for QR; a QR after them is unaffected.
      ...k(0x30, 0x52, 0x30),
      ...k(0x31, 0x50, 0x30, ...Buffer.from('qr')),
      ...k(0x31, 0x51, 0x30)
    ])
    const cmds = parseAll(bytes)
    expect(
      cmds.map((c) =>
        c.type === 'code2d'
          ? `${c.symbology} ${c.data}`
          : c.type === 'qr'
            ? `qr ${c.data}`
            : c.type === 'other'
              ? c.name
              : c.type
      )
    ).toEqual([
      'PDF417 PDF-123',
      'DataMatrix DM',
      'GS1 DataBar 0101234567890128',
      'GS ( k cn=48 fn=82',
      'qr qr'
    ])
    for (let cut = 1; cut < bytes.length; cut++)
      expect(parseChunked(bytes, [cut, bytes.length])).toEqual(cmds)
  })

  it('names every GS f HRI font, and round-trips them through the encoder', () => {
    const ns = [0, 1, 2, 3, 4, 48, 49, 50, 51, 52, 97, 98, 7]
    const fonts = parseAll(Uint8Array.from(ns.flatMap((n) => [0x1d, 0x66, n]))).map((c) =>
      c.type === 'hriFont' ? c.font : c.type
    )
    expect(fonts).toEqual([
      ...['A', 'B', 'C', 'D', 'E'],
      ...['A', 'B', 'C', 'D', 'E'],
      'special A',
      'special B',
      'A'
    ])
    const all = ['A', 'B', 'C', 'D', 'E', 'special A', 'special B'] as const
    const cmds = all.map((font) => ({ type: 'hriFont' as const, font }))
    expect(parseAll(encodeCommands(cmds)).map(({ offset: _, ...c }) => c)).toEqual(cmds)
  })

  it('keeps the QR model when GS ( k fn 65 selects one out of range (n1 other than 49-51)', () => {
    const model = (n1: number): Uint8Array =>
      Uint8Array.of(0x1d, 0x28, 0x6b, 4, 0, 0x31, 0x41, n1, 0)
    const store = Uint8Array.of(0x1d, 0x28, 0x6b, 5, 0, 0x31, 0x50, 0x30, 0x41, 0x42)
    const print = Uint8Array.of(0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30)
    const models = (...n1s: number[]): Array<number | undefined> =>
      parseAll(Buffer.concat(n1s.flatMap((n) => [model(n), store, print]))).flatMap((c) =>
        c.type === 'qr' ? [c.model] : []
      )
    expect(models(48)).toEqual([2])
    expect(models(49, 48, 51, 52, 50)).toEqual([1, 1, 3, 3, 2])
  })

  it('keeps the QR error level when GS ( k fn 69 selects one out of range (n other than 48-51)', () => {
    const level = (n: number): Uint8Array => Uint8Array.of(0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x45, n)
    const store = Uint8Array.of(0x1d, 0x28, 0x6b, 5, 0, 0x31, 0x50, 0x30, 0x41, 0x42)
    const print = Uint8Array.of(0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30)
    const levels = (...ns: number[]): Array<string | undefined> =>
      parseAll(Buffer.concat(ns.flatMap((n) => [level(n), store, print]))).flatMap((c) =>
        c.type === 'qr' ? [c.level] : []
      )
    // hennedo/escpos (Go) sends its module size here: 10, 3, 16 are not levels.
    expect(levels(10)).toEqual(['L'])
    expect(levels(51, 10, 49, 3, 50, 16, 48)).toEqual(['H', 'H', 'M', 'M', 'Q', 'Q', 'L'])
  })

  it('ignores a QR module size out of 1-16, and reads stored data that is not UTF-8 as Latin-1', () => {
    const size = (n: number): number[] => [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x43, n]
    const store = (data: number[]): number[] => [
      ...[0x1d, 0x28, 0x6b, data.length + 3, 0, 0x31, 0x50, 0x30],
      ...data
    ]
    const print = [0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30]
    const cafe = [0x43, 0x61, 0x66]
    const bytes = Uint8Array.from([
      ...[...size(6), ...store([...cafe, 0xe9]), ...print], // Latin-1 é (esc_pos_utils, ESC-POS-.NET)
      ...[...size(0), ...store([...cafe, 0xc3, 0xa9]), ...print], // UTF-8 é; size 0 (escpos-rs)
      ...[...size(17), ...store([0xff]), ...print]
    ])
    expect(
      parseAll(bytes).flatMap((c) => (c.type === 'qr' ? [`${c.size} ${c.data}`] : []))
    ).toEqual(['6 Café', '6 Café', '6 ÿ'])
  })

  it('reads GS j n and DLE EOT 18 a as whole commands (parameters are not text)', () => {
    const cmds = parseAll(Uint8Array.of(0x1d, 0x6a, 0xff, 0x10, 0x04, 0x12, 0x01, 0x41, 0x0a))
    expect(
      cmds.map((c) =>
        c.type === 'other'
          ? c.name
          : c.type === 'status'
            ? `status ${c.n}`
            : c.type === 'text'
              ? c.text
              : c.type
      )
    ).toEqual(['GS j', 'status 18', 'A', 'lf'])
  })

  it('gives a GS ( L / GS 8 L raster the width in dots its header states, not rounded to bytes', () => {
    // fn 112, 100 x 2 dots: rows of 13 bytes (104 dots, 4 of them padding).
    const rows = 13 * 2
    const body = [0x30, 0x70, 0x30, 1, 1, 0x31, 100, 0, 2, 0, ...new Array<number>(rows).fill(0xf0)]
    const gs8 = Uint8Array.of(0x1d, 0x38, 0x4c, body.length, 0, 0, 0, ...body)
    const gsParen = Uint8Array.of(0x1d, 0x28, 0x4c, body.length, 0, ...body)
    for (const bytes of [gs8, gsParen]) {
      const [img] = parseAll(bytes)
      expect(img).toMatchObject({ type: 'image', widthDots: 100, heightDots: 2, bytes: rows })
    }
  })

  it('ends UPC-A/UPC-E/EAN13/EAN8 (GS k m = 0-3) at their last digit or a non-digit, NUL or not', () => {
    // The Ruby escpos gem sends no NUL: EAN13's 13th digit ends the barcode, and the LFs and the
    // cut after it are normal data, as on an Epson printer.
    const ean13 = Buffer.from(
      '1d6b02' + Buffer.from('8594404000572').toString('hex') + '0a0a1d5600',
      'hex'
    )
    const names = (cmds: Command[]): string[] =>
      cmds.map((c) => (c.type === 'barcode' ? `${c.symbology} ${c.data}` : c.type))
    // A NUL right after the last digit still belongs to the command, in the same read or the next.
    const withNul = Buffer.from(
      '1d6b00' + Buffer.from('012345678905').toString('hex') + '000a',
      'hex'
    )
    const eightAndNul = Buffer.from(
      '1d6b03' + Buffer.from('96385074').toString('hex') + '00',
      'hex'
    )
    // Fewer digits and a NUL as before; a non-digit ends it and is read as what it is.
    const upcE = Buffer.from('1d6b01' + Buffer.from('01234565').toString('hex') + '00', 'hex')
    const shortThenText = Buffer.from(
      '1d6b00' + Buffer.from('01234').toString('hex') + '41420a',
      'hex'
    )
    const cases: Array<[Buffer, string[]]> = [
      [ean13, ['EAN13 8594404000572', 'lf', 'lf', 'cut']],
      [withNul, ['UPC-A 012345678905', 'lf']],
      [eightAndNul, ['EAN8 96385074']],
      [upcE, ['UPC-E 01234565']],
      [shortThenText, ['UPC-A 01234', 'text', 'lf']]
    ]
    for (const [bytes, want] of cases) {
      const all = parseAll(bytes)
      expect(names(all)).toEqual(want)
      for (let k = 1; k < bytes.length; k++)
        expect(parseChunked(bytes, [k, bytes.length])).toEqual(all)
      expect(parseChunked(bytes, [1])).toEqual(all)
    }
    // CODE39, ITF and CODABAR (m 4-6) still run to the NUL.
    expect(
      names(parseAll(Buffer.from('1d6b04' + Buffer.from('AB-12').toString('hex') + '00', 'hex')))
    ).toEqual(['CODE39 AB-12'])
  })

  it("reads Star's ESC GS t n code pages with Star's numbering, split anywhere", () => {
    // Star 10 = cp866, 32 = windows1252, 16 = cp851, 90 (none: text stays cp437); ESC t after it is
    // Epson's numbering again.
    const bytes = Uint8Array.of(
      ...[0x1b, 0x1d, 0x74, 10, 0x8f, 0x0a],
      ...[0x1b, 0x1d, 0x74, 32, 0xe9, 0x0a],
      ...[0x1b, 0x1d, 0x74, 16, 0x86, 0x0a],
      ...[0x1b, 0x1d, 0x74, 90, 0x82, 0x0a],
      ...[0x1b, 0x74, 17, 0x8f, 0x0a]
    )
    const whole = parseAll(bytes)
    expect(
      whole.flatMap((c) =>
        c.type === 'codeTable'
          ? [`${c.star ? 'star ' : ''}${c.table}:${c.encoding}`]
          : c.type === 'text'
            ? [c.text]
            : []
      )
    ).toEqual([
      'star 10:cp866',
      'П',
      'star 32:windows1252',
      'é',
      'star 16:cp851',
      'Ά',
      'star 90:null',
      'é',
      '17:cp866',
      'П'
    ])
    for (let cut = 1; cut < bytes.length; cut++) {
      const p = new EscPosParser()
      const split = [...p.feed(bytes.subarray(0, cut)), ...p.feed(bytes.subarray(cut)), ...p.end()]
      expect(split).toEqual(whole)
    }
    // Other ESC GS commands are not read: ESC is logged as unknown, GS parsed on its own.
    expect(parseAll(Uint8Array.of(0x1b, 0x1d, 0x61, 1))[0]!.type).toBe('unknown')
  })

  it('reads ESC q (release paper) as a two-byte command', () => {
    const cmds = parseAll(Uint8Array.of(0x1b, 0x71, 0x41, 0x0a))
    expect(
      cmds.map((c) => (c.type === 'other' ? c.name : c.type === 'text' ? c.text : c.type))
    ).toEqual(['ESC q', 'A', 'lf'])
  })

  it('turns CODE128 set C pairs into digits and drops code-set switches', () => {
    const data = [0x7b, 0x42, 0x4e, 0x6f, 0x7b, 0x43, 12, 34, 5]
    const cmds = parseAll(Uint8Array.from([0x1d, 0x6b, 73, data.length, ...data]))
    expect(cmds).toEqual([
      { type: 'barcode', offset: 0, symbology: 'CODE128', system: 73, form: 'B', data: 'No123405' }
    ])
  })

  it('logs every GS V cut form', () => {
    const forms = [[0], [1], [48], [49], [65, 3], [66, 3], [97, 0], [98, 0], [103, 1], [104, 1]]
    const bytes = Uint8Array.from(forms.flatMap((f) => [0x1d, 0x56, ...f]))
    const cuts = parseAll(bytes)
    expect(cuts.map((c) => (c.type === 'cut' ? `${c.mode}${c.feed ?? ''}` : c.type))).toEqual([
      'full',
      'partial',
      'full',
      'partial',
      'full3',
      'partial3',
      'full0',
      'partial0',
      'full1',
      'partial1'
    ])
  })
})

describe('record-structured and clone commands', () => {
  /** Parses whole and split at every offset into two chunks; every split must agree. */
  function parseEverySplit(bytes: Uint8Array): Command[] {
    const whole = parseAll(bytes)
    for (let k = 1; k < bytes.length; k++)
      expect(parseChunked(bytes, [k, bytes.length])).toEqual(whole)
    expect(parseChunked(bytes, [1])).toEqual(whole)
    return whole
  }

  it('skips ESC & user-defined characters (records sized by their own header) as one entry', () => {
    // y = 3, characters 'A'..'B': x = 2 (6 data bytes, some of them ESC/LF look-alikes), x = 1.
    const def = [
      0x1b, 0x26, 3, 0x41, 0x42, 2, 0x1b, 0x0a, 0x1d, 0x56, 0x00, 0x10, 1, 0x1b, 0x40, 0x0a
    ]
    const cmds = parseEverySplit(Uint8Array.from([...def, 0x1b, 0x25, 1, 0x41, 0x0a]))
    expect(cmds).toEqual([
      { type: 'other', offset: 0, name: 'ESC &' },
      { type: 'other', offset: 16, name: 'ESC %' },
      { type: 'text', offset: 19, text: 'A' },
      { type: 'lf', offset: 20 }
    ])
    // Out-of-range header: not swallowed, parsing resynchronises on the next command.
    expect(parseAll(Uint8Array.of(0x1b, 0x26, 9, 0x41, 0x40, 0x0a))[0]).toMatchObject({
      type: 'unknown'
    })
  })

  it('skips FS q NV bit images of any size without buffering them, and reports one cut short', () => {
    // Two images: 1 x 2 (x8 = 16 bytes of 0x1d) and 2 x 1 (16 bytes of 0x0a), then text.
    const img1 = [1, 0, 2, 0, ...new Array(16).fill(0x1d)]
    const img2 = [2, 0, 1, 0, ...new Array(16).fill(0x0a)]
    const bytes = Uint8Array.from([0x1c, 0x71, 2, ...img1, ...img2, 0x4f, 0x4b, 0x0a])
    expect(parseEverySplit(bytes)).toEqual([
      { type: 'other', offset: 0, name: 'FS q' },
      { type: 'text', offset: 43, text: 'OK' },
      { type: 'lf', offset: 45 }
    ])
    // A 1023 x 288 image (2.4 MB) claimed, 100 KB sent: skipped in constant memory, then truncated.
    const p = new EscPosParser()
    expect(p.feed(Uint8Array.of(0x1c, 0x71, 1, 0xff, 3, 0x20, 1))).toEqual([])
    expect(p.feed(new Uint8Array(100_000).fill(0x1b))).toEqual([])
    expect(p.end()).toEqual([{ type: 'truncated', offset: 0, command: 'FS q', received: 100_007 }])
  })

  it('consumes page mode, maintenance counter, recovery time, Kanji spacing and clone heat/sleep settings whole', () => {
    // Each with parameter bytes that would read as text or LF if the command were cut short.
    const parts: Array<[string, number[]]> = [
      ['ESC L', [0x1b, 0x4c]],
      ['ESC FF', [0x1b, 0x0c]],
      ['GS g 0', [0x1d, 0x67, 0x30, 0x41, 0x14, 0x00]],
      ['GS g 2', [0x1d, 0x67, 0x32, 0x0a, 0x14, 0x00]],
      ['GS z', [0x1d, 0x7a, 0x30, 0x41, 0x0a]],
      ['FS S', [0x1c, 0x53, 0x41, 0x0a]],
      ['FS W', [0x1c, 0x57, 0x41]],
      ['FS ?', [0x1c, 0x3f, 0x41, 0x42]],
      ['ESC 7', [0x1b, 0x37, 0x0b, 0x78, 0x28]],
      ['ESC 8', [0x1b, 0x38, 0x0a, 0x00]]
    ]
    let offset = 0
    const want: Command[] = parts.map(([name, b]) => {
      const c = { type: 'other', offset, name } as Command
      offset += b.length
      return c
    })
    const bytes = Uint8Array.from([...parts.flatMap(([, b]) => b), 0x4f, 0x4b, 0x0a])
    expect(parseEverySplit(bytes)).toEqual([
      ...want,
      { type: 'text', offset, text: 'OK' },
      { type: 'lf', offset: offset + 2 }
    ])
  })

  it('logs ESC B (buzzer) and the one-command ESC Z QR code of ESC/POS clones', () => {
    const data = Buffer.from('https://example.com/z')
    const bytes = Uint8Array.from([
      0x1b,
      0x42,
      3,
      2,
      0x1b,
      0x5a,
      0,
      0x4d,
      6,
      data.length,
      0,
      ...data,
      0x1b,
      0x5a,
      0,
      3,
      4,
      1,
      0,
      0x78
    ])
    expect(parseEverySplit(bytes)).toEqual([
      { type: 'other', offset: 0, name: 'ESC B' },
      {
        type: 'qr',
        offset: 4,
        source: 'native',
        data: 'https://example.com/z',
        size: 6,
        level: 'M'
      },
      { type: 'qr', offset: 32, source: 'native', data: 'x', size: 4, level: 'H' }
    ])
  })
})

describe('QR codes in raster images', () => {
  const FIXTURE = path.join(FIXTURES, 'py-qr_image_default.bin')
  const it2 = existsSync(FIXTURE) ? it : it.skip
  /** A non-QR raster of `wb` bytes x 24 rows of stripes. */
  const stripes = (wb: number, phase: number): Uint8Array =>
    Uint8Array.from([
      0x1d,
      0x76,
      0x30,
      0,
      wb,
      0,
      24,
      0,
      ...Array.from({ length: wb * 24 }, (_, i) => (((i >> 2) + phase) % 2 ? 0xff : 0))
    ])

  it2('bounds fresh decoding of images without a QR code, and still answers known images', () => {
    const qrImage = readFileSync(FIXTURE)
    const p = new EscPosParser({ maxQrAttempts: 2 })
    const types = (bytes: Uint8Array): string[] => p.feed(bytes).map((c) => c.type)
    expect(types(qrImage)).toContain('qr')
    expect(types(stripes(3, 0))).toEqual(['image'])
    expect(types(stripes(3, 1))).toEqual(['image'])
    // Budget spent: a new image is not searched, a known QR image is answered from the cache.
    expect(types(stripes(4, 0))).toEqual(['image'])
    expect(types(qrImage)).toContain('qr')
  })
})
