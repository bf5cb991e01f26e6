/**
 * The A/B orchestration end to end on a real git repository: both sides set up, pairs run
 * interleaved with the same repetition index (seed) on both sides, new and broken workloads
 * reported per side, the sequential rule stopping early, and the worktree always gone afterwards.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAB } from '../../src/abtest/run.js'
import { ABCancelledError } from '../../src/abtest/worktree.js'
import { memoryLogger } from '../../src/log.js'
import { interleaveOrder } from '../../src/compare/paired.js'

const g = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim()

let root: string
let logFile: string

// Each run appends "<side> <repetition> <seed>" to AB_LOG; side.json says which commit it is.
const WORK_JS = `const fs = require('fs')
const { side, ms } = require('./side.json')
const end = Date.now() + ms
let x = 0
while (Date.now() < end) x += Math.sqrt(x + 1)
fs.appendFileSync(process.env.AB_LOG, side + ' ' + process.env.PERF_GATE_REPETITION + ' ' + process.env.PERF_GATE_SEED + '\\n')
`

function config(workloads: string[], extra = ''): string {
  return `version: 1
defaults:
  repetitions: 3
  warmup: 1
  seed: 7
${extra}workloads:
${workloads.join('\n')}
`
}

const work = (name: string, cmd = 'node work.js'): string =>
  `  - name: ${name}\n    kind: command\n    command: ${cmd}\n    env: { AB_LOG: "${logFile}" }`

/** A repository whose first commit is the base (A) and second the head (B). */
function makeRepo(
  name: string,
  base: Record<string, string>,
  head: Record<string, string | null>
): string {
  const repo = join(root, name)
  mkdirSync(repo)
  g(repo, 'init', '-q', '-b', 'main')
  g(repo, 'config', 'user.email', 't@example.com')
  g(repo, 'config', 'user.name', 't')
  g(repo, 'config', 'commit.gpgsign', 'false')
  for (const [f, text] of Object.entries(base)) writeFileSync(join(repo, f), text)
  g(repo, 'add', '-A')
  g(repo, 'commit', '-q', '-m', 'base')
  for (const [f, text] of Object.entries(head)) {
    if (text === null) unlinkSync(join(repo, f))
    else writeFileSync(join(repo, f), text)
  }
  g(repo, 'add', '-A')
  g(repo, 'commit', '-q', '-m', 'head')
  return repo
}

const readLog = (): string[] =>
  existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n') : []
const worktrees = (repo: string): number => g(repo, 'worktree', 'list').split('\n').length

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ab-run-test-'))
  logFile = join(root, 'ab.log')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('runAB', () => {
  it('sets up both trees, interleaves pairs with equal seeds, and reports new and base-broken workloads', async () => {
    const repo = makeRepo(
      'basic',
      {
        'side.json': '{"side":"A","ms":5}',
        'work.js': WORK_JS,
        'perf-gate.yml': config(
          [work('work'), work('gone'), work('needs-later', 'node later.js')],
          '  setup: echo built > setup-marker.txt\n'
        )
      },
      {
        'side.json': '{"side":"B","ms":5}',
        'later.js': 'require("./work.js")',
        'perf-gate.yml': config(
          [work('work'), work('fresh'), work('needs-later', 'node later.js')],
          '  setup: echo built > setup-marker.txt\n'
        )
      }
    )
    writeFileSync(join(repo, 'work.js'), WORK_JS + '// uncommitted edit\n')
    writeFileSync(join(repo, 'scratch.txt'), 'untracked')
    const statusBefore = g(repo, 'status', '--porcelain')
    rmSync(logFile, { force: true })
    const progress: string[] = []
    const log = { ...memoryLogger(), progress: (m: string) => void progress.push(m) }
    const headSha = g(repo, 'rev-parse', 'HEAD')
    const baseSha = g(repo, 'rev-parse', 'HEAD~1')

    const run = await runAB({
      headDir: repo,
      configFile: 'perf-gate.yml',
      baseRef: 'HEAD~1',
      pairs: 4,
      log
    })

    expect(run.baseCommit.sha).toBe(baseSha)
    expect(run.headCommit).toBe(headSha)
    expect(run.base.commit).toBe(baseSha)
    expect(run.baseConfig).toBe('own')
    expect(run.timings.setupBaseMs).toBeGreaterThan(0)
    expect(run.timings.setupHeadMs).toBeGreaterThan(0)
    expect(readFileSync(join(repo, 'setup-marker.txt'), 'utf8').trim()).toBe('built')

    // `work`: 4 pairs, 4 repetitions on each side.
    const baseWork = run.base.workloads.find((w) => w.name === 'work')!
    const headWork = run.head.workloads.find((w) => w.name === 'work')!
    expect(run.pairsUsed.work).toBe(4)
    expect(baseWork.repetitions).toHaveLength(4)
    expect(headWork.repetitions).toHaveLength(4)
    expect(baseWork.status).toBe('ok')

    // The runs of `work` (the first 4 pairs + 2 warm-ups in the log): one warm-up per side, then
    // pair k runs repetition k on both sides in the ABBA BAAB order, with the same seed.
    const lines = readLog().slice(0, 10)
    const measured = lines.filter((l) => !l.split(' ')[1]!.startsWith('-'))
    expect(
      lines
        .filter((l) => l.split(' ')[1] === '-1')
        .map((l) => l[0])
        .sort()
    ).toEqual(['A', 'B'])
    expect(measured.map((l) => l[0])).toEqual(interleaveOrder(4))
    for (let k = 0; k < 4; k++) {
      const pair = measured.slice(2 * k, 2 * k + 2).map((l) => l.split(' '))
      expect(pair.map((p) => p[1])).toEqual([String(k), String(k)])
      expect(pair.map((p) => p[2])).toEqual(['7', '7'])
    }

    // Progress names the pair and the side, not "repetition 1/1" for every run.
    const workProgress = progress.filter((m) => m.startsWith('work: '))
    expect(workProgress).toHaveLength(10)
    expect(workProgress.filter((m) => m.includes('warm-up 1/1')).sort()).toEqual([
      'work: warm-up 1/1, base (A)',
      'work: warm-up 1/1, head (B)'
    ])
    expect(workProgress.filter((m) => m.startsWith('work: pair 3/4, ')).sort()).toEqual([
      'work: pair 3/4, base (A)',
      'work: pair 3/4, head (B)'
    ])

    // `fresh` is new on head; `gone` (only on base) is not run; `needs-later` fails on base only.
    expect(run.base.workloads.find((w) => w.name === 'fresh')).toBeUndefined()
    expect(run.head.workloads.find((w) => w.name === 'fresh')!.repetitions).toHaveLength(4)
    expect(run.notes.join('\n')).toMatch(/fresh: new in this pull request/)
    expect(run.base.workloads.find((w) => w.name === 'gone')).toBeUndefined()
    const brokenBase = run.base.workloads.find((w) => w.name === 'needs-later')!
    expect(brokenBase.status).toBe('error')
    expect(brokenBase.error).toMatch(/base \(A\) side failed in pair 1/)
    expect(run.head.workloads.find((w) => w.name === 'needs-later')!.repetitions).toHaveLength(4)
    expect(run.errors).toEqual([
      expect.objectContaining({ side: 'base', workload: 'needs-later', phase: 'measure' })
    ])

    expect(worktrees(repo)).toBe(1)
    // Only the head's own setup output is new in the user's tree (the setup ran there, as asked).
    const after = g(repo, 'status', '--porcelain')
      .split('\n')
      .filter((l) => l !== '?? setup-marker.txt')
    expect(after.join('\n')).toBe(statusBefore)
    expect(readFileSync(join(repo, 'work.js'), 'utf8')).toContain('// uncommitted edit')
  })

  it('reports a base setup failure on every base workload and still measures the head', async () => {
    const repo = makeRepo(
      'setup-fails',
      {
        'side.json': '{"side":"A","ms":2}',
        'work.js': WORK_JS,
        'perf-gate.yml': config([work('work')])
      },
      {
        'side.json': '{"side":"B","ms":2}',
        'build.sh': 'echo compiling; exit 0\n',
        'perf-gate.yml': config([work('work')])
      }
    )
    rmSync(logFile, { force: true })
    const run = await runAB({
      headDir: repo,
      configFile: join(repo, 'perf-gate.yml'),
      baseRef: 'HEAD~1',
      setup: 'sh build.sh',
      pairs: 3,
      log: memoryLogger()
    })
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatchObject({ side: 'base', phase: 'setup' })
    expect(run.errors[0]!.message).toMatch(
      /setup failed on the base \(A\) side: `sh build.sh` exited with code \d+ \(in .*\)\.\nLast lines of its output:\n.*build\.sh/
    )
    const b = run.base.workloads.find((w) => w.name === 'work')!
    expect(b.status).toBe('error')
    expect(b.error).toMatch(/base side unavailable/)
    expect(run.head.workloads[0]!.repetitions).toHaveLength(3)
    expect(readLog().every((l) => l.startsWith('B'))).toBe(true)
    expect(worktrees(repo)).toBe(1)
  })

  it('stops early when the difference is far beyond the threshold, and uses the head config when the base has none', async () => {
    const repo = makeRepo(
      'sequential',
      { 'side.json': '{"side":"A","ms":5}', 'work.js': WORK_JS },
      // Far beyond any noise of this shared machine (node start-up alone varies by ±30 %).
      {
        'side.json': '{"side":"B","ms":600}',
        'perf-gate.yml': config([work('work')], '  threshold: 5\n')
      }
    )
    rmSync(logFile, { force: true })
    const run = await runAB({
      headDir: repo,
      configFile: 'perf-gate.yml',
      baseRef: 'HEAD~1',
      pairs: 6,
      minPairs: 3,
      maxPairs: 10,
      log: memoryLogger()
    })
    expect(run.baseConfig).toBe('head')
    expect(run.notes.join('\n')).toMatch(/has no perf-gate.yml/)
    expect(run.stopReason.work).toBe('clear')
    expect(run.pairsUsed.work).toBeLessThan(6)
    expect(run.base.workloads[0]!.repetitions).toHaveLength(run.pairsUsed.work!)
    const base = run.base.workloads[0]!.metrics['latency.p50']!.value
    const head = run.head.workloads[0]!.metrics['latency.p50']!.value
    expect(head).toBeGreaterThan(base)
  })

  it('takes min-pairs / max-pairs from the config when the options do not set them', async () => {
    const seq = '  threshold: 5\n  pairs: 6\n  min-pairs: 3\n  max-pairs: 10\n'
    const repo = makeRepo(
      'sequential-config',
      {
        'side.json': '{"side":"A","ms":5}',
        'work.js': WORK_JS,
        'perf-gate.yml': config([work('work')], seq)
      },
      { 'side.json': '{"side":"B","ms":400}' }
    )
    rmSync(logFile, { force: true })
    const run = await runAB({
      headDir: repo,
      configFile: 'perf-gate.yml',
      baseRef: 'HEAD~1',
      log: memoryLogger()
    })
    expect(run.baseConfig).toBe('own')
    // Without the config keys the run would use exactly 6 pairs ('fixed').
    expect(run.stopReason.work).toBe('clear')
    expect(run.pairsUsed.work).toBeGreaterThanOrEqual(3)
    expect(run.pairsUsed.work).toBeLessThan(6)
  })

  it("cancels on the caller's signal: ABCancelledError, worktree gone, process still alive", async () => {
    const repo = makeRepo(
      'cancel',
      {
        'side.json': '{"side":"A","ms":300}',
        'work.js': WORK_JS,
        'perf-gate.yml': config([work('work')])
      },
      { 'side.json': '{"side":"B","ms":300}' }
    )
    rmSync(logFile, { force: true })
    const controller = new AbortController()
    const p = runAB({
      headDir: repo,
      configFile: 'perf-gate.yml',
      baseRef: 'HEAD~1',
      pairs: 20,
      log: memoryLogger(),
      signal: controller.signal
    })
    // Cancel once the first measured runs have happened.
    for (let i = 0; i < 200 && readLog().length < 3; i++)
      await new Promise((r) => setTimeout(r, 50))
    controller.abort()
    const err = await p.catch((e) => e)
    expect(err).toBeInstanceOf(ABCancelledError)
    expect(err.message).toMatch(/cancelled/)
    expect(readLog().length).toBeLessThan(10)
    expect(worktrees(repo)).toBe(1)
  })

  it('fails clearly when the base commit is not in the clone, before running anything', async () => {
    const repo = makeRepo(
      'missing',
      {
        'side.json': '{"side":"A","ms":1}',
        'work.js': WORK_JS,
        'perf-gate.yml': config([work('work')])
      },
      { 'side.json': '{"side":"B","ms":1}' }
    )
    rmSync(logFile, { force: true })
    const missing = '0123456789abcdef0123456789abcdef01234567'
    await expect(
      runAB({
        headDir: repo,
        configFile: 'perf-gate.yml',
        event: { pull_request: { base: { sha: missing } } },
        log: memoryLogger()
      })
    ).rejects.toThrow(`git fetch --no-tags --depth=1 origin ${missing}`)
    expect(readLog()).toEqual([])
  })
})
