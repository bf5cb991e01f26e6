/**
 * API cost of perf-gate's GitHub side, measured against the local REST stub: requests per
 * operation (what matters against the real API, where each request takes ~100-300 ms) and the
 * client's own time on loopback (median of 7).
 *
 *   npx tsx scripts/bench-github.ts
 */
import { publishToGitHub, type PublishInput } from '../src/github/publish.js'
import { startGitHubStub, type GitHubStub } from '../__tests__/helpers/github-stub.js'
import { baseline, recordingLogger, results, verdict } from '../__tests__/helpers/github-data.js'

const RUNS = 7

function input(stub: GitHubStub, over: Partial<PublishInput>): PublishInput {
  return {
    token: 'write-token',
    apiUrl: stub.apiUrl,
    event: {
      name: 'pull_request',
      payload: { pull_request: { number: 7 }, repository: { default_branch: 'main' } },
      repo: { owner: 'acme', repo: 'widgets' },
      sha: 'e'.repeat(40),
      ref: 'refs/pull/7/merge',
      serverUrl: 'https://github.com'
    },
    markdown: '## perf-gate\n' + 'x'.repeat(20_000),
    verdict: verdict(true),
    results: results(),
    configName: 'perf-gate.yml',
    comment: 'always',
    baselineUpdate: 'never',
    baselineDir: 'baselines',
    baselines: new Map(),
    historyLimit: 30,
    log: recordingLogger(),
    retry: { sleep: async () => {} },
    ...over
  }
}

const push = (stub: GitHubStub): PublishInput['event'] => ({
  name: 'push',
  payload: { repository: { default_branch: 'main' } },
  repo: { owner: 'acme', repo: 'widgets' },
  sha: stub.head('main')!,
  ref: 'refs/heads/main',
  serverUrl: 'https://github.com'
})

function workloads(n: number, day: number): Map<string, ReturnType<typeof baseline>> {
  const map = new Map<string, ReturnType<typeof baseline>>()
  for (let i = 0; i < n; i++) {
    const history: Array<[string, string, number]> = Array.from({ length: 30 }, (_, k) => [
      new Date(Date.UTC(2026, 0, 1 + k + day)).toISOString(),
      `c${k + day}`,
      100 + k
    ])
    map.set(`w${i}`, baseline(`w${i}`, history))
  }
  return map
}

async function measure(
  name: string,
  setup: (stub: GitHubStub) => void,
  run: (stub: GitHubStub) => Promise<unknown>
): Promise<string> {
  const times: number[] = []
  let calls = 0
  for (let i = 0; i < RUNS; i++) {
    const stub = await startGitHubStub()
    stub.commitFiles('main', { 'README.md': 'x' })
    setup(stub)
    const t0 = performance.now()
    await run(stub)
    times.push(performance.now() - t0)
    calls = stub.calls.length
    await stub.stop()
  }
  times.sort((a, b) => a - b)
  return `| ${name} | ${calls} | ${times[Math.floor(RUNS / 2)].toFixed(1)} |`
}

const rows = [
  '| operation | requests | client time on loopback, median ms |',
  '| --- | --- | --- |',
  await measure(
    'first PR comment, PR without comments',
    () => {},
    (s) => publishToGitHub(input(s, {}))
  ),
  await measure(
    'edit the comment, 250 other comments before it',
    (s) => {
      s.addComments(7, 250)
      s.addComments(7, 1, () => '<!-- perf-gate:comment config="perf-gate.yml" -->\nold')
    },
    (s) => publishToGitHub(input(s, {}))
  ),
  await measure(
    'baseline commit, 1 workload',
    () => {},
    (s) =>
      publishToGitHub(
        input(s, {
          event: push(s),
          comment: 'never',
          baselineUpdate: 'commit',
          baselines: workloads(1, 0)
        })
      )
  ),
  await measure(
    'baseline commit, 10 workloads',
    () => {},
    (s) =>
      publishToGitHub(
        input(s, {
          event: push(s),
          comment: 'never',
          baselineUpdate: 'commit',
          baselines: workloads(10, 0)
        })
      )
  ),
  await measure(
    'baseline commit, 10 workloads, one 422 race',
    (s) => {
      let raced = false
      s.beforeRequest = (method, path) => {
        if (!raced && method === 'PATCH' && path.endsWith('/git/refs/heads/main')) {
          raced = true
          s.commitFiles('main', { 'other.txt': 'y' })
        }
      }
    },
    (s) =>
      publishToGitHub(
        input(s, {
          event: push(s),
          comment: 'never',
          baselineUpdate: 'commit',
          baselines: workloads(10, 1)
        })
      )
  )
]
console.log(rows.join('\n'))
