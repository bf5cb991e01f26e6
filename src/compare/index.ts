/**
 * The verdict engine: compares a run's metrics with committed baselines (history of main-branch
 * runs) or with the base commit measured in the same job, applies thresholds, budgets and a
 * noise-aware significance test, corrects for the number of gated metrics, and returns one
 * Verdict. Pure: data in, data out (no clock, files, network or environment).
 *
 * How a decision is made is documented for users in docs/verdict.md; the rates it achieves are
 * measured by scripts/bench-verdict.ts (docs/benchmarks/verdict.md).
 */
import type {
  Baseline,
  Check,
  DecisionStatistic,
  Direction,
  MetricResult,
  MetricStatus,
  MetricVerdict,
  Results,
  Verdict,
  WorkloadResult,
  WorkloadVerdict
} from '../types.js'
import { closest } from '../names.js'
import { median } from '../stats/summary.js'
import { robustCv } from '../stats/robust.js'
import { effectiveTests, sidakAlpha, type EffectiveTests } from '../stats/multiplicity.js'
import { checkBudget, parseBudget, resolveBudgetMetric, type Budget } from './budget.js'
import { historyDecision } from './history.js'
import { pairedDecision, pairedSample } from './paired.js'

export {
  parseBudget,
  checkBudget,
  BudgetSyntaxError,
  BudgetUnitError,
  type Budget
} from './budget.js'
export { pairedDecision, sequentialStop, interleaveOrder } from './paired.js'
export { historyDecision } from './history.js'

/** How to compare; built by the pipeline from perf-gate.yml and CLI flags. */
export interface ComparePolicy {
  /** Percent, e.g. 10 (baseline mode) or 5 (paired). */
  defaultThreshold: number
  /** Per-workload overrides. */
  workloads?: Record<
    string,
    {
      threshold?: number
      thresholds?: Record<string, number>
      budgets?: string[]
      gate?: string[]
      /**
       * Metric names the config gives for this workload (`gate:`, `thresholds:`, or the same under
       * `defaults:`), checked against what it reports so that a typo cannot silently ungate it.
       */
      named?: Array<{ field: string; metric: string }>
    }
  >
  /** Budgets applied to every workload that reports the metric. */
  budgets?: string[]
  /** False-alarm budget of the WHOLE run (default 0.01). */
  familyAlpha?: number
  /** Prior for job-to-job drift in log units (default 0.07 ≈ 7 %) used while history is short. */
  priorDriftSigma?: number
  /** Weight of that prior in pseudo-runs with one run of history (default 4; fades to 0 at 10 runs). */
  priorWeight?: number
  /** History entries used per metric, newest kept (default 30). */
  historyLimit?: number
  /** Robust CV of the repetitions above which a metric is `unstable` and not gated (default 0.25). */
  unstableCv?: number
  /** Correlation assumed between gated metrics whose history is too short to estimate it (default 0.5). */
  defaultCorrelation?: number
}

/** Defaults of the optional policy fields (documented in docs/verdict.md). */
export const COMPARE_DEFAULTS = {
  familyAlpha: 0.01,
  priorDriftSigma: 0.07,
  priorWeight: 4,
  historyLimit: 30,
  unstableCv: 0.25,
  defaultCorrelation: 0.5,
  /** Below this many runs of history the prior is said to be used. */
  freshRuns: 10,
  /** Runs (or pairs) a metric needs before its correlation with others is estimated. */
  correlationRuns: 8,
  /**
   * A history whose dated runs all fall within this span (1 hour) was most likely recorded in one
   * job or one sitting: it knows that session's noise, not the drift between jobs.
   */
  sessionSpanMs: 3_600_000
} as const

interface Resolved {
  defaultThreshold: number
  familyAlpha: number
  priorDriftSigma: number
  priorWeight: number
  historyLimit: number
  unstableCv: number
  defaultCorrelation: number
}

function resolve(policy: ComparePolicy): Resolved {
  const num = (v: number | undefined, d: number, ok: (x: number) => boolean): number =>
    v !== undefined && Number.isFinite(v) && ok(v) ? v : d
  return {
    defaultThreshold: num(policy.defaultThreshold, 10, (x) => x >= 0),
    familyAlpha: num(policy.familyAlpha, COMPARE_DEFAULTS.familyAlpha, (x) => x > 0 && x < 1),
    priorDriftSigma: num(policy.priorDriftSigma, COMPARE_DEFAULTS.priorDriftSigma, (x) => x > 0),
    priorWeight: num(policy.priorWeight, COMPARE_DEFAULTS.priorWeight, (x) => x >= 0),
    historyLimit: Math.floor(
      num(policy.historyLimit, COMPARE_DEFAULTS.historyLimit, (x) => x >= 1)
    ),
    unstableCv: num(policy.unstableCv, COMPARE_DEFAULTS.unstableCv, (x) => x > 0),
    defaultCorrelation: num(
      policy.defaultCorrelation,
      COMPARE_DEFAULTS.defaultCorrelation,
      (x) => x >= 0 && x <= 1
    )
  }
}

function thresholdFor(
  policy: ComparePolicy,
  workload: string,
  metric: string,
  fallback: number
): number {
  const w = policy.workloads?.[workload]
  const t = w?.thresholds?.[metric] ?? w?.threshold ?? fallback
  return Number.isFinite(t) && t >= 0 ? t : fallback
}

function isGated(
  policy: ComparePolicy,
  workload: string,
  metric: string,
  m: { gate?: boolean }
): boolean {
  if (m.gate === false) return false
  const list = policy.workloads?.[workload]?.gate
  return list ? list.includes(metric) : true
}

const fin = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null

/** Drops non-finite numbers so that no NaN/Infinity reaches the JSON or the report. */
function cleanStatistic(s: DecisionStatistic): DecisionStatistic {
  const out: DecisionStatistic = { method: s.method }
  for (const [k, v] of Object.entries(s) as Array<[keyof DecisionStatistic, unknown]>) {
    if (k === 'method' || v === undefined) continue
    if (typeof v === 'number') {
      if (Number.isFinite(v)) (out as unknown as Record<string, unknown>)[k] = v
    } else if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'number' && Number.isFinite(x)))
        (out as unknown as Record<string, unknown>)[k] = v
    } else (out as unknown as Record<string, unknown>)[k] = v
  }
  return out
}

function newVerdict(
  workload: string,
  metric: string,
  m: { unit: string; direction: Direction },
  threshold: number,
  gated: boolean,
  status: MetricStatus,
  method: string
): MetricVerdict {
  return {
    workload,
    metric,
    unit: m.unit,
    direction: m.direction,
    baseline: null,
    current: null,
    deltaPct: null,
    threshold,
    status,
    gated,
    statistic: { method }
  }
}

function signedPct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`
}

function pct(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`
}

/** Whether a metric verdict fails the gate on its own. */
function failsGate(v: MetricVerdict): boolean {
  if (v.status === 'budget-failed') return true
  return v.gated && (v.status === 'regression' || v.status === 'error')
}

interface PendingTest {
  verdict: MetricVerdict
  /** Aligned observations for the correlation estimate (log values when positive). */
  series: Map<string, number>
  run: (alpha: number) => void
  /** Only gated metrics count in the multiplicity correction; the others get the same level. */
  gated: boolean
}

/** Budgets by workload, parsed once (throws BudgetSyntaxError on a bad expression). */
function parseBudgets(policy: ComparePolicy): {
  global: Budget[]
  perWorkload: Map<string, Budget[]>
} {
  const global = (policy.budgets ?? []).map(parseBudget)
  const perWorkload = new Map<string, Budget[]>()
  for (const [w, p] of Object.entries(policy.workloads ?? {}))
    if (p.budgets?.length) perWorkload.set(w, p.budgets.map(parseBudget))
  return { global, perWorkload }
}

/**
 * Applies global and workload budgets to the metric verdicts of one workload (current values).
 * A workload budget that names a metric the workload does not report fails, so a typo cannot
 * silently disable a limit; a global budget simply skips such workloads.
 */
function applyBudgets(
  w: WorkloadResult,
  verdicts: MetricVerdict[],
  global: Budget[],
  own: Budget[],
  usedGlobal: Set<string>
): MetricVerdict[] {
  const extra: MetricVerdict[] = []
  const byName = new Map(verdicts.map((v) => [v.metric, v]))
  const apply = (b: Budget, isOwn: boolean): void => {
    const name = resolveBudgetMetric(b, w.metrics)
    if (name === undefined) {
      if (!isOwn) return
      const v = newVerdict(
        w.name,
        b.metric,
        { unit: b.unit, direction: 'smaller' },
        0,
        false,
        'budget-failed',
        'budget'
      )
      v.budgets = [{ expression: b.expression, passed: false }]
      const guess = closest(b.metric, Object.keys(w.metrics))
      v.message = `Budget "${b.expression}" names metric ${b.metric}, which workload ${w.name} does not report;${guess ? ` did you mean ${guess}?` : ' check the metric name.'}`
      extra.push(v)
      return
    }
    if (!isOwn) usedGlobal.add(b.expression)
    const m = w.metrics[name]
    const v = byName.get(name)
    if (!v) return
    let passed: boolean
    let problem: string | undefined
    try {
      passed = checkBudget(b, m.value, m.unit)
      if (!Number.isFinite(m.value))
        problem = `Budget "${b.expression}": the metric has no value in this run.`
    } catch (err) {
      passed = false
      problem = (err as Error).message
    }
    v.budgets = [...(v.budgets ?? []), { expression: b.expression, passed }]
    if (!passed) {
      v.status = 'budget-failed'
      const msg = problem ?? `Budget "${b.expression}" not met: ${formatValue(m.value)} ${m.unit}.`
      v.message = v.message ? `${msg} ${v.message}` : msg
    }
  }
  for (const b of global) apply(b, false)
  for (const b of own) apply(b, true)
  return extra
}

/** Every metric name a run's measured workloads report. */
function reportedMetrics(r: Results): Set<string> {
  return new Set(
    r.workloads.filter((w) => w.status !== 'error').flatMap((w) => Object.keys(w.metrics))
  )
}

/**
 * Metric names under `gate:` / `thresholds:` that the workload does not report: each is a gated
 * error, so a typo (`latency.p5O`) fails loudly instead of leaving the workload ungated. A name
 * from `defaults:` only counts when no workload of the run reports it (defaults span kinds).
 */
function unknownMetricNames(
  w: WorkloadResult,
  policy: ComparePolicy,
  reported: ReadonlySet<string>,
  flagged: Set<string>
): MetricVerdict[] {
  if (w.status === 'error') return []
  const out: MetricVerdict[] = []
  const known = Object.keys(w.metrics)
  for (const { field, metric } of policy.workloads?.[w.name]?.named ?? []) {
    if (Object.hasOwn(w.metrics, metric)) continue
    const fromDefaults = field.startsWith('defaults.')
    if (fromDefaults && (reported.has(metric) || flagged.has(`${field}\0${metric}`))) continue
    flagged.add(`${field}\0${metric}`)
    const candidates = (fromDefaults ? [...reported] : known).sort()
    const guess = closest(metric, candidates)
    const v = newVerdict(
      w.name,
      metric,
      { unit: '', direction: 'smaller' },
      0,
      true,
      'error',
      'config'
    )
    v.message =
      `\`${field}\` names metric ${metric}, which ${fromDefaults ? 'no workload in this run reports' : `workload ${w.name} does not report`}.` +
      (guess ? ` Did you mean ${guess}?` : '') +
      ` ${fromDefaults ? 'Workloads report' : 'It reports'}: ${candidates.join(', ')}. Fix the name in perf-gate.yml.`
    out.push(v)
  }
  return out
}

function formatValue(x: number): string {
  if (!Number.isFinite(x)) return String(x)
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3)
}

function workloadStatus(
  w: WorkloadResult,
  base: 'ok' | 'new' | 'definition-changed',
  verdicts: MetricVerdict[]
): WorkloadVerdict {
  const checks: Check[] = w.checks ?? []
  if (w.status === 'error')
    return {
      workload: w.name,
      status: 'error',
      checks,
      message: w.error ?? 'The workload could not be measured.'
    }
  const failedChecks = checks.filter((c) => !c.passed)
  if (w.status === 'failed' || failedChecks.length > 0) {
    const names = failedChecks.map((c) => c.name).join(', ')
    return {
      workload: w.name,
      status: 'failed',
      checks,
      message: w.error ?? (names ? `Failed checks: ${names}.` : 'The workload reported a failure.')
    }
  }
  // Metrics that fail the gate are counted on the metrics; the workload itself ran and passed its
  // checks, so it stays `ok` (a `failed` workload means broken checks, which `fail-on: budget` gates).
  const failing = verdicts.filter(failsGate)
  if (failing.length > 0)
    return {
      workload: w.name,
      status: base,
      checks,
      message: `${failing.length} metric${failing.length > 1 ? 's' : ''} failed the gate: ${failing.map((v) => v.metric).join(', ')}.`
    }
  return { workload: w.name, status: base, checks }
}

function correctionNote(
  eff: EffectiveTests,
  alpha: number,
  familyAlpha: number,
  source: string
): string {
  if (eff.metrics <= 1)
    return `One gated metric: judged at a ${pct(familyAlpha, 2)} false-alarm level.`
  return (
    `${eff.metrics} gated metrics act like ${eff.effectiveTests.toFixed(1)} independent tests ` +
    `(Li–Ji effective number from ${source}` +
    (eff.assumed > 0
      ? `; ${eff.assumed} with too little data assumed correlated at ${eff.defaultCorrelation}`
      : '') +
    `), so each is judged at ${pct(alpha, 3)} and the whole run keeps about ${pct(familyAlpha, 2)} false alarms (Šidák).`
  )
}

/** A metric that fails only beyond this factor on its worse side counts as blind in the note. */
const BLIND_FACTOR = 1000

/**
 * How blunt the gate is this run, in one sentence: the smallest worse change each gated metric
 * could be flagged at (statistic.detectable), as the median metric and the two extremes. Metrics
 * are ranked by that change as a factor on the worse side (a throughput −50 % ranks with a latency
 * +100 %) and shown with their own signed change. Undefined when no gated metric has one.
 */
function sensitivityNote(pending: PendingTest[], sharpenedBy: string): string | undefined {
  const all = pending
    .filter((t) => t.gated && t.verdict.statistic.detectable !== undefined)
    .map((t) => {
      const d = t.verdict.statistic.detectable as number
      const factor = t.verdict.direction === 'smaller' ? 1 + d : d > -1 ? 1 / (1 + d) : Infinity
      return { v: t.verdict, d, factor }
    })
  // A history or pairs too noisy for any realistic change to fail (e.g. 2 pairs at a tiny alpha
  // need ×1e276): counted, not quoted.
  const blind = all.filter((r) => !(r.factor <= BLIND_FACTOR)).length
  const rows = all.filter((r) => r.factor <= BLIND_FACTOR).sort((a, b) => a.factor - b.factor)
  if (all.length === 0) return undefined
  const name = (r: (typeof rows)[number]): string =>
    `${signedPct(r.d)} for ${r.v.workload} ${r.v.metric}`
  const parts: string[] = []
  if (rows.length === 1) parts.push(name(rows[0]))
  else if (rows.length > 1)
    parts.push(
      `median ${name(rows[Math.floor((rows.length - 1) / 2)])}; from ${name(rows[0])} to ${name(rows[rows.length - 1])}`
    )
  if (blind > 0)
    parts.push(
      `${blind} gated metric${blind === 1 ? ' is' : 's are'} too noisy to fail on any change below ×${BLIND_FACTOR}`
    )
  return (
    `Sensitivity: a gated metric fails only once it is worse by at least its threshold and its noise (${parts.join('; ')}). ` +
    `Smaller changes pass as noise; ${sharpenedBy} sharpen the gate.`
  )
}

function finish(
  mode: 'baseline' | 'paired',
  metrics: MetricVerdict[],
  workloads: WorkloadVerdict[],
  eff: EffectiveTests,
  alpha: number,
  familyAlpha: number,
  notes: string[]
): Verdict {
  const counts = { regressions: 0, improvements: 0, unstable: 0, budgetFailures: 0 }
  for (const v of metrics) {
    // Only gated metrics count: a report-only metric's status is information, not a finding.
    if (v.status === 'regression') counts.regressions += v.gated ? 1 : 0
    else if (v.status === 'improvement') counts.improvements += v.gated ? 1 : 0
    else if (v.status === 'unstable') counts.unstable += v.gated ? 1 : 0
    else if (v.status === 'budget-failed') counts.budgetFailures++
  }
  const fail =
    metrics.some(failsGate) || workloads.some((w) => w.status === 'error' || w.status === 'failed')
  for (const v of metrics) {
    v.baseline = fin(v.baseline)
    v.current = fin(v.current)
    v.deltaPct = fin(v.deltaPct)
    v.statistic = cleanStatistic(v.statistic)
  }
  return {
    verdict: fail ? 'fail' : 'pass',
    mode,
    metrics,
    workloads,
    correction: {
      method: eff.metrics > 1 ? 'sidak-effective-tests' : 'none',
      metrics: eff.metrics,
      effectiveTests: eff.effectiveTests,
      familyAlpha,
      alpha
    },
    notes,
    counts
  }
}

/**
 * Key that lines up one main-branch run across the baselines of different workloads (the same run
 * writes the same commit and date into each). Commit and date together, because seeding a
 * baseline from several runs of one commit is common.
 */
function historyKey(entry: { commit?: string; date?: string }, index: number): string {
  if (entry.commit === undefined && entry.date === undefined) return `#${index}`
  return `${entry.commit ?? ''}@${entry.date ?? ''}`
}

/**
 * Compares a run with committed baselines (history of main-branch run-level values).
 *
 * Per workload: no baseline -> metrics `new`; baseline without a current workload -> `missing`;
 * a different definition hash -> `definition-changed` (not compared). Per metric: history-t in log
 * space with a drift prior for short histories (see compare/history.ts), regression only when
 * beyond the threshold and significant at the corrected alpha; `unstable` when the repetitions
 * scatter more than `unstableCv`; budgets on current values. A workload with status error/failed
 * fails the gate.
 *
 * @throws BudgetSyntaxError when a budget in the policy cannot be parsed.
 */
export function compareToBaselines(
  current: Results,
  baselines: Map<string, Baseline>,
  policy: ComparePolicy
): Verdict {
  const p = resolve(policy)
  const budgets = parseBudgets(policy)
  const usedGlobal = new Set<string>()
  const notes: string[] = []
  const metrics: MetricVerdict[] = []
  const workloads: WorkloadVerdict[] = []
  const pending: PendingTest[] = []
  const seen = new Set<string>()
  const otherMachine: string[] = []
  const oneSession: string[] = []
  let sessionSpan = 0
  let priorMetrics = 0
  const after: Array<() => void> = []
  const reported = reportedMetrics(current)
  const flagged = new Set<string>()

  for (const w of current.workloads) {
    seen.add(w.name)
    const base = baselines.get(w.name)
    const wVerdicts: MetricVerdict[] = []
    const differentMachine =
      base !== undefined &&
      (base.environment?.fingerprint ?? '') !== (current.environment?.fingerprint ?? '')
    if (differentMachine) otherMachine.push(w.name)
    const defChanged = base !== undefined && base.definitionHash !== w.definitionHash
    const span = base && !defChanged ? sessionSpanMs(base, p.historyLimit) : undefined
    if (span !== undefined) {
      oneSession.push(w.name)
      sessionSpan = Math.max(sessionSpan, span)
    }
    for (const [name, m] of Object.entries(w.metrics)) {
      const threshold = thresholdFor(policy, w.name, name, p.defaultThreshold)
      const gated = isGated(policy, w.name, name, m)
      const baseMetric = base?.metrics?.[name]
      const v = newVerdict(w.name, name, m, threshold, gated, 'unchanged', 'history-t')
      v.current = fin(m.value)
      wVerdicts.push(v)
      if (differentMachine) v.differentMachine = true
      if (!base) {
        v.status = 'new'
        v.statistic = { method: 'none', note: 'no baseline for this workload yet' }
        continue
      }
      v.baseline = fin(baseMetric?.value)
      if (defChanged) {
        v.status = 'definition-changed'
        v.statistic = {
          method: 'none',
          note: 'the workload definition changed since the baseline; not compared'
        }
        continue
      }
      const entries = (base.history ?? []).slice(-p.historyLimit)
      const series = new Map<string, number>()
      const hist: number[] = []
      entries.forEach((e, i) => {
        const x = e.values?.[name]
        if (typeof x === 'number' && Number.isFinite(x)) {
          hist.push(x)
          series.set(historyKey(e, i), x)
        }
      })
      if (hist.length === 0 && baseMetric && Number.isFinite(baseMetric.value)) {
        hist.push(baseMetric.value)
        series.set('latest', baseMetric.value)
      }
      if (hist.length === 0) {
        v.status = 'new'
        v.statistic = { method: 'none', note: 'the baseline has no value for this metric' }
        continue
      }
      if (!Number.isFinite(m.value)) {
        v.status = 'error'
        v.statistic = { method: 'none' }
        v.message = `Metric ${name} has no value in this run (${String(m.value)}).`
        continue
      }
      if (hist.every((x) => x > 0)) for (const [k, x] of series) series.set(k, Math.log(x))
      const run = (alpha: number): void => {
        const hd = historyDecision({
          history: hist,
          current: m.value,
          thresholdPct: threshold,
          direction: m.direction,
          alpha,
          priorSigma: p.priorDriftSigma,
          priorWeight: p.priorWeight,
          priorFadeRuns: COMPARE_DEFAULTS.freshRuns
        })
        const usesPrior = hd.method === 'history-t' && hd.historyRuns < COMPARE_DEFAULTS.freshRuns
        if (usesPrior) priorMetrics++
        v.baseline = fin(hd.reference) ?? v.baseline
        v.deltaPct = hd.estimate === null ? null : hd.estimate * 100
        v.status = hd.status
        v.statistic = {
          method: hd.method,
          estimate: hd.estimate ?? undefined,
          ci: hd.ci,
          p: hd.p,
          alpha,
          statistic: hd.statistic,
          noise: hd.noise,
          prior: hd.method === 'history-t' ? usesPrior : undefined,
          historyRuns: hd.historyRuns,
          detectable: hd.detectable,
          note: usesPrior
            ? `only ${hd.historyRuns} run${hd.historyRuns === 1 ? '' : 's'} of history: drift prior ${pct(p.priorDriftSigma)} used`
            : hd.levelShift
              ? `the history changed level ${hd.levelShift.runsSince} runs ago (${signedPct(hd.levelShift.change)}): baseline = geometric mean of the ${hd.levelShift.runsSince} runs since`
              : hd.method === 'history-t'
                ? `baseline = geometric mean of ${hd.historyRuns} main-branch runs`
                : hd.method === 'ratio'
                  ? 'no spread known: the threshold alone decides'
                  : undefined
        }
        if (hd.message) v.message = hd.message
        const cv = robustCv(m.repetitions ?? [])
        if (
          cv > p.unstableCv &&
          (hd.status === 'regression' || hd.status === 'improvement' || hd.status === 'unchanged')
        ) {
          v.status = 'unstable'
          v.message = `Repetitions scatter by ${pct(cv)} (robust CV), more than the ${pct(p.unstableCv)} that can be judged; not gated. Reduce noise or add repetitions.`
        }
      }
      pending.push({ verdict: v, series, run, gated })
    }
    metrics.push(...wVerdicts)
    const own = budgets.perWorkload.get(w.name) ?? []
    // Budgets and the workload status are settled after the tests ran (they override statuses).
    after.push(() => {
      metrics.push(...applyBudgets(w, wVerdicts, budgets.global, own, usedGlobal))
      const unknown = unknownMetricNames(w, policy, reported, flagged)
      metrics.push(...unknown)
      wVerdicts.push(...unknown)
      workloads.push(
        workloadStatus(w, !base ? 'new' : defChanged ? 'definition-changed' : 'ok', wVerdicts)
      )
    })
  }

  for (const [name, base] of baselines) {
    if (seen.has(name)) continue
    for (const [mname, m] of Object.entries(base.metrics ?? {})) {
      const v = newVerdict(
        name,
        mname,
        m,
        thresholdFor(policy, name, mname, p.defaultThreshold),
        false,
        'missing',
        'none'
      )
      v.baseline = fin(m.value)
      v.statistic = { method: 'none', note: 'the workload is in the baseline but not in this run' }
      metrics.push(v)
    }
    workloads.push({
      workload: name,
      status: 'missing',
      checks: [],
      message: 'In the baselines but not in this run.'
    })
  }

  const eff = effectiveTests(
    pending.filter((t) => t.gated).map((t) => t.series),
    { minObservations: COMPARE_DEFAULTS.correlationRuns, defaultCorrelation: p.defaultCorrelation }
  )
  const alpha = sidakAlpha(p.familyAlpha, eff.effectiveTests)
  for (const t of pending) t.run(alpha)
  for (const f of after) f()

  if (pending.some((t) => t.gated)) {
    notes.push(correctionNote(eff, alpha, p.familyAlpha, 'the metrics’ history'))
    const note = sensitivityNote(
      pending,
      'steadier workloads, a longer history from several jobs or `compare: base-ref` (same job)'
    )
    if (note) notes.push(note)
  }
  if (priorMetrics > 0)
    notes.push(
      `${priorMetrics} metric${priorMetrics > 1 ? 's' : ''} judged with a prior drift of ${pct(p.priorDriftSigma)} between jobs ` +
        `because ${priorMetrics > 1 ? 'their baselines have' : 'its baseline has'} fewer than ${COMPARE_DEFAULTS.freshRuns} runs of history; ` +
        'verdicts get sharper as main-branch runs accumulate.'
    )
  if (oneSession.length > 0)
    notes.push(
      `The history of ${listNames(oneSession)} is dated within ${minutes(sessionSpan)} (samples files are dated when read): ` +
        'if those runs ran back to back in one job or sitting, it knows that sitting’s noise, not how much runners differ ' +
        'from job to job, and a busy runner can look like a regression. Runs from several jobs (main-branch runs over a few days) make the verdict honest.'
    )
  if (otherMachine.length > 0)
    notes.push(
      `The baseline of ${listNames(otherMachine)} was measured on a different machine kind ` +
        `(fingerprint differs from ${current.environment?.fingerprint ?? 'this run'}); changes may reflect the machine, not the code.`
    )
  for (const b of budgets.global)
    if (!usedGlobal.has(b.expression))
      notes.push(`Budget "${b.expression}" matched no metric of any workload in this run.`)
  return finish('baseline', metrics, workloads, eff, alpha, p.familyAlpha, notes)
}

/**
 * The time span of a baseline's history (the runs the comparison uses) when it has at least
 * `freshRuns` dated runs and all of them fall within `sessionSpanMs`, else undefined. Seeding a
 * baseline from runs taken back to back is the usual way there; shorter histories already get
 * the prior-drift note.
 */
function sessionSpanMs(base: Baseline, historyLimit: number): number | undefined {
  const times = (base.history ?? [])
    .slice(-historyLimit)
    .map((e) => (e.date === undefined ? NaN : Date.parse(e.date)))
  if (times.length < COMPARE_DEFAULTS.freshRuns || times.some((t) => !Number.isFinite(t)))
    return undefined
  const span = Math.max(...times) - Math.min(...times)
  return span < COMPARE_DEFAULTS.sessionSpanMs ? span : undefined
}

function minutes(ms: number): string {
  const m = Math.max(1, Math.round(ms / 60_000))
  return `${m} minute${m === 1 ? '' : 's'}`
}

function listNames(names: string[]): string {
  return names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`
}

/**
 * Compares two results taken in the same job: repetition k of `base` paired with repetition k of
 * `head` (run interleaved, see interleaveOrder). Per metric a robust paired test (disturbed runs set
 * aside, then a paired t of log ratios; see compare/paired.ts); same statuses, budgets and multiplicity correction as compareToBaselines. When
 * the base side of a workload could not be measured, its metrics are `error` but not gated (the
 * PR is not at fault) and a note says which side failed.
 *
 * @throws BudgetSyntaxError when a budget in the policy cannot be parsed.
 */
export function comparePaired(base: Results, head: Results, policy: ComparePolicy): Verdict {
  const p = resolve(policy)
  const budgets = parseBudgets(policy)
  const usedGlobal = new Set<string>()
  const notes: string[] = []
  const metrics: MetricVerdict[] = []
  const workloads: WorkloadVerdict[] = []
  const pending: PendingTest[] = []
  const after: Array<() => void> = []
  const baseByName = new Map(base.workloads.map((w) => [w.name, w]))
  const seen = new Set<string>()
  const unequalPairs: string[] = []
  const reported = reportedMetrics(head)
  const flagged = new Set<string>()

  for (const w of head.workloads) {
    seen.add(w.name)
    const bw = baseByName.get(w.name)
    const wVerdicts: MetricVerdict[] = []
    const defChanged = bw !== undefined && bw.definitionHash !== w.definitionHash
    const baseFailed = bw !== undefined && bw.status === 'error'
    if (baseFailed)
      notes.push(
        `The base side of ${w.name} could not be measured: ${bw.error ?? 'no reason given'}. Its metrics are not judged.`
      )
    for (const [name, m] of Object.entries(w.metrics)) {
      const threshold = thresholdFor(policy, w.name, name, p.defaultThreshold)
      const gated = isGated(policy, w.name, name, m)
      const bm: MetricResult | undefined = bw?.metrics?.[name]
      const v = newVerdict(w.name, name, m, threshold, gated, 'unchanged', 'paired-t-robust')
      v.current = fin(m.value)
      wVerdicts.push(v)
      if (!bw || !bm) {
        v.status = 'new'
        v.statistic = {
          method: 'none',
          note: bw
            ? 'the base commit does not report this metric'
            : 'the base commit does not have this workload'
        }
        continue
      }
      v.baseline = fin(bm.value)
      if (defChanged) {
        v.status = 'definition-changed'
        v.statistic = {
          method: 'none',
          note: 'the workload definition differs between base and head; not compared'
        }
        continue
      }
      if (baseFailed) {
        v.status = 'error'
        v.gated = false
        v.statistic = { method: 'none', note: 'the base side failed' }
        v.message = `Base side failed: ${bw.error ?? 'no reason given'}`
        continue
      }
      const bReps = bm.repetitions?.length ? bm.repetitions : [bm.value]
      const hReps = m.repetitions?.length ? m.repetitions : [m.value]
      if (bReps.length !== hReps.length) unequalPairs.push(`${w.name}/${name}`)
      const sample = pairedSample(bReps, hReps)
      const { d, log } = sample
      if (sample.pairs === 0) {
        v.status = 'error'
        v.statistic = { method: 'none' }
        v.message = `Metric ${name} has no finite pair of values (base ${String(bm.value)}, head ${String(m.value)}).`
        continue
      }
      const series = new Map<string, number>()
      // Keyed by pair index so that metrics line up pair by pair in the correlation estimate.
      const kept = Array.from({ length: sample.pairs }, (_, k) => k).filter(
        (k) => !sample.disturbed.includes(k)
      )
      d.forEach((x, i) => series.set(String(kept[i]), x))
      const run = (alpha: number): void => {
        const pd = pairedDecision(bReps, hReps, {
          thresholdPct: threshold,
          direction: m.direction,
          alpha,
          unstableCv: p.unstableCv
        })
        v.baseline = fin(median(bReps.filter(Number.isFinite))) ?? v.baseline
        v.current = fin(median(hReps.filter(Number.isFinite))) ?? v.current
        v.deltaPct = pd.estimate * 100
        v.status = pd.status
        v.statistic = {
          method: pd.method,
          estimate: pd.estimate,
          ci: pd.ci,
          p: pd.method === 'ratio' ? undefined : pd.p,
          alpha,
          statistic: pd.statistic,
          noise: pd.noise,
          pairs: pd.pairs,
          detectable: pd.detectable,
          note:
            pd.method === 'ratio'
              ? 'one pair: no spread known, the threshold alone decides'
              : `paired t over ${log ? 'log ratios' : 'differences relative to the base median'}` +
                (pd.disturbed.length
                  ? `; ${pd.disturbed.length} pair${pd.disturbed.length === 1 ? '' : 's'} set aside: a run far off the other runs of its side (disturbed)`
                  : '')
        }
        if (pd.status === 'unstable')
          v.message = `Repetitions scatter more than the ${pct(p.unstableCv)} (robust CV) that can be judged; not gated.`
      }
      pending.push({ verdict: v, series, run, gated })
    }
    if (bw) {
      for (const [name, bm] of Object.entries(bw.metrics)) {
        if (Object.hasOwn(w.metrics, name)) continue
        const v = newVerdict(
          w.name,
          name,
          bm,
          thresholdFor(policy, w.name, name, p.defaultThreshold),
          false,
          'missing',
          'none'
        )
        v.baseline = fin(bm.value)
        v.statistic = { method: 'none', note: 'reported by the base commit but not by the head' }
        wVerdicts.push(v)
      }
    }
    metrics.push(...wVerdicts)
    const own = budgets.perWorkload.get(w.name) ?? []
    after.push(() => {
      metrics.push(...applyBudgets(w, wVerdicts, budgets.global, own, usedGlobal))
      const unknown = unknownMetricNames(w, policy, reported, flagged)
      metrics.push(...unknown)
      wVerdicts.push(...unknown)
      workloads.push(
        workloadStatus(w, !bw ? 'new' : defChanged ? 'definition-changed' : 'ok', wVerdicts)
      )
    })
  }
  for (const bw of base.workloads) {
    if (seen.has(bw.name)) continue
    for (const [mname, m] of Object.entries(bw.metrics)) {
      const v = newVerdict(
        bw.name,
        mname,
        m,
        thresholdFor(policy, bw.name, mname, p.defaultThreshold),
        false,
        'missing',
        'none'
      )
      v.baseline = fin(m.value)
      v.statistic = {
        method: 'none',
        note: 'the workload ran on the base commit but not on the head'
      }
      metrics.push(v)
    }
    workloads.push({
      workload: bw.name,
      status: 'missing',
      checks: [],
      message: 'Ran on the base commit but not on the head.'
    })
  }

  const eff = effectiveTests(
    pending.filter((t) => t.gated).map((t) => t.series),
    { minObservations: COMPARE_DEFAULTS.correlationRuns, defaultCorrelation: p.defaultCorrelation }
  )
  const alpha = sidakAlpha(p.familyAlpha, eff.effectiveTests)
  for (const t of pending) t.run(alpha)
  for (const f of after) f()
  if (pending.some((t) => t.gated)) {
    notes.push(correctionNote(eff, alpha, p.familyAlpha, 'the per-pair changes'))
    const note = sensitivityNote(pending, 'steadier workloads or more pairs')
    if (note) notes.push(note)
  }
  if (unequalPairs.length > 0)
    notes.push(
      `Base and head ran a different number of repetitions for ${listNames(unequalPairs)}; only complete pairs were compared.`
    )
  for (const b of budgets.global)
    if (!usedGlobal.has(b.expression))
      notes.push(`Budget "${b.expression}" matched no metric of any workload in this run.`)
  return finish('paired', metrics, workloads, eff, alpha, p.familyAlpha, notes)
}
