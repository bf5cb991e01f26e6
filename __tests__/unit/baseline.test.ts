import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  baselineFileName,
  mergeBaselines,
  mergeHistory,
  updateBaseline
} from '../../src/baseline/merge.js'
import { parseBaseline, readBaselineDir, writeBaselines } from '../../src/baseline/store.js'
import type { Results, WorkloadResult } from '../../src/types.js'

const env = {
  os: 'Linux',
  arch: 'x64',
  cpuModel: 'cpu',
  cores: 2,
  memoryBytes: 1,
  node: 'v20',
  runner: 'r',
  fingerprint: 'f1'
}

function run(
  i: number,
  value: number,
  hash = 'h1'
): { results: Results; workload: WorkloadResult } {
  const workload: WorkloadResult = {
    name: 'api',
    kind: 'command',
    status: 'ok',
    definitionHash: hash,
    repetitions: [],
    pooled: null,
    metrics: { 'latency.p50': { unit: 'ms', direction: 'smaller', value, repetitions: [value] } },
    checks: []
  }
  const results: Results = {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: '0' },
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    commit: `c${i}`,
    environment: env,
    workloads: [workload]
  }
  return { results, workload }
}

describe('baseline history', () => {
  it('appends run-level values and keeps the newest `limit`', () => {
    let b
    for (let i = 0; i < 8; i++) {
      const r = run(i, 100 + i)
      b = updateBaseline(b, r.workload, r.results, 5)
    }
    expect(b!.history.map((h) => h.values['latency.p50'])).toEqual([103, 104, 105, 106, 107])
    expect(b!.metrics['latency.p50'].value).toBe(107)
    expect(b!.commit).toBe('c7')
  })

  it('starts the history again when the workload definition changed', () => {
    const a = run(0, 100)
    const b = run(1, 50, 'h2')
    const first = updateBaseline(undefined, a.workload, a.results)
    const next = updateBaseline(first, b.workload, b.results)
    expect(next.history).toHaveLength(1)
    expect(next.definitionHash).toBe('h2')
  })

  it('merging two concurrent updates loses no run', () => {
    const base = updateBaseline(undefined, run(0, 1).workload, run(0, 1).results)
    const remote = updateBaseline(base, run(1, 2).workload, run(1, 2).results)
    const local = updateBaseline(base, run(2, 3).workload, run(2, 3).results)
    const merged = mergeBaselines(remote, local, 30)
    expect(merged.history.map((h) => h.commit)).toEqual(['c0', 'c1', 'c2'])
    expect(merged.metrics['latency.p50'].value).toBe(3)
    expect(mergeHistory(merged.history, merged.history, 2)).toHaveLength(2)
  })
})

describe('baseline file names', () => {
  it.each([
    ['api-read_1.x', 'api-read_1.x.json'],
    ['../../etc/passwd', /^etc_passwd-[0-9a-f]{8}\.json$/],
    ['a/b', /^a_b-[0-9a-f]{8}\.json$/],
    ['.hidden', /^hidden-[0-9a-f]{8}\.json$/],
    ['', /^workload-[0-9a-f]{8}\.json$/]
  ])('%s -> %s', (name, expected) => {
    const file = baselineFileName(name)
    if (typeof expected === 'string') expect(file).toBe(expected)
    else expect(file).toMatch(expected)
    expect(file).not.toContain('/')
    expect(file.startsWith('.')).toBe(false)
  })

  it('different names never share a file', () => {
    expect(baselineFileName('a/b')).not.toBe(baselineFileName('a_b'))
    expect(baselineFileName('a b')).not.toBe(baselineFileName('a?b'))
  })
})

describe('baseline files', () => {
  it('round-trips, writes atomically and leaves no temp files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-base-'))
    const r = run(0, 10)
    await writeBaselines(dir, [updateBaseline(undefined, r.workload, r.results)])
    expect(readdirSync(dir)).toEqual(['api.json'])
    const all = await readBaselineDir(dir)
    expect(all.get('api')?.history).toHaveLength(1)
  })

  it('an update that cannot write one file changes none (the others keep their content, no temp files)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-base-'))
    const named = (name: string, value: number) => {
      const r = run(0, value)
      return updateBaseline(undefined, { ...r.workload, name }, r.results)
    }
    await writeBaselines(dir, [named('a', 1), named('c', 1)])
    const before = Object.fromEntries(
      ['a.json', 'c.json'].map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])
    )
    // Something in the way of b.json: a directory with a file in it.
    mkdirSync(path.join(dir, 'b.json'))
    writeFileSync(path.join(dir, 'b.json', 'keep'), '')
    await expect(
      writeBaselines(dir, [named('a', 2), named('b', 2), named('c', 2)])
    ).rejects.toThrow(
      `${path.join(dir, 'b.json')}: cannot write the baseline (EISDIR: illegal operation on a directory`
    )
    for (const [f, text] of Object.entries(before))
      expect(readFileSync(path.join(dir, f), 'utf8')).toBe(text)
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', 'c.json'])
  })

  // Needs a file whose rename fails after the others were replaced: an immutable file (root, ext4).
  const immutable =
    spawnSync(
      'sh',
      ['-c', 'f=$(mktemp -p .) && chattr +i "$f" && chattr -i "$f"; s=$?; rm -f "$f"; exit $s'],
      {
        cwd: os.tmpdir()
      }
    ).status === 0
  ;(immutable ? it : it.skip)(
    'a rename refused midway puts back what was already replaced (immutable file)',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-base-'))
      const named = (name: string, value: number) => {
        const r = run(0, value)
        return updateBaseline(undefined, { ...r.workload, name }, r.results)
      }
      await writeBaselines(dir, [named('a', 1), named('c', 1)])
      const before = Object.fromEntries(
        ['a.json', 'c.json'].map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])
      )
      spawnSync('chattr', ['+i', path.join(dir, 'c.json')])
      try {
        await expect(
          writeBaselines(dir, [named('a', 2), named('b', 2), named('c', 2)])
        ).rejects.toThrow(
          /c\.json: cannot replace the baseline \(EPERM: operation not permitted\); no baseline was changed\./
        )
      } finally {
        spawnSync('chattr', ['-i', path.join(dir, 'c.json')])
      }
      for (const [f, text] of Object.entries(before))
        expect(readFileSync(path.join(dir, f), 'utf8')).toBe(text)
      expect(readdirSync(dir).sort()).toEqual(['a.json', 'c.json'])
    }
  )

  it('a corrupt file names the file and how to regenerate it, and is not overwritten', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-base-'))
    const file = path.join(dir, 'api.json')
    writeFileSync(file, '{"schemaVersion": 1, "workload": ')
    await expect(readBaselineDir(dir)).rejects.toThrow(
      /api\.json: corrupt baseline .*perf-gate baseline update --baseline/
    )
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "workload": ')
  })

  it('a future schema version asks for an upgrade', () => {
    expect(() => parseBaseline(JSON.stringify({ schemaVersion: 2 }), 'baselines/x.json')).toThrow(
      /baselines\/x\.json: baseline schema version 2 is newer .*Upgrade perf-gate/
    )
  })

  it('a file missing fields is invalid, with the field named', () => {
    expect(() =>
      parseBaseline(JSON.stringify({ schemaVersion: 1, workload: 'x' }), 'b.json')
    ).toThrow(/b\.json: invalid baseline: .*definitionHash/)
  })
})

describe('history entries with the same timestamp', () => {
  it('keeps distinct runs that share a date and dedupes only identical ones', () => {
    const a = { date: '2026-01-01T00:00:00.000Z', values: { x: 1 } }
    const b = { date: '2026-01-01T00:00:00.000Z', values: { x: 2 } }
    expect(mergeHistory([a], [b], 30)).toEqual([a, b])
    expect(mergeHistory([a, b], [a, b], 30)).toEqual([a, b])
  })
})
