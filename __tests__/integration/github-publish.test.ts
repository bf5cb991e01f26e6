/**
 * src/github against a real local HTTP server that speaks GitHub's REST API
 * (__tests__/helpers/github-stub.ts): sticky comments across pages, modes, read-only tokens,
 * retries, baseline commits with races, and the pull-request mode.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { publishToGitHub, type PublishInput } from '../../src/github/publish.js'
import { commentMarker } from '../../src/github/comment-body.js'
import { BaselineCommitError } from '../../src/github/baseline-commit.js'
import type { Baseline } from '../../src/types.js'
import { startGitHubStub, type GitHubStub } from '../helpers/github-stub.js'
import { baseline, recordingLogger, results, verdict } from '../helpers/github-data.js'

const TOKEN = 'write-token'
let stub: GitHubStub
let waits: number[]

beforeEach(async () => {
  stub = await startGitHubStub()
  stub.commitFiles('main', { 'README.md': '# widgets\n' }, 'initial')
  waits = []
})
afterEach(async () => {
  await stub.stop()
})

function prEvent(number = 7): PublishInput['event'] {
  return {
    name: 'pull_request',
    payload: {
      number,
      pull_request: {
        number,
        head: { sha: 'f'.repeat(40), ref: 'feature', repo: { full_name: 'acme/widgets' } },
        base: { ref: 'main', repo: { full_name: 'acme/widgets' } }
      },
      repository: { full_name: 'acme/widgets', default_branch: 'main' }
    },
    repo: { owner: 'acme', repo: 'widgets' },
    sha: 'e'.repeat(40),
    ref: `refs/pull/${number}/merge`,
    runUrl: 'https://github.com/acme/widgets/actions/runs/1',
    serverUrl: 'https://github.com'
  }
}

function pushEvent(branch = 'main'): PublishInput['event'] {
  return {
    name: 'push',
    payload: {
      ref: `refs/heads/${branch}`,
      repository: { full_name: 'acme/widgets', default_branch: 'main' }
    },
    repo: { owner: 'acme', repo: 'widgets' },
    sha: stub.head('main') ?? 'a'.repeat(40),
    ref: `refs/heads/${branch}`,
    runUrl: 'https://github.com/acme/widgets/actions/runs/2',
    serverUrl: 'https://github.com'
  }
}

function input(
  overrides: Partial<PublishInput> = {}
): PublishInput & { log: ReturnType<typeof recordingLogger> } {
  const log = recordingLogger()
  return {
    token: TOKEN,
    apiUrl: stub.apiUrl,
    event: prEvent(),
    markdown: '## perf-gate: pass\n\nAll good.',
    verdict: verdict(true),
    results: results(),
    configName: 'perf-gate.yml',
    comment: 'always',
    baselineUpdate: 'never',
    baselineDir: 'baselines',
    baselines: new Map(),
    historyLimit: 30,
    retry: { sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
    ...overrides,
    log: (overrides.log as ReturnType<typeof recordingLogger>) ?? log
  }
}

describe('sticky PR comment', () => {
  it('creates one comment, then edits it, finding it behind two pages of other comments', async () => {
    stub.addComments(7, 150)
    const first = await publishToGitHub(input())
    expect(first.commentAction).toBe('created')
    expect(stub.commentsOn(7)).toHaveLength(151)
    const second = await publishToGitHub(input({ markdown: '## perf-gate: fail\n\nSlower.' }))
    expect(second.commentAction).toBe('updated')
    expect(second.commentUrl).toBe(first.commentUrl)
    const ours = stub.commentsOn(7).filter((c) => c.body.includes(commentMarker('perf-gate.yml')))
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('Slower.')
    // The second run had to read page 2 (comments 101..151) to find it.
    expect(stub.callsTo('GET', /\/issues\/7\/comments$/).some((c) => c.query.page === '2')).toBe(
      true
    )
    expect(stub.callsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1)
    expect(stub.callsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
  })

  it('uses the GitHub Enterprise Server API root it is given (/api/v3), pages included', async () => {
    const ghes = await startGitHubStub({ pathPrefix: '/api/v3' })
    try {
      ghes.addComments(7, 150)
      const first = await publishToGitHub(input({ apiUrl: `${ghes.apiUrl}/` }))
      const second = await publishToGitHub(input({ apiUrl: ghes.apiUrl }))
      expect([first.commentAction, second.commentAction]).toEqual(['created', 'updated'])
      expect(ghes.calls.every((c) => c.status < 400)).toBe(true)
      expect(ghes.callsTo('GET', /\/issues\/7\/comments$/).some((c) => c.query.page === '2')).toBe(
        true
      )
    } finally {
      await ghes.stop()
    }
  })

  it('keeps one comment per config', async () => {
    await publishToGitHub(input({ configName: 'a.yml' }))
    await publishToGitHub(input({ configName: 'b.yml' }))
    await publishToGitHub(input({ configName: 'a.yml' }))
    expect(stub.commentsOn(7)).toHaveLength(2)
  })

  it('on-regression: no new comment for a pass, but an existing comment is still updated', async () => {
    const pass = await publishToGitHub(input({ comment: 'on-regression' }))
    expect(pass.commentAction).toBe('skipped')
    expect(stub.commentsOn(7)).toHaveLength(0)
    const fail = await publishToGitHub(
      input({ comment: 'on-regression', verdict: verdict(false), markdown: 'red' })
    )
    expect(fail.commentAction).toBe('created')
    const fixed = await publishToGitHub(
      input({ comment: 'on-regression', markdown: 'green again' })
    )
    expect(fixed.commentAction).toBe('updated')
    expect(stub.commentsOn(7)[0].body).toContain('green again')
  })

  it('without a token: a warning when there was something to publish, silence otherwise', async () => {
    const pr = await publishToGitHub(input({ token: '' }))
    expect(pr.warnings[0]).toMatch(/No GitHub token/)
    const map = new Map([['checkout', baseline('checkout', OLD)]])
    const feature = await publishToGitHub(
      input({ token: '', event: pushEvent('feature'), baselineUpdate: 'auto', baselines: map })
    )
    expect(feature.warnings).toEqual([])
    expect(stub.calls).toHaveLength(0)
  })

  it('without GITHUB_REPOSITORY: a warning saying so, and no API call', async () => {
    const out = await publishToGitHub(
      input({ event: { ...prEvent(), repo: { owner: '', repo: '' } } })
    )
    expect(out.warnings).toEqual([
      'GITHUB_REPOSITORY is not set (owner/name), so the PR comment and baseline update were skipped. ' +
        'The Actions runner sets it; set it yourself when you run the action elsewhere.'
    ])
    expect(stub.calls).toHaveLength(0)
  })

  it('comment: never makes no API call', async () => {
    const out = await publishToGitHub(input({ comment: 'never' }))
    expect(out.commentAction).toBeUndefined()
    expect(stub.calls).toHaveLength(0)
  })

  it('truncates a report over the comment limit and links the run', async () => {
    const huge = Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join(
      '\n'
    )
    await publishToGitHub(input({ markdown: huge }))
    const body = stub.commentsOn(7)[0].body
    expect(body.length).toBeLessThanOrEqual(65536)
    expect(body).toContain('cut to fit')
    expect(body).toContain('https://github.com/acme/widgets/actions/runs/1')
  })

  it('a read-only token (403) is a warning with the fix, not a failure, and the token is never logged', async () => {
    const log = recordingLogger()
    const out = await publishToGitHub(input({ token: 'read-only-token', log }))
    expect(out.commentAction).toBeUndefined()
    expect(out.warnings).toHaveLength(1)
    expect(out.warnings[0]).toMatch(/403/)
    expect(out.warnings[0]).toMatch(/pull-requests: write/)
    expect(log.text()).not.toContain('read-only-token')
    expect(stub.calls.every((c) => c.auth === 'token')).toBe(true)
  })

  it('names the fork pattern when a fork PR cannot comment', async () => {
    const event = prEvent()
    event.payload.pull_request.head.repo.full_name = 'someone/widgets'
    const out = await publishToGitHub(input({ token: 'read-only-token', event }))
    expect(out.warnings[0]).toMatch(/fork/)
    expect(out.warnings[0]).toMatch(/workflow_run/)
  })

  it('retries a 500 with backoff', async () => {
    stub.fault({ method: 'GET', path: /\/issues\/7\/comments$/, status: 500, times: 2 })
    stub.fault({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 503 })
    stub.addComments(7, 1, () => `${commentMarker('perf-gate.yml')}\nold`)
    const out = await publishToGitHub(input({ markdown: 'new' }))
    expect(out.commentAction).toBe('updated')
    expect(stub.callsTo('GET', /\/issues\/7\/comments$/).map((c) => c.status)).toEqual([
      500, 500, 200
    ])
    expect(waits).toEqual([1000, 2000, 1000])
    expect(stub.commentsOn(7)[0].body).toContain('new')
  })

  it('a 500 on creating the comment neither loses nor duplicates it', async () => {
    // Not stored: perf-gate looks, finds nothing, posts again.
    stub.fault({ method: 'POST', path: /\/issues\/7\/comments$/, status: 500 })
    expect((await publishToGitHub(input())).commentAction).toBe('created')
    expect(stub.commentsOn(7)).toHaveLength(1)
    // Stored, then a 502 from a proxy: perf-gate finds it instead of posting a second one.
    stub.fault({ method: 'POST', path: /\/issues\/8\/comments$/, status: 502, afterWork: true })
    const out = await publishToGitHub(input({ event: prEvent(8) }))
    expect(out.commentAction).toBe('created')
    expect(out.commentUrl).toMatch(/\/pull\/8#issuecomment-/)
    expect(stub.commentsOn(8)).toHaveLength(1)
    expect(stub.callsTo('POST', /\/issues\/8\/comments$/)).toHaveLength(1)
  })

  it('waits retry-after on a secondary rate limit (403 and 429)', async () => {
    stub.fault({
      method: 'GET',
      path: /\/comments$/,
      status: 403,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '3' }
    })
    stub.fault({
      method: 'POST',
      path: /\/comments$/,
      status: 429,
      message: 'Too Many Requests',
      headers: { 'retry-after': '2' }
    })
    const out = await publishToGitHub(input())
    expect(out.commentAction).toBe('created')
    expect(waits).toEqual([3000, 2000])
  })

  it('abandons a stalled request after the time limit and retries it', async () => {
    stub.fault({ method: 'GET', path: /\/issues\/7\/comments$/, hangMs: 3000 })
    const started = Date.now()
    const out = await publishToGitHub(
      input({
        retry: { sleep: async (ms) => void waits.push(ms), random: () => 0.5, timeoutMs: 300 }
      })
    )
    expect(out.commentAction).toBe('created')
    expect(waits).toEqual([1000])
    expect(stub.callsTo('GET', /\/issues\/7\/comments$/)).toHaveLength(2)
    expect(Date.now() - started).toBeLessThan(2500)
  })

  it('a request that gets no answer is reported as such, not as an HTTP status', async () => {
    const closed = await startGitHubStub()
    const apiUrl = closed.apiUrl
    await closed.stop() // nothing listens there any more: connections are refused
    const out = await publishToGitHub(input({ apiUrl }))
    expect(out.commentUrl).toBeUndefined()
    expect(out.warnings).toHaveLength(1)
    expect(out.warnings[0]).toMatch(
      /^Could not comment on pull request #7: GitHub got no answer \(.*ECONNREFUSED.*\) after retries/
    )
    expect(out.warnings[0]).not.toMatch(/HTTP/)
    expect(waits.length).toBeGreaterThanOrEqual(1) // retried first, as for a 5xx
  })

  it('gives up after the retry budget and reports a warning', async () => {
    stub.fault({ method: 'GET', path: /\/comments$/, status: 502, times: 100 })
    const out = await publishToGitHub(input({ retry: { sleep: async () => {}, maxRetries: 2 } }))
    expect(out.warnings[0]).toMatch(/502/)
    expect(stub.callsTo('GET', /\/comments$/)).toHaveLength(3)
  })

  it('finds the PR of a workflow_run from a fork by its head', async () => {
    stub.commitFiles('feature', { 'x.txt': 'x' })
    stub.pulls.push({
      number: 12,
      title: 't',
      body: '',
      head: 'feature',
      base: 'main',
      state: 'open'
    })
    const event = {
      ...prEvent(),
      name: 'workflow_run',
      ref: 'refs/heads/main',
      payload: {
        workflow_run: {
          pull_requests: [],
          head_branch: 'feature',
          head_sha: stub.head('feature'),
          head_repository: { owner: { login: 'acme' } }
        }
      }
    }
    const out = await publishToGitHub(input({ event }))
    expect(out.commentAction).toBe('created')
    expect(stub.commentsOn(12)).toHaveLength(1)
  })
})

const OLD: Array<[string, string, number]> = [
  ['2026-11-01T00:00:00.000Z', 'c1', 100],
  ['2026-11-02T00:00:00.000Z', 'c2', 101]
]

function seedBaselines(): void {
  stub.commitFiles(
    'main',
    { 'baselines/checkout.json': JSON.stringify(baseline('checkout', OLD), null, 2) + '\n' },
    'seed'
  )
}

function parse(text: string | undefined): Baseline {
  expect(text).toBeDefined()
  return JSON.parse(text!) as Baseline
}

describe('baseline commit on main', () => {
  it('push to main: one commit on the previous head with the updated files and [skip ci]', async () => {
    seedBaselines()
    const before = stub.head('main')!
    const next = baseline('checkout', [...OLD, ['2026-11-03T00:00:00.000Z', 'c3', 99]])
    const out = await publishToGitHub(
      input({
        event: pushEvent(),
        comment: 'always',
        baselineUpdate: 'auto',
        baselines: new Map([['checkout', next]])
      })
    )
    expect(out.commentAction).toBeUndefined()
    expect(out.baselineCommit).toBe(stub.head('main'))
    const commit = stub.commit(out.baselineCommit!)!
    expect(commit.parents).toEqual([before])
    expect(commit.message).toContain('[skip ci]')
    const written = parse(stub.fileAt('main', 'baselines/checkout.json'))
    expect(written.history.map((h) => h.commit)).toEqual(['c1', 'c2', 'c3'])
    expect(stub.fileAt('main', 'README.md')).toBe('# widgets\n')
    expect(stub.callsTo('PATCH', /\/git\/refs\/heads\/main$/)).toHaveLength(1)
  })

  it('a 422 race is retried on the new head into one commit with the history of both runs', async () => {
    seedBaselines()
    // Another run commits its baseline while ours is between "create commit" and "update ref".
    let raced = false
    stub.beforeRequest = (method, path) => {
      if (!raced && method === 'PATCH' && path.endsWith('/git/refs/heads/main')) {
        raced = true
        const theirs = baseline('checkout', [...OLD, ['2026-11-03T06:00:00.000Z', 'other', 105]])
        stub.commitFiles(
          'main',
          { 'baselines/checkout.json': JSON.stringify(theirs, null, 2) + '\n' },
          'their update'
        )
      }
    }
    const theirHead = () => stub.commitsWithMessage('their update')
    const ours = baseline('checkout', [...OLD, ['2026-11-03T12:00:00.000Z', 'ours', 98]])
    const out = await publishToGitHub(
      input({
        event: pushEvent(),
        baselineUpdate: 'commit',
        baselines: new Map([['checkout', ours]])
      })
    )
    const patches = stub.callsTo('PATCH', /\/git\/refs\/heads\/main$/)
    expect(patches.map((c) => c.status)).toEqual([422, 200])
    const commit = stub.commit(out.baselineCommit!)!
    expect(commit.parents).toEqual([theirHead()])
    const written = parse(stub.fileAt('main', 'baselines/checkout.json'))
    expect(written.history.map((h) => h.commit)).toEqual(['c1', 'c2', 'other', 'ours'])
    expect(written.commit).toBe('ours')
  })

  it('stops after the bounded number of attempts when the branch keeps moving', async () => {
    seedBaselines()
    let n = 0
    stub.beforeRequest = (method, path) => {
      if (method === 'PATCH' && path.endsWith('/git/refs/heads/main')) {
        stub.commitFiles('main', { [`other-${n++}.txt`]: 'x' }, 'noise')
      }
    }
    const ours = baseline('checkout', [...OLD, ['2026-11-03T12:00:00.000Z', 'ours', 98]])
    await expect(
      publishToGitHub(
        input({
          event: pushEvent(),
          baselineUpdate: 'commit',
          commitAttempts: 3,
          baselines: new Map([['checkout', ours]])
        })
      )
    ).rejects.toBeInstanceOf(BaselineCommitError)
    expect(stub.callsTo('PATCH', /\/git\/refs\/heads\/main$/)).toHaveLength(3)
  })

  it('makes no commit when the files are already up to date', async () => {
    seedBaselines()
    const before = stub.head('main')
    const out = await publishToGitHub(
      input({
        event: pushEvent(),
        baselineUpdate: 'commit',
        baselines: new Map([['checkout', baseline('checkout', OLD)]])
      })
    )
    expect(out.baselineCommit).toBeUndefined()
    expect(stub.head('main')).toBe(before)
  })

  it('auto does nothing on a pull request or a push to another branch', async () => {
    seedBaselines()
    const before = stub.head('main')
    const map = new Map([
      ['checkout', baseline('checkout', [...OLD, ['2026-11-04T00:00:00.000Z', 'c4', 90]])]
    ])
    await publishToGitHub(input({ baselineUpdate: 'auto', comment: 'never', baselines: map }))
    stub.commitFiles('dev', { 'x.txt': 'y' })
    await publishToGitHub(
      input({ event: pushEvent('dev'), baselineUpdate: 'auto', comment: 'never', baselines: map })
    )
    expect(stub.head('main')).toBe(before)
    expect(stub.callsTo('POST', /\/git\/commits$/)).toHaveLength(0)
  })

  it('auto commits on a manual or nightly run on the default branch, never on a merge queue', async () => {
    seedBaselines()
    const map = new Map([
      ['checkout', baseline('checkout', [...OLD, ['2026-11-04T00:00:00.000Z', 'c4', 90]])]
    ])
    const queued = {
      ...pushEvent(),
      name: 'merge_group',
      ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc'
    }
    const before = stub.head('main')
    await publishToGitHub(input({ event: queued, baselineUpdate: 'auto', baselines: map }))
    expect(stub.head('main')).toBe(before)
    // A schedule payload carries no default branch here: it is asked from the API.
    const nightly = { ...pushEvent(), name: 'schedule', payload: { schedule: '0 3 * * *' } }
    const night = await publishToGitHub(
      input({ event: nightly, baselineUpdate: 'auto', baselines: map })
    )
    expect(night.baselineCommit).toBe(stub.head('main'))
    expect(stub.callsTo('GET', /\/repos\/acme\/widgets$/)).toHaveLength(1)
    const later = new Map([
      ['checkout', baseline('checkout', [...OLD, ['2026-11-05T00:00:00.000Z', 'c5', 80]])]
    ])
    const manual = await publishToGitHub(
      input({
        event: { ...pushEvent(), name: 'workflow_dispatch' },
        baselineUpdate: 'auto',
        baselines: later
      })
    )
    expect(manual.baselineCommit).toBe(stub.head('main'))
    expect(stub.callsTo('POST', /\/git\/commits$/)).toHaveLength(2)
  })

  it('a read-only token on the baseline commit is a warning naming contents: write', async () => {
    seedBaselines()
    const map = new Map([
      ['checkout', baseline('checkout', [...OLD, ['2026-11-04T00:00:00.000Z', 'c4', 90]])]
    ])
    const out = await publishToGitHub(
      input({ token: 'ro', event: pushEvent(), baselineUpdate: 'auto', baselines: map })
    )
    expect(out.baselineCommit).toBeUndefined()
    expect(out.warnings.join('\n')).toMatch(/contents: write/)
  })

  it('pull-request mode opens a PR from a bot branch, then updates the same PR', async () => {
    seedBaselines()
    const first = baseline('checkout', [...OLD, ['2026-11-04T00:00:00.000Z', 'c4', 90]])
    const a = await publishToGitHub(
      input({
        event: pushEvent(),
        comment: 'never',
        baselineUpdate: 'pull-request',
        baselines: new Map([['checkout', first]])
      })
    )
    expect(a.pullRequestUrl).toMatch(/\/pull\/100$/)
    expect(stub.pulls).toHaveLength(1)
    expect(stub.pulls[0]).toMatchObject({
      head: 'perf-gate/baselines',
      base: 'main',
      state: 'open'
    })
    const second = baseline('checkout', [...OLD, ['2026-11-05T00:00:00.000Z', 'c5', 91]])
    const b = await publishToGitHub(
      input({
        event: pushEvent(),
        comment: 'never',
        baselineUpdate: 'pull-request',
        baselines: new Map([['checkout', second]])
      })
    )
    expect(b.pullRequestUrl).toBe(a.pullRequestUrl)
    expect(stub.pulls).toHaveLength(1)
    // Main is untouched; the bot branch has both runs' history on top of main's head.
    const onBranch = parse(stub.fileAt('perf-gate/baselines', 'baselines/checkout.json'))
    expect(onBranch.history.map((h) => h.commit)).toEqual(['c1', 'c2', 'c4', 'c5'])
    expect(stub.commit(stub.head('perf-gate/baselines')!)!.parents).toEqual([stub.head('main')])
  })
})
