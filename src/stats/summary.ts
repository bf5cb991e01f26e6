import {
  max,
  mean,
  medianAbsoluteDeviation,
  min,
  quantileSorted,
  sampleStandardDeviation,
  sampleVariance
} from 'simple-statistics'
import type { Summary } from '../types.js'

/**
 * Summarises a sample set. Quantiles are simple-statistics' `quantileSorted`: the linear
 * interpolation method (type 7 in R, numpy's default). Variance and standard deviation are the
 * sample (n - 1) forms; with one sample they are 0. Outliers are counted with Tukey's far fences
 * (outside Q1 - 3 IQR .. Q3 + 3 IQR). Returns null for an empty set.
 *
 * @param samples values in any order; not modified.
 */
export function summarize(samples: readonly number[]): Summary | null {
  const finite = samples.filter((v) => Number.isFinite(v))
  if (finite.length === 0) return null
  const sorted = [...finite].sort((a, b) => a - b)
  const q = (p: number): number => quantileSorted(sorted, p)
  const n = sorted.length
  const avg = mean(sorted)
  const variance = n > 1 ? sampleVariance(sorted) : 0
  const stddev = n > 1 ? sampleStandardDeviation(sorted) : 0
  const q1 = q(0.25)
  const q3 = q(0.75)
  const iqr = q3 - q1
  const lo = q1 - 3 * iqr
  const hi = q3 + 3 * iqr
  let outliers = 0
  for (const v of sorted) if (v < lo || v > hi) outliers++
  return {
    count: n,
    min: min(sorted),
    max: max(sorted),
    mean: avg,
    p50: q(0.5),
    p75: q3,
    p90: q(0.9),
    p95: q(0.95),
    p99: q(0.99),
    variance,
    stddev,
    cv: avg === 0 ? 0 : stddev / Math.abs(avg),
    mad: medianAbsoluteDeviation(sorted),
    outliers
  }
}

/** Median of a non-empty list (type 7, i.e. the mean of the two middle values for even n). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return quantileSorted(sorted, 0.5)
}
