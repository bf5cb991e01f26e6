import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown, formatDelta, formatValue } from '../../src/report/format.js'
import { renderMarkdown, sortVerdicts } from '../../src/report/markdown.js'
import type { MetricVerdict, Results, Verdict } from '../../src/types.js'

function mv(
  workload: string,
  metric: string,
  status: MetricVerdict['status'],
  deltaPct: number | null
): MetricVerdict {
  return {
    workload,
    metric,
    unit: 'ms',
    direction: 'smaller',
    baseline: 100,
    current: deltaPct === null ? null : 100 * (1 + deltaPct / 100),
    deltaPct,
    threshold: 10,
    status,
    gated: true,
    statistic: { method: 'history-t', p: 0.001, historyRuns: 30 }
  }
}

function verdict(metrics: MetricVerdict[]): Verdict {
  const regressions = metrics.filter((m) => m.status === 'regression').length
  return {
    verdict: regressions ? 'fail' : 'pass',
    mode: 'baseline',
    metrics,
    workloads: [...new Set(metrics.map((m) => m.workload))].map((w) => ({
      workload: w,
      status: 'ok',
      checks: []
    })),
    correction: {
      method: 'Šidák over effective tests',
      metrics: metrics.length,
      effectiveTests: 2,
      familyAlpha: 0.01,
      alpha: 0.005
    },
    notes: [],
    counts: {
      regressions,
      improvements: metrics.filter((m) => m.status === 'improvement').length,
      unstable: 0,
      budgetFailures: 0
    }
  }
}

describe('markdown report', () => {
  it('puts the verdict first and regressions at the top of the table', () => {
    const md = renderMarkdown(
      verdict([
        mv('a', 'latency.p50', 'unchanged', 1),
        mv('b', 'latency.p95', 'improvement', -20),
        mv('c', 'latency.p50', 'regression', 25)
      ])
    )
    expect(md.split('\n')[0]).toBe('### ❌ perf-gate: **FAIL** — 1 regression, 1 improvement')
    const rows = md
      .split('\n')
      .filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟢') || l.startsWith('| ⚪'))
    expect(rows[0]).toContain('regression | c | latency.p50 | 100 ms | 125 ms | +25.0% | ±10%')
    expect(rows[1]).toContain('improvement')
    expect(
      sortVerdicts([mv('x', 'm', 'unchanged', 50), mv('y', 'm', 'unchanged', -60)])[0].workload
    ).toBe('y')
  })

  it('escapes names so they cannot inject markdown, HTML or mentions', () => {
    const evil = '<img src=x onerror=alert(1)> **@octocat** [x](http://e) | #1'
    const md = renderMarkdown(verdict([mv(evil, 'latency.p50', 'regression', 30)]))
    expect(md).not.toContain('<img')
    expect(md).not.toContain('@octocat')
    expect(md).not.toContain('**@')
    expect(md).not.toMatch(/\]\(http/)
    const row = md.split('\n').find((l) => l.includes('regression |'))!
    // the pipe in the name must not add a table column
    expect(row.split(/(?<!\\)\|/).length).toBe(10)
    expect(escapeMarkdown('a\nb')).toBe('a b')
  })

  it('stays within the size limit and says what it left out', () => {
    const metrics = Array.from({ length: 3000 }, (_, i) =>
      mv(
        `workload-${i}-${'x'.repeat(20)}`,
        'latency.p95',
        i % 7 ? 'unchanged' : 'regression',
        i % 50
      )
    )
    const results = {
      environment: {
        os: 'Linux',
        arch: 'x64',
        cpuModel: 'cpu',
        cores: 2,
        memoryBytes: 1,
        node: 'v20',
        runner: 'r',
        fingerprint: 'f'
      },
      workloads: metrics.slice(0, 300).map((m) => ({
        name: m.workload,
        kind: 'command',
        status: 'ok',
        definitionHash: 'h',
        repetitions: [],
        pooled: null,
        checks: [],
        metrics: {
          'latency.p95': { unit: 'ms', direction: 'smaller', value: 1, repetitions: [1, 2, 3] }
        }
      }))
    } as unknown as Results
    const md = renderMarkdown(verdict(metrics), { results })
    expect(md.length).toBeLessThanOrEqual(60_000)
    expect(md).toContain('left out to stay within 60,000 characters')
    expect(md.split('\n')[0]).toContain('FAIL')
    const small = renderMarkdown(verdict(metrics.slice(0, 3)), {
      results: { ...results, workloads: results.workloads.slice(0, 3) }
    })
    expect(small).not.toContain('left out')
    expect(small).toContain('<details>')
    expect(small).toContain('(command, 0 repetitions)')
    expect(small).toContain('3 workloads, 3 gated metrics')
    const one = renderMarkdown(verdict(metrics.slice(0, 1)), {
      results: {
        ...results,
        workloads: [{ ...results.workloads[0]!, repetitions: [{ index: 0 }] }]
      } as unknown as Results
    })
    expect(one).toContain('(command, 1 repetition)')
    expect(one).toContain('1 workload, 1 gated metric.')
  })

  it('a sustained workload shows the rate asked and achieved in its details', () => {
    const metrics = [mv('steady', 'latency.p50', 'unchanged', 1)]
    const results = {
      environment: {
        os: 'Linux',
        arch: 'x64',
        cpuModel: 'c',
        cores: 2,
        memoryBytes: 1,
        node: 'v20',
        runner: 'r',
        fingerprint: 'f'
      },
      workloads: [
        {
          name: 'steady',
          kind: 'service',
          status: 'ok',
          definitionHash: 'h',
          repetitions: [],
          pooled: null,
          checks: [],
          metrics: {},
          details: { askedRate: 50, achievedRate: 6.9, inFlightCapHits: 95 }
        }
      ]
    } as unknown as Results
    const md = renderMarkdown(verdict(metrics), { results })
    expect(md).toContain(
      'Sustained rate: asked 50/s, achieved 6.9/s (13.8 %); the in-flight cap was hit 95 times.'
    )
  })

  it('says why a metric failed or was not judged under the table, and counts metric errors in the headline', () => {
    const typo = {
      ...mv('api', 'latency.p5O', 'error', null),
      message:
        '`gate` names metric latency.p5O, which workload api does not report. Did you mean latency.p50?'
    }
    const scattered = {
      ...mv('api', 'latency.p95', 'unstable', 3),
      message: 'Repetitions scatter by 40% (robust CV).'
    }
    const fine = { ...mv('api', 'latency.p50', 'unchanged', 1), message: 'should not be listed' }
    const md = renderMarkdown({ ...verdict([typo, scattered, fine]), verdict: 'fail' })
    expect(md).toContain('**FAIL** — 1 metric error')
    expect(md).toContain('- 🔴 api · latency.p5O: \\`gate\\` names metric latency.p5O')
    expect(md).toContain('api · latency.p95: Repetitions scatter by 40%')
    expect(md).not.toContain('should not be listed')
    // An error row shows no threshold (none applied); a judged row does.
    const threshold = (metric: string): string =>
      md
        .split('\n')
        .find((l) => l.includes(`| ${metric} |`))!
        .split('|')[7]
        .trim()
    expect(threshold('latency.p5O')).toBe('—')
    expect(threshold('latency.p50')).toBe('±10%')
  })

  it('formats values with units and signs', () => {
    expect(formatValue(0.25, 'ms')).toBe('250 µs')
    expect(formatValue(1520, 'ms')).toBe('1.52 s')
    expect(formatValue(3 * 2 ** 20, 'B')).toBe('3 MiB')
    expect(formatValue(null, 'ms')).toBe('—')
    expect(formatDelta(12.345)).toBe('+12.3%')
    expect(formatDelta(-250)).toBe('-250%')
    expect(formatDelta(NaN)).toBe('—')
  })
})

describe('status labels', () => {
  it('an unchanged metric beyond its threshold reads "within noise"', () => {
    const md = renderMarkdown(
      verdict([mv('a', 'latency.p50', 'unchanged', 60), mv('b', 'latency.p50', 'unchanged', 3)])
    )
    expect(md).toContain('| ⚪ within noise | a | latency.p50 |')
    expect(md).toContain('| ⚪ unchanged | b | latency.p50 |')
  })
})
