/**
 * The base worktree of `compare: base-ref`, against real git repositories made in a temp dir:
 * created and always removed (return, throw, SIGINT/SIGTERM of a process running it), the user's
 * dirty tree untouched, and a missing base commit explained with the fetch command that fixes it.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { running } from '../helpers/proc.js'
import {
  BaseRefError,
  baseShaFromEvent,
  resolveBaseRef,
  withBaseWorktree
} from '../../src/abtest/worktree.js'

const g = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim()

let root: string
let repo: string
let sha1: string
let sha2: string

/** A repository with two commits on main, then a dirty working tree on top. */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ab-worktree-test-'))
  repo = join(root, 'repo')
  execFileSync('git', ['init', '-q', '-b', 'main', repo])
  g(repo, 'config', 'user.email', 'test@example.com')
  g(repo, 'config', 'user.name', 'test')
  g(repo, 'config', 'commit.gpgsign', 'false')
  writeFileSync(join(repo, 'work.txt'), 'version 1\n')
  g(repo, 'add', 'work.txt')
  g(repo, 'commit', '-q', '-m', 'one')
  sha1 = g(repo, 'rev-parse', 'HEAD')
  writeFileSync(join(repo, 'work.txt'), 'version 2\n')
  writeFileSync(join(repo, 'other.txt'), 'committed\n')
  g(repo, 'add', '.')
  g(repo, 'commit', '-q', '-m', 'two')
  sha2 = g(repo, 'rev-parse', 'HEAD')
  // Dirty: a modified tracked file, a staged new file and an untracked file.
  writeFileSync(join(repo, 'work.txt'), 'uncommitted edit\n')
  writeFileSync(join(repo, 'staged.txt'), 'staged\n')
  g(repo, 'add', 'staged.txt')
  writeFileSync(join(repo, 'untracked.txt'), 'untracked\n')
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Everything a run could disturb in the user's checkout. */
const snapshot = (): string =>
  [
    g(repo, 'status', '--porcelain=v1', '--untracked-files=all'),
    g(repo, 'rev-parse', 'HEAD'),
    g(repo, 'symbolic-ref', 'HEAD'),
    g(repo, 'diff'),
    g(repo, 'diff', '--cached'),
    readFileSync(join(repo, 'untracked.txt'), 'utf8')
  ].join('\n---\n')

const worktreeCount = (): number =>
  g(repo, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree ')).length

describe('resolveBaseRef', () => {
  it('resolves a SHA, a branch-relative ref and the pull_request event, explicit ref first', async () => {
    expect(await resolveBaseRef(repo, { ref: sha1 })).toEqual({
      sha: sha1,
      ref: sha1,
      source: 'option'
    })
    expect((await resolveBaseRef(repo, { ref: 'main~1' })).sha).toBe(sha1)
    const event = { pull_request: { base: { sha: sha1 }, head: { sha: sha2 } } }
    expect(await resolveBaseRef(repo, { event })).toEqual({ sha: sha1, ref: sha1, source: 'event' })
    expect((await resolveBaseRef(repo, { ref: 'main', event })).sha).toBe(sha2)
    expect(baseShaFromEvent({ merge_group: { base_sha: 'abc' } })).toBe('abc')
    expect(baseShaFromEvent({ push: {} })).toBeUndefined()
  })

  it('explains a missing base commit with the exact fetch command and fetch-depth: 0', async () => {
    const missing = 'f'.repeat(40)
    const err = await resolveBaseRef(repo, {
      event: { pull_request: { base: { sha: missing } } }
    }).catch((e) => e)
    expect(err).toBeInstanceOf(BaseRefError)
    expect(err.message).toContain(`git fetch --no-tags --depth=1 origin ${missing}`)
    expect(err.message).toContain('fetch-depth: 0')
    expect(err.message).toContain('pull_request.base.sha')
    expect(err.message).not.toMatch(/\n\s+at /) // no stack trace in the text
  })

  it('says the clone is shallow and gives a refspec for origin/<branch>', async () => {
    const shallow = join(root, 'shallow')
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo}`, shallow])
    const err = await resolveBaseRef(shallow, { ref: sha1 }).catch((e) => e)
    expect(err.message).toContain('shallow clone')
    expect(err.message).toContain(`git fetch --no-tags --depth=1 origin ${sha1}`)
    const err2 = await resolveBaseRef(shallow, { ref: 'origin/release' }).catch((e) => e)
    expect(err2.message).toContain(
      'git fetch --no-tags --depth=1 origin +refs/heads/release:refs/remotes/origin/release'
    )
    // The command in the message really fixes it (file:// remote, no network).
    execFileSync('sh', ['-c', `git fetch -q --no-tags --depth=1 origin ${sha1}`], { cwd: shallow })
    expect((await resolveBaseRef(shallow, { ref: sha1 })).sha).toBe(sha1)
  })

  it('rejects a run with no base at all and a ref that looks like an option', async () => {
    await expect(resolveBaseRef(repo, {})).rejects.toThrow(/--compare-to <ref>/)
    await expect(resolveBaseRef(repo, { ref: '--upload-pack=x' })).rejects.toThrow(
      /starts with "-"/
    )
  })
})

describe('withBaseWorktree', () => {
  it('checks out the base commit beside the dirty tree and removes it afterwards', async () => {
    const before = snapshot()
    const n0 = worktreeCount()
    let seenDir = ''
    const out = await withBaseWorktree({ repoDir: join(repo), ref: sha1 }, async (wt) => {
      seenDir = wt.dir
      expect(wt.sha).toBe(sha1)
      expect(wt.base.source).toBe('option')
      expect(resolve(wt.repoRoot)).toBe(resolve(repo))
      expect(readFileSync(join(wt.dir, 'work.txt'), 'utf8')).toBe('version 1\n')
      expect(existsSync(join(wt.dir, 'other.txt'))).toBe(false)
      expect(worktreeCount()).toBe(n0 + 1)
      writeFileSync(join(wt.dir, 'build-output.txt'), 'untracked output in the base tree')
      return 42
    })
    expect(out).toBe(42)
    expect(seenDir).not.toBe('')
    expect(existsSync(seenDir)).toBe(false)
    expect(existsSync(join(seenDir, '..'))).toBe(false)
    expect(worktreeCount()).toBe(n0)
    expect(snapshot()).toBe(before)
  })

  it('removes the worktree when the run throws, and leaves no listeners behind', async () => {
    const before = snapshot()
    const listeners = process.listenerCount('SIGINT')
    let seenDir = ''
    await expect(
      withBaseWorktree({ repoDir: repo, ref: sha1 }, async (wt) => {
        seenDir = wt.dir
        throw new Error('workload exploded')
      })
    ).rejects.toThrow('workload exploded')
    expect(existsSync(seenDir)).toBe(false)
    expect(worktreeCount()).toBe(1)
    expect(process.listenerCount('SIGINT')).toBe(listeners)
    expect(snapshot()).toBe(before)
  })

  it('creates nothing when the base commit is missing', async () => {
    await expect(
      withBaseWorktree({ repoDir: repo, ref: 'e'.repeat(40) }, async () => 1)
    ).rejects.toBeInstanceOf(BaseRefError)
    expect(worktreeCount()).toBe(1)
  })

  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes the worktree and stops the setup command when the process gets ${sig}`, async () => {
      const before = snapshot()
      const pidFile = join(root, `setup-${sig}.pid`)
      const script = join(root, `run-${sig}.mts`)
      const src = resolve('src/abtest')
      writeFileSync(
        script,
        `import { withBaseWorktree } from ${JSON.stringify(join(src, 'worktree.ts'))}
import { runSetup } from ${JSON.stringify(join(src, 'setup.ts'))}
await withBaseWorktree({ repoDir: ${JSON.stringify(repo)}, ref: ${JSON.stringify(sha1)} }, async (wt, signal) => {
  console.log('DIR ' + wt.dir)
  const setup = runSetup({ side: 'base', dir: wt.dir, command: 'echo $$ > ${pidFile}; exec sleep 30', signal })
  console.log('READY')
  await setup
})
`
      )
      const child = spawn(process.execPath, ['--import', 'tsx', script], {
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stderr.on('data', (c) => (stderr += c))
      const ready = new Promise<void>((res, rej) => {
        child.stdout.on('data', (c) => {
          stdout += c
          if (stdout.includes('READY')) res()
        })
        child.on('exit', () => rej(new Error(`child ended early: ${stdout} ${stderr}`)))
      })
      await ready
      // The setup shell writes its pid just after READY.
      for (
        let i = 0;
        i < 200 && !(existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim());
        i++
      ) {
        await new Promise((r) => setTimeout(r, 50))
      }
      const dir = /DIR (\S+)/.exec(stdout)![1]!
      expect(existsSync(dir)).toBe(true)
      const setupPid = Number(readFileSync(pidFile, 'utf8').trim())
      const exited = new Promise<{ code: number | null; signal: string | null }>((res) =>
        child.on('exit', (code, signal) => res({ code, signal }))
      )
      child.kill(sig)
      const how = await exited
      // The handler re-raises the signal, so the process ends the way an unhandled signal ends it.
      expect(how.signal).toBe(sig)
      expect(existsSync(dir)).toBe(false)
      expect(worktreeCount()).toBe(1)
      expect(snapshot()).toBe(before)
      // A zombie (ended, not yet reaped by init) counts as gone; the wait allows for a busy host.
      let alive = running(setupPid)
      for (let i = 0; i < 100 && alive; i++) {
        await new Promise((r) => setTimeout(r, 50))
        alive = running(setupPid)
      }
      expect(alive).toBe(false)
    })
  }
})
