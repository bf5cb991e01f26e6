import { describe, expect, it } from '@jest/globals'
import {
  BudgetSyntaxError,
  BudgetUnitError,
  checkBudget,
  parseBudget,
  resolveBudgetMetric
} from '../../src/compare/budget.js'

describe('parseBudget', () => {
  it.each([
    ['latency.p95 < 150ms', 'latency.p95', '<', 150, 'ms', 'time'],
    ['errors == 0', 'errors', '==', 0, '', 'count'],
    ['throughput > 500/s', 'throughput', '>', 500, '/s', 'rate'],
    ['memory.rss_growth < 20MB', 'memory.rss_growth', '<', 20, 'MB', 'bytes'],
    ['  p99<=1.5 s ', 'p99', '<=', 1.5, 's', 'time'],
    ['cpu.percent >= 12.5%', 'cpu.percent', '>=', 12.5, '%', 'percent'],
    ['latency.max != 0', 'latency.max', '!=', 0, '', 'count'],
    ['latency.p50 < 250us', 'latency.p50', '<', 250, 'us', 'time'],
    ['latency.p50 < 250µs', 'latency.p50', '<', 250, 'us', 'time'],
    ['heap < 1.5e3 KB', 'heap', '<', 1500, 'KB', 'bytes'],
    ['throughput > 20 req/s', 'throughput', '>', 20, '/s', 'rate']
  ])('%p', (expr, metric, operator, value, unit, kind) => {
    const b = parseBudget(expr)
    expect(b).toEqual({ expression: expr.trim(), metric, operator, value, unit, kind })
  })

  it.each([
    ['', 'the expression is empty'],
    ['latency.p95 150ms', 'no comparison operator (< <= > >= == !=) was found'],
    ['errors = 0', 'a single "=" is not a comparison; use "==" for equality'],
    ['< 150ms', 'no metric name before "<"'],
    ['9lives < 3', '"9lives" is not a metric name'],
    ['latency.p95 <', 'no number after "<"'],
    ['latency.p95 < fast', '"fast" does not start with a number'],
    ['latency.p95 < 150 parsecs', 'unknown unit "parsecs"'],
    ['latency.p95 < 150 ms please', 'unexpected text "ms please" after the number'],
    ['1 < latency.p95 < 150ms', 'is not a metric name'],
    ['latency.p95 < 150ms < 3', 'only one comparison is allowed']
  ])('rejects %p with a message naming the problem and the allowed forms', (expr, problem) => {
    let err: unknown
    try {
      parseBudget(expr)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(BudgetSyntaxError)
    const msg = (err as Error).message
    expect(msg).toContain(`Invalid budget "${expr.trim()}"`)
    expect(msg).toContain(problem)
    expect(msg).toContain('"latency.p95 < 150ms", "errors == 0", "throughput > 500/s"')
  })
})

describe('checkBudget', () => {
  it.each([
    ['latency.p95 < 150ms', 149.9, 'ms', true],
    ['latency.p95 < 150ms', 150, 'ms', false],
    ['latency.p95 <= 150ms', 150, 'ms', true],
    ['latency.p95 < 150ms', 0.149, 's', true],
    ['latency.p95 < 150ms', 0.151, 's', false],
    ['latency.p95 < 1s', 999, 'ms', true],
    ['latency.p95 < 200us', 0.2, 'ms', false],
    ['latency.p95 < 200us', 0.1999, 'ms', true],
    ['latency.p95 < 1ms', 999_000, 'ns', true],
    ['memory.rss_growth < 20MB', 20 * 1024 * 1024 - 1, 'B', true],
    ['memory.rss_growth < 20MB', 21 * 1024 * 1024, 'bytes', false],
    ['memory.rss_growth < 1GB', 1000, 'MB', true],
    ['heap < 512KB', 0.5, 'MB', false],
    ['heap <= 512KB', 0.5, 'MB', true],
    ['throughput > 500/s', 501, 'req/s', true],
    ['throughput > 500/s', 500, 'ops/s', false],
    ['throughput >= 500/s', 500, '/s', true],
    ['cpu < 50%', 49, '%', true],
    ['errors == 0', 0, '', true],
    ['errors == 0', 1, 'count', false],
    ['errors != 0', 2, 'errors', true],
    ['errors < 3', 2, 'whatever-unit', true]
  ])('%p with %p %p -> %p', (expr, value, unit, expected) => {
    expect(checkBudget(parseBudget(expr), value, unit)).toBe(expected)
  })

  it('never passes a non-finite value', () => {
    expect(checkBudget(parseBudget('errors < 3'), NaN, '')).toBe(false)
    expect(checkBudget(parseBudget('latency.p95 < 150ms'), Infinity, 'ms')).toBe(false)
  })

  it('throws BudgetUnitError when the kinds differ or the metric unit is unknown', () => {
    expect(() => checkBudget(parseBudget('latency.p95 < 150ms'), 100, 'B')).toThrow(BudgetUnitError)
    expect(() => checkBudget(parseBudget('latency.p95 < 150ms'), 100, 'B')).toThrow(
      'Budget "latency.p95 < 150ms" is a time limit (ms) but metric latency.p95 is bytes (B); use a bytes unit in the budget.'
    )
    expect(() => checkBudget(parseBudget('latency.p95 < 150ms'), 100, 'furlongs')).toThrow(
      'write the budget without a unit to compare the raw number'
    )
  })
})

describe('resolveBudgetMetric', () => {
  it('finds the exact metric, else the latency.<name> shorthand', () => {
    const metrics = { 'latency.p95': 1, errors: 0 }
    expect(resolveBudgetMetric(parseBudget('errors == 0'), metrics)).toBe('errors')
    expect(resolveBudgetMetric(parseBudget('p95 < 150ms'), metrics)).toBe('latency.p95')
    expect(resolveBudgetMetric(parseBudget('p99 < 150ms'), metrics)).toBeUndefined()
  })
})
