/**
 * The A/B `setup` step with real shell commands: success, a failing exit code, a timeout that stops
 * the whole process tree, an abort, and errors that say which side failed with the output tail.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSetup, SetupError } from '../../src/abtest/setup.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ab-setup-test-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const waitDead = async (pid: number): Promise<boolean> => {
  for (let i = 0; i < 60; i++) {
    if (!isAlive(pid)) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return !isAlive(pid)
}

describe('runSetup', () => {
  it('runs the command in the given tree with the extra env and keeps the output tail', async () => {
    const out = await runSetup({
      side: 'head',
      dir,
      command: 'pwd > where.txt && echo "built $FLAVOUR" && echo warn >&2',
      env: { FLAVOUR: 'release' }
    })
    expect(out.side).toBe('head')
    expect(readFileSync(join(dir, 'where.txt'), 'utf8').trim()).toBe(dir)
    expect(out.outputTail).toContain('built release')
    expect(out.outputTail).toContain('warn')
  })

  it('names the side, command and exit code, with only the last lines of output', async () => {
    const err = await runSetup({
      side: 'base',
      dir,
      command:
        'for i in $(seq 1 100); do echo "line $i"; done; echo "npm ERR! missing script: build" >&2; exit 3',
      tailLines: 10
    }).catch((e) => e)
    expect(err).toBeInstanceOf(SetupError)
    expect(err.side).toBe('base')
    expect(err.exitCode).toBe(3)
    expect(err.timedOut).toBe(false)
    expect(err.message).toContain('setup failed on the base (A) side')
    expect(err.message).toContain('exited with code 3')
    expect(err.message).toContain('npm ERR! missing script: build')
    expect(err.message).toContain('line 100')
    expect(err.message).not.toContain('line 90\n')
    expect(err.outputTail.split('\n')).toHaveLength(10)
  })

  it('stops the whole process tree on timeout', async () => {
    const pidFile = join(dir, 'grandchild.pid')
    const t0 = Date.now()
    const err = await runSetup({
      side: 'head',
      dir,
      // A background grandchild: killing only the shell would leave it running.
      command: `sleep 30 & echo $! > ${pidFile}; echo started; wait`,
      timeoutMs: 500
    }).catch((e) => e)
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(err).toBeInstanceOf(SetupError)
    expect(err.timedOut).toBe(true)
    expect(err.message).toContain('head (B)')
    expect(err.message).toContain('did not finish within')
    expect(err.message).toContain('started')
    expect(existsSync(pidFile)).toBe(true)
    expect(await waitDead(Number(readFileSync(pidFile, 'utf8')))).toBe(true)
  })

  it('stops on abort and says it was interrupted', async () => {
    const controller = new AbortController()
    const p = runSetup({ side: 'base', dir, command: 'sleep 30', signal: controller.signal })
    setTimeout(() => controller.abort(), 200)
    await expect(p).rejects.toThrow(/base \(A\) side: `sleep 30` was interrupted/)
  })

  it('reports a command that does not exist through the shell', async () => {
    const err = await runSetup({
      side: 'base',
      dir,
      command: 'definitely-not-a-command-xyz'
    }).catch((e) => e)
    expect(err).toBeInstanceOf(SetupError)
    expect(err.exitCode).toBe(127)
    expect(err.message).toMatch(/not found/)
  })
})
