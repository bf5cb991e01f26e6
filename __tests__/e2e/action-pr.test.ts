/**
 * The built action run as the Actions runner runs it, against the local GitHub REST stub
 * (__tests__/helpers/action-runner.ts). Pull request events: the sticky comment, a regression, a read-only token, a 500.
 * Needs a build: `npm run build` writes dist/index.js.
 */
import { describe, expect, it } from '@jest/globals'
import {
  currentStub,
  useActionHarness,
  expectExit,
  project,
  runAction,
  threshold,
  visible,
  WRITE_TOKEN,
  bench
} from '../helpers/action-runner.js'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

useActionHarness()

describe('action on pull_request', () => {
  it('first run creates one comment, the second edits it; outputs and summary are set', async () => {
    currentStub().addComments(7, 120)
    const cwd = await project(5)
    const first = await runAction({ cwd, event: 'pull_request', with: threshold })
    expectExit(first, 0)
    expect(first.outputs.verdict).toBe('pass')
    expect(first.outputs.regressions).toBe('0')
    expect(first.summary).toContain('perf-gate')
    expect(first.outputs['comment-url']).toMatch(/\/pull\/7#issuecomment-\d+$/)
    const second = await runAction({ cwd, event: 'pull_request', with: threshold })
    expectExit(second, 0)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    const ours = currentStub()
      .commentsOn(7)
      .filter((c) => c.body.includes('<!-- perf-gate:comment'))
    expect(ours).toHaveLength(1)
    expect(currentStub().callsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1)
    expect(currentStub().callsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
    expect(currentStub().head('main')).toBe(currentStub().commitsWithMessage('initial')) // a PR never commits baselines
    // The token is registered as a secret (the runner swallows ::add-mask:: and masks it) and never printed otherwise.
    expect(first.stdout).toContain(`::add-mask::${WRITE_TOKEN}`)
    expect(visible(first.stdout + second.stdout)).not.toContain(WRITE_TOKEN)
  }, 60_000)

  it('a regressing PR fails with outputs, summary, annotations and a comment', async () => {
    const cwd = await project(5)
    await writeFile(path.join(cwd, 'bench.json'), bench(20)) // render: 10 ms -> 200 ms
    const run = await runAction({
      cwd,
      event: 'pull_request',
      with: { ...threshold, comment: 'on-regression' }
    })
    expectExit(run, 1)
    expect(run.outputs.verdict).toBe('fail')
    expect(Number(run.outputs.regressions)).toBeGreaterThanOrEqual(1)
    expect(run.summary).toMatch(/FAIL/)
    expect(run.stdout).toMatch(/::error/)
    expect(currentStub().commentsOn(7)).toHaveLength(1)
    expect(currentStub().commentsOn(7)[0].body).toMatch(/regression/)
    expect(currentStub().commentsOn(7)[0].body).toContain('render')
  }, 60_000)

  it('a 403 on commenting (read-only token) is a warning, not a failure', async () => {
    const cwd = await project(5)
    const run = await runAction({
      cwd,
      event: 'pull_request',
      with: threshold,
      token: 'read-only-token'
    })
    expectExit(run, 0)
    expect(run.outputs.verdict).toBe('pass')
    expect(run.outputs['comment-url']).toBeUndefined()
    expect(run.stdout).toMatch(/::warning::.*403/)
    expect(visible(run.stdout)).not.toContain('read-only-token')
    expect(currentStub().commentsOn(7)).toHaveLength(0)
  }, 60_000)

  it('a 500 from the API is retried', async () => {
    currentStub().fault({ method: 'POST', path: /\/issues\/7\/comments$/, status: 500 })
    const cwd = await project(5)
    const run = await runAction({ cwd, event: 'pull_request', with: threshold })
    expectExit(run, 0)
    expect(
      currentStub()
        .callsTo('POST', /\/issues\/7\/comments$/)
        .map((c) => c.status)
    ).toEqual([500, 201])
    expect(currentStub().commentsOn(7)).toHaveLength(1)
  }, 60_000)

  it('runner oddities: no job summary file is a warning, a broken event file or working-directory a clear error', async () => {
    const cwd = await project(5)
    const noSummary = await runAction({
      cwd,
      event: 'pull_request',
      with: threshold,
      env: { GITHUB_STEP_SUMMARY: undefined }
    })
    expectExit(noSummary, 0)
    expect(noSummary.outputs.verdict).toBe('pass')
    expect(noSummary.stdout).toMatch(/::warning::GITHUB_STEP_SUMMARY is not set.*perf-report\.md/)
    expect(currentStub().commentsOn(7)).toHaveLength(1) // the rest of the run went on

    const broken = await runAction({ cwd, event: 'pull_request', payload: '{"number": 7,' })
    expectExit(broken, 1)
    expect(broken.stdout).toMatch(/^::error::GITHUB_EVENT_PATH \S+event\.json is not valid JSON/m)
    expect(broken.stdout).not.toMatch(/^\s+at /m) // no stack trace

    const lost = await runAction({
      cwd,
      event: 'pull_request',
      with: { ...threshold, 'working-directory': 'services/api' }
    })
    expectExit(lost, 1)
    expect(lost.stdout).toContain(
      `::error::Input 'working-directory': ${path.join(cwd, 'services/api')} does not exist.`
    )

    // Refused before the workloads run, not after.
    const dirAsFile = await runAction({
      cwd,
      event: 'pull_request',
      with: { ...threshold, 'results-file': 'baselines' }
    })
    expectExit(dirAsFile, 1)
    expect(dirAsFile.stdout).toContain(
      `::error::Input 'results-file': ${path.join(cwd, 'baselines')} is a directory; give a file path`
    )
    expect(dirAsFile.stdout).not.toMatch(/repetition 1\//)
  }, 60_000)

  it('sharded: two matrix jobs each run half, a gate job judges them through a results pattern', async () => {
    const cwd = await project(5)
    for (const i of [1, 2]) {
      const shard = await runAction({
        cwd,
        event: 'pull_request',
        with: {
          ...threshold,
          shard: `${i}/2`,
          'results-file': `perf-results-${i}.json`,
          comment: 'never'
        }
      })
      expectExit(shard, 0)
    }
    await writeFile(path.join(cwd, 'delay.txt'), '2000') // the gate must not run the workloads itself
    const gate = await runAction({
      cwd,
      event: 'pull_request',
      with: { ...threshold, results: 'perf-results-*.json' }
    })
    expectExit(gate, 0)
    expect(gate.stdout).not.toMatch(/repetition 1\/3/)
    const body = currentStub().commentsOn(7)[0]!.body
    expect(body).toContain('spin')
    expect(body).toContain('imported')
    expect(gate.summary).toMatch(/2 workloads/)
  }, 60_000)
})
