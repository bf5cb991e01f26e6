import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { VirtualPrinter } from '../../src/printer/server.js'
import { startServices, type ServiceSet } from '../../src/fixtures/service.js'
import { serviceRunner, type ServiceWorkloadDef } from '../../src/workloads/service.js'
import type { Fixtures, Logger, RunContext } from '../../src/workloads/types.js'

// The example service (examples/print-service) end to end against virtual printers, driven by
// the service workload: printer verification, a fault drill, connection leaks, a crash mid-run.
const log: Logger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  progress() {},
  group: (_n, fn) => fn()
}
const baseDir = process.cwd()
const auth = { Authorization: 'Bearer ${env.HA_TOKEN:-demo-token}' }
const printText = {
  path: '/api/services/escpos_printer/print_text',
  headers: auth,
  json: '${job.data}',
  job: 'print_text' as const
}

let kitchen: VirtualPrinter
let bar: VirtualPrinter
let set: ServiceSet
let fixtures: Fixtures

function ctx(): RunContext {
  return {
    fixtures,
    log,
    seed: 7,
    repetition: 0,
    warmup: false,
    signal: new AbortController().signal,
    baseDir
  }
}

function def(d: Partial<ServiceWorkloadDef>): ServiceWorkloadDef {
  return { name: 'w', kind: 'service', service: 'ha', ...d } as ServiceWorkloadDef
}

beforeAll(async () => {
  kitchen = new VirtualPrinter({ name: 'kitchen' })
  // A log of 8 entries: expectations must count the whole repetition, not what the log holds.
  bar = new VirtualPrinter({ name: 'bar', maxLogEntries: 8 })
  await kitchen.start()
  await bar.start()
  const scope: Record<string, unknown> = {
    env: { ...process.env },
    printers: {
      kitchen: { host: kitchen.host, port: kitchen.port },
      bar: { host: bar.host, port: bar.port }
    }
  }
  set = await startServices(
    {
      ha: {
        command: process.execPath,
        args: ['examples/print-service/server.js'],
        env: {
          PRINTERS: 'kitchen=127.0.0.1:${printers.kitchen.port},bar=127.0.0.1:${printers.bar.port}'
        },
        ready: { log: 'listening on' }
      },
      leaky: {
        command: process.execPath,
        args: ['examples/print-service/server.js'],
        env: { PRINTER_PORT: '${printers.bar.port}', LEAK_CONNECTIONS: '1' },
        ready: { tcp: true }
      },
      fresh: {
        command: process.execPath,
        args: [
          '-e',
          "require('http').createServer((q,s)=>s.end(String(process.pid))).listen(+process.env.PORT,'127.0.0.1')"
        ],
        restart: 'per-repetition'
      },
      fragile: {
        command: process.execPath,
        args: [
          '-e',
          "let n=0; require('http').createServer((q,s)=>{ if(++n>5){ console.error('out of memory, giving up'); process.exit(7) } s.end('ok') }).listen(+process.env.PORT,'127.0.0.1')"
        ],
        ready: { tcp: true }
      }
    },
    scope,
    log,
    { baseDir }
  )
  fixtures = {
    printers: new Map([
      ['kitchen', kitchen],
      ['bar', bar]
    ]),
    services: set.services,
    templateScope: scope
  }
}, 30_000)

afterAll(async () => {
  await set?.stop()
  await kitchen?.stop()
  await bar?.stop()
})

describe('service workload against the example service and virtual printers', () => {
  it('10 parallel print_text calls arrive at the printer as 10 text jobs, with resources sampled', async () => {
    const out = await serviceRunner.runRepetition(
      def({
        requests: printText,
        profile: { type: 'parallel', count: 10 },
        expect: {
          printer: 'kitchen',
          commands: { cut: 10 },
          jobs: 10,
          online: true,
          leakedConnections: 0
        }
      }),
      ctx()
    )
    expect(out.ok).toBe(10)
    expect(out.errors).toEqual({})
    expect(out.latencies).toHaveLength(10)
    expect(out.checks!.filter((c) => !c.passed)).toEqual([])
    expect(out.checks!.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'printer kitchen: cut commands',
        'printer kitchen: jobs',
        'printer kitchen: leaked connections',
        'error rate'
      ])
    )
    expect(kitchen.jobs()).toHaveLength(10)
    expect(out.metrics!['memory.rss_peak'].value).toBeGreaterThan(10_000_000)
    expect(out.metrics!['cpu.percent'].unit).toBe('%')
    expect(out.metrics!['fds.growth']).toBeDefined()
  })

  it('an 80/20 read/write mix with generated calls, done when the printer has the job', async () => {
    const out = await serviceRunner.runRepetition(
      def({
        mix: [
          { weight: 80, path: '/api/states', headers: auth },
          {
            weight: 20,
            path: '/api/services/escpos_printer/${job.service}',
            headers: auth,
            json: '${job.data}',
            job: 'mixed'
          }
        ],
        profile: { type: 'clients', clients: 4, requests: 25 },
        doneAtPrinter: 'kitchen',
        expect: { printer: 'kitchen', errorRate: 0 }
      }),
      ctx()
    )
    expect(out.ok).toBe(100)
    expect(out.checks!.every((c) => c.passed)).toBe(true)
    // Every write is one job at the printer; the seeded mix makes the count repeatable.
    const writes = kitchen.jobs().length
    expect(writes).toBeGreaterThan(8)
    expect(writes).toBeLessThan(35)
    const again = await serviceRunner.runRepetition(
      def({
        mix: [
          { weight: 80, path: '/api/states', headers: auth },
          {
            weight: 20,
            path: '/api/services/escpos_printer/${job.service}',
            headers: auth,
            json: '${job.data}',
            job: 'mixed'
          }
        ],
        profile: { type: 'clients', clients: 4, requests: 25 },
        expect: { printer: 'kitchen', jobs: writes }
      }),
      ctx()
    )
    expect(again.checks!.find((c) => c.name === 'printer kitchen: jobs')!.passed).toBe(true)
  })

  it('counts and orders every command of the repetition, beyond what the printer log keeps', async () => {
    const out = await serviceRunner.runRepetition(
      def({
        requests: { ...printText, json: { text: 'to the bar', printer: 'bar' } },
        profile: { type: 'sequential', count: 6 },
        expect: {
          printer: 'bar',
          commands: { cut: 6, text: 6 },
          order: Array.from({ length: 6 }, () => ['text', 'cut']).flat(),
          jobs: 6
        }
      }),
      ctx()
    )
    expect(out.errors).toEqual({})
    expect(bar.status().commands).toBe(8)
    expect(bar.status().droppedCommands).toBeGreaterThan(0)
    expect(out.checks!.filter((c) => !c.passed)).toEqual([])
    expect(out.checks!.find((c) => c.name === 'printer bar: cut commands')).toMatchObject({
      passed: true,
      message: expect.stringContaining('got 6')
    })
  })

  it('an ordered sequence arrives in the exact command order; a wrong order is explained', async () => {
    const seq = [
      {
        path: '/api/services/escpos_printer/print_text',
        headers: auth,
        json: { text: 'HEADER', align: 'center', bold: true, cut: 'none' }
      },
      { path: '/api/services/escpos_printer/feed', headers: auth, json: { lines: 2 } },
      {
        path: '/api/services/escpos_printer/print_qr',
        headers: auth,
        json: { data: 'https://example.com/o/1', cut: 'none' }
      },
      {
        path: '/api/services/escpos_printer/print_barcode',
        headers: auth,
        json: { code: '4006381333931', bc: 'EAN13', cut: 'none' }
      },
      {
        path: '/api/services/escpos_printer/print_text',
        headers: auth,
        json: { text: 'line 1\nline 2', cut: 'none' }
      },
      { path: '/api/services/escpos_printer/cut', headers: auth, json: { mode: 'full' } }
    ]
    const order = ['text', 'feed', 'qr', 'barcode', 'text', 'text', 'cut']
    const ok = await serviceRunner.runRepetition(
      def({
        requests: seq,
        profile: { type: 'ordered', count: 6 },
        expect: { printer: 'kitchen', order }
      }),
      ctx()
    )
    expect(ok.checks!.find((c) => c.name === 'printer kitchen: command order')).toEqual({
      name: 'printer kitchen: command order',
      passed: true,
      message: '7 commands in the expected order'
    })
    const wrong = await serviceRunner.runRepetition(
      def({
        requests: seq,
        profile: { type: 'ordered', count: 6 },
        expect: { printer: 'kitchen', order: ['text', 'qr', 'feed'] }
      }),
      ctx()
    )
    const check = wrong.checks!.find((c) => c.name === 'printer kitchen: command order')!
    expect(check.passed).toBe(false)
    expect(check.message).toMatch(/first difference at position 2: expected qr, got feed/)
  })

  it('fault drill: offline printer -> the call fails cleanly; after reset the next call prints', async () => {
    const out = await serviceRunner.runRepetition(
      def({
        steps: [
          { name: 'printer goes offline', printerError: { printer: 'kitchen', kind: 'offline' } },
          { name: 'call while offline', request: printText, expect: { ok: false, within: 5000 } },
          { name: 'reset', printerReset: 'kitchen' },
          { name: 'call after reset', request: printText, expect: { ok: true, printed: true } }
        ],
        expect: { printer: 'kitchen' }
      }),
      ctx()
    )
    expect(out.checks).toEqual([
      expect.objectContaining({ name: 'call while offline: fails cleanly', passed: true }),
      expect.objectContaining({
        name: 'call while offline: answered within 5000 ms',
        passed: true
      }),
      expect.objectContaining({ name: 'call after reset: succeeds', passed: true }),
      expect.objectContaining({ name: 'call after reset: printed', passed: true })
    ])
    // the offline call's error answer was the expected outcome, so it is not counted as an error
    expect(out.errors).toEqual({})
    expect(out.ok).toBe(2)
  })

  it('a service that leaks printer connections fails the connection-cleanup expectation', async () => {
    const out = await serviceRunner.runRepetition(
      def({
        service: 'leaky',
        requests: printText,
        profile: { type: 'sequential', count: 3 },
        expect: { printer: 'bar', leakedConnections: 0 }
      }),
      ctx()
    )
    const check = out.checks!.find((c) => c.name === 'printer bar: leaked connections')!
    expect(check.passed).toBe(false)
    expect(check.message).toBe('3 connection(s) still open 1 s after the calls (allowed 0)')
  })

  it('a service that dies mid-run fails that workload with its exit code and last output; the next one restarts it', async () => {
    let error: Error | undefined
    try {
      await serviceRunner.runRepetition(
        def({
          service: 'fragile',
          requests: { path: '/' },
          profile: { type: 'sequential', count: 50 }
        }),
        ctx()
      )
    } catch (err) {
      error = err as Error
    }
    expect(error?.name).toBe('WorkloadError')
    expect(error?.message).toBe('service fragile died during workload w (exit code 7)')
    expect((error as Error & { output?: string }).output).toContain('out of memory, giving up')
    const next = await serviceRunner.runRepetition(
      def({
        service: 'fragile',
        requests: { path: '/' },
        profile: { type: 'sequential', count: 3 }
      }),
      ctx()
    )
    expect(next.ok).toBe(3)
  })

  it('restart: per-repetition gives every repetition a fresh process', async () => {
    const svc = set.services.get('fresh')!
    const before = svc.starts
    const pid0 = svc.pgid
    await serviceRunner.runRepetition(
      def({ service: 'fresh', requests: { path: '/' }, profile: { type: 'parallel', count: 2 } }),
      ctx()
    )
    const pid1 = svc.pgid
    await serviceRunner.runRepetition(
      def({ service: 'fresh', requests: { path: '/' }, profile: { type: 'parallel', count: 2 } }),
      ctx()
    )
    expect(svc.starts).toBe(before + 2)
    expect(new Set([pid0, pid1, svc.pgid]).size).toBe(3)
  })

  it('errors by kind and the error-rate expectation: a 401 for a bad token', async () => {
    const out = await serviceRunner.runRepetition(
      def({
        requests: { path: '/api/states', headers: { Authorization: 'Bearer wrong' } },
        profile: { type: 'parallel', count: 4 }
      }),
      ctx()
    )
    expect(out.errors).toEqual({ http_401: 4 })
    const rate = out.checks!.find((c) => c.name === 'error rate')!
    expect(rate.passed).toBe(false)
    expect(rate.message).toMatch(
      /^4 of 4 requests failed \(100.0 %, allowed 0.0 %\): http_401: 4; e.g. GET \/api\/states: HTTP 401/
    )
  })

  it('a bad template variable in a request names it', async () => {
    await expect(
      serviceRunner.runRepetition(
        def({
          requests: { path: '/api/${services.ha.prot}' },
          profile: { type: 'parallel', count: 1 }
        }),
        ctx()
      )
    ).rejects.toThrow(
      'workloads.w.requests.path: unknown variable "services.ha.prot" in "/api/${services.ha.prot}" (services.ha has: host, port, url).'
    )
  })
})
