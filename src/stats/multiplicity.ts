/**
 * Multiplicity correction for a run that gates many metrics.
 *
 * Forty independent tests at 1 % each would fail a third of unchanged runs, but Bonferroni
 * (alpha / 40) is far too strict for a catalogue: its metrics share the job's machine factor and
 * move together. We estimate the *effective number of independent tests* M_eff from the
 * eigenvalues of the metrics' correlation matrix (Li & Ji 2005, Heredity 95:221–227: M_eff =
 * Σ f(|λ_i|), f(x) = 1[x >= 1] + (x − ⌊x⌋)) and apply Šidák's correction with it:
 * alpha = 1 − (1 − familyAlpha)^(1/M_eff). No library in the dependency set offers eigenvalues, so
 * a small cyclic Jacobi solver is written here (matrices are at most ~64 × 64, see below).
 */

/**
 * Eigenvalues of a real symmetric matrix (cyclic Jacobi rotations; Golub & Van Loan §8.5). The
 * input is not modified. Bounded to 100 sweeps; converges to ~1e-12 in well under that.
 */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length
  const a = matrix.map((row) => [...row])
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q]
    if (off < 1e-22) break
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p][q]
        if (Math.abs(apq) < 1e-300) continue
        const theta = (a[q][q] - a[p][p]) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const akp = a[k][p]
          const akq = a[k][q]
          a[k][p] = c * akp - s * akq
          a[k][q] = s * akp + c * akq
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k]
          const aqk = a[q][k]
          a[p][k] = c * apk - s * aqk
          a[q][k] = s * apk + c * aqk
        }
      }
    }
  }
  return a.map((row, i) => row[i]).sort((x, y) => y - x)
}

/** Li & Ji's effective number of tests from correlation-matrix eigenvalues. */
export function liJiEffectiveTests(eigenvalues: readonly number[]): number {
  let m = 0
  for (const raw of eigenvalues) {
    const x = Math.abs(raw)
    m += (x >= 1 ? 1 : 0) + (x - Math.floor(x))
  }
  return m
}

/** Šidák's per-test level that keeps the family-wise error at `familyAlpha` over `tests` tests. */
export function sidakAlpha(familyAlpha: number, tests: number): number {
  if (!(tests > 1)) return familyAlpha
  // -expm1(log1p(-a)/m) is 1 - (1 - a)^(1/m) without cancellation for small a.
  return -Math.expm1(Math.log1p(-familyAlpha) / tests)
}

/** Li–Ji M_eff of m metrics that all correlate at rho (an equicorrelated block). */
export function equicorrelatedEffectiveTests(m: number, rho: number): number {
  if (m <= 0) return 0
  const r = Math.min(1, Math.max(0, rho))
  return liJiEffectiveTests([1 + (m - 1) * r, ...new Array<number>(m - 1).fill(1 - r)])
}

/** Options of {@link effectiveTests}. */
export interface EffectiveTestsOptions {
  /** A metric needs at least this many observations to enter the estimated correlation (default 8). */
  minObservations?: number
  /** Correlation assumed among metrics without usable observations (default 0.5). */
  defaultCorrelation?: number
  /** At most this many rows (keys) are used, the ones shared by most metrics (default 64). */
  maxRows?: number
}

/** M_eff and how it was obtained. */
export interface EffectiveTests {
  metrics: number
  effectiveTests: number
  /** Metrics whose correlation was estimated from observations. */
  estimated: number
  /** Metrics that fell back to the default correlation. */
  assumed: number
  defaultCorrelation: number
}

/**
 * Effective number of independent tests among metrics, from aligned observations of each metric
 * (e.g. log run-level values keyed by the main-branch run they came from, or per-pair log ratios
 * keyed by pair index).
 *
 * Metrics with at least `minObservations` finite values and some spread form an estimated
 * correlation matrix; a value missing at a row is imputed with the metric's mean, which shrinks
 * that correlation toward 0 (the conservative side). The eigenvalues of the M × M correlation
 * matrix Zᵀ Z equal the non-zero eigenvalues of the K × K Gram matrix Z Zᵀ, so only a small
 * K × K (K = rows, ≤ 64) matrix is decomposed even for hundreds of metrics. Because K rows cannot
 * reveal more than K dimensions, the count is at least that of an equicorrelated block at the
 * metrics' (chance-corrected) root-mean-square correlation. Metrics without usable
 * observations are treated as one equicorrelated block at `defaultCorrelation`, independent of the
 * rest. The result is capped to [1, M].
 */
export function effectiveTests(
  series: ReadonlyArray<ReadonlyMap<string, number>>,
  options: EffectiveTestsOptions = {}
): EffectiveTests {
  const minObs = options.minObservations ?? 8
  const rho = options.defaultCorrelation ?? 0.5
  const maxRows = options.maxRows ?? 64
  const m = series.length
  const usable: Array<ReadonlyMap<string, number>> = []
  for (const s of series) {
    let n = 0
    let first: number | undefined
    let varies = false
    for (const v of s.values()) {
      if (!Number.isFinite(v)) continue
      n++
      if (first === undefined) first = v
      else if (v !== first) varies = true
    }
    if (n >= minObs && varies) usable.push(s)
  }
  const assumed = m - usable.length
  let mEff = equicorrelatedEffectiveTests(assumed, rho)
  if (usable.length > 0) mEff += estimatedEffectiveTests(usable, maxRows)
  const capped = m === 0 ? 0 : Math.min(m, Math.max(1, mEff))
  return {
    metrics: m,
    effectiveTests: capped,
    estimated: usable.length,
    assumed,
    defaultCorrelation: rho
  }
}

function estimatedEffectiveTests(
  usable: ReadonlyArray<ReadonlyMap<string, number>>,
  maxRows: number
): number {
  if (usable.length === 1) return 1
  const keyCount = new Map<string, number>()
  for (const s of usable)
    for (const [k, v] of s) if (Number.isFinite(v)) keyCount.set(k, (keyCount.get(k) ?? 0) + 1)
  const keys = [...keyCount.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, maxRows)
    .map(([k]) => k)
  const k = keys.length
  if (k < 2) return usable.length
  // Columns of Z: each metric centred and scaled to unit length over the chosen rows.
  const columns: Float64Array[] = []
  for (const s of usable) {
    let sum = 0
    let n = 0
    for (const key of keys) {
      const v = s.get(key)
      if (v !== undefined && Number.isFinite(v)) {
        sum += v
        n++
      }
    }
    if (n === 0) continue
    const mean = sum / n
    const col = new Float64Array(k)
    let ss = 0
    for (let i = 0; i < k; i++) {
      const v = s.get(keys[i])
      const x = v !== undefined && Number.isFinite(v) ? v - mean : 0
      col[i] = x
      ss += x * x
    }
    if (ss === 0) continue
    const norm = Math.sqrt(ss)
    for (let i = 0; i < k; i++) col[i] /= norm
    columns.push(col)
  }
  // Columns lost here had no spread over the shared rows: count them as independent tests.
  const lost = usable.length - columns.length
  if (columns.length < 2) return columns.length + lost
  const gram: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0))
  for (const col of columns) {
    for (let i = 0; i < k; i++) {
      const ci = col[i]
      if (ci === 0) continue
      const row = gram[i]
      for (let j = i; j < k; j++) row[j] += ci * col[j]
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) gram[i][j] = gram[j][i]
  const m = columns.length
  const liJi = liJiEffectiveTests(symmetricEigenvalues(gram))
  // With fewer rows than metrics (10 pairs, 30 runs against 40+ metrics) the sample correlation
  // matrix has rank <= K and Li–Ji undercounts weakly correlated metrics (40 independent metrics
  // from 10 rows gave M_eff ≈ 15 and a 3–4 % whole-run false-alarm rate in the simulation). Guard
  // with a one-factor view: the root-mean-square correlation, corrected for the chance r² of K rows
  // (E r² ≈ ρ² + (1 − ρ²)/(K − 1)), taken as an equicorrelated block; keep the larger count.
  let frob = 0
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) frob += gram[i][j] * gram[i][j]
  const meanR2 = (frob - m) / (m * (m - 1))
  const chance = 1 / (k - 1)
  const rho2 = Math.min(1, Math.max(0, (meanR2 - chance) / (1 - chance)))
  const oneFactor = equicorrelatedEffectiveTests(m, Math.sqrt(rho2))
  return Math.max(1, liJi, oneFactor) + lost
}
