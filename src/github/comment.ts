/**
 * The sticky PR comment: find perf-gate's comment for a config across all pages of the PR's
 * comments, then edit it, or create it when there is none.
 */
import type { GitHubClient } from './client.js'
import { hasMarker } from './comment-body.js'
import { describeFailure } from './retry.js'

/** A comment as far as perf-gate cares. */
export interface FoundComment {
  id: number
  url: string
}

/** Where the comment goes. */
export interface CommentTarget {
  owner: string
  repo: string
  /** Pull request (issue) number. */
  number: number
}

/**
 * Finds the comment carrying the marker of `configName` on PR `target.number`, reading every
 * page (100 comments per page, following the Link header). Returns the oldest match.
 */
export async function findStickyComment(
  octokit: GitHubClient,
  target: CommentTarget,
  configName: string
): Promise<FoundComment | undefined> {
  const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  })
  for await (const page of iterator) {
    for (const comment of page.data) {
      if (hasMarker(comment.body, configName)) return { id: comment.id, url: comment.html_url }
    }
  }
  return undefined
}

/** What {@link upsertStickyComment} did. */
export interface UpsertResult {
  action: 'created' | 'updated' | 'skipped'
  url?: string
}

/**
 * Edits perf-gate's comment for `configName`, or creates it. With `createIfMissing: false`
 * (mode on-regression and the run passed) an existing comment is still edited, so a PR that
 * fixed its regression shows green, but no new comment is added.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: CommentTarget,
  configName: string,
  body: string,
  createIfMissing: boolean
): Promise<UpsertResult> {
  const existing = await findStickyComment(octokit, target, configName)
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body
    })
    return { action: 'updated', url: data.html_url ?? existing.url }
  }
  if (!createIfMissing) return { action: 'skipped' }
  const create = (retryServerErrors: boolean) =>
    octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body,
      request: { retryServerErrors }
    })
  try {
    const { data } = await create(false)
    return { action: 'created', url: data.html_url }
  } catch (error) {
    const status = describeFailure(error).status
    if (status !== 0 && status < 500) throw error
    // A 5xx can arrive after GitHub stored the comment: look before posting again, so a flaky
    // API never leaves two perf-gate comments on the PR.
    const stored = await findStickyComment(octokit, target, configName)
    if (stored) return { action: 'created', url: stored.url }
    const { data } = await create(true)
    return { action: 'created', url: data.html_url }
  }
}
