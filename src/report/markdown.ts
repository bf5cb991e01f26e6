/**
 * The markdown report: verdict headline, gated metrics (regressions first), workload problems,
 * per-workload details (collapsed), notes and environment. Pure: a Verdict and Results in, text
 * out. Used for the PR comment, the job summary and `perf-gate compare --format markdown`.
 */
import type {
  Baseline,
  MetricStatus,
  MetricVerdict,
  Results,
  Verdict,
  WorkloadResult
} from '../types.js'
import { escapeCodeBlock, escapeMarkdown, formatDelta, formatValue, plural, sig } from './format.js'

/** GitHub's comment body limit is 65,536 characters; stay well clear of it. */
export const MAX_REPORT_CHARS = 60_000

export interface ReportOptions {
  /** Title above the headline (e.g. the config name when several configs report on a PR). */
  title?: string
  results?: Results
  baselines?: Map<string, Baseline>
  /** Link to the workflow run. */
  runUrl?: string
  /** A chart block for a metric (mermaid), when wanted. */
  chart?: (v: MetricVerdict) => string | undefined
  /** How to refresh the baselines, shown at the end. */
  refreshHint?: string
  /** Extra notes (e.g. from the A/B run), listed with the verdict's notes. */
  notes?: string[]
  /** Nothing was compared (`--no-compare`): the header says so instead of naming baselines. */
  uncompared?: boolean
  maxChars?: number
  /** Where a reader finds what a cut report left out (default: the job summary or the results file). */
  elsewhere?: string
}

const ICON: Record<MetricStatus, string> = {
  regression: '🔴',
  'budget-failed': '🔴',
  error: '🔴',
  improvement: '🟢',
  unchanged: '⚪',
  unstable: '🟡',
  new: '🆕',
  missing: '⚫',
  'definition-changed': '🔄'
}

const ORDER: MetricStatus[] = [
  'budget-failed',
  'regression',
  'error',
  'unstable',
  'improvement',
  'definition-changed',
  'new',
  'missing',
  'unchanged'
]

const e = escapeMarkdown

/** Statuses whose message is listed under the table, at most MAX_EXPLAINED of them. */
const EXPLAINED: MetricStatus[] = ['error', 'budget-failed', 'regression', 'unstable']
const MAX_EXPLAINED = 10

function headline(v: Verdict): string {
  const c = v.counts
  const parts: string[] = []
  if (c.regressions) parts.push(`${c.regressions} regression${c.regressions === 1 ? '' : 's'}`)
  if (c.budgetFailures)
    parts.push(`${c.budgetFailures} budget failure${c.budgetFailures === 1 ? '' : 's'}`)
  const errors = v.metrics.filter((m) => m.gated && m.status === 'error').length
  if (errors) parts.push(`${errors} metric error${errors === 1 ? '' : 's'}`)
  const broken = v.workloads.filter((w) => w.status === 'error' || w.status === 'failed').length
  if (broken) parts.push(`${broken} workload${broken === 1 ? '' : 's'} failed`)
  if (c.improvements) parts.push(`${c.improvements} improvement${c.improvements === 1 ? '' : 's'}`)
  if (c.unstable) parts.push(`${c.unstable} unstable`)
  const icon = v.verdict === 'pass' ? '✅' : '❌'
  return `### ${icon} perf-gate: **${v.verdict.toUpperCase()}**${parts.length ? ` — ${parts.join(', ')}` : ''}`
}

function evidence(m: MetricVerdict): string {
  const s = m.statistic
  const bits: string[] = []
  if (s.ci) bits.push(`CI ${formatDelta(s.ci[0] * 100)}…${formatDelta(s.ci[1] * 100)}`)
  if (s.p !== undefined) bits.push(`p=${s.p < 0.0001 ? '<0.0001' : sig(s.p, 2)}`)
  // The smallest worse change this metric could fail at: says how blunt a "within noise" is.
  if (m.gated && s.detectable !== undefined)
    bits.push(`flags beyond ${formatDelta(s.detectable * 100)}`)
  if (s.pairs) bits.push(`${s.pairs} pairs`)
  else if (s.historyRuns !== undefined)
    bits.push(`${s.historyRuns} runs${s.prior ? ', prior' : ''}`)
  if (m.budgets?.some((b) => !b.passed))
    bits.push(
      `budget ${m.budgets
        .filter((b) => !b.passed)
        .map((b) => `\`${escapeCodeBlock(b.expression)}\``)
        .join(', ')}`
    )
  if (m.differentMachine) bits.push('other machine')
  return bits.join('; ') || e(s.method)
}

/**
 * The status as a reader should see it. An `unchanged` metric whose change is beyond the threshold
 * was not significant against the noise: "within noise" says so, where "unchanged" next to +60 %
 * would read as a contradiction.
 */
export function statusLabel(m: MetricVerdict): string {
  if (m.status === 'unchanged' && m.deltaPct !== null && Math.abs(m.deltaPct) > m.threshold)
    return 'within noise'
  return m.status
}

function metricRow(m: MetricVerdict): string {
  return `| ${ICON[m.status]} ${statusLabel(m)} | ${e(m.workload)} | ${e(m.metric)} | ${formatValue(m.baseline, m.unit)} | ${formatValue(m.current, m.unit)} | ${formatDelta(m.deltaPct)} | ${m.gated && m.status !== 'error' ? `±${sig(m.threshold)}%` : '—'} | ${evidence(m)} |`
}

const rank = (s: MetricStatus): number => ORDER.indexOf(s)

/** Gated metrics first by status severity, then by size of the change. */
export function sortVerdicts(metrics: readonly MetricVerdict[]): MetricVerdict[] {
  return [...metrics].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) || Math.abs(b.deltaPct ?? 0) - Math.abs(a.deltaPct ?? 0)
  )
}

function workloadDetails(w: WorkloadResult, verdicts: MetricVerdict[]): string {
  const lines: string[] = []
  const failed = w.checks.filter((c) => !c.passed).length
  const status = w.status === 'ok' ? '✓' : '✗'
  lines.push(
    `<details><summary>${status} <b>${e(w.name)}</b> (${w.kind}, ${plural(w.repetitions.length, 'repetition')}${failed ? `, ${plural(failed, 'expectation')} failed` : ''})</summary>`,
    ''
  )
  if (w.error) lines.push('```text', escapeCodeBlock(w.error.slice(-3000)), '```', '')
  const byMetric = new Map(verdicts.map((v) => [v.metric, v]))
  const names = Object.keys(w.metrics)
  if (names.length) {
    lines.push('| metric | value | repetitions | status |', '| --- | --- | --- | --- |')
    for (const name of names) {
      const m = w.metrics[name]
      const reps = m.repetitions.map((r) => formatValue(r, m.unit)).join(', ')
      const v = byMetric.get(name)
      lines.push(
        `| ${e(name)}${m.gate === false ? '' : ' ⚖️'} | ${formatValue(m.value, m.unit)} | ${reps} | ${v ? `${ICON[v.status]} ${statusLabel(v)}` : '—'} |`
      )
    }
    lines.push('')
  }
  if (w.pooled) {
    const p = w.pooled
    lines.push(
      `Pooled latency over ${p.count} samples: mean ${formatValue(p.mean, 'ms')}, p50 ${formatValue(p.p50, 'ms')}, p90 ${formatValue(p.p90, 'ms')}, p95 ${formatValue(p.p95, 'ms')}, p99 ${formatValue(p.p99, 'ms')}, max ${formatValue(p.max, 'ms')}, CV ${sig(p.cv * 100)}%, ${p.outliers} outliers.`,
      ''
    )
  }
  const d = w.details ?? {}
  if (typeof d.askedRate === 'number' && typeof d.achievedRate === 'number') {
    const caps = typeof d.inFlightCapHits === 'number' ? d.inFlightCapHits : 0
    lines.push(
      `Sustained rate: asked ${sig(d.askedRate)}/s, achieved ${sig(d.achievedRate)}/s (${sig((d.achievedRate / d.askedRate) * 100)} %)${caps ? `; the in-flight cap was hit ${caps} times` : ''}.`,
      ''
    )
  }
  if (w.checks.length) {
    lines.push('Expectations:', '')
    for (const c of w.checks)
      lines.push(`- ${c.passed ? '✅' : '❌'} ${e(c.name)}${c.passed ? '' : `: ${e(c.message)}`}`)
    lines.push('')
  }
  lines.push('</details>', '')
  return lines.join('\n')
}

/** Renders the report, truncated gracefully to `maxChars` (default 60,000). */
export function renderMarkdown(verdict: Verdict, opts: ReportOptions = {}): string {
  const max = opts.maxChars ?? MAX_REPORT_CHARS
  const head: string[] = []
  if (opts.title) head.push(`## ${e(opts.title)}`, '')
  head.push(headline(verdict), '')
  const gated = verdict.metrics.filter((m) => m.gated || m.status === 'budget-failed')
  const mode = opts.uncompared
    ? 'nothing (--no-compare, so every metric is new)'
    : verdict.mode === 'paired'
      ? 'same-job A/B pairs (base commit vs this commit)'
      : 'committed baselines'
  const c = verdict.correction
  head.push(
    `Compared against ${mode}: ${plural(verdict.workloads.length, 'workload')}, ${plural(gated.length, 'gated metric')}.` +
      (c.metrics > 1
        ? ` Decisions are corrected for the ${c.metrics} gated metrics (${e(c.method)}: ${sig(c.effectiveTests)} effective tests, run-wide false-alarm budget ${sig(c.familyAlpha * 100)}%, per metric ${sig(c.alpha * 100, 2)}%).`
        : c.metrics === 1
          ? ` False-alarm budget ${sig(c.familyAlpha * 100)}%.`
          : ''),
    ''
  )
  const problems = verdict.workloads.filter((w) => w.status === 'error' || w.status === 'failed')
  if (problems.length) {
    head.push('**Workloads that failed**', '')
    for (const w of problems) {
      const failedChecks = w.checks.filter((c) => !c.passed)
      head.push(
        `- ❌ **${e(w.workload)}**: ${e((w.message ?? 'failed').split('\n')[0].slice(0, 300))}`
      )
      for (const c of failedChecks.slice(0, 5))
        head.push(`  - ${e(c.name)}: ${e(c.message.slice(0, 300))}`)
    }
    head.push('')
  }
  const table: string[] = []
  if (gated.length) {
    table.push(
      '| status | workload | metric | baseline | current | change | threshold | evidence |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |'
    )
    for (const m of sortVerdicts(gated)) table.push(metricRow(m))
    table.push('')
    // Why a metric failed or was not judged, in words (a typo in the config, scattered repetitions).
    const why = sortVerdicts(gated).filter((m) => m.message && EXPLAINED.includes(m.status))
    if (why.length) {
      for (const m of why.slice(0, MAX_EXPLAINED))
        table.push(
          `- ${ICON[m.status]} ${e(m.workload)} · ${e(m.metric)}: ${e(m.message!.slice(0, 400))}`
        )
      if (why.length > MAX_EXPLAINED) table.push(`- … and ${why.length - MAX_EXPLAINED} more`)
      table.push('')
    }
  } else {
    table.push('_No gated metrics._', '')
  }
  const charts: string[] = []
  if (opts.chart) {
    for (const m of sortVerdicts(gated)
      .filter(
        (x) => x.status === 'regression' || x.status === 'unstable' || x.status === 'budget-failed'
      )
      .slice(0, 6)) {
      const c = opts.chart(m)
      if (c) charts.push(c, '')
    }
  }
  const notes: string[] = []
  const allNotes = [...verdict.notes, ...(opts.notes ?? [])]
  if (allNotes.length) {
    notes.push('**Notes**', '')
    for (const n of allNotes) notes.push(`- ${e(n)}`)
    notes.push('')
  }
  const footer: string[] = []
  const env = opts.results?.environment
  const firstBaseline = opts.baselines ? [...opts.baselines.values()][0] : undefined
  if (firstBaseline) {
    footer.push(
      `Baseline: ${firstBaseline.commit ? `commit \`${escapeCodeBlock(firstBaseline.commit.slice(0, 12))}\`` : 'no commit recorded'}, updated ${escapeMarkdown(firstBaseline.updatedAt)}, ${firstBaseline.history.length} runs of history.`
    )
  }
  if (env)
    footer.push(
      `Measured on ${escapeMarkdown(env.cpuModel)} × ${env.cores}, ${escapeMarkdown(env.os)}, Node ${escapeMarkdown(env.node)} (runner ${escapeMarkdown(env.runner)}).`
    )
  if (opts.runUrl)
    footer.push(
      `[Workflow run](${opts.runUrl}) · full results in the job summary and the results file.`
    )
  if (opts.refreshHint) footer.push(opts.refreshHint)
  const byWorkload = new Map<string, MetricVerdict[]>()
  for (const m of verdict.metrics)
    byWorkload.set(m.workload, [...(byWorkload.get(m.workload) ?? []), m])
  const details = (opts.results?.workloads ?? []).map((w) =>
    workloadDetails(w, byWorkload.get(w.name) ?? [])
  )

  const join = (parts: string[][]): string => parts.map((p) => p.join('\n')).join('\n')
  const footerText = footer.length
    ? ['', '---', '', footer.map((f) => `<sub>${f}</sub>`).join('<br>\n')]
    : []
  let out = join([head, table, charts, notes, details, footerText])
  if (out.length <= max) return out
  // Too long: drop workload details from the end, then charts, then table rows.
  const note = (n: number, what: string): string[] => [
    `> ✂️ ${n} ${what} left out to stay within ${max.toLocaleString('en-US')} characters; ${opts.elsewhere ?? 'see the job summary or the results file'} for everything.`,
    ''
  ]
  // Keep as many detail sections as fit, measured once (re-joining per section is quadratic).
  const fixed = join([
    head,
    table,
    charts,
    notes,
    [],
    note(details.length, 'workload detail sections'),
    footerText
  ]).length
  let kept = 0
  let used = fixed
  while (kept < details.length && used + details[kept].length + 1 <= max)
    used += details[kept++].length + 1
  out = join([
    head,
    table,
    charts,
    notes,
    details.slice(0, kept),
    note(details.length - kept, 'workload detail sections'),
    footerText
  ])
  if (out.length > max)
    out = join([
      head,
      table,
      notes,
      note(details.length, 'workload detail sections and charts'),
      footerText
    ])
  if (out.length > max) {
    const rows = table.slice(2, -1)
    let n = rows.length
    while (n > 0 && out.length > max) {
      n = Math.floor(n * 0.8)
      out = join([
        head,
        [...table.slice(0, 2), ...rows.slice(0, n), ''],
        notes.slice(0, 20),
        note(rows.length - n, 'metric rows (least severe)'),
        footerText
      ])
    }
  }
  return out.length > max ? out.slice(0, max - 20) + '\n\n✂️ (truncated)' : out
}
