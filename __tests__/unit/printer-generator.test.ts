/**
 * Seeded job generator, status bytes and the printer config schemas (pure modules).
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { printerFixtureSchema, printerWorkloadSchema } from '../../src/printer/config.js'
import { ean13CheckDigit, generateJob, generateJobs } from '../../src/printer/generator.js'
import { parseAll } from '../../src/printer/parser.js'
import {
  asbStatus,
  realtimeStatus,
  transmitStatus,
  type PrinterFault
} from '../../src/printer/status.js'

describe('job generator', () => {
  it('is deterministic per seed and job index, and differs between seeds', () => {
    const a = generateJobs(42, 5)
    const b = generateJobs(42, 5)
    expect(a.map((j) => Buffer.from(j.bytes).toString('hex'))).toEqual(
      b.map((j) => Buffer.from(j.bytes).toString('hex'))
    )
    expect(Buffer.from(generateJob(42, 3).bytes)).toEqual(Buffer.from(a[3]!.bytes))
    expect(Buffer.from(generateJob(43, 0).bytes)).not.toEqual(Buffer.from(a[0]!.bytes))
  })

  it('produces jobs the parser reads completely: the elements asked for, ended by one cut', () => {
    for (const job of generateJobs(7, 30, {
      elements: 5,
      mix: { text: 2, qr: 1, barcode: 1, feed: 1, image: 1 },
      cut: 'mixed'
    })) {
      const cmds = parseAll(job.bytes)
      expect(
        cmds.filter((c) => c.type === 'unknown' || c.type === 'truncated' || c.type === 'oversize')
      ).toEqual([])
      const count = (t: string): number => cmds.filter((c) => c.type === t).length
      const want = (k: string): number => job.elements.filter((e) => e === k).length
      expect(count('qr')).toBe(want('qr'))
      expect(count('barcode')).toBe(want('barcode'))
      expect(count('feed')).toBe(want('feed'))
      expect(count('image')).toBe(want('image'))
      expect(count('cut')).toBe(1)
      expect(count('align')).toBe(want('text'))
      expect(job.elements).toHaveLength(6)
    }
  })

  it('keeps QR module sizes within 3..8 and EAN-13 check digits valid', () => {
    const cmds = generateJobs(3, 40, { mix: { qr: 1, barcode: 1 } }).flatMap((j) =>
      parseAll(j.bytes)
    )
    const sizes = cmds.flatMap((c) => (c.type === 'qr' ? [c.size!] : []))
    expect(sizes.length).toBeGreaterThan(20)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8)
    const eans = cmds.flatMap((c) =>
      c.type === 'barcode' && c.symbology === 'EAN13' ? [c.data] : []
    )
    expect(eans.length).toBeGreaterThan(5)
    for (const e of eans) expect(Number(e[12])).toBe(ean13CheckDigit(e.slice(0, 12)))
  })

  it('computes the EAN-13 check digit (4006381333931 is a published valid code)', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1)
    expect(ean13CheckDigit('590123412345')).toBe(7)
  })

  it('honours a mix with a single kind', () => {
    const job = generateJob(1, 0, {
      elements: 3,
      mix: { text: 0, qr: 1, barcode: 0, feed: 0 },
      cut: 'full'
    })
    expect(job.elements).toEqual(['qr', 'qr', 'qr', 'cut'])
    expect(parseAll(job.bytes).filter((c) => c.type === 'cut')).toEqual([
      expect.objectContaining({ mode: 'full' })
    ])
  })
})

describe('status bytes (Epson real-time status, as the fixtures README states)', () => {
  const s = (...faults: PrinterFault[]) => ({ faults: new Set(faults) })
  it.each([
    [[], 1, 0x12],
    [['offline'], 1, 0x1a],
    [['paper_out'], 1, 0x1a],
    [[], 4, 0x12],
    [['paper_out'], 4, 0x7e],
    [['paper_near_end'], 4, 0x1e],
    [['cover_open'], 2, 0x16],
    [['paper_out'], 2, 0x32],
    [['cutter_error'], 3, 0x1a]
  ] as Array<[PrinterFault[], number, number]>)(
    'faults %j, DLE EOT %i -> 0x%s',
    (faults, n, byte) => {
      expect(realtimeStatus(s(...faults), n)).toBe(byte)
    }
  )
  it('answers GS r 1 and ASB', () => {
    expect(transmitStatus(s('paper_out'), 1)).toBe(0x0f)
    expect(transmitStatus(s(), 1)).toBe(0)
    expect([...asbStatus(s('cover_open'))]).toEqual([0x38, 0, 0, 0])
    expect([...asbStatus(s())]).toEqual([0x10, 0, 0, 0])
  })
})

describe('config schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: false })
  const fixture = ajv.compile(printerFixtureSchema)
  const workload = ajv.compile(printerWorkloadSchema)

  it('accepts documented printers and workloads', () => {
    expect(
      fixture({ port: 0, status: 'online', printSpeed: { linesPerSecond: 60 }, acceptDelayMs: 5 })
    ).toBe(true)
    const ok = {
      name: 'receipts',
      kind: 'printer',
      printer: 'kitchen',
      jobs: { seed: 3, elements: 4, mix: { text: 3, qr: 1 }, cut: 'partial' },
      profile: { type: 'clients', clients: 4, requests: 25 },
      connection: 'persistent',
      expect: {
        countsPerJob: { cut: 1 },
        counts: { qr: { min: 1 } },
        sequence: ['qr', 'cut'],
        online: true,
        noLeaks: true
      },
      repetitions: 5,
      warmup: 1,
      threshold: '10%',
      thresholds: { 'latency.p95': 15 },
      budgets: ['latency.p95 < 50ms'],
      gate: ['latency.p95'],
      timeoutMs: 5000
    }
    expect(workload(ok)).toBe(true)
    expect(
      workload({
        name: 'proxy',
        kind: 'printer',
        target: '127.0.0.1:${services.proxy.port}',
        printer: 'kitchen',
        profile: { type: 'sustained', rate: 50, durationS: 2 }
      })
    ).toBe(true)
  })

  it('rejects unknown keys, unknown command types, bad profiles and a missing destination', () => {
    expect(fixture({ prot: 9100 })).toBe(false)
    expect(fixture({ status: 'on fire' })).toBe(false)
    const base = {
      name: 'w',
      kind: 'printer',
      printer: 'p',
      profile: { type: 'parallel', count: 2 }
    }
    expect(workload(base)).toBe(true)
    expect(workload({ ...base, expect: { counts: { qrcode: 1 } } })).toBe(false)
    expect(workload({ ...base, profile: { type: 'parallel' } })).toBe(false)
    expect(
      workload({ ...base, profile: { type: 'sustained', rate: 5, durationS: 1, count: 3 } })
    ).toBe(false)
    expect(workload({ ...base, connection: 'sometimes' })).toBe(false)
    expect(workload({ name: 'w', kind: 'printer', profile: { type: 'parallel', count: 2 } })).toBe(
      false
    )
  })
})
