/**
 * Small builders of perf-gate data (baselines, verdicts, results, a recording logger) for the
 * GitHub integration tests.
 */
import type { Baseline, HistoryEntry, Results, Verdict } from '../../src/types.js'
import type { Logger } from '../../src/workloads/types.js'

const ENV = {
  os: 'linux',
  arch: 'x64',
  cpuModel: 'test cpu',
  cores: 2,
  memoryBytes: 8e9,
  node: 'v20',
  runner: 'test',
  fingerprint: 'abc123'
}

/** A baseline whose history has one entry per `[date, commit, p95]`; metrics from the last. */
export function baseline(
  workload: string,
  entries: Array<[string, string, number]>,
  definitionHash = 'def1'
): Baseline {
  const history: HistoryEntry[] = entries.map(([date, commit, p95]) => ({
    date,
    commit,
    values: { 'latency.p95': p95 }
  }))
  const last = entries[entries.length - 1]
  return {
    schemaVersion: 1,
    workload,
    definitionHash,
    environment: ENV,
    commit: last?.[1],
    updatedAt: last?.[0] ?? '2026-01-01T00:00:00.000Z',
    metrics: {
      'latency.p95': {
        unit: 'ms',
        direction: 'smaller',
        value: last?.[2] ?? 0,
        repetitions: [last?.[2] ?? 0]
      }
    },
    history
  }
}

/** A verdict that passes or fails with the given number of regressions. */
export function verdict(pass: boolean): Verdict {
  return {
    verdict: pass ? 'pass' : 'fail',
    mode: 'baseline',
    metrics: [],
    workloads: [],
    correction: { method: 'none', metrics: 0, effectiveTests: 0, familyAlpha: 0.01, alpha: 0.01 },
    notes: [],
    counts: { regressions: pass ? 0 : 1, improvements: 0, unstable: 0, budgetFailures: 0 }
  }
}

/** An empty results document. */
export function results(): Results {
  return {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: '0.0.0-test' },
    createdAt: '2026-11-23T00:00:00.000Z',
    environment: ENV,
    workloads: []
  }
}

/** A logger that keeps every line, to assert on warnings and on what was never printed. */
export function recordingLogger(): Logger & { lines: Array<[string, string]>; text(): string } {
  const lines: Array<[string, string]> = []
  return {
    lines,
    text: () => lines.map(([level, m]) => `${level}: ${m}`).join('\n'),
    info: (m) => void lines.push(['info', m]),
    warn: (m) => void lines.push(['warn', m]),
    error: (m) => void lines.push(['error', m]),
    debug: (m) => void lines.push(['debug', m]),
    progress: (m) => void lines.push(['progress', m]),
    group: async (_name, fn) => fn()
  }
}
