/**
 * How the demo's verdict holds up on a busy host (docs/service.md, "The demo catalogue"): runs
 * `npm run demo` several times against the committed baselines, alternating
 * a quiet machine (Q) with a noisy neighbour (L: a looping jest run of the other test files, about
 * one of the two cores), and prints each run's verdict and gated regressions, then the smallest
 * change the gate flags with these baselines (per gated metric: its threshold or half the width of
 * its interval, whichever is larger).
 *
 *   npm run build && npx tsx scripts/demo-noise.ts                      # QLQLQLQL, unchanged
 *   SLOWDOWN_MS=20 npx tsx scripts/demo-noise.ts --pattern QL          # the slowdown is caught
 *   npx tsx scripts/demo-noise.ts --pattern QLLQ --keep runs/          # keep each run's results
 *   mkdir -p /tmp/old && git archive 767c8e4 baselines | tar -x -C /tmp/old
 *   npx tsx scripts/demo-noise.ts --baseline /tmp/old/baselines         # the 10-run history of before
 *
 * `--keep DIR` writes every run's results file there (r1-Q.json …), ready for `perf-gate baseline
 * update --baseline baselines --from DIR/r*.json` (how the demo's 16 later history runs were added).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { median } from '../src/stats/summary.js'
import type { MetricVerdict, Verdict } from '../src/types.js'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const pattern = opt('--pattern') ?? 'QLQLQLQL'
if (!/^[QL]+$/.test(pattern)) throw new Error('--pattern: letters Q (quiet) and L (loaded) only')
const keep = opt('--keep')
const baselines = opt('--baseline') ?? 'baselines'
const outDir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'pg-demo-noise-'))
mkdirSync(outDir, { recursive: true })

/** The noisy neighbour: jest over the other test files, restarted until stopped. */
function startNeighbour(): { stop: () => void } {
  let stopped = false
  let child: ChildProcess | undefined
  const loop = (): void => {
    if (stopped) return
    child = spawn('npx', ['jest', '--testPathIgnorePatterns', 'demo'], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' },
      stdio: 'ignore',
      detached: true
    })
    child.on('exit', loop)
  }
  loop()
  return {
    stop: () => {
      stopped = true
      if (child?.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          /* already gone */
        }
      }
    }
  }
}

/**
 * The smallest change the gate flags for a metric: beyond its threshold and beyond the noise (half
 * the width of its interval, in log units). Depends on the history only, not on the run.
 */
function reach(m: MetricVerdict): number | undefined {
  const ci = m.statistic.ci
  if (!ci || !(ci[0] > -1) || !Number.isFinite(ci[1])) return undefined
  return Math.max(m.threshold / 100, Math.exp((Math.log1p(ci[1]) - Math.log1p(ci[0])) / 2) - 1)
}

function spread(xs: number[]): string {
  return xs.length > 0
    ? `${pct(Math.min(...xs))} / ${pct(median(xs))} / ${pct(Math.max(...xs))}`
    : '—'
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const pct = (x: number): string => `${(x * 100).toFixed(0)} %`

console.log('| run | machine | verdict | gated regressions |')
console.log('| --- | --- | --- | --- |')
let last: Verdict | undefined
for (const [i, c] of [...pattern].entries()) {
  const neighbour = c === 'L' ? startNeighbour() : undefined
  if (neighbour) await sleep(15_000) // let jest get going
  const results = path.join(outDir, `r${i + 1}-${c}.json`)
  // `npm run demo` itself; the later --baseline wins over the script's own.
  const r = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'demo',
      '--',
      '--output',
      results,
      '--format',
      'json',
      '--baseline',
      baselines
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }
  )
  neighbour?.stop()
  if (r.status !== 0 && r.status !== 1) {
    console.error(r.stderr)
    throw new Error(`run ${i + 1} exited ${r.status}`)
  }
  const v = JSON.parse(r.stdout) as Verdict
  last = v
  const regressed = v.metrics.filter((m) => m.gated && m.status === 'regression')
  const list = regressed
    .slice(0, 4)
    .map((m) => `${m.workload} ${m.metric} ${m.deltaPct?.toFixed(0)} %`)
    .join('; ')
  const more = regressed.length > 4 ? ` and ${regressed.length - 4} more` : ''
  console.log(
    `| ${i + 1} | ${c === 'Q' ? 'quiet' : 'beside jest'} | ${v.verdict} | ${regressed.length}${list ? `: ${list}${more}` : ''} |`
  )
  if (neighbour) await sleep(3_000) // let the neighbour's processes end
}
const gated = last?.metrics.filter((m) => m.gated) ?? []
const reaches = (ms: MetricVerdict[]): number[] =>
  ms.map(reach).filter((x): x is number => x !== undefined)
console.log(
  `\nSmallest change the gate flags with these baselines (min / median / max over the gated ` +
    `metrics): all ${spread(reaches(gated))}; latencies ${spread(reaches(gated.filter((m) => m.metric.startsWith('latency.'))))}`
)
console.log(
  `results files: ${outDir}; SLOWDOWN_MS=${process.env.SLOWDOWN_MS ?? '0'}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`
)
