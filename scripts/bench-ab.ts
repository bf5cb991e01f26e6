/**
 * `npm run bench:ab` — a real A/A and A/B test of `compare: base-ref` on this machine.
 *
 * Builds a small git repository in a temp dir whose command workload does a fixed amount of CPU
 * (an awk loop) and I/O (writes a file, checksums it, deletes it), ~50 ms per iteration. Then, with
 * the real orchestration (worktree, interleaved pairs) and the real paired verdict:
 *   - A/A: the same commit on both sides, `--runs` times (default 20) -> failing verdicts (target 0);
 *   - +15 %: a head commit doing 15 % more work against its parent -> failing verdicts (target >= 19/20).
 * The two scenarios alternate run by run, so a change in the machine's load hits both alike.
 *
 * `--scenario service` does the same with the example print service (examples/print-service,
 * copied into the temp repository) printing to one virtual printer, and one `service` workload
 * (5 bursts of 10 print_text calls at once per repetition, latency = the call's time). The head commit sets the
 * service's SLOWDOWN_MS knob to --slowdown PCT of the measured median latency (measured first with
 * a short A/A run, rounded to whole ms because the knob is a timer; --slowdown-ms fixes it). With
 * the default fixtures a fresh service process and printer start for every repetition of each side.
 *
 * Options: --scenario command|service (command), --runs N (20), --pairs N (10), --work-ms MS (50),
 *          --slowdown PCT (15), --iterations N (1, perf-gate's default), --steps N (awk loop steps; default: calibrated
 *          to --work-ms), --slowdown-ms MS (service; default: calibrated), --fixtures
 *          per-repetition|per-side (service; per-repetition), --min-pairs N --max-pairs N
 *          (sequential rule; default off), --json FILE.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runAB, type FixtureMode } from '../src/abtest/run.js'
import { loadConfig } from '../src/config/load.js'
import { judgePaired } from '../src/gate.js'
import { memoryLogger } from '../src/log.js'
import { collectEnvironment } from '../src/results/io.js'

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'command' },
    'slowdown-ms': { type: 'string' },
    fixtures: { type: 'string', default: 'per-repetition' },
    runs: { type: 'string', default: '20' },
    pairs: { type: 'string', default: '10' },
    'work-ms': { type: 'string', default: '50' },
    slowdown: { type: 'string', default: '15' },
    iterations: { type: 'string', default: '1' },
    steps: { type: 'string' },
    'min-pairs': { type: 'string' },
    'max-pairs': { type: 'string' },
    json: { type: 'string' }
  }
})
const runs = Number(values.runs)
const pairs = Number(values.pairs)
const workMs = Number(values['work-ms'])
const slowdown = Number(values.slowdown)
const iterations = Number(values.iterations)
const minPairs = values['min-pairs'] ? Number(values['min-pairs']) : undefined
const maxPairs = values['max-pairs'] ? Number(values['max-pairs']) : undefined
const scenario = values.scenario === 'service' ? 'service' : 'command'
if (values.scenario !== scenario)
  throw new Error(`--scenario must be command or service (got ${values.scenario})`)
const fixtures = values.fixtures as FixtureMode
if (fixtures !== 'per-repetition' && fixtures !== 'per-side') {
  throw new Error(`--fixtures must be per-repetition or per-side (got ${values.fixtures})`)
}
const projectRoot = resolve(import.meta.dirname, '..')

const sh = (cwd: string, cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim()
const git = (cwd: string, ...args: string[]): string => sh(cwd, 'git', args)

// One awk process does both the CPU work (a loop of N steps) and the I/O (writes N/20 lines to a
// file, closes it, reads it back). awk starts in ~2 ms, so the work dominates the measured time;
// node would add ~50 ms of start-up noise, and a pipeline of tools would add a fork per tool.
const WORK_AWK = `{ n = $1 }
END {
  s = 0
  for (i = 0; i < n; i++) s += sqrt(i) * i % 7
  f = "out.tmp"
  for (i = 0; i < n / 20; i++) print i, s > f
  close(f)
  while ((getline line < f) > 0) c++
  close(f)
  printf "%d %d\\n", s, c > "/dev/null"
}
`

const CONFIG = `version: 1
defaults:
  warmup: 1
  seed: 1
  pairs: ${pairs}
workloads:
  - name: work
    kind: command
    command: awk -f work.awk work-size
    iterations: ${iterations}
`

/** The service scenario's config: the example service printing to one virtual printer. */
const serviceConfig = (slowdownMs: number): string => `version: 1
defaults:
  warmup: 1
  seed: 1
  pairs: ${pairs}
  # The example service's one dependency: this project's node_modules, linked into both trees.
  setup: ln -sfn ${join(projectRoot, 'node_modules')} node_modules
printers:
  kitchen: { port: 0 }
services:
  ha:
    command: node
    args: [svc/server.js]
    env:
      PRINTERS: kitchen=127.0.0.1:\${printers.kitchen.port}
      SLOWDOWN_MS: "${slowdownMs}"
    ready: { log: "listening on" }
workloads:
  - name: work
    kind: service
    service: ha
    requests:
      path: /api/services/escpos_printer/print_text
      headers: { Authorization: "Bearer demo-token" }
      json: "\${job.data}"
      job: print_text
    # 5 bursts of 10 calls at once: the p50 of 50 calls queued ten deep (~10-20 ms here), so a
    # whole-ms SLOWDOWN_MS can be ~15 % of it; one burst of 10 scattered by +-30 % between runs.
    profile: { type: burst, bursts: 5, size: 10, pauseMs: 20 }
    expect: { printer: kitchen, jobs: 50 }
`

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * Steps of the awk loop that take about `workMs` here. Uses the fastest of 11 timed runs: on a
 * loaded machine the median would shrink the work to a fraction of what a quiet moment needs.
 */
function calibrate(dir: string): number {
  let n = 200_000
  for (let round = 0; round < 3; round++) {
    writeFileSync(join(dir, 'work-size'), String(n))
    const times: number[] = []
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now()
      sh(dir, 'awk', ['-f', 'work.awk', 'work-size'])
      times.push(performance.now() - t0)
    }
    n = Math.max(1000, Math.round((n * workMs) / Math.min(...times)))
  }
  return n
}

interface Trial {
  scenario: 'A/A' | `+${number}%` | `+${number}ms`
  /** Gated metrics judged a regression (the verdict fails on any). */
  regressions: string[]
  verdict: 'pass' | 'fail'
  status: string
  estimatePct: number | null
  ci: [number, number] | null
  pairs: number
  seconds: number
  /** 1-minute load average when the trial ended (2 cores: above 2 means processes wait for a CPU). */
  load: number
}

// Ctrl-C stops the current A/B run (its worktree is removed) and the temp repositories are deleted.
const controller = new AbortController()
process.once('SIGINT', () => controller.abort())
process.once('SIGTERM', () => controller.abort())

interface TrialOutcome extends Trial {
  /** Median of the base side's per-repetition latency.p50 (ms). */
  baseP50: number | null
}

async function trial(
  repo: string,
  baseRef: string,
  scenario: Trial['scenario'],
  pairsOverride?: number
): Promise<TrialOutcome> {
  const t0 = performance.now()
  const loaded = await loadConfig(join(repo, 'perf-gate.yml'))
  const run = await runAB({
    headDir: repo,
    configFile: 'perf-gate.yml',
    loaded,
    baseRef,
    log: memoryLogger(),
    pairs: pairsOverride,
    minPairs,
    maxPairs,
    fixtures,
    signal: controller.signal
  })
  if (run.errors.length) {
    throw new Error(
      `A/B run failed: ${run.errors.map((e) => `${e.side}: ${e.message}`).join('; ')}`
    )
  }
  const baseRuns = run.base.workloads.find((w) => w.name === 'work')?.metrics['latency.p50']
    ?.repetitions
  const judged = judgePaired(run.base, run.head, loaded.config)
  const m = judged.verdict.metrics.find((x) => x.workload === 'work' && x.metric === 'latency.p50')
  return {
    scenario,
    verdict: judged.verdict.verdict,
    status: m?.status ?? 'absent',
    estimatePct: m?.statistic.estimate !== undefined ? m.statistic.estimate * 100 : null,
    ci: m?.statistic.ci ? [m.statistic.ci[0] * 100, m.statistic.ci[1] * 100] : null,
    regressions: judged.verdict.metrics
      .filter((x) => x.status === 'regression')
      .map((x) => x.metric),
    pairs: run.pairsUsed.work ?? 0,
    seconds: (performance.now() - t0) / 1000,
    load: loadavg()[0]!,
    baseP50: baseRuns?.length ? median(baseRuns) : null
  }
}

const fmt = (x: number, d = 1): string => (x >= 0 ? '+' : '') + x.toFixed(d)

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'perf-gate-bench-ab-'))
  const started = performance.now()
  try {
    // Repository 1: one commit (A/A compares it with itself).
    const same = join(root, 'same')
    execFileSync('git', ['init', '-q', '-b', 'main', same])
    for (const [k, v] of [
      ['user.email', 'bench@example.com'],
      ['user.name', 'bench'],
      ['commit.gpgsign', 'false']
    ])
      git(same, 'config', k!, v!)
    // command: awk steps per iteration; service: SLOWDOWN_MS of the head commit.
    let n = 0
    let slowdownMs = 0
    let baseP50 = NaN
    if (scenario === 'command') {
      writeFileSync(join(same, 'work.awk'), WORK_AWK)
      writeFileSync(join(same, 'perf-gate.yml'), CONFIG)
      writeFileSync(join(same, '.gitignore'), 'out.tmp\n')
      n = values.steps ? Number(values.steps) : calibrate(same)
      writeFileSync(join(same, 'work-size'), String(n))
    } else {
      mkdirSync(join(same, 'svc'))
      for (const f of ['server.js', 'package.json'])
        copyFileSync(join(projectRoot, 'examples/print-service', f), join(same, 'svc', f))
      writeFileSync(join(same, '.gitignore'), 'node_modules\n')
      writeFileSync(join(same, 'perf-gate.yml'), serviceConfig(0))
    }
    git(same, 'add', '-A')
    git(same, 'commit', '-q', '-m', 'fixed work')
    if (scenario === 'service') {
      // The knob is a timer in whole ms, so the slowdown is PCT of the measured latency, rounded.
      if (values['slowdown-ms']) slowdownMs = Number(values['slowdown-ms'])
      else {
        const probe = await trial(same, 'HEAD', 'A/A', 5)
        baseP50 = probe.baseP50 ?? NaN
        slowdownMs = Math.max(1, Math.round((baseP50 * slowdown) / 100))
      }
    }
    // Repository 2: a clone with one more commit doing `slowdown` % more work.
    const slower = join(root, 'slower')
    execFileSync('git', ['clone', '-q', same, slower])
    for (const [k, v] of [
      ['user.email', 'bench@example.com'],
      ['user.name', 'bench'],
      ['commit.gpgsign', 'false']
    ])
      git(slower, 'config', k!, v!)
    if (scenario === 'command') {
      writeFileSync(join(slower, 'work-size'), String(Math.round(n * (1 + slowdown / 100))))
      git(slower, 'commit', '-q', '-am', `${slowdown}% more work`)
    } else {
      writeFileSync(join(slower, 'perf-gate.yml'), serviceConfig(slowdownMs))
      git(slower, 'commit', '-q', '-am', `service ${slowdownMs} ms slower per print call`)
    }

    const env = collectEnvironment()
    const what =
      scenario === 'command'
        ? `${n} awk steps per iteration (${values.steps ? 'fixed' : `calibrated to ≈ ${workMs} ms`}), ${iterations} iterations per repetition`
        : `example service, 5 bursts of 10 print_text calls per repetition, fixtures ${fixtures}; ` +
          `head SLOWDOWN_MS=${slowdownMs} (${values['slowdown-ms'] ? 'fixed' : `${slowdown} % of the probed base p50 ${baseP50.toFixed(2)} ms, rounded`})`
    process.stderr.write(
      `bench:ab --scenario ${scenario} on ${env.cpuModel} (${env.cores} cores), node ${env.node}; ${what}, ` +
        `${pairs} pairs${minPairs || maxPairs ? ` (sequential ${minPairs ?? pairs}..${maxPairs ?? pairs})` : ''}, ${runs} runs per scenario\n`
    )
    const trials: Trial[] = []
    const label = (
      scenario === 'command' ? `+${slowdown}%` : `+${slowdownMs}ms`
    ) as Trial['scenario']
    for (let i = 0; i < runs && !controller.signal.aborted; i++) {
      for (const [repo, ref, name] of [
        [same, 'HEAD', 'A/A'],
        [slower, 'HEAD~1', label]
      ] as const) {
        const t = await trial(repo, ref, name)
        trials.push(t)
        process.stderr.write(
          `  ${String(i + 1).padStart(2)} ${name.padEnd(5)} ${t.verdict.padEnd(4)} ${t.status.padEnd(11)} ` +
            `change ${t.estimatePct === null ? 'n/a' : fmt(t.estimatePct)}% ` +
            `CI [${t.ci ? `${fmt(t.ci[0])}, ${fmt(t.ci[1])}` : 'n/a'}] pairs ${t.pairs} (${t.seconds.toFixed(1)} s, load ${t.load.toFixed(1)})` +
            `${t.regressions.length ? ` regressions: ${t.regressions.join(', ')}` : ''}\n`
        )
      }
    }

    const rows = (['A/A', label] as const).map((name) => {
      const ts = trials.filter((t) => t.scenario === name)
      const est = ts.map((t) => t.estimatePct).filter((x): x is number => x !== null)
      return {
        scenario: name,
        runs: ts.length,
        failing: ts.filter((t) => t.verdict === 'fail').length,
        medianChangePct: median(est),
        minChangePct: Math.min(...est),
        maxChangePct: Math.max(...est),
        medianPairs: median(ts.map((t) => t.pairs)),
        medianSeconds: median(ts.map((t) => t.seconds)),
        unstable: ts.filter((t) => t.status === 'unstable').length,
        load: [
          Math.min(...ts.map((t) => t.load)),
          median(ts.map((t) => t.load)),
          Math.max(...ts.map((t) => t.load))
        ]
      }
    })
    const totalS = (performance.now() - started) / 1000
    const lines = [
      '| scenario | runs | failing verdicts | target | unstable | median change | range of change | pairs (median) | s per A/B run (median) | load avg (min / median / max) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.scenario} | ${r.runs} | ${r.failing} | ${r.scenario === 'A/A' ? '0' : `>= ${Math.ceil(r.runs * 0.95)}`} | ` +
          `${r.unstable} | ${fmt(r.medianChangePct)}% | ${fmt(r.minChangePct)}% .. ${fmt(r.maxChangePct)}% | ${r.medianPairs} | ${r.medianSeconds.toFixed(1)} | ` +
          `${r.load.map((x) => x.toFixed(1)).join(' / ')} |`
      )
    ]
    process.stdout.write(lines.join('\n') + `\n\nTotal ${totalS.toFixed(0)} s.\n`)
    if (values.json) {
      writeFileSync(
        values.json,
        JSON.stringify(
          {
            environment: env,
            scenario,
            fixtures,
            awkSteps: scenario === 'command' ? n : undefined,
            slowdownMs: scenario === 'service' ? slowdownMs : undefined,
            probedBaseP50Ms: scenario === 'service' ? baseP50 : undefined,
            workMs,
            pairs,
            minPairs,
            maxPairs,
            slowdown,
            rows,
            trials,
            totalS
          },
          null,
          2
        )
      )
    }
    const aa = rows[0]!
    const ab = rows[1]!
    process.exitCode = aa.failing === 0 && ab.failing >= Math.ceil(ab.runs * 0.95) ? 0 : 1
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

await main()
