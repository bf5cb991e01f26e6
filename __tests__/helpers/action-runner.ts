/**
 * Runs the built action (`node dist/index.js`) the way the Actions runner runs it: INPUT_*
 * variables (action.yml defaults plus the step's `with:`), GITHUB_EVENT_NAME/PATH with a
 * real-shaped payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL pointing at a
 * local REST server (./github-stub.ts), and a temp copy of a small project as the workspace.
 *
 * `useActionHarness()` registers the jest hooks: a project template with baselines written by
 * the action itself (once per file), and a fresh stub repository per test.
 * Needs a build: `npm run build` writes dist/index.js.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { startGitHubStub, type GitHubStub } from './github-stub.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const DIST = path.join(ROOT, 'dist/index.js')
export const WRITE_TOKEN = 'write-token'
export const SHA = 'c0ffee'.padEnd(40, '0')

/**
 * The project under test: a `command` workload whose speed is set by delay.txt (same definition
 * either way), and an `import` workload reading fixed samples from bench.json, so the regressing
 * case does not depend on how busy the machine is.
 */
const CONFIG = `version: 1
defaults:
  repetitions: 3
  warmup: 0
workloads:
  - name: spin
    kind: command
    iterations: 2
    command: node -e "const ms=Number(require('fs').readFileSync('delay.txt','utf8'));const t=Date.now();while(Date.now()-t<ms){}"
  - name: imported
    kind: import
    file: bench.json
`

/** Samples of another tool, three runs; `factor` scales them (a slower build). */
export const bench = (factor: number): string =>
  JSON.stringify({
    benchmarks: [
      {
        name: 'render',
        unit: 'ms',
        direction: 'smaller',
        runs: [
          [10, 10.2, 9.9],
          [10.1, 10, 10.3],
          [9.8, 10.1, 10]
        ].map((run) => run.map((v) => v * factor))
      }
    ]
  })

export interface RunResult {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

let template: string
let work: string
let stub: GitHubStub

/** The stub repository of the running test. */
export const currentStub = (): GitHubStub => stub

/** Defaults of action.yml inputs, as the runner passes them (expressions are left to the test). */
async function actionDefaults(): Promise<Record<string, string>> {
  const file = path.join(ROOT, 'action.yml')
  if (!existsSync(file)) return {}
  const doc = parseYaml(await readFile(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined || String(spec.default).includes('${{')) continue
    out[name] = String(spec.default)
  }
  return out
}

/** The runner's INPUT_ naming: upper case, spaces to underscores, hyphens kept. */
const inputVar = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

/** The log as the runner shows it: workflow commands that it consumes (add-mask) are not printed. */
export const visible = (log: string): string =>
  log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')

/** GitHub's multi-line GITHUB_OUTPUT format: name<<delimiter / value / delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

function pullRequestPayload(number: number) {
  const repo = {
    full_name: 'acme/widgets',
    name: 'widgets',
    owner: { login: 'acme' },
    default_branch: 'main'
  }
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      html_url: `https://github.com/acme/widgets/pull/${number}`,
      head: { ref: 'feature', sha: SHA, repo },
      base: { ref: 'main', sha: 'b'.repeat(40), repo }
    },
    repository: repo,
    sender: { login: 'octocat' }
  }
}

function pushPayload(before: string) {
  return {
    ref: 'refs/heads/main',
    before,
    after: SHA,
    repository: {
      full_name: 'acme/widgets',
      name: 'widgets',
      owner: { login: 'acme' },
      default_branch: 'main'
    },
    head_commit: { id: SHA, message: 'change' },
    sender: { login: 'octocat' }
  }
}

/** Runs dist/index.js in `cwd` as a step would, with `with` inputs on top of action.yml's defaults. */
export async function runAction(options: {
  cwd: string
  event: 'pull_request' | 'push' | 'workflow_run'
  with?: Record<string, string>
  /** The event payload; a string is written as it is (to test a broken file). */
  payload?: unknown
  token?: string
  /** Runner variables to change (undefined: leave the variable out). */
  env?: Record<string, string | undefined>
}): Promise<RunResult> {
  const runnerDir = await mkdtemp(path.join(tmpdir(), 'perf-gate-runner-'))
  const eventPath = path.join(runnerDir, 'event.json')
  const outputPath = path.join(runnerDir, 'output.txt')
  const summaryPath = path.join(runnerDir, 'summary.md')
  const payload =
    options.payload ??
    (options.event === 'push'
      ? pushPayload(stub.head('main') ?? '0'.repeat(40))
      : pullRequestPayload(7))
  await writeFile(eventPath, typeof payload === 'string' ? payload : JSON.stringify(payload))
  await writeFile(outputPath, '')
  await writeFile(summaryPath, '')
  const inputs = { ...(await actionDefaults()), config: 'perf-gate.yml', ...options.with }
  // A clean environment: none of the host's GITHUB_* (tests may run inside Actions) or NODE_OPTIONS.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: SHA,
    GITHUB_REF: options.event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: stub.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: options.cwd,
    RUNNER_TEMP: runnerDir
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVar(name)] = value
  env[inputVar('token')] = options.token ?? WRITE_TOKEN
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  const child = spawn(process.execPath, [DIST], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stdout += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  const result = {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8')
  }
  await rm(runnerDir, { recursive: true, force: true })
  return result
}

/** Asserts the exit code, showing the action's log when it differs. */
export function expectExit(run: RunResult, code: number): void {
  if (run.code !== code)
    throw new Error(`expected exit code ${code}, got ${run.code}; action log:\n${run.stdout}`)
}

/** A fresh copy of the project, running at `delayMs` per iteration. */
export async function project(delayMs: number, withBaselines = true): Promise<string> {
  const dir = path.join(work, `p${Math.random().toString(36).slice(2, 8)}`)
  await cp(template, dir, { recursive: true })
  if (!withBaselines) await rm(path.join(dir, 'baselines'), { recursive: true, force: true })
  await writeFile(path.join(dir, 'delay.txt'), String(delayMs))
  return dir
}

/** Registers the hooks: template project once, a fresh stub (with an initial commit on main) per test. */
export function useActionHarness(): void {
  beforeAll(async () => {
    if (!existsSync(DIST))
      throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests.`)
    work = await mkdtemp(path.join(tmpdir(), 'perf-gate-e2e-'))
    template = path.join(work, 'template')
    await mkdir(template)
    await writeFile(path.join(template, 'perf-gate.yml'), CONFIG)
    await writeFile(path.join(template, 'delay.txt'), '5')
    await writeFile(path.join(template, 'bench.json'), bench(1))
    // Baselines of the fast version, written by the action itself (update-baselines: files).
    stub = await startGitHubStub()
    const made = await runAction({
      cwd: template,
      event: 'push',
      with: { comment: 'never', 'update-baselines': 'files' }
    })
    await stub.stop()
    expectExit(made, 0)
    expect(existsSync(path.join(template, 'baselines/spin.json'))).toBe(true)
    await rm(path.join(template, 'perf-results.json'), { force: true })
    await rm(path.join(template, 'perf-report.md'), { force: true })
  }, 60_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  beforeEach(async () => {
    stub = await startGitHubStub()
    stub.commitFiles('main', { 'README.md': '# widgets\n' }, 'initial')
  })
  afterEach(async () => {
    await stub.stop()
  })
}

// Wide: a busy 2-core runner can slow node's start-up several-fold, which must not flip the passing
// cases; the regressing case is the import workload's fixed samples, 20x slower.
export const threshold = { threshold: '1000' }
