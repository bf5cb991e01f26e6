/**
 * Baseline mode: judge a candidate run against the run-level values of earlier main-branch runs.
 *
 * Work in log space (latencies are multiplicative: a machine 6 % slower makes every metric ~6 %
 * slower). The history's spread s of log values is exactly the noise a new run shows: job-to-job
 * machine drift plus within-job noise. A fresh baseline has little history, so s is shrunk toward a
 * prior drift σ₀ worth ν₀ pseudo-observations (a conjugate normal / scaled-inverse-χ² prior):
 * s² = (ν₀σ₀² + Σ(xᵢ − x̄)²) / (ν₀ + n − 1), with ν₀ + n − 1 degrees of freedom. ν₀ starts at
 * `priorWeight` for one run and fades linearly to 0 at `priorFadeRuns` runs: a prior in variance
 * units would otherwise swamp a very stable metric (0.5 % noise against a 7 % prior) for ever. The
 * candidate c is a new draw from the same distribution, so (log c − x̄) / (s·√(1 + 1/n)) follows
 * Student's t (the prediction interval of a new observation). A regression needs the change beyond
 * the threshold AND p < alpha: the threshold says what matters, the test says it is not noise.
 */
import type { Direction } from '../types.js'
import { meanVar } from '../stats/robust.js'
import { tQuantile, tSurvival } from '../stats/distributions.js'
import { beyondThreshold, detectableChange } from './paired.js'

/** Inputs of {@link historyDecision}. */
export interface HistoryInput {
  /** Run-level values of earlier runs (oldest first); non-finite values are ignored. */
  history: readonly number[]
  /** The candidate's run-level value. */
  current: number
  thresholdPct: number
  direction: Direction
  alpha: number
  /** Prior job-to-job drift, log units (e.g. 0.07 ≈ 7 %). */
  priorSigma: number
  /** Weight of the prior in pseudo-observations with one run of history. */
  priorWeight: number
  /** History length from which the prior no longer counts (default 10). */
  priorFadeRuns?: number
}

/** Outcome of {@link historyDecision}. `estimate`/`ci` are ratios − 1 against the history level. */
export interface HistoryDecision {
  status: 'regression' | 'improvement' | 'unchanged'
  /** history-t (log), history-t-linear (values <= 0), ratio (no spread: threshold only), zero-baseline. */
  method: string
  /** Reference level the candidate is compared with (geometric mean of the history in log mode). */
  reference: number
  estimate: number | null
  ci?: [number, number]
  p?: number
  statistic?: number
  noise?: number
  df?: number
  historyRuns: number
  /** A level shift in the history: the reference is the level of the runs since (change = new / old − 1). */
  levelShift?: { runsSince: number; change: number }
  /** Smallest worse change this history lets the test flag (see detectableChange in paired.ts). */
  detectable?: number
  message?: string
}

/** Judges one metric of a candidate run against its history (see the module comment). */
export function historyDecision(input: HistoryInput): HistoryDecision {
  const hist = input.history.filter((v) => Number.isFinite(v))
  const n = hist.length
  const c = input.current
  if (n === 0)
    return { status: 'unchanged', method: 'none', reference: NaN, estimate: null, historyRuns: 0 }
  const positive = c > 0 && hist.every((v) => v > 0)
  if (positive) return logDecision(hist, input)
  return linearDecision(hist, input)
}

function decide(
  change: number,
  pWorse: number,
  pBetter: number,
  input: HistoryInput
): 'regression' | 'improvement' | 'unchanged' {
  const beyond = beyondThreshold(change, input.thresholdPct, input.direction)
  if (beyond.worse && pWorse < input.alpha) return 'regression'
  if (beyond.better && pBetter < input.alpha) return 'improvement'
  return 'unchanged'
}

/** Pseudo-observations the drift prior is worth with n runs of history (fades to 0). */
export function priorPseudoRuns(n: number, weight: number, fadeRuns: number): number {
  if (!(weight > 0) || n >= fadeRuns) return 0
  if (fadeRuns <= 1) return 0
  return (weight * (fadeRuns - Math.max(1, n))) / (fadeRuns - 1)
}

/** A level shift found in a history (see {@link findLevelShift}). */
export interface LevelShift {
  /** Index of the first run at the new level. */
  at: number
  /** Runs since the shift (the new level's sample). */
  runsSince: number
  /** Two-sample t of the shift. */
  t: number
}

/**
 * Finds the most significant single level shift in a (log) history: the split maximising the
 * pooled two-sample |t| between the runs before and after it, with at least 3 runs on each side
 * (one odd run is noise, not a new level). It counts only when |t| exceeds the two-sided 0.1 %
 * critical value, Bonferroni-corrected for the number of candidate splits, so a stationary history
 * almost never shows one. Why: after a slowdown is accepted into main (or a speed-up lands), the
 * mean of all 30 runs would sit between the old and the new level for weeks, flagging every later
 * PR (or hiding regressions); comparing with the runs since the shift fixes that within 3 runs.
 */
export function findLevelShift(logs: readonly number[]): LevelShift | undefined {
  const n = logs.length
  if (n < 8) return undefined
  const prefix = [0]
  const prefix2 = [0]
  for (const x of logs) {
    prefix.push(prefix[prefix.length - 1] + x)
    prefix2.push(prefix2[prefix2.length - 1] + x * x)
  }
  let best: LevelShift | undefined
  const splits = n - 5
  for (let j = 3; j <= n - 3; j++) {
    const n1 = j
    const n2 = n - j
    const m1 = prefix[j] / n1
    const m2 = (prefix[n] - prefix[j]) / n2
    const ss1 = Math.max(0, prefix2[j] - n1 * m1 * m1)
    const ss2 = Math.max(0, prefix2[n] - prefix2[j] - n2 * m2 * m2)
    const sp = Math.sqrt((ss1 + ss2) / (n - 2))
    if (!(sp > 0)) continue
    const t = (m2 - m1) / (sp * Math.sqrt(1 / n1 + 1 / n2))
    if (!best || Math.abs(t) > Math.abs(best.t)) best = { at: j, runsSince: n2, t }
  }
  if (!best) return undefined
  const critical = tQuantile(1 - 0.001 / (2 * splits), n - 2)
  return Math.abs(best.t) > critical ? best : undefined
}

/** No spread known (`method: 'ratio'`): the change against the threshold alone decides. */
function thresholdOnly(
  change: number,
  reference: number,
  n: number,
  input: HistoryInput
): HistoryDecision {
  const beyond = beyondThreshold(change, input.thresholdPct, input.direction)
  const status = beyond.worse ? 'regression' : beyond.better ? 'improvement' : 'unchanged'
  return {
    status,
    method: 'ratio',
    reference,
    estimate: change,
    historyRuns: n,
    detectable: detectableChange(0, true, input.thresholdPct, input.direction)
  }
}

function logDecision(hist: number[], input: HistoryInput): HistoryDecision {
  const logs = hist.map(Math.log)
  const n = logs.length
  const shift = findLevelShift(logs)
  // With a level shift, the reference is the new level and the noise comes from the deviations
  // within each segment (df n - 2); otherwise the mean and spread of the whole history.
  const segments = shift ? [logs.slice(0, shift.at), logs.slice(shift.at)] : [logs]
  let ss = 0
  for (const seg of segments) {
    const mv = meanVar(seg)
    ss += mv.variance * (mv.n - 1)
  }
  const ref = meanVar(segments[segments.length - 1])
  const mean = ref.mean
  const nRef = ref.n
  const nu0 = priorPseudoRuns(n, input.priorWeight, input.priorFadeRuns ?? 10)
  const df = nu0 + n - segments.length
  const d = Math.log(input.current) - mean
  const change = Math.expm1(d)
  const reference = Math.exp(mean)
  // Neither history spread nor a prior: the threshold alone decides.
  if (!(df > 0)) return thresholdOnly(change, reference, n, input)
  const s = Math.sqrt((nu0 * input.priorSigma ** 2 + ss) / df)
  const se = s * Math.sqrt(1 + 1 / nRef)
  // No spread at all (a deterministic metric with a long flat history): any change is real.
  const t = se > 0 ? d / se : d === 0 ? 0 : d > 0 ? Infinity : -Infinity
  const tWorse = input.direction === 'smaller' ? t : -t
  const pWorse = tSurvival(tWorse, df)
  const pBetter = tSurvival(-tWorse, df)
  const q = tQuantile(1 - input.alpha, df)
  const worseSide = input.direction === 'smaller' ? d >= 0 : d <= 0
  return {
    status: decide(change, pWorse, pBetter, input),
    method: 'history-t',
    reference,
    estimate: change,
    ci: [Math.expm1(d - q * se), Math.expm1(d + q * se)],
    p: worseSide ? pWorse : pBetter,
    statistic: t,
    noise: s,
    df,
    historyRuns: n,
    detectable: detectableChange(q * se, true, input.thresholdPct, input.direction),
    levelShift: shift
      ? { runsSince: shift.runsSince, change: Math.expm1(mean - meanVar(segments[0]).mean) }
      : undefined
  }
}

function linearDecision(hist: number[], input: HistoryInput): HistoryDecision {
  const { n, mean, variance } = meanVar(hist)
  const c = input.current
  const s = Math.sqrt(variance)
  const se = s * Math.sqrt(1 + 1 / n)
  if (mean === 0) {
    // A percentage of 0 is undefined: with no spread any change counts as beyond the threshold
    // (0 -> 3 errors is a real change); with spread the significance test alone decides.
    if (c === 0)
      return {
        status: 'unchanged',
        method: 'zero-baseline',
        reference: 0,
        estimate: null,
        historyRuns: n
      }
    const worseSide = input.direction === 'smaller' ? c > 0 : c < 0
    const message =
      'the baseline is 0, so a percentage change is undefined; use a budget (e.g. "errors == 0") for counts'
    if (!(se > 0) || n < 2) {
      return {
        status: worseSide ? 'regression' : 'improvement',
        method: 'zero-baseline',
        reference: 0,
        estimate: null,
        historyRuns: n,
        message
      }
    }
    const t = c / se
    const pT = tSurvival(Math.abs(t), n - 1)
    const sig = pT < input.alpha
    return {
      status: sig ? (worseSide ? 'regression' : 'improvement') : 'unchanged',
      method: 'zero-baseline',
      reference: 0,
      estimate: null,
      p: pT,
      statistic: t,
      noise: s,
      df: n - 1,
      historyRuns: n,
      message
    }
  }
  const scale = Math.abs(mean)
  const change = (c - mean) / scale
  if (n < 2 || !(se > 0)) return thresholdOnly(change, mean, n, input)
  const t = (c - mean) / se
  const df = n - 1
  const tWorse = input.direction === 'smaller' ? t : -t
  const pWorse = tSurvival(tWorse, df)
  const pBetter = tSurvival(-tWorse, df)
  const q = tQuantile(1 - input.alpha, df)
  const worseSide = input.direction === 'smaller' ? t >= 0 : t <= 0
  return {
    status: decide(change, pWorse, pBetter, input),
    method: 'history-t-linear',
    reference: mean,
    estimate: change,
    ci: [(c - mean - q * se) / scale, (c - mean + q * se) / scale],
    p: worseSide ? pWorse : pBetter,
    statistic: t,
    noise: s / scale,
    df,
    historyRuns: n,
    detectable: detectableChange((q * se) / scale, false, input.thresholdPct, input.direction)
  }
}
