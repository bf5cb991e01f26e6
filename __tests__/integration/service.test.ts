import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import net from 'node:net'
import path from 'node:path'
import { ServiceError, startServices, type ServiceSet } from '../../src/fixtures/service.js'
import { TemplateError } from '../../src/config/template.js'
import { RingBuffer, liveGroups } from '../../src/fixtures/process-group.js'
import type { Logger } from '../../src/workloads/types.js'
import { loadConfig } from '../../src/config/load.js'
import { runAll } from '../../src/pipeline.js'

const log: Logger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  progress() {},
  group: (_n, fn) => fn()
}
const baseDir = process.cwd()

// Alive = a member of the group in any state but zombie: this machine's init does not reap
// orphans, so killed grandchildren stay as zombies (dead, but visible to kill(pid, 0)).
function members(pgid: number): Array<{ pid: number; state: string }> {
  const out: Array<{ pid: number; state: string }> = []
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue
    let stat = ''
    try {
      stat = readFileSync(`/proc/${e}/stat`, 'utf8')
    } catch {
      continue
    }
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(rest[2]) === pgid) out.push({ pid: Number(e), state: rest[0] })
  }
  return out
}
const groupAlive = (pgid: number): boolean => members(pgid).some((m) => m.state !== 'Z')
const pidAlive = (pid: number): boolean =>
  members(pid).some((m) => m.pid === pid && m.state !== 'Z')

async function errorOf(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a rejection')
}

// A tiny HTTP service: answers /health with 200 once READY_AFTER_MS passed, prints its pid.
const HTTP_SERVICE = `
const http = require('node:http');
const t0 = Date.now();
console.log('pid=' + process.pid);
http.createServer((req, res) => {
  if (req.url === '/health' && Date.now() - t0 < Number(process.env.READY_AFTER_MS || 0)) { res.statusCode = 503; return res.end('warming up') }
  res.end(JSON.stringify({ port: process.env.PORT, printer: process.env.PRINTER_PORT }))
}).listen(Number(process.env.PORT), '127.0.0.1');
`

const sets: ServiceSet[] = []
afterAll(async () => {
  for (const s of sets) await s.stop()
})

describe('service fixture', () => {
  it('starts a service on a free port with templated env, probes it over HTTP, and stops its group', async () => {
    const scope: Record<string, unknown> = {
      env: process.env,
      printers: { kitchen: { host: '127.0.0.1', port: 9999 } }
    }
    const set = await startServices(
      {
        api: {
          command: process.execPath,
          args: ['-e', HTTP_SERVICE],
          env: { PRINTER_PORT: '${printers.kitchen.port}', READY_AFTER_MS: 300 },
          ready: { http: '/health', status: 200 },
          readyTimeoutMs: 10_000
        }
      },
      scope,
      log,
      { baseDir }
    )
    sets.push(set)
    const api = set.services.get('api')!
    expect(api.port).toBeGreaterThan(0)
    expect((scope.services as Record<string, { port: number }>).api.port).toBe(api.port)
    const body = await (await fetch(`${api.url}/`)).json()
    expect(body).toEqual({ port: String(api.port), printer: '9999' })
    const pgid = api.pgid!
    expect(groupAlive(pgid)).toBe(true)
    await set.stop()
    expect(groupAlive(pgid)).toBe(false)
    expect(liveGroups()).not.toContain(pgid)
  })

  it('fails a readiness timeout clearly and leaves no process behind', async () => {
    const err = await errorOf(
      startServices(
        {
          slow: { command: 'echo pid=$$; sleep 30 & wait', readyTimeoutMs: 400, stopGraceMs: 200 }
        },
        { env: process.env },
        log,
        { baseDir }
      )
    )
    expect(err).toBeInstanceOf(ServiceError)
    expect(err.message).toMatch(
      /service slow was not ready after 400 ms \(waiting for TCP port \d+ accepting connections; connection refused\)/
    )
    expect(err.message).toContain('readyTimeoutMs')
    expect(err.message).toContain('Last output lines:\npid=')
    const pid = Number(/pid=(\d+)/.exec(err.message)![1])
    expect(groupAlive(pid)).toBe(false)
    expect(pidAlive(pid)).toBe(false)
  })

  it('reports a service that exits before it is ready, with its exit code and output', async () => {
    const err = await errorOf(
      startServices(
        { bad: { command: 'echo "config missing" >&2; exit 3' } },
        { env: process.env },
        log,
        { baseDir }
      )
    )
    expect(err.message).toMatch(/service bad exited \(exit code 3\) before it was ready/)
    expect(err.message).toContain('config missing')
  })

  it('a start script that daemonizes and exits: the message says so and the daemon is ended', async () => {
    const err = await errorOf(
      startServices(
        {
          daemonizing: {
            command: 'node',
            args: [
              '-e',
              "const d = require('node:child_process').spawn('sleep', ['60'], { detached: true, stdio: 'ignore' }); d.unref(); console.log('daemon=' + d.pid)"
            ],
            stopGraceMs: 300
          }
        },
        { env: process.env },
        log,
        { baseDir }
      )
    )
    expect(err.message).toMatch(
      /service daemonizing exited \(exit code 0\) before it was ready .* It left 1 process running outside its process group, as a daemon does \(it is ended now\): run the server in the foreground/
    )
    const daemon = Number(/daemon=(\d+)/.exec(err.message)![1])
    for (let i = 0; i < 50 && pidAlive(daemon); i++) await new Promise((r) => setTimeout(r, 20))
    expect(pidAlive(daemon)).toBe(false)
  })

  it('waits for a log line, and kills a group that ignores SIGTERM after the grace period (and says so)', async () => {
    const warnings: string[] = []
    const set = await startServices(
      {
        stubborn: {
          command: "trap '' TERM; sleep 30 & echo 'server listening'; wait",
          ready: { log: 'listening' },
          stopGraceMs: 200
        }
      },
      { env: process.env },
      { ...log, warn: (m: string) => warnings.push(m) },
      { baseDir }
    )
    const svc = set.services.get('stubborn')!
    const pgid = svc.pgid!
    const t0 = Date.now()
    await set.stop()
    expect(Date.now() - t0).toBeGreaterThanOrEqual(150)
    expect(groupAlive(pgid)).toBe(false)
    expect(
      warnings.some((w) => /service stubborn: still running 200 ms after SIGTERM, killed/.test(w))
    ).toBe(true)
  })

  it('ends a daemon the service started in a new session (outside its group) and says so', async () => {
    const warnings: string[] = []
    const lines: string[] = []
    const set = await startServices(
      {
        forking: {
          command: 'node',
          args: [
            '-e',
            "const d = require('node:child_process').spawn('sleep', ['60'], { detached: true, stdio: 'ignore' }); d.unref(); console.log('daemon=' + d.pid); console.log('listening'); setInterval(() => {}, 1000)"
          ],
          ready: { log: 'listening' },
          stopGraceMs: 300
        }
      },
      { env: process.env },
      { ...log, warn: (m: string) => warnings.push(m), debug: (m: string) => lines.push(m) },
      { baseDir }
    )
    const svc = set.services.get('forking')!
    const daemon = Number(/daemon=(\d+)/.exec(svc.tail(50))![1])
    expect(pidAlive(daemon)).toBe(true)
    expect(members(svc.pgid!).some((m) => m.pid === daemon)).toBe(false) // not in the group
    await set.stop()
    expect(pidAlive(daemon)).toBe(false)
    expect(warnings.join('\n')).toMatch(
      /service forking: 1 process \(sleep\) had left its process group \(setsid or a daemonizing fork\) and was ended too/
    )
  })

  it('names an unknown template variable, where it is, and what exists', async () => {
    const err = await errorOf(
      startServices(
        { api: { command: 'sleep 1', env: { PRINTER_PORT: '${printers.kitchn.port}' } } },
        { env: {}, printers: { kitchen: { port: 1 } } },
        log,
        { baseDir, file: 'perf-gate.yml' }
      )
    )
    expect(err).toBeInstanceOf(TemplateError)
    expect(err.message).toBe(
      'perf-gate.yml: services.api.env.PRINTER_PORT: unknown variable "printers.kitchn.port" in "${printers.kitchn.port}" (printers has: kitchen).'
    )
  })

  it('refuses a fixed port another process already listens on, instead of measuring that process', async () => {
    // Answers like a web server; the port check connects and hangs up at once (a reset here).
    const squatter = net.createServer((c) => {
      c.on('error', () => undefined)
      c.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n')
    })
    await new Promise<void>((r) => squatter.listen(0, '127.0.0.1', r))
    const port = (squatter.address() as net.AddressInfo).port
    try {
      const err = await errorOf(
        startServices(
          { api: { command: 'sleep 30', port, ready: { http: '/' } } },
          { env: process.env },
          log,
          { baseDir }
        )
      )
      expect(err).toBeInstanceOf(ServiceError)
      expect(err.message).toContain(`service api: port ${port} on 127.0.0.1 is already in use`)
      expect(err.message).toContain('services.api.port')
    } finally {
      await new Promise((r) => squatter.close(r))
    }
  })

  it('says that a working directory does not exist rather than that the command is missing', async () => {
    const err = await errorOf(
      startServices(
        { api: { command: 'node', args: ['-e', '0'], cwd: './no-such-dir' } },
        { env: process.env },
        log,
        {
          baseDir
        }
      )
    )
    expect(err.message).toMatch(/service api: its working directory .*no-such-dir does not exist/)
  })

  it('says which command could not start', async () => {
    const err = await errorOf(
      startServices(
        { ghost: { command: '/nonexistent/bin/ghost', args: [] } },
        { env: process.env },
        log,
        { baseDir }
      )
    )
    expect(err.message).toMatch(
      /service ghost: could not start "\/nonexistent\/bin\/ghost": .*ENOENT/
    )
  })
})

describe('a service that does not start', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-svc-start-'))
  const server = `require('http').createServer((q, r) => r.end('ok')).listen(process.env.PORT, '127.0.0.1')`
  writeFileSync(path.join(dir, 'server.cjs'), server)
  writeFileSync(
    path.join(dir, 'perf-gate.yml'),
    [
      'defaults: { repetitions: 1, warmup: 0 }',
      'services:',
      '  good: { command: node, args: [server.cjs] }',
      '  broken: { command: "echo config missing >&2; exit 3" }',
      'workloads:',
      '  - { name: cmd, kind: command, command: "node -e 0" }',
      '  - { name: good, kind: service, service: good, requests: { path: / }, profile: { type: parallel, count: 2 } }',
      '  - { name: broken, kind: service, service: broken, requests: { path: / }, profile: { type: parallel, count: 2 } }'
    ].join('\n')
  )

  it('fails only the workloads that use it; the others run and are reported', async () => {
    const errors: string[] = []
    const loaded = await loadConfig('perf-gate.yml', dir)
    const results = await runAll(loaded, { ...log, error: (m: string) => errors.push(m) })
    expect(results.workloads.map((w) => [w.name, w.status])).toEqual([
      ['cmd', 'ok'],
      ['good', 'ok'],
      ['broken', 'error']
    ])
    const broken = results.workloads[2]
    expect(broken.error).toMatch(
      /service broken did not start: service broken exited \(exit code 3\)/
    )
    expect(broken.error).toContain('config missing')
    expect(errors.some((e) => e.includes('service broken exited'))).toBe(true)
    expect(liveGroups()).toEqual([])
  })

  it('with --only, the services the selected workloads do not need are not started', async () => {
    const infos: string[] = []
    const loaded = await loadConfig('perf-gate.yml', dir)
    const results = await runAll(
      loaded,
      { ...log, info: (m: string) => infos.push(m) },
      { only: ['cmd'] }
    )
    expect(results.workloads.map((w) => w.status)).toEqual(['ok'])
    expect(infos.filter((m) => /^service /.test(m))).toEqual([])
  })
})

describe('output capture', () => {
  it('keeps the last lines, bounded in count and length, across chunk boundaries', () => {
    const b = new RingBuffer(3, 10)
    const lines: string[] = []
    b.push('one\ntw', (l) => lines.push(l))
    b.push('o\nthree\nfour\n', (l) => lines.push(l))
    expect(lines).toEqual(['one', 'two', 'three', 'four'])
    expect(b.tail()).toEqual(['two', 'three', 'four'])
    expect(b.droppedLines).toBe(1)
    b.push('x'.repeat(25))
    expect(b.tail(1)[0]).toBe('x'.repeat(10) + ' …')
  })
})

describe('no process left behind when perf-gate itself ends', () => {
  const script = path.join(baseDir, '__tests__/integration/fixtures-service/hold.mts')

  const run = (
    signal: NodeJS.Signals | null,
    env: Record<string, string> = {}
  ): Promise<{ pgid: number; code: number | null }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script], {
        cwd: baseDir,
        env: { ...process.env, NODE_OPTIONS: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let out = ''
      let err = ''
      let pgid = 0
      child.stderr.on('data', (c: Buffer) => (err += c.toString()))
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString()
        const m = /pgid=(\d+)/.exec(out)
        if (m && !pgid) {
          pgid = Number(m[1])
          if (signal) child.kill(signal)
        }
      })
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`timed out; stdout: ${out} stderr: ${err}`))
      }, 20_000)
      child.on('exit', (code) => {
        clearTimeout(timer)
        if (!pgid) reject(new Error(`no pgid printed; stderr: ${err}`))
        else resolve({ pgid, code })
      })
    })

  it.each([['SIGINT'], ['SIGTERM']] as const)('%s: the service group is gone', async (sig) => {
    const { pgid } = await run(sig)
    await new Promise((r) => setTimeout(r, 100))
    expect(groupAlive(pgid)).toBe(false)
  })

  it('an uncaught error: the service group is gone', async () => {
    const { pgid, code } = await run(null, { CRASH: '1' })
    expect(code).not.toBe(0)
    await new Promise((r) => setTimeout(r, 100))
    expect(groupAlive(pgid)).toBe(false)
  })
})
