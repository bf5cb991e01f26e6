/**
 * Results and environments for the verdict tests (compare-baseline, compare-paired,
 * compare-detectable): a 2-core Linux machine and `command` workloads that ran fine.
 */
import type { Environment, MetricResult, Results, WorkloadResult } from '../../src/types.js'

export function testEnvironment(fingerprint = 'fp'): Environment {
  return Object.freeze({
    os: 'linux',
    arch: 'x64',
    cpuModel: 'EPYC',
    cores: 2,
    memoryBytes: 8e9,
    node: 'v20',
    runner: 'r',
    fingerprint
  })
}

export function testWorkload(
  name: string,
  metrics: Record<string, MetricResult>,
  extra: Partial<WorkloadResult> = {}
): WorkloadResult {
  return {
    name,
    kind: 'command',
    status: 'ok',
    definitionHash: 'def1',
    repetitions: [],
    pooled: null,
    metrics,
    checks: [],
    ...extra
  }
}

export function testResults(workloads: WorkloadResult[], fingerprint = 'fp'): Results {
  return {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: 't' },
    createdAt: '2026-11-23T00:00:00Z',
    environment: testEnvironment(fingerprint),
    workloads
  }
}
