import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'
import { serviceFixtureSchema, serviceWorkloadSchema } from '../../src/fixtures/config.js'
import {
  DEFAULT_HA_MIX,
  generateHaJob,
  pickWeighted,
  type HaJobKind
} from '../../src/load/ha-jobs.js'

const ajv = new Ajv({ allErrors: true, strict: false })
const validWorkload = ajv.compile(serviceWorkloadSchema)
const validService = ajv.compile(serviceFixtureSchema)

describe('service schemas', () => {
  it('accept every service and service workload of the demo catalogue', () => {
    const config = parse(readFileSync('perf-gate.yml', 'utf8'))
    for (const [name, svc] of Object.entries(config.services)) {
      expect([name, validService(svc), validService.errors]).toEqual([name, true, null])
    }
    const workloads = config.workloads.filter((w: { kind: string }) => w.kind === 'service')
    expect(workloads.length).toBeGreaterThan(10)
    for (const w of workloads)
      expect([w.name, validWorkload(w), validWorkload.errors]).toEqual([w.name, true, null])
  })

  it.each<[Record<string, unknown>, string]>([
    [{ name: 'a', kind: 'service', service: 'api' }, 'needs requests, mix or steps'],
    [
      {
        name: 'a',
        kind: 'service',
        service: 'api',
        requests: { path: '/' },
        profile: { type: 'parallel' }
      },
      'parallel needs count'
    ],
    [
      { name: 'a', kind: 'service', service: 'api', requests: { path: '/', verb: 'GET' } },
      'unknown request key'
    ],
    [
      {
        name: 'a',
        kind: 'service',
        service: 'api',
        requests: { path: '/' },
        expect: { errorRate: 2 }
      },
      'errorRate above 1'
    ],
    [
      { name: 'a', kind: 'service', service: 'api', mix: [{ path: '/' }] },
      'mix entries need a weight'
    ],
    [
      { name: 'a', kind: 'service', service: 'api', requests: { path: '/', job: 'print_pdf' } },
      'unknown job kind'
    ]
  ])('rejects %o (%s)', (w) => {
    expect(validWorkload(w)).toBe(false)
  })

  it('rejects a service without a command or with an unknown probe', () => {
    expect(validService({ args: ['x'] })).toBe(false)
    expect(validService({ command: 'node', ready: { https: '/x' } })).toBe(false)
    expect(validService({ command: 'node', restart: 'always' })).toBe(false)
    expect(
      validService({
        command: 'node',
        port: 0,
        ready: { http: '/api/', status: 200 },
        restart: 'per-repetition'
      })
    ).toBe(true)
  })
})

describe('Home Assistant call generator', () => {
  it('is deterministic per seed and index', () => {
    expect(generateHaJob(1, 5, 'mixed')).toEqual(generateHaJob(1, 5, 'mixed'))
    expect(generateHaJob(1, 5, 'print_text')).not.toEqual(generateHaJob(2, 5, 'print_text'))
  })

  it('produces the fields of each escpos_printer service', () => {
    expect(Object.keys(generateHaJob(3, 0, 'print_text').data).sort()).toEqual([
      'align',
      'bold',
      'text'
    ])
    expect(Object.keys(generateHaJob(3, 0, 'print_qr').data).sort()).toEqual(['data', 'ec', 'size'])
    expect(Object.keys(generateHaJob(3, 0, 'feed').data)).toEqual(['lines'])
    expect(['full', 'partial']).toContain(generateHaJob(3, 0, 'cut').data.mode)
  })

  it('makes valid EAN-13 codes', () => {
    let seen = 0
    for (let i = 0; i < 200; i++) {
      const d = generateHaJob(9, i, 'print_barcode').data
      if (d.bc !== 'EAN13') continue
      seen++
      const digits = String(d.code).split('').map(Number)
      const sum = digits.slice(0, 12).reduce((s, x, k) => s + x * (k % 2 === 0 ? 1 : 3), 0)
      expect(digits[12]).toBe((10 - (sum % 10)) % 10)
    }
    expect(seen).toBeGreaterThan(50)
  })

  it('follows the mix weights', () => {
    const counts: Partial<Record<HaJobKind, number>> = {}
    for (let i = 0; i < 5000; i++) {
      const s = generateHaJob(4, i, 'mixed').service
      counts[s] = (counts[s] ?? 0) + 1
    }
    const total = Object.values(DEFAULT_HA_MIX).reduce((a, b) => a + b, 0)
    for (const [k, w] of Object.entries(DEFAULT_HA_MIX)) {
      expect(Math.abs((counts[k as HaJobKind] ?? 0) / 5000 - w / total)).toBeLessThan(0.03)
    }
    expect(pickWeighted({ a: 1, b: 0, c: 3 }, 0.2)).toBe('a')
    expect(pickWeighted({ a: 1, b: 0, c: 3 }, 0.3)).toBe('c')
  })
})
