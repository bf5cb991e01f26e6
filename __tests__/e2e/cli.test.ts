/**
 * The built CLI (dist/cli/index.js) as a user runs it: exit codes 0 pass, 1 gate failed, 2 usage
 * or input error, and messages without stack traces.
 */
import { describe, expect, it, beforeAll } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { running as alive } from '../helpers/proc.js'

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const cli = path.join(root, 'dist/cli/index.js')

function perfGate(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A samples file: 5 runs of 50 samples around `level` ms, with a job factor of a few %. */
function samples(rand: () => number, level: number): string {
  const job = 1 + (rand() - 0.5) * 0.04
  const runs = Array.from({ length: 5 }, () =>
    Array.from({ length: 50 }, () => level * job * (1 + (rand() - 0.5) * 0.1))
  )
  return JSON.stringify({
    name: 'bench',
    benchmarks: [{ name: 'parse', unit: 'ms', direction: 'smaller', runs }]
  })
}

let dir: string
beforeAll(() => {
  expect(existsSync(cli)).toBe(true)
  dir = mkdtempSync(path.join(os.tmpdir(), 'pg-cli-'))
  const rand = rng(7)
  const files: string[] = []
  for (let i = 0; i < 12; i++) {
    const f = path.join(dir, `main-${String(i).padStart(2, '0')}.json`)
    writeFileSync(f, samples(rand, 20))
    files.push(f)
  }
  const r = perfGate(['baseline', 'update', '--baseline', 'baselines', '--from', ...files], dir)
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  writeFileSync(path.join(dir, 'same.json'), samples(rand, 20))
  writeFileSync(path.join(dir, 'slow.json'), samples(rand, 30))
})

describe('perf-gate CLI', () => {
  it('prints its version', () => {
    const r = perfGate(['--version'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toBe(
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
    )
  })

  it('baseline update seeded the history from several files in order', () => {
    const b = JSON.parse(readFileSync(path.join(dir, 'baselines/bench.json'), 'utf8'))
    expect(b.history).toHaveLength(12)
    expect(b.workload).toBe('bench')
  })

  it('compare passes an unchanged run (exit 0) and fails a 50% slowdown (exit 1)', () => {
    const same = perfGate(
      ['compare', '--baseline', 'baselines', '--current', 'same.json', '--format', 'json'],
      dir
    )
    expect(same.code).toBe(0)
    expect(JSON.parse(same.stdout).verdict).toBe('pass')
    const slow = perfGate(
      ['compare', '--baseline', 'baselines', '--current', 'slow.json', '--format', 'json'],
      dir
    )
    expect(slow.code).toBe(1)
    const v = JSON.parse(slow.stdout)
    expect(v.verdict).toBe('fail')
    const m = v.metrics.find((x: { metric: string }) => x.metric === 'parse')
    expect(m).toMatchObject({ workload: 'bench', status: 'regression', threshold: 10 })
    expect(m.deltaPct).toBeGreaterThan(30)
    expect(m.statistic.method).toBeTruthy()
  })

  it('compare takes several --current files or a quoted pattern (shards of one run), as one run', () => {
    mkdirSync(path.join(dir, 'shards'), { recursive: true })
    const shard = (name: string, from: string): void => {
      const data = JSON.parse(readFileSync(path.join(dir, from), 'utf8'))
      writeFileSync(path.join(dir, 'shards', `${name}.json`), JSON.stringify({ ...data, name }))
    }
    shard('bench', 'same.json')
    shard('other', 'same.json')
    const r = perfGate(
      ['compare', '--baseline', 'baselines', '--current', 'shards/*.json', '--format', 'json'],
      dir
    )
    expect(r.stderr).toBe('')
    const v = JSON.parse(r.stdout) // nothing but the JSON on stdout
    expect(v.workloads.map((w: { workload: string }) => w.workload).sort()).toEqual([
      'bench',
      'other'
    ])
    const twice = perfGate(
      [
        'compare',
        '--baseline',
        'baselines',
        '--current',
        'same.json',
        '--current',
        'shards/bench.json'
      ],
      dir
    )
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain(
      '--current: workload bench is in both same.json and shards/bench.json'
    )
    const none = perfGate(['compare', '--baseline', 'baselines', '--current', 'parts/*.json'], dir)
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('--current: the pattern parts/*.json matches no file')
  })

  it('--threshold overrides every threshold; markdown is the default format', () => {
    const r = perfGate(
      ['compare', '--baseline', 'baselines', '--current', 'slow.json', '--threshold', '80%'],
      dir
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('perf-gate: **PASS**')
    expect(r.stdout).toContain('±80%')
  })

  it('compares two results from the same job pair by pair', () => {
    const fail = perfGate(
      ['compare', '--base-results', 'same.json', '--current', 'slow.json', '--format', 'json'],
      dir
    )
    expect(fail.code).toBe(1)
    expect(JSON.parse(fail.stdout).mode).toBe('paired')
    const pass = perfGate(
      ['compare', '--base-results', 'same.json', '--current', 'same.json', '--format', 'json'],
      dir
    )
    expect(pass.code).toBe(0)
  })

  it('usage and input errors exit 2 with a message naming the problem, no stack trace', () => {
    const cases: Array<[string[], RegExp]> = [
      [['compare', '--current', 'same.json'], /exactly one of --baseline/],
      [
        ['compare', '--baseline', 'baselines', '--current', 'missing.json'],
        /missing\.json: results file not found/
      ],
      [
        ['compare', '--baseline', 'baselines', '--current', 'same.json', '--format', 'xml'],
        /--format: "xml" is not one of json, markdown/
      ],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['validate', '--config', 'nope.yml'], /nope\.yml: .*file not found/]
    ]
    writeFileSync(path.join(dir, 'broken.json'), '{"benchmarks": [{"name": "x"}]}')
    cases.push([
      ['compare', '--baseline', 'baselines', '--current', 'broken.json'],
      /broken\.json: not a valid samples file/
    ])
    for (const [args, pattern] of cases) {
      const r = perfGate(args, dir)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(pattern)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('validate reports the file, line and field of a config problem', () => {
    writeFileSync(
      path.join(dir, 'bad.yml'),
      'workloads:\n  - name: a\n    kind: command\n    command: "true"\n    iterations: -1\n'
    )
    const r = perfGate(['validate', '--config', 'bad.yml'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'bad.yml:5: workloads[0].iterations: found -1 (number); must be >= 1.'
    )
  })

  it('an unset ${env.NAME} stops run before anything runs; validate only warns', () => {
    writeFileSync(
      path.join(dir, 'envneed.yml'),
      [
        'defaults: { repetitions: 1, warmup: 0 }',
        'workloads:',
        '  - { name: first, kind: command, command: "touch ran-first" }',
        '  - { name: second, kind: command, command: "echo ${env.PG_TEST_UNSET_VAR}" }'
      ].join('\n')
    )
    const v = perfGate(['validate', '--config', 'envneed.yml'], dir)
    expect(v.code).toBe(0)
    expect(v.stderr).toContain(
      'warning: envneed.yml: workloads.second.command: environment variable PG_TEST_UNSET_VAR is not set'
    )
    const r = perfGate(
      ['run', '--config', 'envneed.yml', '--baseline', 'none', '--output', 'env-out.json'],
      dir
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('envneed.yml: environment not ready, nothing was run')
    expect(r.stderr).toContain('${env.PG_TEST_UNSET_VAR:-value}')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(dir, 'ran-first'))).toBe(false)
    expect(existsSync(path.join(dir, 'env-out.json'))).toBe(false)
  })

  it('--only takes a name that contains a comma as that name; --compare-to with --no-compare is refused', () => {
    writeFileSync(
      path.join(dir, 'comma.yml'),
      'defaults: { repetitions: 1, warmup: 0 }\nworkloads:\n  - { name: "a,b", kind: command, command: "true" }\n  - { name: c, kind: command, command: "true" }\n'
    )
    const r = perfGate(
      [
        'run',
        '--config',
        'comma.yml',
        '--only',
        'a,b',
        '--no-compare',
        '--output',
        'comma.json',
        '--format',
        'json'
      ],
      dir
    )
    expect(r.code).toBe(0)
    expect(
      JSON.parse(readFileSync(path.join(dir, 'comma.json'), 'utf8')).workloads.map(
        (w: { name: string }) => w.name
      )
    ).toEqual(['a,b'])
    const both = perfGate(
      ['run', '--config', 'comma.yml', '--no-compare', '--compare-to', 'HEAD'],
      dir
    )
    expect(both.code).toBe(2)
    expect(both.stderr).toContain(
      '--compare-to runs the base commit to compare against, --no-compare compares nothing: give one of them.'
    )
  })

  it('run measures command workloads, writes results, and reports a failing command with its output', () => {
    writeFileSync(
      path.join(dir, 'perf-gate.yml'),
      [
        'defaults: { repetitions: 2, warmup: 0 }',
        'workloads:',
        '  - name: quick',
        '    kind: command',
        '    command: node -e "1"',
        '  - name: broken',
        '    kind: command',
        '    command: "echo the-reason >&2; exit 4"'
      ].join('\n')
    )
    const r = perfGate(
      ['run', '--baseline', 'none', '--output', 'out.json', '--format', 'json'],
      dir
    )
    expect(r.code).toBe(1)
    const results = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'))
    expect(
      results.workloads.map((w: { name: string; status: string }) => [w.name, w.status])
    ).toEqual([
      ['quick', 'ok'],
      ['broken', 'error']
    ])
    expect(results.workloads[0].metrics['latency.p50'].repetitions).toHaveLength(2)
    expect(results.workloads[1].error).toContain('exited with code 4')
    expect(results.workloads[1].error).toContain('the-reason')
    expect(
      JSON.parse(r.stdout).workloads.find((w: { workload: string }) => w.workload === 'broken')
        .status
    ).toBe('error')
  })

  it('imports other tools’ output as written: format told from the content or named; a wrong one is an error naming file and format', () => {
    const fixtures = path.join(root, '__tests__/fixtures/imports')
    writeFileSync(
      path.join(dir, 'imports.yml'),
      [
        'workloads:',
        '  - { name: go, kind: import, file: ' + path.join(fixtures, 'go-bench.txt') + ' }',
        '  - name: custom',
        '    kind: import',
        '    format: custom-smaller',
        '    file: ' + path.join(fixtures, 'custom-smaller.json'),
        '  - name: mislabelled',
        '    kind: import',
        '    format: hyperfine',
        '    file: ' + path.join(fixtures, 'go-bench.txt')
      ].join('\n')
    )
    const r = perfGate(
      ['run', '--config', 'imports.yml', '--baseline', 'none', '--output', 'imp.json'],
      dir
    )
    expect(r.code).toBe(1)
    const w = JSON.parse(readFileSync(path.join(dir, 'imp.json'), 'utf8')).workloads
    expect(w[0].metrics.BenchmarkJoin).toMatchObject({
      unit: 'ns/op',
      repetitions: [93.55, 78.04, 113.1]
    })
    expect(w[1].metrics['print_text round trip']).toMatchObject({
      value: 12.5,
      direction: 'smaller'
    })
    expect(w[2].status).toBe('error')
    expect(w[2].error).toMatch(/go-bench\.txt: hyperfine format: not valid JSON/)
    expect(r.stderr).not.toMatch(/^\s+at /m)

    // The CLI's --from and --current take the same files: seeded from it, the same file passes.
    const base = path.join(dir, 'go-baselines')
    const file = path.join(fixtures, 'google-benchmark-repetitions.json')
    expect(perfGate(['baseline', 'update', '--baseline', base, '--from', file], dir).code).toBe(0)
    const c = perfGate(['compare', '--baseline', base, '--current', file, '--format', 'json'], dir)
    expect(c.code).toBe(0)
    const metrics = JSON.parse(c.stdout).metrics.map((m: { metric: string }) => m.metric)
    expect(metrics).toEqual(expect.arrayContaining(['BM_Sort/8', 'BM_Copy bytes/s']))
  })

  it('Ctrl-C keeps the finished workloads in the results file, with no verdict (exit 130), and prints text', async () => {
    writeFileSync(
      path.join(dir, 'interrupt.yml'),
      [
        'defaults: { repetitions: 1, warmup: 0 }',
        'workloads:',
        '  - { name: quick, kind: command, command: node -e 0 }',
        '  - { name: slow, kind: command, command: sleep 30, timeoutMs: 60000 }'
      ].join('\n')
    )
    const child = spawn(
      process.execPath,
      [cli, 'run', '--config', 'interrupt.yml', '--baseline', 'none', '--output', 'partial.json'],
      { cwd: dir }
    )
    let stderr = ''
    let sent = false
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
      if (!sent && /\[2\/2\] slow/.test(stderr)) {
        sent = true
        child.kill('SIGINT')
      }
    })
    const code = await new Promise<number | null>((r) => child.on('close', r))
    expect(code).toBe(130)
    expect(stderr).toMatch(
      /interrupted: no verdict\. The 1 finished workload\(s\) are in partial\.json/
    )
    const partial = JSON.parse(readFileSync(path.join(dir, 'partial.json'), 'utf8'))
    expect(partial.workloads.map((w: { name: string }) => w.name)).toEqual(['quick'])
    expect(partial.interrupted).toBe(true)
    // A part of a run neither updates baselines nor gets a verdict later.
    const update = perfGate(
      ['baseline', 'update', '--baseline', 'bl-partial', '--from', 'partial.json'],
      dir
    )
    expect(update.code).toBe(2)
    expect(update.stderr).toContain(
      'partial.json: results of an interrupted run (1 workload finished'
    )
    expect(existsSync(path.join(dir, 'bl-partial'))).toBe(false)
    const judged = perfGate(
      ['compare', '--baseline', 'bl-partial', '--current', 'partial.json'],
      dir
    )
    expect(judged.code).toBe(2)
    expect(judged.stderr).toContain(
      'gets no verdict and updates no baselines: run the workloads again'
    )

    const text = perfGate(
      ['run', '--config', 'interrupt.yml', '--only', 'quick', '--no-compare', '--format', 'text'],
      dir
    )
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^✅ perf-gate: PASS/)
    expect(text.stdout).toContain('Compared against nothing (--no-compare, so every metric is new)')
    expect(text.stdout).not.toMatch(/\| --- \||\*\*|<details>/)
  })

  it('kill -9 of perf-gate still ends its service, a daemon it started, and the running command (watchdog)', async () => {
    writeFileSync(
      path.join(dir, 'k9.yml'),
      [
        'defaults: { repetitions: 1, warmup: 0 }',
        'services:',
        '  svc:',
        '    command: node',
        "    args: [-e, \"const fs = require('fs'); const d = require('child_process').spawn('sleep', ['60'], { detached: true, stdio: 'ignore' }); d.unref(); fs.writeFileSync('daemon.pid', String(d.pid)); fs.writeFileSync('svc.pid', String(process.pid)); console.log('listening'); setInterval(() => {}, 1000)\"]",
        '    ready: { log: listening }',
        'workloads:',
        '  - { name: slow, kind: command, command: "echo $$ > cmd.pid; sleep 30", timeoutMs: 60000 }'
      ].join('\n')
    )
    for (const f of ['svc.pid', 'cmd.pid', 'daemon.pid']) rmSync(path.join(dir, f), { force: true })
    const child = spawn(
      process.execPath,
      [cli, 'run', '--config', 'k9.yml', '--no-compare', '--output', 'k9.json'],
      { cwd: dir, stdio: 'ignore' }
    )
    const pidOf = (f: string): number => Number(readFileSync(path.join(dir, f), 'utf8'))
    for (let i = 0; i < 200 && !existsSync(path.join(dir, 'cmd.pid')); i++)
      await new Promise((r) => setTimeout(r, 50))
    const pids = [pidOf('svc.pid'), pidOf('cmd.pid'), pidOf('daemon.pid')]
    expect(pids.map(alive)).toEqual([true, true, true])
    child.kill('SIGKILL')
    await new Promise((r) => child.on('close', r))
    for (let i = 0; i < 100 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 50))
    expect(pids.map(alive)).toEqual([false, false, false])
  })

  it('--output through a FIFO or a symlink writes through it; a directory is refused before running', async () => {
    writeFileSync(
      path.join(dir, 'tiny.yml'),
      [
        'defaults: { repetitions: 1, warmup: 0 }',
        'workloads:',
        '  - { name: t, kind: command, command: node -e 0 }'
      ].join('\n')
    )
    // a FIFO (like /dev/null or a pipe, not a regular file): written through, still a FIFO
    const fifo = path.join(dir, 'results.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const reader = spawn('sh', ['-c', `cat '${fifo}' > '${path.join(dir, 'got.json')}'`])
    const viaFifo = perfGate(['run', '--config', 'tiny.yml', '--no-compare', '--output', fifo], dir)
    expect(viaFifo.code).toBe(0)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    await new Promise((r) => reader.on('close', r))
    expect(JSON.parse(readFileSync(path.join(dir, 'got.json'), 'utf8')).workloads).toHaveLength(1)
    // a symlink keeps pointing at its target, which gets the results
    writeFileSync(path.join(dir, 'real.json'), '')
    symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'link.json'))
    expect(
      perfGate(['run', '--config', 'tiny.yml', '--no-compare', '--output', 'link.json'], dir).code
    ).toBe(0)
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(path.join(dir, 'real.json'), 'utf8')).workloads).toHaveLength(1)
    // a directory: refused at once, naming the flag
    mkdirSync(path.join(dir, 'outdir'), { recursive: true })
    const d = perfGate(['run', '--config', 'tiny.yml', '--no-compare', '--output', 'outdir'], dir)
    expect(d.code).toBe(2)
    expect(d.stderr).toMatch(/--output: outdir is a directory; give a file path/)
    expect(d.stderr).not.toMatch(/\[1\/1\]/)
  })

  it('an import command that does not write its file fails it; a sample of 1e999 is refused, not stored as null', () => {
    writeFileSync(path.join(dir, 'stale.json'), '{"benchmarks":[{"name":"p","samples":[1]}]}')
    writeFileSync(
      path.join(dir, 'stale.yml'),
      'workloads:\n  - { name: x, kind: import, file: stale.json, command: "true" }\n'
    )
    const r = perfGate(
      ['run', '--config', 'stale.yml', '--no-compare', '--output', 'stale-out.json'],
      dir
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('the command `true` did not update it')
    writeFileSync(path.join(dir, 'inf.json'), '{"benchmarks":[{"name":"p","samples":[1e999]}]}')
    const inf = perfGate(['baseline', 'update', '--baseline', 'inf-bl', '--from', 'inf.json'], dir)
    expect(inf.code).toBe(2)
    expect(inf.stderr).toContain('benchmark "p" has a value too large to be a number')
    expect(existsSync(path.join(dir, 'inf-bl'))).toBe(false)
  })
})
