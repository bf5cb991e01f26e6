/**
 * The gate as one call, shared by the CLI and the action: run (or read) results, compare them with
 * baselines or with a base run, and render the report.
 */
import { compareToBaselines, comparePaired } from './compare/index.js'
import type { PerfGateConfig } from './config/types.js'
import { policyFromConfig, type PolicyOverrides } from './policy.js'
import { renderMarkdown, type ReportOptions } from './report/markdown.js'
import type { Baseline, Results, Verdict } from './types.js'

export interface Judged {
  verdict: Verdict
  markdown: string
}

/** Compares results with committed baselines and renders the report. */
export function judgeAgainstBaselines(
  results: Results,
  baselines: Map<string, Baseline>,
  config: PerfGateConfig | undefined,
  overrides: PolicyOverrides = {},
  report: ReportOptions = {}
): Judged {
  const verdict = compareToBaselines(results, baselines, policyFromConfig(config, overrides))
  const relevant = new Map(
    [...baselines].filter(([name]) => results.workloads.some((w) => w.name === name))
  )
  return { verdict, markdown: renderMarkdown(verdict, { results, baselines: relevant, ...report }) }
}

/** Compares two results taken in the same job (base commit vs candidate, paired by repetition). */
export function judgePaired(
  base: Results,
  head: Results,
  config: PerfGateConfig | undefined,
  overrides: PolicyOverrides = {},
  report: ReportOptions = {}
): Judged {
  const verdict = comparePaired(
    base,
    head,
    policyFromConfig(config, { paired: true, ...overrides })
  )
  return { verdict, markdown: renderMarkdown(verdict, { results: head, ...report }) }
}

/** What fails the step: `regression` (default) fails on regressions, budgets and broken workloads. */
export type FailOn = 'regression' | 'budget' | 'never'

/** Whether the gate fails the step under `failOn`. */
export function gateFails(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const broken = verdict.workloads.some((w) => w.status === 'error' || w.status === 'failed')
  if (failOn === 'budget') return broken || verdict.counts.budgetFailures > 0
  return verdict.verdict === 'fail'
}
