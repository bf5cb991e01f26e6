/** Pure parts of src/github: comment body and truncation, retry decisions, event reading. */
import { describe, expect, it } from '@jest/globals'
import {
  buildCommentBody,
  commentMarker,
  cutMarkdown,
  GITHUB_COMMENT_LIMIT,
  hasMarker
} from '../../src/github/comment-body.js'
import { retryDelay } from '../../src/github/retry.js'
import {
  branchOfRef,
  isForkPullRequest,
  pullRequestNumber,
  workflowRunHead
} from '../../src/github/event.js'
import { baselineFilePath } from '../../src/github/baseline-commit.js'
import { pullRequestBranch } from '../../src/github/pull-request.js'

describe('comment body', () => {
  it('starts with a per-config marker that cannot close the HTML comment early', () => {
    expect(commentMarker('perf-gate.yml')).toBe('<!-- perf-gate:comment config="perf-gate.yml" -->')
    expect(commentMarker('a-->b')).not.toMatch(/-->b/)
    const { body, truncated } = buildCommentBody('hello', 'x.yml')
    expect(truncated).toBe(false)
    expect(hasMarker(body, 'x.yml')).toBe(true)
    expect(hasMarker(body, 'y.yml')).toBe(false)
    // Someone quoting perf-gate's comment does not become the sticky comment.
    expect(hasMarker(`> ${body}`, 'x.yml')).toBe(false)
    expect(hasMarker(`see ${commentMarker('x.yml')}`, 'x.yml')).toBe(false)
  })

  it('truncates at a line boundary within the limit, with a note linking the run', () => {
    const md = Array.from({ length: 10000 }, (_, i) => `line ${i}`).join('\n')
    const { body, truncated } = buildCommentBody(md, 'c', 'https://run/1')
    expect(truncated).toBe(true)
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(body).toContain('[job summary of this run](https://run/1)')
    const kept = body.split('\n').filter((l) => l.startsWith('line '))
    expect(kept.every((l) => /^line \d+$/.test(l))).toBe(true)
  })

  it('never leaves a code block open: the cut moves before an unfinished fence', () => {
    const md = [
      '# report',
      'text',
      '```mermaid',
      'xychart-beta',
      '  line [1, 2, 3]',
      '```',
      'after'
    ].join('\n')
    // Room ends inside the mermaid block.
    const cut = cutMarkdown(md, md.indexOf('line ['))
    expect(cut).toBe('# report\ntext')
    expect(cutMarkdown(md, md.length + 1)).toBe(md)
  })
})

describe('retryDelay', () => {
  const at = (status: number, headers: Record<string, string> = {}, message = '', retry = 0) =>
    retryDelay({ status, headers, message, retry }, { random: () => 0.5, now: () => 1_000_000 })

  it('backs off exponentially on 5xx and network errors, up to maxRetries', () => {
    expect(at(500)).toBe(1000)
    expect(at(502, {}, '', 1)).toBe(2000)
    expect(at(0, {}, 'fetch failed', 2)).toBe(4000)
    expect(at(503, {}, '', 4)).toBeNull()
  })

  it('waits retry-after on secondary rate limits (403 or 429), a minute without it', () => {
    expect(at(429, { 'retry-after': '7' })).toBe(7000)
    expect(at(403, { 'retry-after': '2' })).toBe(2000)
    expect(at(403, {}, 'You have exceeded a secondary rate limit')).toBe(60_000)
  })

  it('waits for x-ratelimit-reset on a primary limit only when it is near', () => {
    expect(at(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' })).toBe(11_000)
    expect(at(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '99999' })).toBeNull()
  })

  it('does not retry permission and validation errors', () => {
    expect(at(403, {}, 'Resource not accessible by integration')).toBeNull()
    expect(at(404)).toBeNull()
    expect(at(422, {}, 'Update is not a fast forward')).toBeNull()
    expect(at(401)).toBeNull()
  })

  it('refuses waits longer than maxWaitMs', () => {
    expect(
      retryDelay({ status: 429, headers: { 'retry-after': '3600' }, message: '', retry: 0 })
    ).toBeNull()
  })
})

describe('event', () => {
  const pr = {
    number: 7,
    head: { repo: { full_name: 'fork/r' } },
    base: { repo: { full_name: 'o/r' } }
  }
  it('reads the PR number of pull_request, issue_comment and workflow_run events', () => {
    expect(pullRequestNumber({ name: 'pull_request', payload: { pull_request: pr } })).toBe(7)
    expect(pullRequestNumber({ name: 'pull_request_target', payload: { number: 8 } })).toBe(8)
    expect(
      pullRequestNumber({
        name: 'issue_comment',
        payload: { issue: { number: 9, pull_request: {} } }
      })
    ).toBe(9)
    expect(
      pullRequestNumber({ name: 'issue_comment', payload: { issue: { number: 9 } } })
    ).toBeUndefined()
    expect(
      pullRequestNumber({
        name: 'workflow_run',
        payload: { workflow_run: { pull_requests: [{ number: 3 }] } }
      })
    ).toBe(3)
    expect(pullRequestNumber({ name: 'push', payload: {} })).toBeUndefined()
  })

  it('tells forks, branches and workflow_run heads', () => {
    expect(isForkPullRequest({ name: 'pull_request', payload: { pull_request: pr } })).toBe(true)
    expect(isForkPullRequest({ name: 'push', payload: {} })).toBe(false)
    expect(branchOfRef('refs/heads/release/1.x')).toBe('release/1.x')
    expect(branchOfRef('refs/pull/7/merge')).toBeUndefined()
    expect(
      workflowRunHead({
        name: 'workflow_run',
        payload: {
          workflow_run: {
            head_branch: 'b',
            head_sha: 's',
            head_repository: { owner: { login: 'f' } }
          }
        }
      })
    ).toEqual({ owner: 'f', branch: 'b', sha: 's' })
  })
})

describe('paths and branch names', () => {
  it('places baseline files like the local store, with / separators', () => {
    expect(baselineFilePath('baselines', 'checkout')).toBe('baselines/checkout.json')
    expect(baselineFilePath('./perf/baselines/', 'checkout')).toBe('perf/baselines/checkout.json')
    expect(baselineFilePath('.', 'checkout')).toBe('checkout.json')
    expect(baselineFilePath('baselines', '../etc/passwd')).toMatch(/^baselines\/[^/]+\.json$/)
  })

  it('names one bot branch per config', () => {
    expect(pullRequestBranch('perf-gate.yml')).toBe('perf-gate/baselines')
    expect(pullRequestBranch('bench/api.yml')).toBe('perf-gate/baselines-bench-api')
  })
})
