import { describe, expect, it } from '@jest/globals'
import { axisRange, formatNumber, trendChart } from '../../src/report/chart.js'

describe('trendChart', () => {
  it('draws history then this run, labelled -n..-1, now', () => {
    const chart = trendChart('checkout · latency.p95', [100, 102, 98], 130, 'ms')
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "checkout · latency.p95"',
      '  x-axis ["-3", "-2", "-1", "now"]',
      '  y-axis "ms" 94.8 --> 133',
      '  line [100, 102, 98, 130]',
      '```'
    ])
  })

  it('keeps only the newest points and drops non-finite values', () => {
    const history = Array.from({ length: 50 }, (_, i) => i + 1)
    const chart = trendChart('t', [NaN, ...history], 60, 'ms', { maxPoints: 5 })
    expect(chart).toContain('line [47, 48, 49, 50, 60]')
    expect(chart).toContain('x-axis ["-4", "-3", "-2", "-1", "now"]')
    expect(chart).not.toContain('NaN')
  })

  it('escapes quotes and newlines in title and unit', () => {
    const chart = trendChart('say "hi"\nnow', [1], 2, 'op"s')
    expect(chart).toContain(`title "say 'hi''now"`)
    expect(chart).toContain(`y-axis "op's"`)
  })

  it('stays small: 30 points well under 1 kB', () => {
    const chart = trendChart(
      'w · latency.p99',
      Array.from({ length: 40 }, (_, i) => 123.456 + i),
      200.5,
      'ms',
      { maxPoints: 30 }
    )
    expect(chart.length).toBeLessThan(1000)
  })

  it('renders a placeholder for no data instead of an invalid block', () => {
    expect(trendChart('t', [], NaN, 'ms')).toContain('line [0]')
  })
})

describe('axis and numbers', () => {
  it.each([
    [
      [100, 100],
      [90, 110]
    ],
    [
      [0, 0],
      [0, 1]
    ],
    [
      [1, 2],
      [0.9, 2.1]
    ],
    [
      [-5, 5],
      [-6, 6]
    ]
  ])('range of %j is %j', (values, expected) => {
    expect(axisRange(values)).toEqual(expected)
  })

  it.each([
    [0, '0'],
    [123456, '123000'],
    [1.23456, '1.23'],
    [0.000012345, '0.0000123'],
    [-42.42, '-42.4']
  ])('formats %p as %p (3 significant digits, no exponent)', (v, s) => {
    expect(formatNumber(v)).toBe(s)
  })
})
