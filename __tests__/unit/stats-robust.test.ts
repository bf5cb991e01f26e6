import { describe, expect, it } from '@jest/globals'
import {
  meanVar,
  robustCv,
  trimCount,
  trimmedT,
  trimmedTPValue,
  trimmedTInterval
} from '../../src/stats/robust.js'
import { createRng } from '../../src/stats/random.js'
import { tQuantile } from '../../src/stats/distributions.js'

const X = Object.freeze([0.12, -0.05, 0.31, 0.07, 0.02, 0.09, -0.4, 0.11, 0.06, 0.04])

describe('trimmedT (Yuen one-sample)', () => {
  it('matches SciPy: trim_mean(x, 0.1) = 0.0575, mstats.trimmed_stde(x, (0.1, 0.1)) = 0.025141958069242645', () => {
    const r = trimmedT(X)
    expect(r.trimmed).toBe(1)
    expect(r.estimate).toBeCloseTo(0.0575, 12)
    expect(r.se).toBeCloseTo(0.025141958069242645, 12)
    expect(r.df).toBe(7)
    expect(r.t).toBeCloseTo(0.0575 / 0.025141958069242645, 10)
  })

  it('with g = 0 is the one-sample t-test (SciPy ttest_1samp: t = 0.6518032057718919)', () => {
    const r = trimmedT(X, 0)
    expect(r.t).toBeCloseTo(0.6518032057718919, 10)
    expect(r.df).toBe(9)
    // ttest_1samp two-sided p = 0.5308189765849081, so the one-sided upper p is half of it.
    expect(trimmedTPValue(r)).toBeCloseTo(0.5308189765849081 / 2, 10)
  })

  it('does not modify its input and ignores non-finite values', () => {
    const input = Object.freeze([...X, NaN, Infinity])
    expect(trimmedT(input).estimate).toBeCloseTo(0.0575, 12)
  })

  it('is robust: one wild value cannot drag the estimate out of the other values range', () => {
    const wild = [...X.slice(0, 9), 50]
    // trimmed: -0.4 and 50 dropped, mean of the other 8 = 0.73 / 8; the plain mean is 5.03
    expect(trimmedT(wild).estimate).toBeCloseTo(0.09125, 12)
    expect(trimmedT(wild, 0).estimate).toBeGreaterThan(5)
  })

  it('handles tiny and constant samples without NaN estimates', () => {
    expect(trimmedT([]).n).toBe(0)
    const one = trimmedT([0.3])
    expect(one.estimate).toBe(0.3)
    expect(one.df).toBe(0)
    expect(trimmedTInterval(one, 0.01)).toEqual([0.3, 0.3])
    const same = trimmedT([0.1, 0.1, 0.1, 0.1, 0.1])
    expect(same.se).toBe(0)
    expect(same.t).toBe(Infinity)
    expect(trimmedT([0, 0, 0]).t).toBe(0)
  })

  it('builds the interval from the t quantile', () => {
    const r = trimmedT(X)
    const [lo, hi] = trimmedTInterval(r, 0.025)
    const q = tQuantile(0.975, 7)
    expect(lo).toBeCloseTo(0.0575 - q * 0.025141958069242645, 12)
    expect(hi).toBeCloseTo(0.0575 + q * 0.025141958069242645, 12)
  })

  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [10, 1],
    [20, 2],
    [35, 3]
  ])('trims %p values by %p at each end', (n, g) => {
    expect(trimCount(n)).toBe(g)
  })
})

describe('robustCv and meanVar', () => {
  it('robustCv is 1.4826 MAD / median', () => {
    // median 11, |dev| = 2,1,0,1,4 -> MAD 1
    expect(robustCv([9, 10, 11, 12, 15])).toBeCloseTo(1.4826 / 11, 12)
  })

  it('robustCv ignores a single disturbed repetition that stddev/mean would not', () => {
    expect(robustCv([100, 101, 99, 100, 160])).toBeLessThan(0.02)
  })

  it('robustCv is 0 with fewer than 3 values or a zero median', () => {
    expect(robustCv([1, 2])).toBe(0)
    expect(robustCv([0, 0, 0, 5])).toBe(0)
  })

  it('meanVar matches the two-pass sample variance (numpy var(ddof=1) = 0.0389822222...)', () => {
    const r = meanVar(X)
    expect(r.mean).toBeCloseTo(0.037, 12)
    const expected = X.reduce((a, v) => a + (v - 0.037) ** 2, 0) / 9
    expect(r.variance).toBeCloseTo(expected, 12)
    expect(meanVar([5]).variance).toBe(0)
    expect(Number.isNaN(meanVar([]).mean)).toBe(true)
  })
})

describe('createRng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng(42)
    const b = createRng(42)
    const c = createRng(43)
    const sa = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa)
  })

  it('gives uniform and standard normal moments', () => {
    const r = createRng(7)
    const n = 20000
    let su = 0
    let sn = 0
    let sn2 = 0
    for (let i = 0; i < n; i++) {
      const u = r.next()
      expect(u >= 0 && u < 1).toBe(true)
      su += u
      const z = r.normal()
      sn += z
      sn2 += z * z
    }
    expect(su / n).toBeCloseTo(0.5, 2)
    expect(sn / n).toBeCloseTo(0, 1)
    expect(sn2 / n).toBeCloseTo(1, 1)
    expect(r.int(10)).toBeLessThan(10)
  })
})
