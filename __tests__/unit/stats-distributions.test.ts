import { describe, expect, it } from '@jest/globals'
import {
  incompleteBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
  tSurvival
} from '../../src/stats/distributions.js'

// Reference values: SciPy 1.17.1 (scipy.stats.t.ppf / .cdf / .sf, scipy.special.betainc, gammaln,
// scipy.stats.norm.cdf), identical to R's qt/pt/pbeta/lgamma/pnorm to the digits shown.
const QT = Object.freeze([
  [0.99, 29, 2.4620213601504126],
  [0.975, 5, 2.5705818356363146],
  [0.99, 9, 2.821437925025809],
  [0.995, 1, 63.656741162871526],
  [0.95, 2, 2.9199855803537242],
  [0.999, 3.5, 8.315567604516115],
  [0.9, 1000, 1.2823987214609247]
] as const)

const PT = Object.freeze([
  [2, 10, 0.9633059826146299, 0.03669401738537018],
  [-1.5, 7.3, 0.08778154640154305, 0.912218453598457],
  [0, 4, 0.5, 0.5],
  [5, 4, 0.9962547830593628, 0.0037452169406372625],
  [30, 3, 0.9999593235978642, 4.067640213581979e-5]
] as const)

describe('t distribution', () => {
  it.each(QT)('qt(%p, %p) = %p', (p, df, expected) => {
    expect(tQuantile(p, df)).toBeCloseTo(expected, 9)
    expect(tQuantile(1 - p, df)).toBeCloseTo(-expected, 9)
  })

  it.each(PT)('pt(%p, %p) = %p, upper tail %p', (t, df, cdf, sf) => {
    expect(tCdf(t, df)).toBeCloseTo(cdf, 12)
    // The upper tail keeps relative precision far out (no 1 - x cancellation).
    expect(tSurvival(t, df) / sf).toBeCloseTo(1, 9)
  })

  it('inverts its own CDF', () => {
    for (const df of [1, 2, 3, 7.5, 40]) {
      for (const p of [0.6, 0.9, 0.99, 0.9999])
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 11)
    }
  })

  it('handles the edges without NaN where an answer exists', () => {
    expect(tQuantile(0.5, 3)).toBe(0)
    expect(tQuantile(1, 3)).toBe(Infinity)
    expect(tQuantile(0, 3)).toBe(-Infinity)
    expect(tCdf(Infinity, 2)).toBe(1)
    expect(tSurvival(-Infinity, 2)).toBe(1)
    expect(Number.isNaN(tCdf(1, 0))).toBe(true)
  })
})

describe('special functions and the normal distribution', () => {
  it.each([
    [0.3, 2, 5, 0.5798250000000003],
    [0.9, 0.5, 0.5, 0.7951672353008665],
    [0.05, 10, 0.5, 1.761178743259099e-14]
  ])('I_%p(%p, %p) = %p', (x, a, b, expected) => {
    expect(incompleteBeta(x, a, b) / expected).toBeCloseTo(1, 9)
  })

  it.each([
    [0.5, 0.5723649429247],
    [1, 0],
    [3.7, 1.428072326665388],
    [10, 12.801827480081469],
    [100, 359.1342053695754]
  ])('lgamma(%p) = %p', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10)
  })

  it.each([
    [-3, 0.0013498980316300933],
    [-1.96, 0.024997895148220435],
    [0, 0.5],
    [2.326, 0.9899907246591323]
  ])('pnorm(%p) = %p', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 7)
  })

  it('normal quantile matches the textbook 1.2816 / 2.3263', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 6)
    expect(normalQuantile(0.99)).toBeCloseTo(2.3263478740408408, 6)
  })
})
