/**
 * Baseline updates as a pull request, for protected branches that refuse direct commits: one
 * bot branch per config, reset onto the base branch head on each run, and one open PR that is
 * created once and edited afterwards.
 */
import type { GitHubClient } from './client.js'
import {
  createCommit,
  mergedFiles,
  readHead,
  type CommitBaselinesOptions
} from './baseline-commit.js'
import { describeFailure } from './retry.js'

/** Options of {@link openBaselinePullRequest}. */
export interface BaselinePullRequestOptions extends Omit<
  CommitBaselinesOptions,
  'branch' | 'maxAttempts' | 'sleep'
> {
  /** Branch the PR targets (the default branch). */
  base: string
  /** Bot branch holding the update, e.g. perf-gate/baselines. */
  head: string
  title: string
  body: string
}

/** Outcome of {@link openBaselinePullRequest}. */
export interface BaselinePullRequestResult {
  commit?: string
  url?: string
  number?: number
  action: 'created' | 'updated' | 'skipped'
  files: string[]
}

/** The bot branch name for a config: perf-gate/baselines, or perf-gate/baselines-<config>. */
export function pullRequestBranch(configName: string): string {
  const slug = configName
    .replace(/\.(ya?ml|json)$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  return !slug || slug === 'perf-gate' ? 'perf-gate/baselines' : `perf-gate/baselines-${slug}`
}

/**
 * Writes the baselines on a commit on top of `base`'s head (history merged with both the base
 * branch's files and those already on the bot branch), points the bot branch at it, and
 * creates or edits the pull request.
 */
export async function openBaselinePullRequest(
  options: BaselinePullRequestOptions
): Promise<BaselinePullRequestResult> {
  const { octokit, owner, repo, log } = options
  const baseHead = await readHead(octokit, owner, repo, options.base)
  const existingBranch = await branchSha(octokit, owner, repo, options.head)
  const files = await mergedFiles(
    octokit,
    owner,
    repo,
    baseHead.sha,
    options,
    existingBranch ? [existingBranch] : []
  )
  const open = await findOpenPullRequest(octokit, owner, repo, options.head)
  if (files.length === 0) {
    log.info(`Baselines on ${options.base} are already up to date; no pull request needed.`)
    return { action: 'skipped', files: [], url: open?.html_url, number: open?.number }
  }
  const sha = await createCommit(octokit, owner, repo, baseHead, files, options.message)
  if (existingBranch) {
    // The bot branch is ours alone: rebuilding it on the base head keeps the PR a single commit.
    await octokit.rest.git.updateRef({
      owner,
      repo,
      ref: `heads/${options.head}`,
      sha,
      force: true
    })
  } else {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${options.head}`, sha })
  }
  if (open) {
    const { data } = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: open.number,
      title: options.title,
      body: options.body
    })
    log.info(`Updated baseline pull request #${data.number}: ${data.html_url}`)
    return {
      action: 'updated',
      commit: sha,
      url: data.html_url,
      number: data.number,
      files: files.map((f) => f.path)
    }
  }
  const { data } = await octokit.rest.pulls.create({
    owner,
    repo,
    head: options.head,
    base: options.base,
    title: options.title,
    body: options.body
  })
  log.info(`Opened baseline pull request #${data.number}: ${data.html_url}`)
  return {
    action: 'created',
    commit: sha,
    url: data.html_url,
    number: data.number,
    files: files.map((f) => f.path)
  }
}

async function branchSha(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  branch: string
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (describeFailure(error).status === 404) return undefined
    throw error
  }
}

async function findOpenPullRequest(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  head: string
): Promise<{ number: number; html_url: string } | undefined> {
  const { data } = await octokit.rest.pulls.list({
    owner,
    repo,
    head: `${owner}:${head}`,
    state: 'open',
    per_page: 10
  })
  return data[0] ? { number: data[0].number, html_url: data[0].html_url } : undefined
}
