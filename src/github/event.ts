/**
 * Reading what perf-gate needs from the workflow event: the pull request a run belongs to, the
 * branch it ran on, whether that is the default branch. Pure: the payload is passed in.
 */

/** The event as publish sees it (from @actions/github's context, or built by tests). */
export interface EventInfo {
  /** GITHUB_EVENT_NAME, e.g. pull_request, push, workflow_run. */
  name: string
  /** The parsed GITHUB_EVENT_PATH JSON: a webhook payload whose shape depends on the event. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read defensively, field by field
  payload: any
  repo: { owner: string; repo: string }
  sha: string
  /** GITHUB_REF, e.g. refs/heads/main or refs/pull/7/merge. */
  ref: string
  /** Link to this workflow run (its job summary holds the full report). */
  runUrl?: string
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  serverUrl: string
}

/** Events whose payload names a pull request directly. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])

/**
 * The pull request number of the event, when the payload names one: pull_request*,
 * issue_comment on a PR, and workflow_run triggered by a same-repository PR. A workflow_run
 * from a fork lists no pull requests; {@link workflowRunHead} gives what is needed to look it up.
 */
export function pullRequestNumber(event: Pick<EventInfo, 'name' | 'payload'>): number | undefined {
  const p = event.payload ?? {}
  if (PULL_REQUEST_EVENTS.has(event.name)) {
    const n = p.pull_request?.number ?? p.number
    return typeof n === 'number' ? n : undefined
  }
  if (
    event.name === 'issue_comment' &&
    p.issue?.pull_request &&
    typeof p.issue.number === 'number'
  ) {
    return p.issue.number
  }
  if (event.name === 'workflow_run') {
    const n = p.workflow_run?.pull_requests?.[0]?.number
    return typeof n === 'number' ? n : undefined
  }
  return undefined
}

/**
 * For workflow_run events: the head repository owner, branch and commit of the run that
 * triggered it (fork PRs are found by these, since the payload lists no pull requests for them).
 */
export function workflowRunHead(
  event: Pick<EventInfo, 'name' | 'payload'>
): { owner: string; branch: string; sha: string } | undefined {
  const run = event.payload?.workflow_run
  if (event.name !== 'workflow_run' || !run) return undefined
  const owner = run.head_repository?.owner?.login
  if (
    typeof owner !== 'string' ||
    typeof run.head_branch !== 'string' ||
    typeof run.head_sha !== 'string'
  ) {
    return undefined
  }
  return { owner, branch: run.head_branch, sha: run.head_sha }
}

/**
 * Events whose run on the default branch measures that branch itself, so `update-baselines: auto`
 * commits their results: a push, a manual run, a nightly run. Not merge_group (a queue branch) and
 * not pull_request (a merge ref).
 */
export const BRANCH_RUN_EVENTS: ReadonlySet<string> = new Set([
  'push',
  'workflow_dispatch',
  'schedule'
])

/** The branch of a ref (refs/heads/x -> x); undefined for tags and PR merge refs. */
export function branchOfRef(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
}

/** The repository's default branch as the payload states it (most events carry it). */
export function defaultBranchOf(event: Pick<EventInfo, 'payload'>): string | undefined {
  const b = event.payload?.repository?.default_branch
  return typeof b === 'string' && b ? b : undefined
}

/** Whether the PR comes from a fork (its token is read-only, so commenting will fail). */
export function isForkPullRequest(event: Pick<EventInfo, 'name' | 'payload'>): boolean {
  const pr = event.payload?.pull_request
  if (!pr || !PULL_REQUEST_EVENTS.has(event.name)) return false
  const head = pr.head?.repo?.full_name
  const base = pr.base?.repo?.full_name
  return typeof head === 'string' && typeof base === 'string' && head !== base
}
