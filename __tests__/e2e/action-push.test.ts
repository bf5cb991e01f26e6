/**
 * The built action run as the Actions runner runs it, against the local GitHub REST stub
 * (__tests__/helpers/action-runner.ts). Pushes to main (baseline commit, 422 race) and the fork workflow_run pattern.
 * Needs a build: `npm run build` writes dist/index.js.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Baseline } from '../../src/types.js'
import {
  currentStub,
  expectExit,
  project,
  runAction,
  SHA,
  threshold,
  useActionHarness
} from '../helpers/action-runner.js'

useActionHarness()

describe('fork pattern: workflow_run judges an uploaded results file and comments', () => {
  it('finds the fork PR by its head and posts the comment without running workloads', async () => {
    // Half 1: the fork's pull_request run, read-only token, comment: never; it leaves perf-results.json.
    const forkRun = await project(5)
    const first = await runAction({
      cwd: forkRun,
      event: 'pull_request',
      with: { ...threshold, comment: 'never' },
      token: 'ro'
    })
    expectExit(first, 0)
    expect(currentStub().calls).toHaveLength(0)
    // Half 2: workflow_run in the base repository, default-branch checkout, results from the artifact.
    currentStub().commitFiles('feature', { 'x.txt': 'fork change' })
    currentStub().pulls.push({
      number: 7,
      title: 'fork PR',
      body: '',
      head: 'feature',
      base: 'main',
      state: 'open'
    })
    const base = await project(5)
    await writeFile(path.join(base, 'delay.txt'), '2000') // would time out the test if it ran the workload
    const payload = {
      action: 'completed',
      workflow_run: {
        id: 99,
        event: 'pull_request',
        conclusion: 'success',
        pull_requests: [],
        head_branch: 'feature',
        head_sha: currentStub().head('feature'),
        head_repository: { full_name: 'acme/widgets', owner: { login: 'acme' } }
      },
      repository: { full_name: 'acme/widgets', default_branch: 'main' }
    }
    const second = await runAction({
      cwd: base,
      event: 'workflow_run',
      payload,
      with: {
        ...threshold,
        results: path.join(forkRun, 'perf-results.json'),
        comment: 'always',
        'update-baselines': 'never'
      }
    })
    expectExit(second, 0)
    expect(second.outputs.verdict).toBe('pass')
    expect(second.stdout).not.toMatch(/repetition 1\/3/)
    expect(currentStub().commentsOn(7)).toHaveLength(1)
    expect(second.outputs['comment-url']).toMatch(/\/pull\/7#issuecomment-/)
  }, 60_000)
})

describe('action on push to main', () => {
  async function seedRemote(cwd: string): Promise<string> {
    const text = await readFile(path.join(cwd, 'baselines/spin.json'), 'utf8')
    currentStub().commitFiles(
      'main',
      { 'baselines/spin.json': text },
      'baselines from an earlier run'
    )
    return text
  }

  it('creates one commit on the previous head whose tree has the updated baselines', async () => {
    const cwd = await project(5)
    const seeded = JSON.parse(await seedRemote(cwd)) as Baseline
    const before = currentStub().head('main')!
    // A workflow shared by PRs and main may set compare: base-ref; a push has no base to run.
    const run = await runAction({
      cwd,
      event: 'push',
      with: { ...threshold, 'fail-on': 'never', compare: 'base-ref' }
    })
    expectExit(run, 0)
    expect(run.stdout).toContain(
      'compare: base-ref needs a pull request or a base-ref input; this push run compares against the committed baselines instead.'
    )
    const head = currentStub().head('main')!
    expect(run.outputs['baseline-commit']).toBe(head)
    const commit = currentStub().commit(head)!
    expect(commit.parents).toEqual([before])
    expect(commit.message).toContain('[skip ci]')
    expect(currentStub().callsTo('PATCH', /\/git\/refs\/heads\/main$/)).toHaveLength(1)
    const written = JSON.parse(currentStub().fileAt(head, 'baselines/spin.json')!) as Baseline
    expect(written.history).toHaveLength(seeded.history.length + 1)
    expect(written.history.at(-1)!.commit).toBe(SHA)
    expect(currentStub().fileAt(head, 'README.md')).toBe('# widgets\n')
    expect(currentStub().commentsOn(7)).toHaveLength(0)
  }, 60_000)

  it('a 422 race is retried into one clean commit with the history of both runs', async () => {
    const cwd = await project(5)
    const seeded = JSON.parse(await seedRemote(cwd)) as Baseline
    let theirs: string | undefined
    currentStub().beforeRequest = (method, p) => {
      if (theirs || method !== 'PATCH' || !p.endsWith('/git/refs/heads/main')) return
      // Another main-branch run lands its baseline between our commit and our ref update.
      const other: Baseline = {
        ...seeded,
        history: [
          ...seeded.history,
          {
            date: '2020-06-01T00:00:00.000Z',
            commit: 'd'.repeat(40),
            values: { 'latency.p50': 50 }
          }
        ]
      }
      theirs = currentStub().commitFiles(
        'main',
        { 'baselines/spin.json': JSON.stringify(other, null, 2) + '\n' },
        'their baselines'
      )
    }
    const run = await runAction({ cwd, event: 'push', with: { ...threshold, 'fail-on': 'never' } })
    expectExit(run, 0)
    expect(
      currentStub()
        .callsTo('PATCH', /\/git\/refs\/heads\/main$/)
        .map((c) => c.status)
    ).toEqual([422, 200])
    const head = currentStub().head('main')!
    expect(run.outputs['baseline-commit']).toBe(head)
    expect(currentStub().commit(head)!.parents).toEqual([theirs])
    const written = JSON.parse(currentStub().fileAt(head, 'baselines/spin.json')!) as Baseline
    const commits = written.history.map((h) => h.commit)
    expect(commits).toContain('d'.repeat(40))
    expect(commits).toContain(SHA)
    for (const h of seeded.history) expect(commits).toContain(h.commit)
    expect(written.history).toHaveLength(seeded.history.length + 2)
  }, 60_000)
})
