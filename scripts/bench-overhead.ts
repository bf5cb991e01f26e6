/**
 * Overhead of the gate itself (issue 3): CLI start-up and comparing 100 workloads with 30-run
 * histories. Runs targets interleaved and quotes medians, because this machine is shared and noisy.
 *
 *   npm run build && npm run bench:overhead
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { updateBaseline } from '../src/baseline/merge.js'
import { writeBaselines, readBaselineDir } from '../src/baseline/store.js'
import { compareToBaselines } from '../src/compare/index.js'
import { policyFromConfig } from '../src/policy.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { collectEnvironment } from '../src/results/io.js'
import { median } from '../src/stats/summary.js'
import type { Baseline, Results, WorkloadResult } from '../src/types.js'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist/cli/index.js')
const N = Number(process.env.N ?? 21)

function wall(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { stdio: 'ignore' })
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`)
  return Number(process.hrtime.bigint() - t0) / 1e6
}

let seed = 42
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

function workload(i: number, level: number): WorkloadResult {
  const metrics: WorkloadResult['metrics'] = {}
  for (const m of [
    'latency.mean',
    'latency.p50',
    'latency.p90',
    'latency.p95',
    'latency.p99',
    'throughput'
  ]) {
    const reps = Array.from({ length: 5 }, () => level * (1 + (rand() - 0.5) * 0.1))
    metrics[m] = {
      unit: m === 'throughput' ? '/s' : 'ms',
      direction: m === 'throughput' ? 'bigger' : 'smaller',
      value: median(reps),
      repetitions: reps
    }
  }
  return {
    name: `workload-${i}`,
    kind: 'service',
    status: 'ok',
    definitionHash: 'h',
    repetitions: [],
    pooled: null,
    metrics,
    checks: []
  }
}

function results(day: number): Results {
  const job = 1 + (rand() - 0.5) * 0.12
  return {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: 'bench' },
    createdAt: new Date(Date.UTC(2026, 0, 1 + day)).toISOString(),
    commit: `c${day}`,
    environment: collectEnvironment(),
    workloads: Array.from({ length: 100 }, (_, i) => workload(i, (10 + i) * job))
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-overhead-'))
  const baselines = new Map<string, Baseline>()
  for (let day = 0; day < 30; day++) {
    const r = results(day)
    for (const w of r.workloads)
      baselines.set(w.name, updateBaseline(baselines.get(w.name), w, r, 30))
  }
  await writeBaselines(path.join(dir, 'baselines'), baselines.values())
  const current = results(31)
  writeFileSync(path.join(dir, 'current.json'), JSON.stringify(current))

  const inProcess: number[] = []
  const policy = policyFromConfig(undefined)
  for (let i = 0; i < N; i++) {
    const t0 = performance.now()
    const loaded = await readBaselineDir(path.join(dir, 'baselines'))
    const v = compareToBaselines(current, loaded, policy)
    renderMarkdown(v, { results: current })
    inProcess.push(performance.now() - t0)
  }
  const nodeStart: number[] = []
  const version: number[] = []
  const compareCli: number[] = []
  for (let i = 0; i < N; i++) {
    nodeStart.push(wall(process.execPath, ['-e', '0']))
    version.push(wall(process.execPath, [cli, '--version']))
    compareCli.push(
      wall(process.execPath, [
        cli,
        'compare',
        '--baseline',
        path.join(dir, 'baselines'),
        '--current',
        path.join(dir, 'current.json'),
        '--format',
        'json'
      ])
    )
  }
  const row = (name: string, xs: number[]): string =>
    `| ${name} | ${median(xs).toFixed(1)} ms | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms | ${xs.length} |`
  console.log(
    `Node ${process.version}, ${os.cpus()[0]?.model}, ${os.cpus().length} cores; targets interleaved.`
  )
  console.log('')
  console.log('| what | median | min–max | n |')
  console.log('| --- | --- | --- | --- |')
  console.log(row('`node -e 0` (floor)', nodeStart))
  console.log(row('`perf-gate --version` (CLI start)', version))
  console.log(
    row(
      '`perf-gate compare`, 100 workloads × 6 metrics, 30-run histories (whole process)',
      compareCli
    )
  )
  console.log(row('read 100 baselines + compare + render, in process', inProcess))
  console.log(
    JSON.stringify({
      cliStartMs: median(version),
      nodeFloorMs: median(nodeStart),
      compareProcessMs: median(compareCli),
      compareInProcessMs: median(inProcess)
    })
  )
}

await main()
