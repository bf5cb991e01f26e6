/**
 * The `printer` workload against real virtual printers on loopback: time-to-print, both connection
 * modes, expectations, faults and recovery, and delivery through a proxy.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import net from 'node:net'
import type { PrinterWorkloadDef } from '../../src/printer/config.js'
import { startPrinters, stopPrinters } from '../../src/printer/fixture.js'
import type { VirtualPrinter } from '../../src/printer/server.js'
import { printerRunner } from '../../src/workloads/printer.js'
import { WorkloadError, type Logger, type RunContext } from '../../src/workloads/types.js'

const quiet: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  group: (_n, fn) => fn(),
  progress: () => undefined
}

let printers: Map<string, VirtualPrinter>
let kitchen: VirtualPrinter

function ctx(): RunContext {
  return {
    fixtures: { printers, services: new Map(), templateScope: {} },
    log: quiet,
    seed: 11,
    repetition: 0,
    warmup: false,
    signal: new AbortController().signal,
    baseDir: process.cwd()
  }
}

const base = (over: Partial<PrinterWorkloadDef>): PrinterWorkloadDef => ({
  name: 'receipts',
  kind: 'printer',
  printer: 'kitchen',
  profile: { type: 'parallel', count: 10 },
  jobs: { elements: 4 },
  timeoutMs: 3000,
  ...over
})

beforeAll(async () => {
  printers = await startPrinters({ kitchen: { port: 0 }, bar: { port: 0 } }, quiet)
  kitchen = printers.get('kitchen')!
})
afterAll(async () => {
  await stopPrinters(printers)
})
beforeEach(async () => {
  await kitchen.reset()
})

describe('printer workload', () => {
  it('per-job connections: measures time-to-print for every job and passes its checks', async () => {
    const out = await printerRunner.runRepetition(
      base({
        profile: { type: 'parallel', count: 20 },
        expect: { countsPerJob: { cut: 1 }, counts: { unknown: 0, truncated: 0 } }
      }),
      ctx()
    )
    expect(out.ok).toBe(20)
    expect(out.errors).toEqual({})
    expect(out.latencies).toHaveLength(20)
    for (const l of out.latencies!) expect(l).toBeGreaterThan(0)
    expect(out.checks!.filter((c) => !c.passed)).toEqual([])
    expect(out.checks!.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'all jobs printed',
        'count cut',
        'printer online',
        'no leaked connections'
      ])
    )
    expect(out.metrics!.bytes_per_s!.value).toBeGreaterThan(0)
    expect(out.metrics!.jobs_per_s!.value).toBeGreaterThan(0)
    expect(kitchen.jobs()).toHaveLength(20)
    expect(kitchen.connectionStats()).toMatchObject({ opened: 20, active: 0 })
  })

  it('without a profile: ten jobs, one at a time (the same default as service workloads)', async () => {
    const def = base({})
    delete def.profile
    const out = await printerRunner.runRepetition(def, ctx())
    expect(out.ok).toBe(10)
    expect(kitchen.jobs()).toHaveLength(10)
    expect(kitchen.connectionStats()).toMatchObject({ opened: 10, active: 0 })
  })

  it('persistent connections: C clients x N jobs reuse C connections', async () => {
    const out = await printerRunner.runRepetition(
      base({
        connection: 'persistent',
        profile: { type: 'clients', clients: 3, requests: 5 },
        expect: { countsPerJob: { cut: 1 } }
      }),
      ctx()
    )
    expect(out.ok).toBe(15)
    expect(out.checks!.filter((c) => !c.passed)).toEqual([])
    expect(kitchen.connectionStats()).toMatchObject({ opened: 3, active: 0 })
    expect(kitchen.jobs()).toHaveLength(15)
  })

  it('fails expectations with what was expected and what arrived', async () => {
    const out = await printerRunner.runRepetition(
      base({
        profile: { type: 'ordered', count: 3 },
        jobs: { elements: 1, mix: { qr: 1 } },
        expect: { counts: { qr: 5, cut: 3 }, sequence: ['qr', 'cut', 'qr', 'qr', 'cut'] }
      }),
      ctx()
    )
    const failed = out.checks!.filter((c) => !c.passed)
    expect(failed.map((c) => c.message)).toEqual([
      'expected 5 qr commands, the printer logged 3',
      expect.stringMatching(
        /^the command order differs at position 4: expected qr, the printer logged cut/
      )
    ])
    expect(out.checks!.find((c) => c.name === 'count cut')!.passed).toBe(true)
  })

  it('offline printer: jobs fail with a clear error; after reset the next run prints', async () => {
    await kitchen.simulateError('offline')
    const def = base({ profile: { type: 'sequential', count: 3 } })
    const out = await printerRunner.runRepetition(def, ctx())
    expect(out.ok).toBe(0)
    expect(out.errors).toEqual({ printer_offline: 3 })
    const printed = out.checks!.find((c) => c.name === 'all jobs printed')!
    expect(printed.passed).toBe(false)
    expect(printed.message).toMatch(
      /0 of 3 jobs printed; 3 printer_offline; first error: printer kitchen is offline \(offline\)/
    )
    expect(out.checks!.find((c) => c.name === 'printer online')).toMatchObject({
      passed: false,
      message: 'expected printer kitchen online after the run; it is offline'
    })
    await kitchen.reset()
    const again = await printerRunner.runRepetition(def, ctx())
    expect(again.ok).toBe(3)
    expect(again.checks!.every((c) => c.passed)).toBe(true)
  })

  it('refused connections are counted as connection_refused', async () => {
    await kitchen.simulateError('refuse')
    const out = await printerRunner.runRepetition(
      base({ profile: { type: 'parallel', count: 2 } }),
      ctx()
    )
    expect(out.errors).toEqual({ connection_refused: 2 })
  })

  it('names the defined printers when the workload points at a missing one', async () => {
    await expect(printerRunner.runRepetition(base({ printer: 'kitchn' }), ctx())).rejects.toThrow(
      new WorkloadError(
        'workload receipts: printer "kitchn" is not defined under printers: (defined: kitchen, bar)'
      )
    )
  })
})

describe('printer workload through a proxy (target + printer)', () => {
  /** A print proxy under test: forwards each client connection to the printer; `leaky` never closes upstream. */
  async function startProxy(
    upstreamPort: number,
    leaky: boolean
  ): Promise<{ port: number; close: () => Promise<void> }> {
    const sockets = new Set<net.Socket>()
    const server = net.createServer((client) => {
      const up = net.connect({ host: '127.0.0.1', port: upstreamPort })
      sockets.add(client).add(up)
      client.on('data', (d) => up.write(d))
      client.on('end', () => {
        if (!leaky) up.end()
        client.end()
      })
      client.on('error', () => undefined)
      up.on('error', () => undefined)
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    return {
      port: (server.address() as net.AddressInfo).port,
      close: () =>
        new Promise<void>((r) => {
          for (const s of sockets) s.destroy()
          server.close(() => r())
        })
    }
  }

  it('measures time-to-print at the printer behind the proxy', async () => {
    const proxy = await startProxy(kitchen.port, false)
    try {
      const out = await printerRunner.runRepetition(
        base({
          target: `127.0.0.1:${proxy.port}`,
          profile: { type: 'ordered', count: 5 },
          expect: { countsPerJob: { cut: 1 } }
        }),
        ctx()
      )
      expect(out.ok).toBe(5)
      expect(out.checks!.filter((c) => !c.passed)).toEqual([])
      expect(kitchen.jobs().every((j) => j.text.startsWith('perf-gate job '))).toBe(true)
    } finally {
      await proxy.close()
    }
  })

  it('reports the connections a proxy leaves open at the printer', async () => {
    const proxy = await startProxy(kitchen.port, true)
    try {
      const out = await printerRunner.runRepetition(
        base({ target: `127.0.0.1:${proxy.port}`, profile: { type: 'parallel', count: 2 } }),
        ctx()
      )
      expect(out.ok).toBe(2)
      expect(out.checks!.find((c) => c.name === 'no leaked connections')).toMatchObject({
        passed: false,
        message: expect.stringMatching(/2 still open/)
      })
    } finally {
      await proxy.close()
    }
  })
})
