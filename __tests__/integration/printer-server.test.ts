/**
 * The virtual printer over real loopback TCP: logging, jobs, status replies, faults, leaks and
 * hostile clients.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { VirtualPrinter } from '../../src/printer/server.js'

const FIXTURES = path.resolve(process.cwd(), '..', 'shared', 'fixtures', 'escpos')
/** The same bytes as the shared python-escpos captures, for a checkout without ../shared. */
const FALLBACK: Record<string, string> = {
  'py-text.bin': '1b740048656c6c6f20576f726c640a',
  'py-cut_full.bin': '1b64061d5600',
  'py-cut_part.bin': '1b64061d5601',
  'py-is_online.bin': '100401',
  'py-paper_status.bin': '100404'
}
const fixture = (f: string): Buffer => {
  if (existsSync(FIXTURES)) return readFileSync(path.join(FIXTURES, f))
  if (!FALLBACK[f]) throw new Error(`${f}: not in ${FIXTURES} and no fallback bytes`)
  return Buffer.from(FALLBACK[f], 'hex')
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s))
    s.once('error', reject)
  })
}

/** Sends bytes (optionally split into separate writes), waits for `replyBytes`, then closes. */
async function exchange(
  port: number,
  parts: Uint8Array[],
  replyBytes = 0,
  close = true
): Promise<Buffer> {
  const s = await connect(port)
  const got: Buffer[] = []
  let n = 0
  const reply = new Promise<void>((resolve) => {
    if (replyBytes === 0) resolve()
    s.on('data', (d: Buffer) => {
      got.push(d)
      n += d.length
      if (n >= replyBytes) resolve()
    })
  })
  for (const p of parts) {
    s.write(p)
    await sleep(2)
  }
  let timer: NodeJS.Timeout | undefined
  await Promise.race([reply, new Promise<void>((r) => (timer = setTimeout(r, 2000)))])
  clearTimeout(timer)
  if (close) await new Promise<void>((r) => s.end(() => r()))
  return Buffer.concat(got)
}

async function until(cond: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms
  while (!cond() && Date.now() < end) await sleep(5)
}

describe('virtual printer', () => {
  let printer: VirtualPrinter
  beforeEach(async () => {
    printer = new VirtualPrinter({ name: 'kitchen', leakAfterMs: 100 })
    await printer.start()
  })
  afterEach(async () => {
    await printer.stop()
  })

  it('logs commands with connection, timestamp and offset, and ends jobs at cuts and at close', async () => {
    await exchange(printer.port, [
      fixture('py-text.bin'),
      fixture('py-cut_full.bin'),
      Buffer.from('second\n')
    ])
    await until(() => printer.jobs().length === 2)
    const jobs = printer.jobs()
    expect(jobs.map((j) => j.endedBy)).toEqual(['cut', 'close'])
    expect(jobs[0]!.text).toBe('Hello World\n' + '\n'.repeat(6) + '[CUT full]\n')
    expect(jobs[1]!.text).toBe('second\n')
    const log = printer.commands()
    expect(log[1]).toMatchObject({ type: 'text', text: 'Hello World', conn: 1, offset: 3 })
    expect(typeof log[1]!.at).toBe('number')
    expect(printer.commands({ type: 'cut' })).toHaveLength(1)
  })

  it('gives back long and accented lines in jobs and the log exactly as sent (text kept raw)', async () => {
    // 0x82 is é in cp437; ESC t 16 switches to windows-1252, where 0xe9 is é. Lines of 300 and
    // 3000 characters take the raw-text parameter's upper bits.
    const long = 'ab'.repeat(150)
    const longer = 'x'.repeat(3000)
    const bytes = Buffer.concat([
      Buffer.from(`${long}\ncaf`, 'latin1'),
      Buffer.from([0x82, 0x0a, 0x1b, 0x74, 16]),
      Buffer.from(`${longer}caf`, 'latin1'),
      Buffer.from([0xe9, 0x0a, 0x1d, 0x56, 0x00])
    ])
    await exchange(printer.port, [bytes.subarray(0, 200), bytes.subarray(200)])
    await until(() => printer.jobs().length === 1)
    expect(printer.jobs()[0]!.text).toBe(`${long}\ncafé\n${longer}café\n[CUT full]\n`)
    const texts = printer.commands({ type: 'text' }).map((c) => (c.type === 'text' ? c.text : ''))
    expect(texts.join('')).toBe(`${long}café${longer}café`)
    // `limit`: the latest entries, oldest first, after the filters.
    const all = printer.commands()
    expect(printer.commands({ limit: 3 })).toEqual(all.slice(-3))
    expect(printer.commands({ type: 'text', limit: 2 }).map((c) => c.offset)).toEqual(
      printer
        .commands({ type: 'text' })
        .slice(-2)
        .map((c) => c.offset)
    )
    expect(printer.commands({ limit: 0 })).toEqual([])
  })

  it('keeps each logged command with its own connection when clients interleave', async () => {
    const a = await connect(printer.port)
    const b = await connect(printer.port)
    const write = async (s: net.Socket, text: string, count: number): Promise<void> => {
      s.write(text)
      await until(() => printer.commands({ type: 'text' }).length === count)
    }
    await write(a, 'A\n', 1)
    await write(b, 'B\n', 2)
    await write(a, 'C\n', 3)
    const texts = printer.commands({ type: 'text' })
    const view = (cs: typeof texts): string[] =>
      cs.map((c) => `${c.type === 'text' ? c.text : c.type}@${c.conn}`)
    expect(view(texts)).toEqual(['A@1', 'B@2', 'C@1'])
    expect(view(printer.commands({ type: 'text', limit: 2 }))).toEqual(['B@2', 'C@1'])
    expect(view(printer.commands({ conn: 2 }))).toEqual(['B@2', 'lf@2'])
    expect(printer.commands({ conn: 1 }).every((c) => c.conn === 1)).toBe(true)
    a.destroy()
    b.destroy()
    // A full ring: the latest 4 entries, each still with its connection.
    const tiny = new VirtualPrinter({ name: 'tiny', maxLogEntries: 4 })
    await tiny.start()
    try {
      await exchange(tiny.port, [Buffer.from('A\nB\nC\n')])
      await exchange(tiny.port, [Buffer.from('D\n')])
      await until(() => tiny.status().droppedCommands === 4)
      expect(view(tiny.commands())).toEqual(['C@1', 'lf@1', 'D@2', 'lf@2'])
      expect(view(tiny.commands({ limit: 3 }))).toEqual(['lf@1', 'D@2', 'lf@2'])
    } finally {
      await tiny.stop()
    }
  })

  it('answers DLE EOT at once: online 0x12, offline 0x1A, paper out 0x7E', async () => {
    expect([...(await exchange(printer.port, [fixture('py-is_online.bin')], 1))]).toEqual([0x12])
    expect([...(await exchange(printer.port, [fixture('py-paper_status.bin')], 1))]).toEqual([0x12])
    await printer.simulateError('paper_out')
    expect([
      ...(await exchange(
        printer.port,
        [fixture('py-is_online.bin'), fixture('py-paper_status.bin')],
        2
      ))
    ]).toEqual([0x1a, 0x7e])
    await printer.reset()
    await printer.simulateError('cover_open')
    expect([...(await exchange(printer.port, [Uint8Array.of(0x10, 0x04, 0x02)], 1))]).toEqual([
      0x16
    ])
  })

  it('answers DLE EOT on reception: split over writes, inside image data, 7/8/18 with their extra byte, not out-of-range n', async () => {
    // One byte per write: answered once, when the last byte arrives.
    expect([
      ...(await exchange(
        printer.port,
        [[0x10], [0x04], [0x01]].map((b) => Uint8Array.from(b)),
        1
      ))
    ]).toEqual([0x12])
    // Inside a GS v 0 raster's data, as Epson printers do: the log has the image, not a status.
    // (paper near end: still online, and DLE EOT 4 answers 0x1E)
    await printer.simulateError('paper_near_end')
    const raster = Uint8Array.of(
      0x1d,
      0x76,
      0x30,
      0,
      4,
      0,
      2,
      0,
      0xff,
      0x10,
      0x04,
      0x04,
      0,
      0x10,
      0x04,
      0x01
    )
    printer.clearLog()
    expect([...(await exchange(printer.port, [raster], 2))]).toEqual([0x1e, 0x12])
    await until(() => printer.commands().length > 0)
    expect(printer.commands().map((c) => c.type)).toEqual(['image'])
    await printer.reset()
    // 7, 8 and 18 take one more byte (which is not text); 0 and 5 are out of range and not answered.
    printer.clearLog()
    const got = await exchange(
      printer.port,
      [
        Uint8Array.of(
          0x10,
          0x04,
          0x07,
          0x01,
          0x10,
          0x04,
          0x00,
          0x10,
          0x04,
          0x05,
          0x10,
          0x04,
          0x08,
          0x03,
          0x10,
          0x04,
          0x12,
          0x01,
          0x0a
        )
      ],
      4
    )
    expect([...got]).toEqual([0x12, 0x12, 0x12])
    await until(() => printer.commands().some((c) => c.type === 'lf'))
    expect(printer.commands().map((c) => (c.type === 'status' ? `status ${c.n}` : c.type))).toEqual(
      ['status 7', 'status 0', 'status 5', 'status 8', 'status 18', 'lf']
    )
  })

  it('answers GS I (printer ID) in order: ID bytes, information strings; undefined n get no reply', async () => {
    printer.clearLog()
    const info = (text: string): number[] => [0x5f, ...Buffer.from(text, 'latin1'), 0]
    const got = await exchange(
      printer.port,
      [
        Uint8Array.of(0x1d, 0x49, 0x01),
        Uint8Array.of(0x1d),
        Uint8Array.of(0x49, 0x32), // '2', split after GS
        Uint8Array.of(0x1d, 0x49, 0x04), // undefined: ignored
        Uint8Array.of(0x1d, 0x49, 0x42, 0x1d, 0x49, 0x44), // maker, serial number
        Uint8Array.of(0x1d, 0x49, 0x63, 0x0a)
      ],
      2 + info('perf-gate').length + info('kitchen').length
    )
    expect([...got]).toEqual([0x20, 0x02, ...info('perf-gate'), ...info('kitchen')])
    await until(() => printer.commands().some((c) => c.type === 'lf'))
    expect(
      printer.commands().map((c) => (c.type === 'printerId' ? `printerId ${c.n}` : c.type))
    ).toEqual([
      'printerId 1',
      'printerId 50',
      'printerId 4',
      'printerId 66',
      'printerId 68',
      'printerId 99',
      'lf'
    ])
  })

  it('offline: refuses print data by resetting the connection; after reset the next job prints', async () => {
    await printer.simulateError('offline')
    const s = await connect(printer.port)
    const closed = new Promise<string>((resolve) => {
      s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'))
      s.on('close', () => resolve('closed'))
    })
    s.write(fixture('py-text.bin'))
    expect(['ECONNRESET', 'closed', 'EPIPE']).toContain(await closed)
    expect(printer.status()).toMatchObject({ online: false, faults: ['offline'], rejected: 1 })
    expect(printer.jobs()).toEqual([])
    await printer.reset()
    await exchange(printer.port, [fixture('py-text.bin'), fixture('py-cut_part.bin')])
    await until(() => printer.jobs().length === 1)
    expect(printer.jobs()[0]!.counts).toMatchObject({ text: 1, cut: 1 })
  })

  it('refuse: connections are refused until reset, on the same port', async () => {
    const port = printer.port
    await printer.simulateError('refuse')
    await expect(connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    await printer.reset()
    expect(printer.port).toBe(port)
    const s = await connect(port)
    s.destroy()
  })

  it('counts a client that never closes as a leaked connection', async () => {
    const s = await connect(printer.port)
    s.write(fixture('py-text.bin'))
    await until(() => printer.commands().length > 0)
    await sleep(150)
    expect(printer.connectionStats()).toMatchObject({ opened: 1, active: 1, leaked: 1, peak: 1 })
    expect(await printer.waitForIdle(50)).toBe(1)
    s.destroy()
    await until(() => printer.connectionStats().active === 0)
    expect(printer.connectionStats()).toMatchObject({ opened: 1, closed: 1, active: 0, leaked: 0 })
  })

  it('survives garbage, truncated commands and a megabyte length claim, and keeps serving', async () => {
    let seed = 99
    const garbage = Buffer.alloc(200_000)
    for (let i = 0; i < garbage.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      garbage[i] = seed & 0xff
    }
    await exchange(printer.port, [garbage])
    await exchange(printer.port, [Uint8Array.of(0x1d, 0x6b, 0x49)])
    // GS v 0 announcing 255 x 65535 bytes (16 MB), followed by 300 kB.
    await exchange(printer.port, [
      Uint8Array.of(0x1d, 0x76, 0x30, 0, 0xff, 0, 0xff, 0xff),
      Buffer.alloc(300_000, 0xaa)
    ])
    await until(() => printer.connectionStats().closed === 3)
    const types = printer.commands().map((c) => c.type)
    expect(types).toContain('unknown')
    expect(printer.commands({ type: 'truncated' }).length).toBeGreaterThanOrEqual(2)
    expect(printer.commands({ type: 'oversize' })).toEqual([
      expect.objectContaining({ command: 'GS v 0', claimed: 255 * 65535 })
    ])
    expect([...(await exchange(printer.port, [fixture('py-is_online.bin')], 1))]).toEqual([0x12])
  })

  it('resolves time-to-print waits by client port, and rejects them when the printer refuses', async () => {
    const s = await connect(printer.port)
    const wait = printer.waitForBytes(s.localPort!, 15, 2000)
    s.write(fixture('py-text.bin'))
    expect(typeof (await wait)).toBe('number')
    s.destroy()
    await printer.simulateError('offline')
    const s2 = await connect(printer.port)
    s2.on('error', () => undefined)
    const wait2 = printer.waitForBytes(s2.localPort!, 15, 2000)
    s2.write(fixture('py-text.bin'))
    await expect(wait2).rejects.toMatchObject({
      kind: 'printer_offline',
      message: expect.stringContaining('offline')
    })
  })

  it('answers a time-to-print wait asked after its connection closed', async () => {
    // All 15 bytes arrived before the close: the wait resolves from the closed connection's record.
    const s = await connect(printer.port)
    const port = s.localPort!
    s.end(fixture('py-text.bin'))
    await until(() => printer.connectionStats().closed === 1)
    expect(typeof (await printer.waitForBytes(port, 15, 2000))).toBe('number')
    // Fewer bytes than the job: rejected at once, saying how many arrived.
    await expect(printer.waitForBytes(port, 16, 2000)).rejects.toMatchObject({
      kind: 'connection_closed',
      message: `printer ${printer.name}: the connection closed after 15 bytes were printed`
    })
    // Refused by an offline printer: the closed record keeps why.
    await printer.simulateError('offline')
    const s2 = await connect(printer.port)
    s2.on('error', () => undefined)
    const port2 = s2.localPort!
    s2.write(fixture('py-text.bin'))
    await until(() => printer.connectionStats().closed === 2)
    await expect(printer.waitForBytes(port2, 15, 2000)).rejects.toMatchObject({
      kind: 'printer_offline',
      message: expect.stringContaining('is offline (offline)')
    })
  })

  it('tells a short job from a refused one by the cause, not by the printer name', async () => {
    // The reason names the printer: a name with "offline" in it once turned a connection that
    // closed early into printer_offline.
    const spare = new VirtualPrinter({ name: 'offline-spare' })
    await spare.start()
    try {
      const s = await connect(spare.port)
      const port = s.localPort!
      s.end(fixture('py-text.bin'))
      await until(() => spare.connectionStats().closed === 1)
      await expect(spare.waitForBytes(port, 16, 2000)).rejects.toMatchObject({
        kind: 'connection_closed'
      })
    } finally {
      await spare.stop()
    }
  })

  it('sends ASB status when enabled and again when a fault appears', async () => {
    const s = await connect(printer.port)
    const got: number[] = []
    s.on('data', (d: Buffer) => got.push(...d))
    s.write(Uint8Array.of(0x1d, 0x61, 0xff))
    await until(() => got.length >= 4)
    await printer.simulateError('cover_open')
    await until(() => got.length >= 8)
    expect(got).toEqual([0x10, 0, 0, 0, 0x38, 0, 0, 0])
    s.destroy()
  })
})

describe('print speed shaping', () => {
  it('delays time-to-print like hardware (bytes per second)', async () => {
    const printer = new VirtualPrinter({ name: 'slow', printSpeed: { bytesPerSecond: 2000 } })
    await printer.start()
    try {
      const s = await connect(printer.port)
      const t0 = performance.now()
      const wait = printer.waitForBytes(s.localPort!, 400, 5000)
      s.write(Buffer.alloc(400, 0x41))
      const printedAt = await wait
      // 400 bytes at 2000 B/s take about 200 ms; generous bounds for a noisy machine.
      expect(printedAt - t0).toBeGreaterThanOrEqual(150)
      s.destroy()
    } finally {
      await printer.stop()
    }
  })
})
