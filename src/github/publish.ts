/**
 * Everything perf-gate tells GitHub after a run: the sticky PR comment and the baseline update
 * (a commit on the branch, or a pull request). The action calls {@link publishToGitHub} once,
 * after the report is rendered and the job summary written.
 *
 * Failures that come from the token's permissions (fork PRs get a read-only token) are warnings:
 * the job summary and outputs still carry the verdict, and the gate's exit code stays the
 * verdict's. Transient API errors are retried inside the client (./retry.ts).
 */
import type { Baseline, Results, Verdict } from '../types.js'
import type { Logger } from '../workloads/types.js'
import { commitBaselines, BaselineCommitError } from './baseline-commit.js'
import { createGitHubClient, type GitHubClient } from './client.js'
import { upsertStickyComment } from './comment.js'
import { buildCommentBody } from './comment-body.js'
import {
  BRANCH_RUN_EVENTS,
  branchOfRef,
  defaultBranchOf,
  isForkPullRequest,
  pullRequestNumber,
  workflowRunHead,
  type EventInfo
} from './event.js'
import { openBaselinePullRequest, pullRequestBranch } from './pull-request.js'
import { describeFailure, failureText, type RetryOptions } from './retry.js'

/** Everything publish needs; the action fills it from its inputs and the workflow context. */
export interface PublishInput {
  token: string
  /** From GITHUB_API_URL (GHES); default https://api.github.com. */
  apiUrl: string
  event: EventInfo
  /** The full report (at most ~60,000 characters); the marker and truncation are added here. */
  markdown: string
  verdict: Verdict
  results: Results
  /** Names the sticky comment: one comment per PR and per config. */
  configName: string
  comment: 'always' | 'on-regression' | 'never'
  /** auto = commit on a push, workflow_dispatch or schedule run on the default branch, nothing otherwise. */
  baselineUpdate: 'auto' | 'commit' | 'files' | 'pull-request' | 'never'
  /** Repository-relative directory of the baseline files, e.g. "baselines". */
  baselineDir: string
  /** Workload -> the new baseline content (already merged with the local file). */
  baselines: Map<string, Baseline>
  historyLimit: number
  log: Logger
  /** Optional: the PR to comment on, overriding the event (e.g. read from an artifact). */
  prNumber?: number
  /** Optional: retry tuning (tests shorten the waits). */
  retry?: RetryOptions
  /** Optional: attempts when the branch keeps moving during a baseline commit (default 5). */
  commitAttempts?: number
}

/** What publish did. Warnings were already logged through `input.log`. */
export interface PublishOutcome {
  commentUrl?: string
  commentAction?: 'created' | 'updated' | 'skipped'
  baselineCommit?: string
  pullRequestUrl?: string
  warnings: string[]
}

/**
 * Posts or edits the sticky PR comment and updates the baselines, as the modes ask.
 *
 * Never throws for the comment (a report that cannot be posted is a warning). Throws
 * BaselineCommitError when a requested baseline update fails for a reason other than the
 * token's permissions (those are warnings with the permission to add).
 */
export async function publishToGitHub(input: PublishInput): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { warnings: [] }
  const warn = (message: string): void => {
    outcome.warnings.push(message)
    input.log.warn(message)
  }
  const event = input.event
  // Decide from the event alone whether there is anything to do, so runs with nothing to publish
  // (a push to a feature branch, a local run) make no API call and warn about no token.
  const wantsComment =
    input.comment !== 'never' &&
    (input.prNumber !== undefined ||
      pullRequestNumber(event) !== undefined ||
      workflowRunHead(event) !== undefined)
  const branch = branchOfRef(event.ref)
  const defaultBranch = defaultBranchOf(event)
  const wantsBaselines =
    input.baselines.size > 0 &&
    (input.baselineUpdate === 'commit' ||
      input.baselineUpdate === 'pull-request' ||
      (input.baselineUpdate === 'auto' &&
        BRANCH_RUN_EVENTS.has(event.name) &&
        branch !== undefined &&
        (defaultBranch === undefined || branch === defaultBranch)))
  if (!wantsComment && !wantsBaselines) {
    input.log.debug(`Nothing to publish to GitHub for this ${event.name || 'local'} run.`)
    return outcome
  }
  if (!event.repo.owner || !event.repo.repo) {
    warn(
      'GITHUB_REPOSITORY is not set (owner/name), so the PR comment and baseline update were skipped. ' +
        'The Actions runner sets it; set it yourself when you run the action elsewhere.'
    )
    return outcome
  }
  if (!input.token) {
    warn(
      'No GitHub token: the PR comment and baseline update were skipped. ' +
        'Pass `token: ${{ github.token }}` (the default) or a token with the permissions in docs/github.md.'
    )
    return outcome
  }
  const octokit = createGitHubClient({
    token: input.token,
    apiUrl: input.apiUrl,
    log: input.log,
    retry: input.retry
  })
  if (wantsComment) await publishComment(octokit, input, outcome, warn)
  if (wantsBaselines) await publishBaselines(octokit, input, outcome, warn)
  return outcome
}

async function publishComment(
  octokit: GitHubClient,
  input: PublishInput,
  outcome: PublishOutcome,
  warn: (m: string) => void
): Promise<void> {
  const { owner, repo } = input.event.repo
  let number: number | undefined
  try {
    number =
      input.prNumber ??
      pullRequestNumber(input.event) ??
      (await findWorkflowRunPullRequest(octokit, input))
  } catch (error) {
    const f = describeFailure(error)
    warn(
      `Could not find the pull request of this workflow_run: GitHub ${failureText(f)}; no comment posted.`
    )
    return
  }
  if (number === undefined) {
    input.log.debug(`Event ${input.event.name} belongs to no pull request; no comment posted.`)
    return
  }
  const regressed = input.verdict.verdict === 'fail' || input.verdict.counts.regressions > 0
  const createIfMissing = input.comment === 'always' || regressed
  const { body, truncated } = buildCommentBody(input.markdown, input.configName, input.event.runUrl)
  if (truncated)
    input.log.info('The report was cut to fit the PR comment; the job summary has it in full.')
  try {
    const result = await upsertStickyComment(
      octokit,
      { owner, repo, number },
      input.configName,
      body,
      createIfMissing
    )
    outcome.commentAction = result.action
    outcome.commentUrl = result.url
    if (result.action === 'skipped') {
      input.log.info(
        `No regression and no earlier perf-gate comment on #${number}: nothing to post (comment: on-regression).`
      )
    } else {
      input.log.info(
        `${result.action === 'created' ? 'Posted' : 'Updated'} the perf-gate comment on #${number}${result.url ? `: ${result.url}` : '.'}`
      )
    }
  } catch (error) {
    const f = describeFailure(error)
    const fork = isForkPullRequest(input.event)
    if (f.status === 403 || f.status === 404) {
      warn(
        `Could not comment on pull request #${number}: the token may not write to pull requests ` +
          `(HTTP ${f.status}: ${f.message}). ` +
          (fork
            ? 'This PR comes from a fork, whose workflows get a read-only token: use the two-workflow pattern ' +
              '(pull_request uploads the report, workflow_run comments) described in docs/github.md. '
            : 'Add `permissions: pull-requests: write` to the job. ') +
          'The verdict is still in the job summary and the outputs.'
      )
    } else {
      warn(
        `Could not comment on pull request #${number}: GitHub ${failureText(f)} after retries. The verdict is still in the job summary and the outputs.`
      )
    }
  }
}

/** workflow_run events from forks list no pull requests: find the open PR whose head is the run's commit. */
async function findWorkflowRunPullRequest(
  octokit: GitHubClient,
  input: PublishInput
): Promise<number | undefined> {
  const head = workflowRunHead(input.event)
  if (!head) return undefined
  const { owner, repo } = input.event.repo
  const { data } = await octokit.rest.pulls.list({
    owner,
    repo,
    head: `${head.owner}:${head.branch}`,
    state: 'open',
    per_page: 20
  })
  return data.find((pr) => pr.head.sha === head.sha)?.number ?? data[0]?.number
}

async function publishBaselines(
  octokit: GitHubClient,
  input: PublishInput,
  outcome: PublishOutcome,
  warn: (m: string) => void
): Promise<void> {
  const { owner, repo } = input.event.repo
  const event = input.event
  const branch = branchOfRef(event.ref)
  const short = event.sha.slice(0, 7)
  const message = `perf-gate: update baselines (${input.configName}) for ${short} [skip ci]`
  const permissionHint = (status: number, needs: string): string =>
    `the token may not write to this repository (HTTP ${status}). Add \`permissions: ${needs}\` to the job ` +
    '(a protected branch needs `update-baselines: pull-request` instead).'
  try {
    if (input.baselineUpdate === 'auto' || input.baselineUpdate === 'commit') {
      if (input.baselineUpdate === 'auto') {
        if (!BRANCH_RUN_EVENTS.has(event.name) || !branch) return
        const defaultBranch =
          defaultBranchOf(event) ??
          (await octokit.rest.repos.get({ owner, repo })).data.default_branch
        if (branch !== defaultBranch) {
          input.log.debug(
            `A ${event.name} run on ${branch}, not the default branch ${defaultBranch}: baselines not updated.`
          )
          return
        }
      } else if (!branch) {
        warn(
          `update-baselines: commit needs a branch, but this ${event.name} run is on ${event.ref}; baselines not committed. ` +
            'Run it on push (or workflow_dispatch on a branch).'
        )
        return
      }
      const result = await commitBaselines({
        octokit,
        owner,
        repo,
        branch,
        baselineDir: input.baselineDir,
        baselines: input.baselines,
        historyLimit: input.historyLimit,
        message,
        log: input.log,
        maxAttempts: input.commitAttempts
      })
      outcome.baselineCommit = result.commit
      return
    }
    if (input.baselineUpdate === 'pull-request') {
      const base =
        BRANCH_RUN_EVENTS.has(event.name) && branch
          ? branch
          : (defaultBranchOf(event) ??
            (await octokit.rest.repos.get({ owner, repo })).data.default_branch)
      const runLink = event.runUrl ? `[this workflow run](${event.runUrl})` : 'a perf-gate run'
      const result = await openBaselinePullRequest({
        octokit,
        owner,
        repo,
        base,
        head: pullRequestBranch(input.configName),
        baselineDir: input.baselineDir,
        baselines: input.baselines,
        historyLimit: input.historyLimit,
        message,
        log: input.log,
        title: `perf-gate: update baselines (${input.configName})`,
        body:
          `Baselines measured by ${runLink} on ${base} at ${event.sha}.\n\n` +
          'Merge this pull request to make them the reference for the next runs; perf-gate keeps it up to date until then.'
      })
      outcome.baselineCommit = result.commit
      outcome.pullRequestUrl = result.url
    }
  } catch (error) {
    if (error instanceof BaselineCommitError) throw error
    const f = describeFailure(error)
    if (f.status === 403 || (f.status === 404 && input.baselineUpdate !== 'auto')) {
      const needs =
        input.baselineUpdate === 'pull-request'
          ? 'contents: write, pull-requests: write'
          : 'contents: write'
      warn(`Baselines were not updated: ${permissionHint(f.status, needs)} (${f.message})`)
      return
    }
    throw new BaselineCommitError(
      `Baselines were not updated: GitHub ${failureText(f)} after retries. ` +
        'Re-run the job; the files are unchanged on the branch.',
      f.status
    )
  }
}
