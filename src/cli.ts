/**
 * The `perf-gate` command line: the same pipeline as the action, so a CI verdict can be
 * reproduced locally. Exit codes: 0 pass, 1 the gate failed, 2 usage or input error.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { readBaselineDir, writeBaselines, readBaseline } from './baseline/store.js'
import { updateBaseline, DEFAULT_HISTORY } from './baseline/merge.js'
import { loadConfig, DEFAULT_CONFIG } from './config/load.js'
import { ConfigError } from './config/validate.js'
import type { LoadedConfig } from './config/types.js'
import { unsetEnvironment } from './config/references.js'
import { InputError, writeFileAtomic } from './files.js'
import { gateFails, judgeAgainstBaselines, judgePaired } from './gate.js'
import { consoleLogger } from './log.js'
import { markdownToText } from './report/text.js'
import { readResults, writeResults } from './results/io.js'
import { VERSION } from './version.js'
import type { Baseline, Results, Verdict } from './types.js'
import { WorkloadError } from './workloads/types.js'
import { subcommands } from './cli-commands.js'
import { splitNames } from './names.js'

const USAGE = `perf-gate ${VERSION} — gate pull requests on performance

Usage:
  perf-gate run [--config perf-gate.yml] [--baseline baselines] [--output perf-results.json]
                [--report perf-report.md] [--format text|markdown|json] [--threshold <percent>]
                [--only <workload>[,<workload>...]] [--shard i/n] [--repetitions N]
                [--compare-to <git ref>] [--no-compare]
  perf-gate compare --baseline <dir> --current <results.json> [--current <more.json|pattern> ...] [--threshold <percent>] [--format json|markdown]
  perf-gate compare --base-results <base.json> --current <results.json> [--threshold <percent>] [--format json|markdown]
  perf-gate baseline update [--baseline baselines] --from <results.json> [more.json ...] [--history 30]
  perf-gate validate [--config perf-gate.yml]
  perf-gate printer --printer <name>[:port] [--printer ...] [--control-port 0]
  perf-gate load <url> [--connections N] [--duration s | --requests N] [--rate r] ...
  perf-gate --version | --help

Every command reads perf-gate.yml unless --config names another file. Results files may also be
in the generic samples format {"benchmarks":[{"name","unit","direction","samples":[...]}]}.
Exit codes: 0 pass, 1 the gate failed, 2 usage or input error.`

class UsageError extends Error {}

/** Errors whose message is written for the user (shown without a stack trace). */
const USER_ERRORS = new Set([
  'TemplateError',
  'BaseRefError',
  'SetupError',
  'BudgetSyntaxError',
  'BudgetUnitError',
  'GitError',
  'ServiceError',
  'InputValueError'
])

function parse(argv: string[], options: ParseArgsConfig['options']): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/, '.'))
  }
}

function parseThreshold(v: unknown): number | undefined {
  if (v === undefined) return undefined
  const n = Number(String(v).replace('%', '').trim())
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--threshold: "${v}" is not a percentage (e.g. 10 or 10%).`)
  return n
}

async function loadOptionalConfig(file: string | undefined): Promise<LoadedConfig | undefined> {
  if (file) return loadConfig(file)
  return existsSync(DEFAULT_CONFIG) ? loadConfig(DEFAULT_CONFIG) : undefined
}

function output(verdict: Verdict, markdown: string, format: string): void {
  if (format === 'json') process.stdout.write(JSON.stringify(verdict, null, 2) + '\n')
  else if (format === 'text') process.stdout.write(markdownToText(markdown) + '\n')
  else process.stdout.write(markdown + '\n')
}

function checkFormat(v: unknown, allowed: string[]): string {
  const f = String(v)
  if (!allowed.includes(f))
    throw new UsageError(`--format: "${f}" is not one of ${allowed.join(', ')}.`)
  return f
}

async function cmdRun(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    config: { type: 'string' },
    baseline: { type: 'string', default: 'baselines' },
    output: { type: 'string', default: 'perf-results.json' },
    report: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
    threshold: { type: 'string' },
    only: { type: 'string' },
    shard: { type: 'string' },
    repetitions: { type: 'string' },
    'compare-to': { type: 'string' },
    'no-compare': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false }
  })
  const format = checkFormat(values.format, ['text', 'markdown', 'json'])
  const threshold = parseThreshold(values.threshold)
  if (values['compare-to'] !== undefined && values['no-compare'])
    throw new UsageError(
      '--compare-to runs the base commit to compare against, --no-compare compares nothing: give one of them.'
    )
  // Before anything runs: a directory there would only fail after every workload ran.
  for (const flag of ['output', 'report'] as const) {
    const f = values[flag] as string | undefined
    if (f && existsSync(f) && statSync(f).isDirectory())
      throw new UsageError(
        `--${flag}: ${f} is a directory; give a file path (e.g. ${path.join(f, flag === 'output' ? 'perf-results.json' : 'perf-report.md')}).`
      )
  }
  const loaded = await loadConfig((values.config as string | undefined) ?? DEFAULT_CONFIG)
  const log = consoleLogger(process.stderr, values.verbose as boolean)
  const controller = new AbortController()
  const onSignal = (): void => {
    log.warn('interrupted: stopping workloads and fixtures…')
    controller.abort()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    let repetitions: number | undefined
    if (values.repetitions !== undefined) {
      repetitions = Number(values.repetitions)
      if (!Number.isInteger(repetitions) || repetitions < 1)
        throw new UsageError(`--repetitions: "${values.repetitions}" is not a whole number >= 1.`)
    }
    const only =
      values.only === undefined
        ? undefined
        : splitNames(
            String(values.only),
            loaded.config.workloads.map((w) => w.name)
          )
    // The pipeline (printer parser, QR decoder, HTTP driver, A/B orchestration) loads only for
    // `run`, so `compare`, `baseline` and `validate` start quickly.
    const { runAll } = await import('./pipeline.js')
    if (values['compare-to']) {
      const { abNotes, runCompareTo } = await import('./abtest-glue.js')
      const ab = await runCompareTo({
        ref: String(values['compare-to']),
        loaded,
        log,
        signal: controller.signal,
        only,
        shard: values.shard as string | undefined,
        threshold
      })
      await writeResults(values.output as string, ab.head)
      const judged = judgePaired(
        ab.base,
        ab.head,
        loaded.config,
        { threshold },
        { notes: abNotes(ab) }
      )
      if (values.report) await writeFileAtomic(values.report as string, judged.markdown + '\n')
      output(judged.verdict, judged.markdown, format)
      return gateFails(judged.verdict, 'regression') ? 1 : 0
    }
    const results = await runAll(loaded, log, {
      only,
      shard: values.shard as string | undefined,
      signal: controller.signal,
      repetitions
    })
    if (controller.signal.aborted) {
      // What finished is kept (never a dropped result), but there is no verdict on a part.
      if (results.workloads.length) {
        await writeResults(values.output as string, { ...results, interrupted: true })
        log.error(
          `interrupted: no verdict. The ${results.workloads.length} finished workload(s) are in ${values.output}; do not update baselines from it.`
        )
      } else log.error('interrupted: no verdict, no workload finished.')
      return 130
    }
    await writeResults(values.output as string, results)
    log.info(`results written to ${values.output}`)
    const baselines = values['no-compare']
      ? new Map<string, Baseline>()
      : await readBaselineDir(values.baseline as string)
    const judged = judgeAgainstBaselines(
      results,
      baselines,
      loaded.config,
      { threshold },
      {
        refreshHint: `Refresh baselines: \`perf-gate baseline update --baseline ${values.baseline} --from ${values.output}\`.`,
        uncompared: values['no-compare'] === true
      }
    )
    if (values.report) await writeFileAtomic(values.report as string, judged.markdown + '\n')
    output(judged.verdict, judged.markdown, format)
    return gateFails(judged.verdict, 'regression') ? 1 : 0
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function cmdCompare(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    config: { type: 'string' },
    baseline: { type: 'string' },
    current: { type: 'string', multiple: true },
    'base-results': { type: 'string' },
    threshold: { type: 'string' },
    format: { type: 'string', default: 'markdown' }
  })
  const format = checkFormat(values.format, ['json', 'markdown'])
  const threshold = parseThreshold(values.threshold)
  const currentFiles = (values.current as string[] | undefined) ?? []
  if (currentFiles.length === 0) throw new UsageError('compare needs --current <results.json>.')
  if (!values.baseline === !values['base-results'])
    throw new UsageError(
      'compare needs exactly one of --baseline <dir> or --base-results <base.json>.'
    )
  const loaded = await loadOptionalConfig(values.config as string | undefined)
  // Several --current files (or patterns: shards of one run) are judged as one run.
  const { gatherResults } = await import('./results/gather.js')
  const current = await gatherResults(currentFiles, process.cwd(), {
    label: '--current',
    hint: 'Quote the pattern so that perf-gate expands it, or check the path.'
  })
  if (values['base-results']) {
    const base = await readResults(values['base-results'] as string)
    const judged = judgePaired(base, current, loaded?.config, { threshold })
    output(judged.verdict, judged.markdown, format)
    return judged.verdict.verdict === 'fail' ? 1 : 0
  }
  const dir = values.baseline as string
  if (!existsSync(dir))
    throw new InputError(
      `--baseline ${dir}: directory not found. Create baselines with \`perf-gate baseline update --baseline ${dir} --from <results.json>\`.`
    )
  const judged = judgeAgainstBaselines(current, await readBaselineDir(dir), loaded?.config, {
    threshold
  })
  output(judged.verdict, judged.markdown, format)
  return judged.verdict.verdict === 'fail' ? 1 : 0
}

async function cmdBaseline(argv: string[]): Promise<number> {
  const [action, ...rest] = argv
  if (action !== 'update')
    throw new UsageError(
      `baseline: unknown action "${action ?? ''}". Use \`perf-gate baseline update --from <results.json>\`.`
    )
  const { values, positionals } = parse(rest, {
    baseline: { type: 'string', default: 'baselines' },
    from: { type: 'string', multiple: true },
    history: { type: 'string' },
    config: { type: 'string' }
  })
  const files = [...((values.from as string[] | undefined) ?? []), ...positionals]
  if (!files.length)
    throw new UsageError('baseline update needs --from <results.json> [more.json ...].')
  const loaded = await loadOptionalConfig(values.config as string | undefined)
  const limit =
    values.history !== undefined
      ? Number(values.history)
      : (loaded?.config.defaults.history ?? DEFAULT_HISTORY)
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--history: "${values.history}" is not a whole number >= 1.`)
  // Read and validate everything first: a bad file must not leave some baselines updated.
  const inputs: Results[] = []
  for (const f of files) inputs.push(await readResults(f))
  const dir = values.baseline as string
  const updated = new Map<string, Baseline>()
  for (const results of inputs) {
    for (const w of results.workloads) {
      if (w.status === 'error') {
        process.stderr.write(
          `skipping ${w.name} from ${files[inputs.indexOf(results)]}: the workload failed (${w.error?.split('\n')[0]}).\n`
        )
        continue
      }
      const existing = updated.get(w.name) ?? (await readBaseline(dir, w.name))
      updated.set(w.name, updateBaseline(existing, w, results, limit))
    }
  }
  const written = await writeBaselines(dir, updated.values())
  for (const f of written) process.stdout.write(`wrote ${f}\n`)
  return 0
}

async function cmdValidate(argv: string[]): Promise<number> {
  const { values } = parse(argv, { config: { type: 'string' } })
  const file = (values.config as string | undefined) ?? DEFAULT_CONFIG
  const loaded = await loadConfig(file)
  const c = loaded.config
  process.stdout.write(
    `${path.relative(process.cwd(), path.resolve(file)) || file}: valid — ${c.workloads.length} workloads, ${Object.keys(c.printers).length} printers, ${Object.keys(c.services).length} services.\n`
  )
  // Not an error here: secrets are often set only in CI. `run` refuses to start without them.
  for (const issue of unsetEnvironment(loaded, c.workloads, process.env))
    process.stderr.write(
      `warning: ${file}: ${issue.path}: ${issue.message} \`run\` will not start until it is set.\n`
    )
  return 0
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  try {
    switch (cmd) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(USAGE + '\n')
        return cmd === undefined ? 2 : 0
      case '-v':
      case '--version':
        process.stdout.write(VERSION + '\n')
        return 0
      case 'run':
        return await cmdRun(rest)
      case 'compare':
        return await cmdCompare(rest)
      case 'baseline':
        return await cmdBaseline(rest)
      case 'validate':
        return await cmdValidate(rest)
      default: {
        const sub = subcommands[cmd]
        if (sub) return await sub(rest)
        throw new UsageError(
          `unknown command "${cmd}". Commands: run, compare, baseline update, validate, ${Object.keys(subcommands).join(', ')}.`
        )
      }
    }
  } catch (err) {
    if ((err as Error)?.name === 'ABCancelledError') {
      process.stderr.write(`perf-gate: ${(err as Error).message}\n`)
      return 130
    }
    if (err instanceof UsageError) {
      process.stderr.write(`perf-gate: ${err.message}\nRun \`perf-gate --help\` for usage.\n`)
      return 2
    }
    if (
      err instanceof ConfigError ||
      err instanceof InputError ||
      err instanceof WorkloadError ||
      USER_ERRORS.has((err as Error)?.name)
    ) {
      process.stderr.write(`perf-gate: ${(err as Error).message}\n`)
      return 2
    }
    process.stderr.write(`perf-gate: unexpected error: ${(err as Error)?.message ?? String(err)}\n`)
    if (process.env.PERF_GATE_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`)
    return 2
  }
}
