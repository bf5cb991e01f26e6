/**
 * Baseline files committed through the GitHub git data API: blobs -> tree on the branch head ->
 * commit -> fast-forward ref update. No checkout, no push credentials, one commit per run.
 *
 * When the branch moved between reading its head and updating the ref (422 "Update is not a fast
 * forward"), the whole step is redone on the new head: the remote files are read again and
 * merged with ours, so the runs recorded by both sides stay in the history.
 */
import { posix } from 'node:path'
import type { Baseline } from '../types.js'
import type { Logger } from '../workloads/types.js'
import type { GitHubClient } from './client.js'
import { describeFailure } from './retry.js'
import { baselineFileName, mergeBaselines } from '../baseline/merge.js'

/** Repository-relative path of a workload's baseline file. */
export function baselineFilePath(dir: string, workload: string): string {
  // Same file name as the local baseline store (src/baseline/store.ts), with git's `/` separators.
  const name = baselineFileName(workload)
  const clean = posix
    .normalize(dir.replace(/\\/g, '/'))
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
  return clean === '.' || clean === '' ? name : `${clean}/${name}`
}

/** The on-disk form of a baseline, as src/baseline/store.ts writes it: 2-space JSON and a newline. */
export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`
}

/** Options of {@link commitBaselines}. */
export interface CommitBaselinesOptions {
  octokit: GitHubClient
  owner: string
  repo: string
  /** Branch name without refs/heads/. */
  branch: string
  baselineDir: string
  /** Workload -> baseline this run wants to write. */
  baselines: Map<string, Baseline>
  historyLimit: number
  message: string
  log: Logger
  /** Attempts in total when the branch keeps moving (default 5). */
  maxAttempts?: number
  /** Pause between attempts (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>
}

/** Outcome of {@link commitBaselines}. */
export interface CommitBaselinesResult {
  /** Sha of the new commit; undefined when every file was already up to date. */
  commit?: string
  /** Paths written by the commit. */
  files: string[]
  attempts: number
}

/** A failure to update baselines a user can act on (message says what and how to fix). */
export class BaselineCommitError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'BaselineCommitError'
  }
}

/**
 * Commits the baselines to `branch` in one commit whose parent is the branch head, retrying on
 * a lost race (bounded by `maxAttempts`). Returns without a commit when nothing changed.
 */
export async function commitBaselines(
  options: CommitBaselinesOptions
): Promise<CommitBaselinesResult> {
  const { octokit, owner, repo, branch, log } = options
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5)
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const head = await readHead(octokit, owner, repo, branch)
    const files = await mergedFiles(octokit, owner, repo, head.sha, options, [])
    if (files.length === 0) {
      log.info(`Baselines on ${branch} are already up to date; no commit needed.`)
      return { files: [], attempts: attempt }
    }
    const sha = await createCommit(octokit, owner, repo, head, files, options.message)
    try {
      await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: false })
      log.info(`Committed ${files.length} baseline file(s) to ${branch}: ${sha.slice(0, 12)}.`)
      return { commit: sha, files: files.map((f) => f.path), attempts: attempt }
    } catch (error) {
      const failure = describeFailure(error)
      if (failure.status !== 422 || attempt === maxAttempts) throw error
      log.info(
        `${branch} moved while baselines were being committed (${failure.message || '422'}); ` +
          `merging with the new head and retrying (attempt ${attempt + 1} of ${maxAttempts}).`
      )
      await sleep(250 * attempt)
    }
  }
  // Unreachable: the last attempt either returns or throws.
  throw new BaselineCommitError(`Could not update baselines on ${branch}.`)
}

/** A file to write: path and content. */
export interface FileChange {
  path: string
  content: string
}

/** The branch head commit and its tree. */
export interface Head {
  sha: string
  tree: string
}

/** Reads the head commit of `branch` (404 -> BaselineCommitError naming the branch). */
export async function readHead(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  branch: string
): Promise<Head> {
  let sha: string
  try {
    const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
    sha = data.object.sha
  } catch (error) {
    if (describeFailure(error).status === 404) {
      throw new BaselineCommitError(`Branch "${branch}" was not found in ${owner}/${repo}.`, 404)
    }
    throw error
  }
  const { data: commit } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha })
  return { sha, tree: commit.tree.sha }
}

/** Reads a baseline file at `ref` (undefined when absent or unreadable). */
export async function readRemoteBaseline(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  path: string,
  ref: string,
  log: Logger
): Promise<{ baseline?: Baseline; text?: string }> {
  try {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string') return {}
    const text = Buffer.from(data.content, 'base64').toString('utf8')
    try {
      return { baseline: JSON.parse(text) as Baseline, text }
    } catch {
      log.warn(
        `${path} at ${ref.slice(0, 12)} is not valid JSON; it will be replaced by this run's baseline.`
      )
      return { text }
    }
  } catch (error) {
    if (describeFailure(error).status === 404) return {}
    throw error
  }
}

/**
 * For each baseline: reads the file at `ref` (and at each of `extraRefs`, e.g. an existing
 * pull-request branch), merges histories, and returns the files whose content changes.
 */
export async function mergedFiles(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  ref: string,
  options: Pick<CommitBaselinesOptions, 'baselineDir' | 'baselines' | 'historyLimit' | 'log'>,
  extraRefs: string[]
): Promise<FileChange[]> {
  const changes: FileChange[] = []
  for (const [workload, local] of options.baselines) {
    const path = baselineFilePath(options.baselineDir, workload)
    const remote = await readRemoteBaseline(octokit, owner, repo, path, ref, options.log)
    let merged = mergeBaselines(remote.baseline, local, options.historyLimit)
    for (const extra of extraRefs) {
      const other = await readRemoteBaseline(octokit, owner, repo, path, extra, options.log)
      if (other.baseline) merged = mergeBaselines(other.baseline, merged, options.historyLimit)
    }
    const content = serializeBaseline(merged)
    if (content !== remote.text) changes.push({ path, content })
  }
  return changes
}

/** Creates blobs, a tree on `head.tree` and a commit with parent `head.sha`; returns its sha. */
export async function createCommit(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  head: Head,
  files: FileChange[],
  message: string
): Promise<string> {
  const tree = []
  for (const file of files) {
    const { data: blob } = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: file.content,
      encoding: 'utf-8'
    })
    tree.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha })
  }
  const { data: newTree } = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: head.tree,
    tree
  })
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    message,
    tree: newTree.sha,
    parents: [head.sha]
  })
  return commit.sha
}
