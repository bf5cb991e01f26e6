/**
 * The gate as one call, shared by the CLI and the action: run (or read) results, compare them with
 * baselines or with a base run, and render the report.
 */
import { compareToBaselines, comparePaired } from './compare/index.js'
import type { PerfGateConfig } from './config/types.js'
import { policyFromConfig, type PolicyOverrides } from './policy.js'
import { MAX_REPORT_CHARS, renderMarkdown, type ReportOptions } from './report/markdown.js'
import type { Baseline, Results, Verdict } from './types.js'

export interface Judged {
  verdict: Verdict
  /** The report within MAX_REPORT_CHARS, for a PR comment (GitHub's limit is 65,536). */
  markdown: string
  /** The report within FULL_REPORT_CHARS, for the job summary and the report file. */
  full: string
}

/**
 * Room for the full report: GitHub's job summary takes up to 1 MiB, so a repository with hundreds
 * of workloads still gets every detail there while its PR comment is cut.
 */
export const FULL_REPORT_CHARS = 900_000

/** Both sizes of the report; rendered once when the report is small enough for a comment. */
function render(verdict: Verdict, opts: ReportOptions): Judged {
  const full = renderMarkdown(verdict, {
    ...opts,
    maxChars: FULL_REPORT_CHARS,
    elsewhere: 'see the results file'
  })
  const markdown = full.length <= MAX_REPORT_CHARS ? full : renderMarkdown(verdict, opts)
  return { verdict, markdown, full }
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
  return render(verdict, { results, baselines: relevant, ...report })
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
  return render(verdict, { results: head, ...report })
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
