/**
 * `perf-gate printer` as a real process, the way a pytest fixture uses it: start, read the ready
 * line, print over TCP, use the control API, SIGTERM, clean exit.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

const root = process.cwd()
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

interface Ready {
  control: string
  printers: Record<string, { host: string; port: number }>
}

function start(args: string[]): {
  child: ChildProcessWithoutNullStreams
  ready: Promise<Ready>
  exit: Promise<number | null>
  stderr: () => string
} {
  const child = spawn(tsx, [path.join(root, 'src/printer/cli-entry.ts'), ...args], { cwd: root })
  let out = ''
  let err = ''
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const ready = new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ready line within 30 s; stderr: ${err}`)),
      30_000
    )
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const nl = out.indexOf('\n')
      if (nl >= 0) {
        clearTimeout(timer)
        resolve(JSON.parse(out.slice(0, nl)) as Ready)
      }
    })
    child.on('exit', () => {
      clearTimeout(timer)
      reject(new Error(`exited before ready; stderr: ${err}`))
    })
  })
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, ready, exit, stderr: () => err }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API responses are checked field by field below
type Json = any

async function json(url: string, init?: RequestInit): Promise<{ status: number; body: Json }> {
  const res = await fetch(url, init)
  return { status: res.status, body: (await res.json()) as Json }
}

function send(port: number, bytes: Uint8Array, replyBytes = 0): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const got: Buffer[] = []
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.write(bytes)
      if (replyBytes === 0) s.end()
    })
    s.on('data', (d: Buffer) => {
      got.push(d)
      if (Buffer.concat(got).length >= replyBytes) s.end()
    })
    s.on('close', () => resolve(Buffer.concat(got)))
    s.on('error', reject)
  })
}

describe('perf-gate printer (process)', () => {
  it('runs named printers with a control API and stops cleanly on SIGTERM', async () => {
    const proc = start(['--printer', 'kitchen', '--printer', 'bar:0', '--control-port', '0'])
    try {
      const ready = await proc.ready
      expect(ready.control).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(Object.keys(ready.printers)).toEqual(['kitchen', 'bar'])
      expect(ready.printers.kitchen!.host).toBe('127.0.0.1')
      const port = ready.printers.kitchen!.port

      // What Home Assistant's print_text + cut send, then its is_online() query.
      await send(port, Buffer.from('1b740048656c6c6f2066726f6d2048410a1b64061d5601', 'hex'))
      expect([...(await send(port, Uint8Array.of(0x10, 0x04, 0x01), 1))]).toEqual([0x12])

      const list = await json(`${ready.control}/printers`)
      expect(list.body.printers.map((p: { name: string }) => p.name)).toEqual(['kitchen', 'bar'])
      const jobs = await json(`${ready.control}/printers/kitchen/jobs`)
      expect(jobs.body.jobs).toHaveLength(1)
      expect(jobs.body.jobs[0].text).toContain('Hello from HA')
      const texts = await json(`${ready.control}/printers/kitchen/commands?type=text`)
      expect(texts.body.commands).toEqual([
        expect.objectContaining({ type: 'text', text: 'Hello from HA', conn: 1 })
      ])
      const all = (await json(`${ready.control}/printers/kitchen/commands`)).body.commands
      const last2 = await json(`${ready.control}/printers/kitchen/commands?limit=2`)
      expect(last2.body.commands).toEqual(all.slice(-2))
      const badLimit = await json(`${ready.control}/printers/kitchen/commands?limit=ten`)
      expect(badLimit.status).toBe(400)
      expect(badLimit.body.error).toBe('limit=ten: limit must be a whole number, e.g. limit=100')

      const bad = await json(`${ready.control}/printers/kitchen/error`, {
        method: 'POST',
        body: '{"kind":"fire"}'
      })
      expect(bad.status).toBe(400)
      expect(bad.body.error).toMatch(/"kind" must be one of: offline, paper_out/)
      const off = await json(`${ready.control}/printers/kitchen/error`, {
        method: 'POST',
        body: '{"kind":"offline"}'
      })
      expect(off.body).toMatchObject({ online: false, faults: ['offline'] })
      expect([...(await send(port, Uint8Array.of(0x10, 0x04, 0x01), 1))]).toEqual([0x1a])
      const reset = await json(`${ready.control}/printers/kitchen/reset`, { method: 'POST' })
      expect(reset.body).toMatchObject({ online: true, faults: [] })
      const status = await json(`${ready.control}/printers/kitchen/status`)
      expect(status.body.connections).toMatchObject({ opened: 3, active: 0 })
      expect((await json(`${ready.control}/printers/nope/status`)).status).toBe(404)

      proc.child.kill('SIGTERM')
      expect(await proc.exit).toBe(0)
      await expect(send(port, Uint8Array.of(0x0a))).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    } finally {
      proc.child.kill('SIGKILL')
    }
  })

  it('decodes Chinese text with --kanji-on, and rejects an unknown --kanji set', async () => {
    const proc = start(['--printer', 'cn', '--kanji-on', '--kanji', 'gb18030'])
    try {
      const ready = await proc.ready
      // hennedo/escpos's WriteGBK("你好"): GBK bytes with no FS &, for a printer in Chinese mode.
      await send(ready.printers.cn!.port, Buffer.from('c4e3bac30a', 'hex'))
      const texts = await json(`${ready.control}/printers/cn/commands?type=text`)
      expect(texts.body.commands).toEqual([expect.objectContaining({ type: 'text', text: '你好' })])
      proc.child.kill('SIGTERM')
      expect(await proc.exit).toBe(0)
    } finally {
      proc.child.kill('SIGKILL')
    }
    const bad = start(['--printer', 'cn', '--kanji', 'klingon'])
    bad.ready.catch(() => undefined)
    expect(await bad.exit).toBe(2)
    expect(bad.stderr()).toMatch(
      /--kanji: "klingon" is not one of gb18030, shift_jis, big5, euc-kr/
    )
  })

  it('exits with 2 and the usage on a bad argument', async () => {
    const proc = start(['--printer', 'kitchen:99999'])
    proc.ready.catch(() => undefined)
    expect(await proc.exit).toBe(2)
    expect(proc.stderr()).toMatch(/--printer kitchen: "99999" is not a port/)
    expect(proc.stderr()).toMatch(/usage: perf-gate printer/)
  })
})
