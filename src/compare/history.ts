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
import { beyondThreshold } from './paired.js'

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

function logDecision(hist: number[], input: HistoryInput): HistoryDecision {
  const logs = hist.map(Math.log)
  const { n, mean, variance } = meanVar(logs)
  const ss = variance * (n - 1)
  const nu0 = priorPseudoRuns(n, input.priorWeight, input.priorFadeRuns ?? 10)
  const df = nu0 + n - 1
  const d = Math.log(input.current) - mean
  const change = Math.expm1(d)
  const reference = Math.exp(mean)
  if (!(df > 0)) {
    // Neither history spread nor a prior: the threshold alone decides.
    const beyond = beyondThreshold(change, input.thresholdPct, input.direction)
    const status = beyond.worse ? 'regression' : beyond.better ? 'improvement' : 'unchanged'
    return { status, method: 'ratio', reference, estimate: change, historyRuns: n }
  }
  const s = Math.sqrt((nu0 * input.priorSigma ** 2 + ss) / df)
  const se = s * Math.sqrt(1 + 1 / n)
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
    historyRuns: n
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
  if (n < 2 || !(se > 0)) {
    const beyond = beyondThreshold(change, input.thresholdPct, input.direction)
    const status = beyond.worse ? 'regression' : beyond.better ? 'improvement' : 'unchanged'
    return { status, method: 'ratio', reference: mean, estimate: change, historyRuns: n }
  }
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
    historyRuns: n
  }
}
