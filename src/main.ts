/**
 * The action: inputs -> run (or read results) -> compare -> report -> publish -> exit code.
 * This is the only place that turns an unexpected error into `core.setFailed`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { readBaseline, readBaselineDir, writeBaselines } from './baseline/store.js'
import { updateBaseline } from './baseline/merge.js'
import { loadConfig } from './config/load.js'
import type { LoadedConfig } from './config/types.js'
import { writeFileAtomic } from './files.js'
import { gateFails, judgeAgainstBaselines, judgePaired, type Judged } from './gate.js'
import { publishToGitHub } from './github/publish.js'
import type { EventInfo } from './github/event.js'
import { InputValueError, readInputs, type ActionInputs } from './inputs.js'
import { writeJobSummary } from './job-summary.js'
import { splitNames } from './names.js'
import { runAll } from './pipeline.js'
import { trendChart } from './report/chart.js'
import { formatDelta, formatValue } from './report/format.js'
import { writeResults } from './results/io.js'
import { gatherResults } from './results/gather.js'
import type { Baseline, MetricVerdict, Results } from './types.js'
import type { Logger } from './workloads/types.js'
import { abNotes, runBaseRef } from './abtest-glue.js'

/** Logger on top of @actions/core: groups fold in the Actions log. */
export function actionsLogger(): Logger {
  return {
    info: (m) => core.info(m),
    warn: (m) => core.warning(m),
    error: (m) => core.error(m),
    debug: (m) => core.debug(m),
    group: (name, fn) => core.group(name, fn),
    progress: (m) => core.info(m)
  }
}

function eventInfo(env: NodeJS.ProcessEnv): EventInfo {
  let payload: unknown = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
    } catch {
      payload = {}
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/')
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runUrl: env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
    serverUrl
  }
}

/** The annotation of a regressed metric or failed budget: values as the report rounds them. */
export function annotationText(m: MetricVerdict): string {
  if (m.status === 'budget-failed') {
    const failed = (m.budgets ?? []).filter((b) => !b.passed).map((b) => b.expression)
    return `${m.metric}: ${formatValue(m.current, m.unit)} fails its budget${failed.length ? ` (${failed.join(', ')})` : ''}`
  }
  const values = `${formatValue(m.baseline, m.unit)} -> ${formatValue(m.current, m.unit)}`
  return `${m.metric}: ${values} (${formatDelta(m.deltaPct)}, threshold ${m.threshold}%)`
}

/** chdir to the `working-directory` input, with a message naming the input when it is not a directory. */
function enterWorkingDirectory(dir: string): void {
  try {
    process.chdir(dir)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is not a directory'
          : `cannot be entered (${code ?? String(e)})`
    throw new Error(
      `Input 'working-directory': ${path.resolve(dir)} ${why}. Give a directory relative to the ` +
        'workspace (GITHUB_WORKSPACE, where actions/checkout put the repository), e.g. `working-directory: services/api`.'
    )
  }
}

async function produce(
  inputs: ActionInputs,
  loaded: LoadedConfig,
  log: Logger,
  event: EventInfo
): Promise<{ results: Results; judged: Judged; baselines: Map<string, Baseline> }> {
  const overrides = { threshold: inputs.threshold }
  const baselines = await readBaselineDir(inputs.baselineDir)
  const chart = (v: MetricVerdict): string | undefined => {
    const b = baselines.get(v.workload)
    const history =
      b?.history.map((h) => h.values[v.metric]).filter((x): x is number => Number.isFinite(x)) ?? []
    return v.current !== null && history.length >= 2
      ? trendChart(`${v.workload} · ${v.metric}`, history, v.current, v.unit)
      : undefined
  }
  const report = {
    runUrl: event.runUrl,
    chart,
    refreshHint: `To refresh the baselines, run the workflow on the default branch (update-baselines: auto) or \`perf-gate baseline update --baseline ${inputs.baselineDir} --from ${inputs.resultsFile}\`.`
  }
  if (inputs.results?.length) {
    const results = await gatherResults(inputs.results)
    return {
      results,
      judged: judgeAgainstBaselines(results, baselines, loaded.config, overrides, report),
      baselines
    }
  }
  const mode = inputs.compare ?? loaded.config.defaults.compare
  if (
    mode === 'base-ref' &&
    (event.name.startsWith('pull_request') || inputs.baseRef || loaded.config.defaults.baseRef)
  ) {
    const ab = await runBaseRef({ loaded, log, inputs, event })
    return {
      results: ab.head,
      judged: judgePaired(ab.base, ab.head, loaded.config, overrides, {
        ...report,
        notes: abNotes(ab)
      }),
      baselines
    }
  }
  if (mode === 'base-ref')
    log.info(
      `compare: base-ref needs a pull request or a base-ref input; this ${event.name || 'local'} run compares against the committed baselines instead.`
    )
  const results = await runAll(loaded, log, {
    only: inputs.workloads,
    shard: inputs.shard,
    commit: event.sha || undefined,
    ref: event.ref || undefined
  })
  return {
    results,
    judged: judgeAgainstBaselines(results, baselines, loaded.config, overrides, report),
    baselines
  }
}

/** Runs the action. Never throws: failures end in core.setFailed. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    if (inputs.workingDirectory !== '.') enterWorkingDirectory(inputs.workingDirectory)
    const log = actionsLogger()
    const event = eventInfo(process.env)
    // Before anything runs: a directory there would only fail after every workload ran.
    for (const [name, file] of [
      ['results-file', inputs.resultsFile],
      ['report-file', inputs.reportFile]
    ] as const) {
      if (existsSync(file) && statSync(file).isDirectory())
        throw new InputValueError(
          `Input '${name}': ${path.resolve(file)} is a directory; give a file path (e.g. ${path.join(file, name === 'results-file' ? 'perf-results.json' : 'perf-report.md')}).`
        )
    }
    const loaded = await loadConfig(inputs.config)
    if (inputs.workloads) {
      const names = loaded.config.workloads.map((w) => w.name)
      inputs.workloads = splitNames(inputs.workloads.join('\n'), names)
    }
    const { results, judged } = await produce(inputs, loaded, log, event)
    await writeResults(inputs.resultsFile, results)
    // The report file and the job summary get everything; the PR comment the shorter report.
    await writeFileAtomic(inputs.reportFile, judged.full + '\n')
    await writeJobSummary(judged.full, inputs.reportFile, log)

    const { verdict } = judged
    for (const m of verdict.metrics.filter(
      (x) => (x.gated && x.status === 'regression') || x.status === 'budget-failed'
    )) {
      core.error(annotationText(m), { title: `perf-gate: ${m.workload} ${m.status}` })
    }
    for (const w of verdict.workloads.filter(
      (x) => x.status === 'error' || x.status === 'failed'
    )) {
      core.error(w.message ?? `${w.workload} failed`, {
        title: `perf-gate: ${w.workload} ${w.status}`
      })
    }
    core.setOutput('verdict', verdict.verdict)
    core.setOutput('regressions', verdict.counts.regressions)
    core.setOutput('improvements', verdict.counts.improvements)
    core.setOutput('results-file', path.resolve(inputs.resultsFile))
    core.setOutput('report-file', path.resolve(inputs.reportFile))

    // New baselines from this run (merged with the committed files), for the files/commit modes.
    const historyLimit = loaded.config.defaults.history
    const next = new Map<string, Baseline>()
    for (const w of results.workloads) {
      if (w.status === 'error') continue
      next.set(
        w.name,
        updateBaseline(await readBaseline(inputs.baselineDir, w.name), w, results, historyLimit)
      )
    }
    if (inputs.updateBaselines === 'files') {
      const written = await writeBaselines(inputs.baselineDir, next.values())
      core.info(
        `Wrote ${written.length} baseline files to ${inputs.baselineDir}/ (commit them in a later step).`
      )
    }
    const outcome = await publishToGitHub({
      token: inputs.token,
      apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      event,
      markdown: judged.markdown,
      verdict,
      results,
      configName: inputs.config,
      comment: inputs.comment,
      baselineUpdate: inputs.updateBaselines,
      baselineDir: inputs.baselineDir,
      baselines: next,
      historyLimit,
      log
    })
    if (outcome.commentUrl) core.setOutput('comment-url', outcome.commentUrl)
    if (outcome.baselineCommit) core.setOutput('baseline-commit', outcome.baselineCommit)

    if (gateFails(verdict, inputs.failOn)) {
      core.setFailed(
        `perf-gate: ${verdict.counts.regressions} regression(s), ${verdict.counts.budgetFailures} budget failure(s)${verdict.workloads.some((w) => w.status !== 'ok' && w.status !== 'new') ? ', failed workloads' : ''} — see the job summary.`
      )
    }
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err))
  }
}
