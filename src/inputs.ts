/**
 * The action's inputs, read once, typed and validated before any work starts. No other module
 * reads INPUT_* variables.
 */
import * as core from '@actions/core'
import type { FailOn } from './gate.js'

export interface ActionInputs {
  config: string
  baselineDir: string
  compare: 'baseline' | 'base-ref' | undefined
  baseRef?: string
  setup?: string
  threshold?: number
  failOn: FailOn
  comment: 'always' | 'on-regression' | 'never'
  updateBaselines: 'auto' | 'commit' | 'files' | 'pull-request' | 'never'
  token: string
  resultsFile: string
  reportFile: string
  /**
   * Lines as given; each may hold several names separated by commas. The action splits them with
   * the config's names (`splitNames`), so a workload whose name has a comma can be selected.
   */
  workloads?: string[]
  shard?: string
  /** Results files to judge instead of running (e.g. from another job or workflow). */
  results?: string[]
  workingDirectory: string
}

/** An input with a bad value: the message names the input, the value and what is allowed. */
export class InputValueError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputValueError'
  }
}

/**
 * An input's value. The Actions runner passes `baseline-dir` as INPUT_BASELINE-DIR (hyphens kept),
 * which is what core.getInput reads; some runners and wrappers that emulate it write
 * INPUT_BASELINE_DIR, since a hyphen is not valid in a shell variable name. That form is read
 * when the runner's own is absent.
 */
function input(name: string): string {
  const value = core.getInput(name)
  if (value || !name.includes('-')) return value
  return process.env[`INPUT_${name.replace(/[ -]/g, '_').toUpperCase()}`]?.trim() ?? ''
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = input(name).trim()
  if (!raw) return fallback
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new InputValueError(
      `Invalid value '${raw}' for input '${name}'. It must be one of: ${allowed.join(', ')}.`
    )
  }
  return raw as T
}

const optional = (name: string): string | undefined => input(name).trim() || undefined

const list = (name: string): string[] | undefined => {
  const raw = optional(name)
  return raw
    ? raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined
}

/** Reads and validates every input. @throws InputValueError */
export function readInputs(): ActionInputs {
  const thresholdRaw = optional('threshold')
  let threshold: number | undefined
  if (thresholdRaw !== undefined) {
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*%?$/.exec(thresholdRaw)
    threshold = m ? Number(m[1]) : NaN
    if (!Number.isFinite(threshold)) {
      throw new InputValueError(
        `Invalid value '${thresholdRaw}' for input 'threshold'. Give a percentage such as 10 or 10%.`
      )
    }
  }
  const compareRaw = optional('compare')
  const inputs: ActionInputs = {
    config: optional('config') ?? 'perf-gate.yml',
    baselineDir: optional('baseline-dir') ?? 'baselines',
    compare:
      compareRaw === undefined
        ? undefined
        : choice('compare', ['baseline', 'base-ref'] as const, 'baseline'),
    baseRef: optional('base-ref'),
    setup: optional('setup'),
    threshold,
    failOn: choice('fail-on', ['regression', 'budget', 'never'] as const, 'regression'),
    comment: choice('comment', ['always', 'on-regression', 'never'] as const, 'always'),
    updateBaselines: choice(
      'update-baselines',
      ['auto', 'commit', 'files', 'pull-request', 'never'] as const,
      'auto'
    ),
    // The runner fills the input from its default, ${{ github.token }}; a runner or wrapper that
    // does not evaluate that default may still export GITHUB_TOKEN, as workflows often do.
    token: input('token') || process.env.GITHUB_TOKEN?.trim() || '',
    resultsFile: optional('results-file') ?? 'perf-results.json',
    reportFile: optional('report-file') ?? 'perf-report.md',
    workloads: optional('workloads')
      ?.split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    shard: optional('shard'),
    results: list('results'),
    workingDirectory: optional('working-directory') ?? '.'
  }
  if (inputs.token) core.setSecret(inputs.token)
  core.debug(`Inputs: ${JSON.stringify({ ...inputs, token: inputs.token ? '***' : '' })}`)
  return inputs
}
