/**
 * Verdict-quality simulation (issue 3 acceptance): false alarms on A/A runs and detection of
 * slowdowns, for the real compareToBaselines / comparePaired, next to a plain ratio threshold on
 * the same data. Seeded: the same command prints the same tables.
 *
 *   npm run bench:verdict            # full run (4000 trials per cell)
 *   npm run bench:verdict -- --quick # 5x fewer trials
 *
 * Model (issue 3): a repetition is 200 latencies, lognormal(σ = 0.25), 1 % of them ×U(3, 10)
 * outliers; its metric is the p50 or p95 of those (type 7 quantiles). A run = 5 repetitions with a
 * per-repetition factor lognormal(0, 0.02); its run-level value is the median of the 5. Each CI job
 * has a machine factor lognormal(0, 0.06) (typical) or (0, 0.12) (noisy), shared by all its runs.
 * Same-job pairs: each process run has its own factor lognormal(0, 0.03) (0.06 noisy), a linear
 * drift across the job (total ~N(0, 0.05)), and 2 % of runs are slowed ×U(1.2, 1.6).
 *
 * Speed: the within-repetition sampling (200 draws + sort) is simulated exactly once per pool entry
 * (60,000 repetitions per metric), and trials draw repetitions from that pool at random; the pool
 * is far larger than any one trial's need, so the distribution is the model's.
 */
import { quantileSorted } from 'simple-statistics'
import {
  comparePaired,
  compareToBaselines,
  interleaveOrder,
  pairedDecision,
  sequentialStop,
  type ComparePolicy
} from '../src/compare/index.js'
import { createRng, type Rng } from '../src/stats/random.js'
import { tSurvival } from '../src/stats/distributions.js'
import { median } from '../src/stats/summary.js'
import type {
  Baseline,
  Environment,
  HistoryEntry,
  MetricResult,
  Results,
  WorkloadResult
} from '../src/types.js'

const QUICK = process.argv.includes('--quick')
const TRIALS = QUICK ? 800 : 4000
const WHOLE_TRIALS = QUICK ? 400 : 2000
const SEQ_TRIALS = QUICK ? 800 : 4000
const started = Date.now()

// ---------------------------------------------------------------------------------------------
// Within-repetition sampling pool
const POOL = 60000
function buildPool(rng: Rng): { p50: Float64Array; p95: Float64Array } {
  const p50 = new Float64Array(POOL)
  const p95 = new Float64Array(POOL)
  const xs = new Float64Array(200)
  for (let i = 0; i < POOL; i++) {
    for (let j = 0; j < 200; j++) {
      let x = Math.exp(0.25 * rng.normal())
      if (rng.next() < 0.01) x *= 3 + 7 * rng.next()
      xs[j] = x
    }
    xs.sort()
    const arr = xs as unknown as number[]
    p50[i] = Math.log(quantileSorted(arr, 0.5))
    p95[i] = Math.log(quantileSorted(arr, 0.95))
  }
  return { p50, p95 }
}
const pool = buildPool(createRng(20261123))
type MetricKind = 'p50' | 'p95'
const REP_SIGMA = 0.02

/** Log of one repetition's metric under job/run factors `logFactor`. */
function repetition(rng: Rng, kind: MetricKind, logFactor: number): number {
  return logFactor + REP_SIGMA * rng.normal() + pool[kind][rng.int(POOL)]
}

function median5(v: number[]): number {
  const s = [...v].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** One CI run of one metric: 5 repetition values (linear scale) and their median. */
function run(rng: Rng, kind: MetricKind, jobLog: number): { reps: number[]; value: number } {
  const reps: number[] = []
  for (let i = 0; i < 5; i++) reps.push(Math.exp(repetition(rng, kind, jobLog)))
  return { reps, value: median5(reps) }
}

// ---------------------------------------------------------------------------------------------
// Object builders (the real shapes the pipeline produces)
const ENV: Environment = {
  os: 'linux',
  arch: 'x64',
  cpuModel: 'sim',
  cores: 2,
  memoryBytes: 8e9,
  node: 'v20',
  runner: 'sim',
  fingerprint: 'sim'
}

function metric(value: number, reps: number[]): MetricResult {
  return { unit: 'ms', direction: 'smaller', value, repetitions: reps }
}

function workload(name: string, metrics: Record<string, MetricResult>): WorkloadResult {
  return {
    name,
    kind: 'command',
    status: 'ok',
    definitionHash: 'h',
    repetitions: [],
    pooled: null,
    metrics,
    checks: []
  }
}

function results(workloads: WorkloadResult[]): Results {
  return {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: 'sim' },
    createdAt: '2026-11-23T00:00:00Z',
    environment: ENV,
    workloads
  }
}

function baseline(
  name: string,
  history: HistoryEntry[],
  latest: Record<string, MetricResult>
): Baseline {
  return {
    schemaVersion: 1,
    workload: name,
    definitionHash: 'h',
    environment: ENV,
    updatedAt: '2026-11-23T00:00:00Z',
    metrics: latest,
    history
  }
}

// ---------------------------------------------------------------------------------------------
// Output helpers
const out: string[] = []
function print(line = ''): void {
  out.push(line)
  console.log(line)
}
const rate = (k: number, n: number): string => `${((100 * k) / n).toFixed(1)}%`
function table(head: string[], rows: string[][]): void {
  print(`| ${head.join(' | ')} |`)
  print(`| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`)
  for (const r of rows) print(`| ${r.join(' | ')} |`)
  print()
}

const key: Record<string, number> = {}
const SHIFTS = [0, 0.03, 0.05, 0.1, 0.2, 0.5]

// ---------------------------------------------------------------------------------------------
// 1. Baseline mode, one workload, one gated metric
function baselineCell(
  kind: MetricKind,
  drift: number,
  historyRuns: number,
  seed: number,
  trials: number
): { ours: number[]; plain: number[]; priorNoted: number; detectable: number } {
  const rng = createRng(seed)
  const ours = SHIFTS.map(() => 0)
  const plain = SHIFTS.map(() => 0)
  const detectable: number[] = []
  let priorNoted = 0
  const policy: ComparePolicy = { defaultThreshold: 10 }
  const name = `latency.${kind}`
  for (let t = 0; t < trials; t++) {
    const history: HistoryEntry[] = []
    let latest = run(rng, kind, 0)
    for (let h = 0; h < historyRuns; h++) {
      latest = run(rng, kind, drift * rng.normal())
      history.push({ date: `d${h}`, commit: `c${h}`, values: { [name]: latest.value } })
    }
    const bl = new Map([
      ['w', baseline('w', history, { [name]: metric(latest.value, latest.reps) })]
    ])
    const cand = run(rng, kind, drift * rng.normal())
    SHIFTS.forEach((s, i) => {
      const f = 1 + s
      const reps = cand.reps.map((x) => x * f)
      const v = compareToBaselines(
        results([workload('w', { [name]: metric(cand.value * f, reps) })]),
        bl,
        policy
      )
      if (v.verdict === 'fail') ours[i]++
      if (i === 0 && v.notes.some((n) => n.includes('prior drift'))) priorNoted++
      // What the report says this run could have caught ("flags beyond +X%").
      if (i === 0) detectable.push(v.metrics[0].statistic.detectable ?? NaN)
      if ((cand.value * f) / latest.value - 1 > 0.1) plain[i]++
    })
  }
  return { ours, plain, priorNoted, detectable: median(detectable) }
}

print('## Baseline mode: one workload, threshold 10 %, rates of a failing verdict')
print()
print(
  `Seeded trials (count per row below); the same data feed perf-gate and a plain ratio rule ("fail when current / latest baseline run − 1 > 10 %"). Shift 0 % = A/A (false alarms); the other columns are detection. The last column is the median of what perf-gate's report says each unchanged run could have caught (\`flags beyond\`, statistic.detectable; the plain rule's is its 10 %).`
)
print()
{
  const rows: string[][] = []
  let seed = 1000
  for (const kind of ['p50', 'p95'] as MetricKind[]) {
    for (const [dname, drift] of [
      ['typical (0.06)', 0.06],
      ['noisy (0.12)', 0.12]
    ] as Array<[string, number]>) {
      for (const hist of [30, 10, 3, 1]) {
        if (kind === 'p95' && hist !== 30) continue
        // The rows the targets speak of (30 runs of history) get 3x the trials, for tighter rates.
        const trials = hist === 30 ? 3 * TRIALS : TRIALS
        const r = baselineCell(kind, drift, hist, seed++, trials)
        rows.push([
          `latency.${kind}`,
          dname,
          String(hist),
          String(trials),
          'perf-gate',
          ...r.ours.map((k) => rate(k, trials)),
          `+${(r.detectable * 100).toFixed(0)}%`
        ])
        rows.push(['', '', '', '', 'plain ratio', ...r.plain.map((k) => rate(k, trials)), '+10%'])
        const tag = `baseline_${kind}_${drift === 0.06 ? 'typical' : 'noisy'}_h${hist}`
        key[`${tag}_fa`] = r.ours[0] / trials
        key[`${tag}_det20`] = r.ours[4] / trials
        key[`${tag}_det50`] = r.ours[5] / trials
        if (hist < 10 && r.priorNoted === 0) throw new Error('fresh baseline without a prior note')
      }
    }
  }
  table(
    [
      'metric',
      'job drift',
      'history runs',
      'trials',
      'rule',
      'A/A',
      '+3%',
      '+5%',
      '+10%',
      '+20%',
      '+50%',
      'flags beyond (median)'
    ],
    rows
  )
}

// ---------------------------------------------------------------------------------------------
// 2. Same-job pairs
const JOB_DRIFT_TOTAL = 0.05
interface PairCfg {
  runSigma: number
  shift: number
  order: Array<'A' | 'B'>
  /** Fixed linear drift over the job (log units) instead of a random one. */
  fixedDrift?: number
}

/** Simulates the runs of one job in `order`; returns base (A) and head (B) values in run order. */
function pairedJob(
  rng: Rng,
  cfg: PairCfg,
  kind: MetricKind = 'p50'
): { base: number[]; head: number[] } {
  const job = 0.06 * rng.normal()
  const total = cfg.fixedDrift ?? JOB_DRIFT_TOTAL * rng.normal()
  const n = cfg.order.length
  const base: number[] = []
  const head: number[] = []
  for (let i = 0; i < n; i++) {
    let l =
      job +
      (total * i) / Math.max(1, n - 1) +
      cfg.runSigma * rng.normal() +
      pool[kind][rng.int(POOL)]
    if (rng.next() < 0.02) l += Math.log(1.2 + 0.4 * rng.next())
    if (cfg.order[i] === 'A') base.push(Math.exp(l))
    else head.push(Math.exp(l + Math.log1p(cfg.shift)))
  }
  return { base, head }
}

function pairedT(d: number[]): number {
  const n = d.length
  const m = d.reduce((a, b) => a + b, 0) / n
  const v = d.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1)
  return tSurvival(m / Math.sqrt(v / n), n - 1)
}

/** Exact one-sided p of the Wilcoxon signed-rank statistic W+ (no ties in continuous data). */
function wilcoxonP(d: number[]): number {
  const n = d.length
  const ranked = d.map((x) => ({ a: Math.abs(x), pos: x > 0 })).sort((x, y) => x.a - y.a)
  let w = 0
  ranked.forEach((r, i) => {
    if (r.pos) w += i + 1
  })
  const max = (n * (n + 1)) / 2
  let counts = new Float64Array(max + 1)
  counts[0] = 1
  for (let k = 1; k <= n; k++) {
    const next = new Float64Array(max + 1)
    for (let s = 0; s <= max; s++) {
      if (counts[s] === 0) continue
      next[s] += counts[s]
      if (s + k <= max) next[s + k] += counts[s]
    }
    counts = next
  }
  let tail = 0
  for (let s = w; s <= max; s++) tail += counts[s]
  return tail / 2 ** n
}

function pairedPolicy(): ComparePolicy {
  return { defaultThreshold: 5 }
}

print('## Same-job pairs: threshold 5 %, 10 pairs (ABBA BAAB order), rates of a failing verdict')
print()
print(
  `${TRIALS} seeded trials per row. Other rules on the same data: paired t-test and exact Wilcoxon signed-rank (each at 1 %, one-sided, plus the estimate beyond 5 %), and a plain ratio ("median head / median base − 1 > 5 %").`
)
print()
{
  const shifts = [0, 0.03, 0.05, 0.1, 0.2]
  const rows: string[][] = []
  let seed = 2000
  for (const [dname, sigma] of [
    ['typical (0.03)', 0.03],
    ['noisy (0.06)', 0.06]
  ] as Array<[string, number]>) {
    const counts = {
      ours: shifts.map(() => 0),
      t: shifts.map(() => 0),
      w: shifts.map(() => 0),
      plain: shifts.map(() => 0)
    }
    const rng = createRng(seed++)
    const order = interleaveOrder(10)
    for (let t = 0; t < TRIALS; t++) {
      const noise = pairedJob(rng, { runSigma: sigma, shift: 0, order })
      shifts.forEach((s, i) => {
        const head = noise.head.map((x) => x * (1 + s))
        const name = 'latency.p50'
        const v = comparePaired(
          results([workload('w', { [name]: metric(median5(noise.base), noise.base) })]),
          results([workload('w', { [name]: metric(median5(head), head) })]),
          pairedPolicy()
        )
        if (v.verdict === 'fail') counts.ours[i]++
        const d = head.map((h, k) => Math.log(h / noise.base[k]))
        const mean = d.reduce((a, b) => a + b, 0) / d.length
        if (pairedT(d) < 0.01 && Math.expm1(mean) > 0.05) counts.t[i]++
        const sorted = [...d].sort((a, b) => a - b)
        if (wilcoxonP(d) < 0.01 && Math.expm1((sorted[4] + sorted[5]) / 2) > 0.05) counts.w[i]++
        if (median5(head) / median5(noise.base) - 1 > 0.05) counts.plain[i]++
      })
    }
    rows.push([dname, 'perf-gate (robust paired t)', ...counts.ours.map((k) => rate(k, TRIALS))])
    rows.push(['', 'paired t', ...counts.t.map((k) => rate(k, TRIALS))])
    rows.push(['', 'Wilcoxon signed-rank', ...counts.w.map((k) => rate(k, TRIALS))])
    rows.push(['', 'plain ratio', ...counts.plain.map((k) => rate(k, TRIALS))])
    const tag = `paired_${sigma === 0.03 ? 'typical' : 'noisy'}`
    key[`${tag}_fa`] = counts.ours[0] / TRIALS
    key[`${tag}_det10`] = counts.ours[3] / TRIALS
    key[`${tag}_pairedt_det10`] = counts.t[3] / TRIALS
  }
  table(['per-run factor', 'rule', 'A/A', '+3%', '+5%', '+10%', '+20%'], rows)
}

// ---------------------------------------------------------------------------------------------
// 3. Interleaving order under a steady drift
print('## Interleaving order under a steady drift (same-job pairs, 10 pairs, threshold 5 %)')
print()
print(
  `A fixed linear slowdown from the first to the last run of the job (6 %, and 20 % as when a runner heats up), per-run factor 0.03, disturbed runs included; ${TRIALS} trials per row. Bias = mean estimated change on A/A.`
)
print()
{
  const orders: Array<[string, Array<'A' | 'B'>]> = [
    ['ABAB…', Array.from({ length: 20 }, (_, i) => (i % 2 ? 'B' : 'A'))],
    ['AABB… (all base first)', Array.from({ length: 20 }, (_, i) => (i < 10 ? 'A' : 'B'))],
    ['ABBA ABBA…', Array.from({ length: 20 }, (_, i) => (['A', 'B', 'B', 'A'] as const)[i % 4])],
    ['ABBA BAAB… (interleaveOrder)', interleaveOrder(10)]
  ]
  const rows: string[][] = []
  let seed = 3000
  for (const driftTotal of [0.06, 0.2]) {
    for (const [label, order] of orders) {
      const rng = createRng(seed++)
      let fa = 0
      let det = 0
      let bias = 0
      for (let t = 0; t < TRIALS; t++) {
        const j = pairedJob(rng, {
          runSigma: 0.03,
          shift: 0,
          order,
          fixedDrift: Math.log1p(driftTotal)
        })
        const a = pairedDecision(j.base, j.head, {
          thresholdPct: 5,
          direction: 'smaller',
          alpha: 0.01
        })
        if (a.status === 'regression') fa++
        bias += a.estimate
        const h = j.head.map((x) => x * 1.1)
        if (
          pairedDecision(j.base, h, { thresholdPct: 5, direction: 'smaller', alpha: 0.01 })
            .status === 'regression'
        )
          det++
      }
      rows.push([
        `${driftTotal * 100}%`,
        label,
        `${((100 * bias) / TRIALS).toFixed(2)}%`,
        rate(fa, TRIALS),
        rate(det, TRIALS)
      ])
      const tag = `order_${label.startsWith('ABBA BAAB') ? 'abba_baab' : label.startsWith('ABAB') ? 'abab' : label.startsWith('AABB') ? 'aabb' : 'abba'}_drift${driftTotal * 100}`
      key[`${tag}_fa`] = fa / TRIALS
    }
  }
  table(['drift across the job', 'order', 'bias on A/A', 'false alarms', 'detection of +10%'], rows)
}

// ---------------------------------------------------------------------------------------------
// 4. Sequential stopping
print('## Sequential stopping (same-job pairs, threshold 5 %)')
print()
print(
  `After each pair from the minimum on, \`sequentialStop\` decides whether the answer is clear; the verdict is \`pairedDecision\` at the pairs used. ${SEQ_TRIALS} trials per row, ABBA BAAB order, typical per-run factor (0.03) unless noted.`
)
print()
{
  const rows: string[][] = []
  let seed = 4000
  const configs: Array<[number, number, number]> = [
    [6, 20, 0.03],
    [10, 20, 0.03],
    [6, 20, 0.06]
  ]
  for (const [minPairs, maxPairs, sigma] of configs) {
    for (const shift of [0, 0.05, 0.1, 0.2]) {
      const rng = createRng(seed++)
      let fails = 0
      let pairsUsed = 0
      const order = interleaveOrder(maxPairs)
      for (let t = 0; t < SEQ_TRIALS; t++) {
        const j = pairedJob(rng, { runSigma: sigma, shift, order })
        let n = minPairs
        for (; n < maxPairs; n++) {
          const s = sequentialStop(j.base.slice(0, n), j.head.slice(0, n), {
            thresholdPct: 5,
            direction: 'smaller',
            alpha: 0.01,
            minPairs,
            maxPairs
          })
          if (s === 'stop') break
        }
        pairsUsed += n
        const d = pairedDecision(j.base.slice(0, n), j.head.slice(0, n), {
          thresholdPct: 5,
          direction: 'smaller',
          alpha: 0.01
        })
        if (d.status === 'regression') fails++
      }
      rows.push([
        `${minPairs}–${maxPairs}`,
        sigma === 0.03 ? 'typical' : 'noisy',
        shift === 0 ? 'A/A' : `+${shift * 100}%`,
        (pairsUsed / SEQ_TRIALS).toFixed(1),
        rate(fails, SEQ_TRIALS)
      ])
      if (minPairs === 6 && sigma === 0.03) {
        key[`seq_6_20_${shift === 0 ? 'fa' : `det${Math.round(shift * 100)}`}`] = fails / SEQ_TRIALS
        key[`seq_6_20_pairs_${Math.round(shift * 100)}`] = pairsUsed / SEQ_TRIALS
      }
    }
  }
  table(
    ['pairs (min–max)', 'per-run factor', 'change', 'mean pairs used', 'failing verdicts'],
    rows
  )
}

// ---------------------------------------------------------------------------------------------
// 4b. After a level shift on main
print(
  '## After a level shift on main (baseline mode, 30-run history, typical drift, threshold 10 %)'
)
print()
print(
  `A +20 % slowdown was accepted into main k runs ago; the PR does not change speed (A/A against the new level), or adds +20 % on top. perf-gate looks for one level shift in the history (≥ 3 runs on each side, two-sided 0.1 % Bonferroni) and then compares with the runs since; "whole-history mean" is the same t-test without that step. ${TRIALS} trials per row.`
)
print()
{
  const rows: string[][] = []
  let seed = 4500
  const name = 'latency.p50'
  for (const k of [1, 3, 5, 10]) {
    const rng = createRng(seed++)
    let ours = 0
    let plainMean = 0
    let det = 0
    let detMean = 0
    for (let t = 0; t < TRIALS; t++) {
      const history: HistoryEntry[] = []
      const logs: number[] = []
      let latest = run(rng, 'p50', 0)
      for (let h = 0; h < 30; h++) {
        const level = h >= 30 - k ? Math.log(1.2) : 0
        latest = run(rng, 'p50', level + 0.06 * rng.normal())
        history.push({ date: `d${h}`, commit: `c${h}`, values: { [name]: latest.value } })
        logs.push(Math.log(latest.value))
      }
      const bl = new Map([
        ['w', baseline('w', history, { [name]: metric(latest.value, latest.reps) })]
      ])
      const cand = run(rng, 'p50', Math.log(1.2) + 0.06 * rng.normal())
      for (const extra of [1, 1.2]) {
        const reps = cand.reps.map((x) => x * extra)
        const v = compareToBaselines(
          results([workload('w', { [name]: metric(cand.value * extra, reps) })]),
          bl,
          { defaultThreshold: 10 }
        )
        // The same history-t without the level-shift step: mean and spread of all 30 runs.
        const mean = logs.reduce((a, b) => a + b, 0) / 30
        const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / 29)
        const dlog = Math.log(cand.value * extra) - mean
        const tt = dlog / (sd * Math.sqrt(1 + 1 / 30))
        const plainFail = tSurvival(tt, 29) < 0.01 && Math.expm1(dlog) > 0.1
        if (extra === 1) {
          if (v.verdict === 'fail') ours++
          if (plainFail) plainMean++
        } else {
          if (v.verdict === 'fail') det++
          if (plainFail) detMean++
        }
      }
    }
    rows.push([
      String(k),
      rate(ours, TRIALS),
      rate(plainMean, TRIALS),
      rate(det, TRIALS),
      rate(detMean, TRIALS)
    ])
    key[`shift_k${k}_fa`] = ours / TRIALS
  }
  table(
    [
      'runs since the +20 % shift',
      'A/A: perf-gate',
      'A/A: whole-history mean',
      '+20 % more: perf-gate',
      '+20 % more: whole-history mean'
    ],
    rows
  )
}

// ---------------------------------------------------------------------------------------------
// 5. Whole run: 40 gated metrics sharing the job's machine factor
print('## Whole run: A/A with 40 gated metrics sharing the job machine factor')
print()
print(
  `40 workloads, each gating latency.p50, all in the same CI jobs (history entries share commits); in one row each workload also drifts on its own (correlation ≈ 0.5 instead of ≈ 0.9); ${WHOLE_TRIALS} trials per row. "Naive" = each metric at 1 % without correction, on the same data.`
)
print()
{
  const rows: string[][] = []
  let seed = 5000
  for (const [dname, drift, hist, own] of [
    ['typical (0.06)', 0.06, 30, 0],
    ['noisy (0.12)', 0.12, 30, 0],
    ['typical (0.06) + own drift 0.06 per workload', 0.06, 30, 0.06],
    ['typical (0.06)', 0.06, 3, 0]
  ] as Array<[string, number, number, number]>) {
    const rng = createRng(seed++)
    let fails = 0
    let naive = 0
    let meff = 0
    const M = 40
    for (let t = 0; t < WHOLE_TRIALS; t++) {
      const jobs = Array.from({ length: hist }, () => drift * rng.normal())
      const candJob = drift * rng.normal()
      const bl = new Map<string, Baseline>()
      const wls: WorkloadResult[] = []
      for (let m = 0; m < M; m++) {
        const history: HistoryEntry[] = []
        let latest = run(rng, 'p50', 0)
        for (let h = 0; h < hist; h++) {
          latest = run(rng, 'p50', jobs[h] + own * rng.normal())
          history.push({ date: `d${h}`, commit: `c${h}`, values: { 'latency.p50': latest.value } })
        }
        bl.set(
          `w${m}`,
          baseline(`w${m}`, history, { 'latency.p50': metric(latest.value, latest.reps) })
        )
        const c = run(rng, 'p50', candJob + own * rng.normal())
        wls.push(workload(`w${m}`, { 'latency.p50': metric(c.value, c.reps) }))
      }
      const v = compareToBaselines(results(wls), bl, { defaultThreshold: 10 })
      if (v.verdict === 'fail') fails++
      meff += v.correction.effectiveTests
      // Naive: each metric at 1 % without correction. Each verdict carries its one-sided p-value
      // (worse side when the change is positive), so no second comparison is needed.
      const anyNaive = v.metrics.some(
        (m) => (m.statistic.estimate ?? 0) > 0.1 && (m.statistic.p ?? 1) < 0.01
      )
      if (anyNaive) naive++
    }
    rows.push([
      dname,
      String(hist),
      (meff / WHOLE_TRIALS).toFixed(1),
      rate(fails, WHOLE_TRIALS),
      rate(naive, WHOLE_TRIALS)
    ])
    key[`whole40_${drift === 0.06 ? 'typical' : 'noisy'}${own ? '_own' : ''}_h${hist}_fa`] =
      fails / WHOLE_TRIALS
  }
  table(
    ['job drift', 'history runs', 'mean effective tests', 'perf-gate run fails', 'naive run fails'],
    rows
  )
}

// ---------------------------------------------------------------------------------------------
// 6. Whole run, same-job pairs
print('## Whole run, same-job pairs: A/A with 40 gated metrics')
print()
print(
  `40 workloads compared pair by pair in one job (10 pairs each, ABBA BAAB): they share the job's machine factor and drift, but each process run has its own factor, so the per-pair changes of different workloads are nearly independent. The correlation behind the correction comes from the 10 pairs; ${WHOLE_TRIALS} trials per row.`
)
print()
{
  const rows: string[][] = []
  let seed = 6000
  for (const [dname, sigma] of [
    ['typical (0.03)', 0.03],
    ['noisy (0.06)', 0.06]
  ] as Array<[string, number]>) {
    const rng = createRng(seed++)
    let fails = 0
    let naive = 0
    let meff = 0
    const order = interleaveOrder(10)
    for (let t = 0; t < WHOLE_TRIALS; t++) {
      const job = 0.06 * rng.normal()
      const total = JOB_DRIFT_TOTAL * rng.normal()
      const bw: WorkloadResult[] = []
      const hw: WorkloadResult[] = []
      for (let m = 0; m < 40; m++) {
        const base: number[] = []
        const head: number[] = []
        order.forEach((o, i) => {
          let l = job + (total * i) / 19 + sigma * rng.normal() + pool.p50[rng.int(POOL)]
          if (rng.next() < 0.02) l += Math.log(1.2 + 0.4 * rng.next())
          ;(o === 'A' ? base : head).push(Math.exp(l))
        })
        bw.push(workload(`w${m}`, { 'latency.p50': metric(median5(base), base) }))
        hw.push(workload(`w${m}`, { 'latency.p50': metric(median5(head), head) }))
      }
      const v = comparePaired(results(bw), results(hw), pairedPolicy())
      if (v.verdict === 'fail') fails++
      meff += v.correction.effectiveTests
      if (v.metrics.some((x) => (x.statistic.estimate ?? 0) > 0.05 && (x.statistic.p ?? 1) < 0.01))
        naive++
    }
    rows.push([
      dname,
      (meff / WHOLE_TRIALS).toFixed(1),
      rate(fails, WHOLE_TRIALS),
      rate(naive, WHOLE_TRIALS)
    ])
    key[`whole40_paired_${sigma === 0.03 ? 'typical' : 'noisy'}_fa`] = fails / WHOLE_TRIALS
  }
  table(['per-run factor', 'mean effective tests', 'perf-gate run fails', 'naive run fails'], rows)
}

const seconds = (Date.now() - started) / 1000
print(
  `Command: \`npm run bench:verdict${QUICK ? ' -- --quick' : ''}\` (${seconds.toFixed(0)} s on this machine).`
)
print()
console.log(
  JSON.stringify({
    quick: QUICK,
    trials: TRIALS,
    seconds: Math.round(seconds),
    ...Object.fromEntries(Object.entries(key).map(([k, v]) => [k, Math.round(v * 10000) / 10000]))
  })
)
