import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commandRunner } from '../../src/workloads/command.js'
import { runTimed } from '../../src/workloads/process.js'
import { WorkloadError, type RunContext } from '../../src/workloads/types.js'
import { memoryLogger } from '../../src/log.js'
import { running as alive } from '../helpers/proc.js'

const ctx = (baseDir: string): RunContext => ({
  fixtures: { printers: new Map(), services: new Map(), templateScope: {} },
  log: memoryLogger(),
  seed: 1,
  repetition: 0,
  warmup: false,
  signal: new AbortController().signal,
  baseDir
})

describe('command workload', () => {
  it('times every iteration, in the configured cwd and env', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-cmd-'))
    const out = await commandRunner.runRepetition(
      {
        name: 'w',
        kind: 'command',
        command: 'echo "$GREETING" >> log.txt',
        iterations: 3,
        env: { GREETING: 'hi' }
      },
      ctx(dir)
    )
    expect(out.latencies).toHaveLength(3)
    for (const ms of out.latencies!) expect(ms).toBeGreaterThan(0)
    expect(readFileSync(path.join(dir, 'log.txt'), 'utf8')).toBe('hi\nhi\nhi\n')
  })

  it('a non-zero exit is an error with the tail of the output', async () => {
    const err = await commandRunner
      .runRepetition(
        {
          name: 'w',
          kind: 'command',
          command: 'for i in $(seq 1 3000); do echo line-$i; done; exit 7'
        },
        ctx(os.tmpdir())
      )
      .catch((e) => e)
    expect(err).toBeInstanceOf(WorkloadError)
    expect(err.message).toContain('exited with code 7')
    expect(err.output).toContain('line-3000')
    expect(err.output.length).toBeLessThanOrEqual(4096)
  })

  it('a daemon a command starts in a new session is ended after the repetition, with a warning', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-cmd-'))
    const c = ctx(dir)
    const out = await commandRunner.runRepetition(
      {
        name: 'starts-daemon',
        kind: 'command',
        // setsid's equivalent in Node: a detached child leads a new session, outside the group.
        command: `node -e "const d = require('node:child_process').spawn('sleep', ['60'], { detached: true, stdio: 'ignore' }); d.unref(); require('node:fs').writeFileSync('daemon.pid', String(d.pid))"`,
        iterations: 2
      },
      c
    )
    expect(out.latencies).toHaveLength(2)
    const daemon = Number(readFileSync(path.join(dir, 'daemon.pid'), 'utf8'))
    expect(alive(daemon)).toBe(false)
    const warnings = (c.log as ReturnType<typeof memoryLogger>).lines.filter((l) =>
      l.startsWith('warning: ')
    )
    expect(warnings).toEqual([
      'warning: starts-daemon: the command left 2 processes (sleep, sleep) running outside its process group (setsid or a daemonizing fork); they were ended. ' +
        'A command workload is timed until its shell exits: start what it needs as a service instead.'
    ])
  })

  it('a timeout ends the whole process group, children included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-cmd-'))
    const pidFile = path.join(dir, 'child.pid')
    const err = await runTimed(`sleep 30 & echo $! > ${pidFile}; wait`, {
      cwd: dir,
      timeoutMs: 500
    }).catch((e) => e)
    expect(err).toBeInstanceOf(WorkloadError)
    expect(err.message).toMatch(/timed out after 500 ms/)
    expect(existsSync(pidFile)).toBe(true)
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((r) => setTimeout(r, 300))
    expect(alive(pid)).toBe(false)
  })
  it('a background process that keeps the output open neither stretches the time to the timeout nor is left running', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-cmd-'))
    const pidFile = path.join(dir, 'bg.pid')
    const started = Date.now()
    const r = await runTimed(`sleep 30 & echo $! > ${pidFile}; echo hi`, {
      cwd: dir,
      timeoutMs: 20_000
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(r.ms).toBeLessThan(5_000)
    expect(r.tail).toContain('hi')
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((res) => setTimeout(res, 300))
    expect(alive(pid)).toBe(false)
  })
})
