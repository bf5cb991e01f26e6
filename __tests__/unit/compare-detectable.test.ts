/**
 * `detectable`: the smallest worse change a test flags. It must be the test's real boundary: a
 * change just beyond it is a regression, one just short of it is not, in baseline and same-job
 * mode, for both directions; and the report says it (note and evidence column).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compareToBaselines, historyDecision, pairedDecision } from '../../src/compare/index.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { createRng } from '../../src/stats/random.js'
import type { Baseline, Direction } from '../../src/types.js'
import { testEnvironment, testResults, testWorkload } from '../helpers/verdict-data.js'

const lognormal = (seed: number, n: number, level: number, sigma: number): number[] => {
  const rng = createRng(seed)
  return Array.from({ length: n }, () => level * Math.exp(sigma * rng.normal()))
}

/** `base` moved by `change` (ratio − 1) and nudged by `nudge` further out (> 1) or back (< 1). */
const moved = (base: number, change: number, direction: Direction, nudge: number): number =>
  base * (1 + change) * (direction === 'smaller' ? nudge : 1 / nudge)

const history = fc.record({
  seed: fc.integer({ min: 1, max: 1e6 }),
  runs: fc.integer({ min: 1, max: 30 }),
  sigma: fc.double({ min: 0.001, max: 0.6, noNaN: true }),
  threshold: fc.double({ min: 1, max: 50, noNaN: true }),
  alpha: fc.double({ min: 1e-4, max: 0.05, noNaN: true }),
  direction: fc.constantFrom<Direction>('smaller', 'bigger')
})

describe('detectable change', () => {
  it('baseline mode: just beyond it is a regression, just short of it is not (log and linear)', () => {
    let checked = 0
    fc.assert(
      fc.property(history, fc.boolean(), (h, linear) => {
        // Linear mode: values around 0 (e.g. memory growth), compared as a fraction of the mean.
        const hist = lognormal(h.seed, h.runs, 100, h.sigma).map((x) => (linear ? x - 60 : x))
        if (linear && h.runs > 1) hist[0] = -5
        const input = {
          history: hist,
          thresholdPct: h.threshold,
          direction: h.direction,
          alpha: h.alpha,
          priorSigma: 0.07,
          priorWeight: 4
        }
        const probe = historyDecision({ ...input, current: 100 })
        const d = probe.detectable as number
        expect(d).toBeDefined()
        expect(h.direction === 'smaller' ? d : -d).toBeGreaterThanOrEqual(h.threshold / 100 - 1e-12)
        const at = (nudge: number): number =>
          probe.method === 'history-t-linear' || (linear && probe.method === 'ratio')
            ? probe.reference +
              Math.abs(probe.reference) * d +
              (h.direction === 'smaller' ? 1 : -1) * (nudge - 1) * Math.abs(probe.reference)
            : moved(probe.reference, d, h.direction, nudge)
        expect(historyDecision({ ...input, current: at(1.001) }).status).toBe('regression')
        expect(historyDecision({ ...input, current: at(0.999) }).status).not.toBe('regression')
        checked++
      }),
      { seed: 20261123, numRuns: 300 }
    )
    expect(checked).toBe(300)
  })

  it('same-job mode: moving the head to just beyond it is a regression, to just short of it is not', () => {
    let checked = 0
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 2, max: 20 }),
        fc.double({ min: 0.002, max: 0.3, noNaN: true }),
        (h, pairs, sigma) => {
          const base = lognormal(h.seed, pairs, 50, sigma)
          const head = lognormal(h.seed + 1, pairs, 50, sigma)
          const opts = { thresholdPct: h.threshold, direction: h.direction, alpha: h.alpha }
          const probe = pairedDecision(base, head, opts)
          if (probe.status === 'unstable') return // scattered repetitions are flagged, not judged
          const d = probe.detectable as number
          // Two pairs at a tiny alpha can put the boundary beyond any float (e.g. ×1e306).
          if (!(Math.abs(Math.log1p(d)) < 20)) return
          // Scaling the head shifts every log ratio alike: the noise and the set-aside pairs stay.
          const shifted = (nudge: number): number[] => {
            const f = moved(1, d, h.direction, nudge) / (1 + probe.estimate)
            return head.map((x) => x * f)
          }
          expect(pairedDecision(base, shifted(1.001), opts).status).toBe('regression')
          expect(pairedDecision(base, shifted(0.999), opts).status).not.toBe('regression')
          checked++
        }
      ),
      { seed: 7, numRuns: 300 }
    )
    expect(checked).toBeGreaterThan(200) // the rest: unstable, or a boundary beyond any float
  })

  it('the verdict notes the median and extremes, and the report shows each gated metric’s', () => {
    const env = testEnvironment()
    const base = (name: string, sigma: number, direction: Direction): Baseline => {
      const values = lognormal(sigma * 1000, 20, 10, sigma)
      return {
        schemaVersion: 1,
        workload: name,
        definitionHash: 'def1',
        environment: env,
        updatedAt: '2026-11-20T00:00:00Z',
        metrics: { m: { unit: 'ms', direction, value: 10, repetitions: [10] } },
        history: values.map((v, i) => ({
          date: `2026-10-${String(i + 1).padStart(2, '0')}`,
          values: { m: v }
        }))
      }
    }
    const current = testResults(
      ['steady', 'middle', 'noisy', 'wild'].map((name) =>
        testWorkload(name, {
          m: {
            unit: 'ms',
            direction: name === 'middle' ? 'bigger' : 'smaller',
            value: 10,
            repetitions: [10, 10, 10]
          }
        })
      )
    )
    const v = compareToBaselines(
      current,
      new Map([
        ['steady', base('steady', 0.002, 'smaller')],
        ['middle', base('middle', 0.1, 'bigger')],
        ['noisy', base('noisy', 0.4, 'smaller')],
        ['wild', base('wild', 2.5, 'smaller')]
      ]),
      { defaultThreshold: 10 }
    )
    const d = Object.fromEntries(v.metrics.map((m) => [m.workload, m.statistic.detectable]))
    expect(d.steady).toBeCloseTo(0.1, 12) // the threshold, not the tiny noise
    expect(d.middle).toBeLessThan(-0.1) // a throughput-like metric: worse means lower
    expect(d.noisy).toBeGreaterThan(0.5)
    const note = v.notes.find((n) => n.startsWith('Sensitivity:'))
    expect(note).toContain(`median ${(d.middle! * 100).toFixed(1)}% for middle m`)
    expect(note).toContain('from +10.0% for steady m')
    expect(note).toContain(`to +${(d.noisy! * 100).toFixed(1)}% for noisy m`)
    expect(note).toContain('1 gated metric is too noisy to fail on any change below ×1000')
    expect(d.wild).toBeGreaterThan(999)
    const md = renderMarkdown(v)
    expect(md).toContain(`flags beyond +${Math.round(d.noisy! * 100)}%`)
  })
})
