/** Builds the compare policy (thresholds, budgets, gated metrics) from perf-gate.yml and flags. */
import type { ComparePolicy } from './compare/index.js'
import type { PerfGateConfig } from './config/types.js'
import { parsePercent } from './config/validate.js'

export interface PolicyOverrides {
  /** `--threshold` / action input `threshold`: replaces every threshold (default and per metric). */
  threshold?: number
  /** Paired (same-job) comparisons default to 5 %, baseline comparisons to the config's default. */
  paired?: boolean
}

/** The compare policy for a config (or the defaults when there is no config). */
export function policyFromConfig(
  config: PerfGateConfig | undefined,
  overrides: PolicyOverrides = {}
): ComparePolicy {
  const d = config?.defaults
  const defaultThreshold = overrides.threshold ?? (overrides.paired ? 5 : (d?.threshold ?? 10))
  const workloads: NonNullable<ComparePolicy['workloads']> = {}
  for (const w of config?.workloads ?? []) {
    const thresholds: Record<string, number> = {}
    if (overrides.threshold === undefined) {
      for (const [k, v] of Object.entries(d?.thresholds ?? {})) thresholds[k] = v
      for (const [k, v] of Object.entries(w.thresholds ?? {})) thresholds[k] = parsePercent(v)
    }
    workloads[w.name] = {
      ...(overrides.threshold === undefined && w.threshold !== undefined
        ? { threshold: parsePercent(w.threshold) }
        : {}),
      thresholds,
      budgets: w.budgets ?? [],
      ...((w.gate ?? d?.gate) ? { gate: w.gate ?? d?.gate } : {}),
      named: [
        ...(w.gate
          ? w.gate.map((metric) => ({ field: 'gate', metric }))
          : (d?.gate ?? []).map((metric) => ({ field: 'defaults.gate', metric }))),
        ...Object.keys(w.thresholds ?? {}).map((metric) => ({ field: 'thresholds', metric })),
        ...Object.keys(d?.thresholds ?? {})
          .filter((k) => !Object.hasOwn(w.thresholds ?? {}, k))
          .map((metric) => ({ field: 'defaults.thresholds', metric }))
      ]
    }
  }
  return {
    defaultThreshold,
    workloads,
    budgets: d?.budgets ?? [],
    historyLimit: d?.history ?? 30
  }
}
