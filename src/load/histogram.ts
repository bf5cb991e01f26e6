/**
 * Latency recording with bounded memory: an HDR histogram (hdr-histogram-js, the library
 * autocannon uses) at microsecond resolution with 3 significant digits (0.1 % relative error),
 * so a million latencies cost the same few hundred kilobytes as a thousand.
 *
 * Pure: data in, data out (no clock, no I/O).
 */
import { build, type JsHistogram } from 'hdr-histogram-js'
import type { Summary } from '../types.js'
import type { LatencyRecorder } from '../workloads/profiles.js'

/** One hour in µs: anything slower is clamped there (and would be a timeout anyway). */
const HIGHEST_US = 3_600_000_000

/**
 * A LatencyRecorder that keeps an HDR histogram of microseconds.
 * `record()` takes milliseconds (the shared contract); `recordUs()` skips the conversion.
 */
export class HdrRecorder implements LatencyRecorder {
  private readonly h: JsHistogram

  constructor() {
    // The JS implementation, not WASM: WASM needs an async init and gains nothing at our rates.
    this.h = build({
      bitBucketSize: 32,
      autoResize: true,
      lowestDiscernibleValue: 1,
      highestTrackableValue: HIGHEST_US,
      numberOfSignificantValueDigits: 3,
      useWebAssembly: false
    }) as JsHistogram
  }

  /** Records one latency in milliseconds (sub-µs values count as 1 µs). */
  record(latencyMs: number): void {
    this.recordUs(latencyMs * 1000)
  }

  /** Records one latency in microseconds. */
  recordUs(us: number): void {
    const v = us < 1 ? 1 : us > HIGHEST_US ? HIGHEST_US : Math.round(us)
    this.h.recordValue(v)
  }

  /** Number of recorded latencies. */
  get count(): number {
    return this.h.totalCount
  }

  /** Value at a percentile (0..100), in µs. */
  percentileUs(p: number): number {
    return this.h.totalCount === 0 ? 0 : this.h.getValueAtPercentile(p)
  }

  /** Adds another recorder's counts into this one. */
  add(other: HdrRecorder): void {
    this.h.add(other.h)
  }

  /** Approximate memory the histogram holds, in bytes. */
  get footprintBytes(): number {
    return this.h.estimatedFootprintInBytes
  }

  /**
   * Summary in milliseconds, in the shape of `summarize()`. Percentiles are the histogram's
   * "value at percentile" (the highest value equivalent to the bucket holding that rank), not
   * the type 7 interpolation of `summarize()`; with 3 significant digits the two differ by less
   * than 0.1 % of the value. Variance is the sample (n - 1) form; MAD and outliers (Tukey's far
   * fences) are computed from the buckets.
   */
  summary(): Summary | null {
    const h = this.h
    const n = h.totalCount
    if (n === 0) return null
    const buckets = this.buckets()
    const p = (q: number): number => h.getValueAtPercentile(q)
    const med = p(50)
    const q1 = p(25)
    const q3 = p(75)
    const iqr = q3 - q1
    let outliers = 0
    const deviations: Array<[number, number]> = []
    for (const [v, c] of buckets) {
      if (v < q1 - 3 * iqr || v > q3 + 3 * iqr) outliers += c
      deviations.push([Math.abs(v - med), c])
    }
    deviations.sort((a, b) => a[0] - b[0])
    let seen = 0
    let mad = 0
    for (const [d, c] of deviations) {
      seen += c
      if (seen * 2 >= n) {
        mad = d
        break
      }
    }
    const mean = h.mean
    const popVar = h.stdDeviation ** 2
    const variance = n > 1 ? (popVar * n) / (n - 1) : 0
    const stddev = Math.sqrt(variance)
    const ms = (us: number): number => us / 1000
    return {
      count: n,
      min: ms(h.minNonZeroValue),
      max: ms(h.maxValue),
      mean: ms(mean),
      p50: ms(med),
      p75: ms(q3),
      p90: ms(p(90)),
      p95: ms(p(95)),
      p99: ms(p(99)),
      variance: variance / 1e6,
      stddev: ms(stddev),
      cv: mean === 0 ? 0 : stddev / mean,
      mad: ms(mad),
      outliers
    }
  }

  /** Recorded values as [µs, count] pairs, ascending. */
  buckets(): Array<[number, number]> {
    const out: Array<[number, number]> = []
    const it = this.h.recordedValuesIterator
    it.reset()
    while (it.hasNext()) {
      const v = it.next()
      out.push([v.valueIteratedTo, v.countAddedInThisIterationStep])
    }
    return out
  }

  /** Forgets all recorded values. */
  reset(): void {
    this.h.reset()
  }
}

/**
 * Records into an overall histogram and two windows — the first and the last fifth of the
 * run — so the drift of response times (the last part against the first) can be reported
 * without keeping every sample. Where a sample falls is decided by `progress()`, which the
 * caller supplies (completed / total, or elapsed / duration), keeping this module clock-free.
 */
export class WindowedRecorder implements LatencyRecorder {
  /** All latencies. */
  readonly all = new HdrRecorder()
  /** The first fifth of the run. */
  readonly first = new HdrRecorder()
  /** The last fifth of the run. */
  readonly last = new HdrRecorder()

  /** @param progress how far the run is, 0..1, when a sample is recorded. */
  constructor(private readonly progress: () => number) {}

  record(latencyMs: number): void {
    this.recordUs(latencyMs * 1000)
  }

  /** Records one latency in µs. */
  recordUs(us: number): void {
    this.all.recordUs(us)
    const f = this.progress()
    if (f < 0.2) this.first.recordUs(us)
    else if (f >= 0.8) this.last.recordUs(us)
  }

  /** Median of the last window over the median of the first (1 = no drift; null if too few). */
  drift(): number | null {
    if (this.first.count < 5 || this.last.count < 5) return null
    const a = this.first.percentileUs(50)
    return a > 0 ? this.last.percentileUs(50) / a : null
  }
}

/**
 * Drift of response times from samples in completion order: `drift` is the median of the last
 * fifth over the median of the first fifth; `degradation` the median of the last fifth over the
 * median of the whole run. Medians, not means: one slow outlier among the last few requests (a
 * GC pause, a noisy neighbour) must not read as a degrading service. Null below 10 samples.
 */
export function driftOf(
  latencies: readonly number[]
): { drift: number; degradation: number } | null {
  const n = latencies.length
  if (n < 10) return null
  const k = Math.max(2, Math.floor(n / 5))
  const med = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b)
    const m = s.length >> 1
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
  }
  const first = latencies.slice(0, k)
  const last = latencies.slice(n - k)
  const m0 = med(first)
  const all = med([...latencies])
  return {
    drift: m0 > 0 ? med(last) / m0 : 1,
    degradation: all > 0 ? med(last) / all : 1
  }
}
