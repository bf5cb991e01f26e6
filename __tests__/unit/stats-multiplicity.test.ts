import { describe, expect, it } from '@jest/globals'
import {
  effectiveTests,
  equicorrelatedEffectiveTests,
  liJiEffectiveTests,
  sidakAlpha,
  symmetricEigenvalues
} from '../../src/stats/multiplicity.js'
import { createRng } from '../../src/stats/random.js'

describe('symmetricEigenvalues', () => {
  it('matches numpy.linalg.eigvalsh', () => {
    const a = Object.freeze([
      Object.freeze([4, 1, 2]),
      Object.freeze([1, 3, 0.5]),
      Object.freeze([2, 0.5, 5])
    ])
    const e = symmetricEigenvalues(a)
    expect(e[0]).toBeCloseTo(6.831254430698204, 10)
    expect(e[1]).toBeCloseTo(3.0722239520050754, 10)
    expect(e[2]).toBeCloseTo(2.096521617296718, 10)
  })

  it('keeps the trace and handles the identity and 1 x 1 matrices', () => {
    expect(symmetricEigenvalues([[2]])).toEqual([2])
    expect(
      symmetricEigenvalues([
        [1, 0],
        [0, 1]
      ])
    ).toEqual([1, 1])
  })
})

describe('Li–Ji effective number of tests and Šidák', () => {
  it('Li & Ji (2005): block correlation matrix (numpy eigenvalues 2.8165, 0.9835, 0.1, 0.1) gives 3.0', () => {
    const r = [
      [1, 0.9, 0.9, 0.1],
      [0.9, 1, 0.9, 0.1],
      [0.9, 0.9, 1, 0.1],
      [0.1, 0.1, 0.1, 1]
    ]
    const e = symmetricEigenvalues(r)
    expect(e[0]).toBeCloseTo(2.8165151389911687, 10)
    expect(liJiEffectiveTests(e)).toBeCloseTo(3.0, 10)
  })

  it('independent tests count fully; perfectly correlated tests count once', () => {
    expect(liJiEffectiveTests([1, 1, 1, 1])).toBe(4)
    expect(equicorrelatedEffectiveTests(40, 1)).toBe(1)
    expect(equicorrelatedEffectiveTests(40, 0)).toBe(40)
    // rho 0.5, m = 40: f(20.5) + 39 * 0.5 = 1.5 + 19.5
    expect(equicorrelatedEffectiveTests(40, 0.5)).toBeCloseTo(21, 10)
  })

  it('Šidák: 1 - (1 - 0.01)^(1/5) = 0.0020082...', () => {
    expect(sidakAlpha(0.01, 5)).toBeCloseTo(1 - Math.pow(0.99, 1 / 5), 14)
    expect(sidakAlpha(0.01, 1)).toBe(0.01)
    expect(sidakAlpha(0.05, 0.5)).toBe(0.05)
  })
})

describe('effectiveTests from aligned observations', () => {
  function series(values: number[][]): Map<string, number>[] {
    return values.map((v) => new Map(v.map((x, i) => [`run${i}`, x])))
  }

  it('metrics driven by one shared factor count as about one test', () => {
    const rng = createRng(1)
    const shared = Array.from({ length: 30 }, () => rng.normal())
    const cols = Array.from({ length: 20 }, () => shared.map((s) => s + 0.05 * rng.normal()))
    const r = effectiveTests(series(cols))
    expect(r.estimated).toBe(20)
    expect(r.effectiveTests).toBeGreaterThanOrEqual(1)
    expect(r.effectiveTests).toBeLessThan(2.5)
  })

  it('independent metrics count as many tests (capped at M)', () => {
    const rng = createRng(2)
    const cols = Array.from({ length: 5 }, () => Array.from({ length: 30 }, () => rng.normal()))
    const r = effectiveTests(series(cols))
    expect(r.effectiveTests).toBeGreaterThan(3.5)
    expect(r.effectiveTests).toBeLessThanOrEqual(5)
  })

  it('few rows against many independent metrics do not undercount (10 pairs, 40 metrics)', () => {
    const rng = createRng(3)
    const cols = Array.from({ length: 40 }, () => Array.from({ length: 10 }, () => rng.normal()))
    // Li–Ji alone sees at most 10 dimensions here (~15 tests); the one-factor guard restores ~40.
    expect(effectiveTests(series(cols)).effectiveTests).toBeGreaterThan(30)
  })

  it('metrics with too little history fall back to the stated default correlation', () => {
    const r = effectiveTests(
      series([
        [1, 2],
        [3, 4],
        [5, 6]
      ]),
      { defaultCorrelation: 0.5 }
    )
    expect(r.assumed).toBe(3)
    expect(r.estimated).toBe(0)
    expect(r.effectiveTests).toBeCloseTo(equicorrelatedEffectiveTests(3, 0.5), 10)
  })

  it('no metrics -> 0 tests; constant series count as assumed', () => {
    expect(effectiveTests([]).effectiveTests).toBe(0)
    const r = effectiveTests(series([Array(10).fill(1)]))
    expect(r.assumed).toBe(1)
    expect(r.effectiveTests).toBe(1)
  })
})
