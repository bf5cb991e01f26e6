/**
 * The GitHub REST client perf-gate uses: @actions/github's Octokit with an explicit base URL
 * (GitHub Enterprise Server, local test servers) and the retry policy of ./retry.ts.
 */
import { getOctokit } from '@actions/github'
import type { Logger } from '../workloads/types.js'
import { installRetry, type HookTarget, type RetryOptions } from './retry.js'

/** An authenticated Octokit with the REST endpoint methods and pagination. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** Where the API lives when GITHUB_API_URL is not set. */
export const DEFAULT_API_URL = 'https://api.github.com'

/** Options of {@link createGitHubClient}. */
export interface ClientOptions {
  token: string
  /** API root, e.g. https://api.github.com or https://ghe.example.com/api/v3 (GHES). */
  apiUrl?: string
  log: Logger
  retry?: RetryOptions
}

/**
 * Creates the client. The base URL is passed explicitly: @actions/github reads GITHUB_API_URL
 * only once, when the module is first loaded, which is too early for tests and for callers that
 * take the URL from an input.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  if (!options.token)
    throw new Error('A GitHub token is required (input `token`, default `${{ github.token }}`).')
  const baseUrl = (options.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '')
  const { log } = options
  const octokit = getOctokit(options.token, {
    baseUrl,
    // Octokit's own logger writes to the console; route it through ours (it never logs headers).
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.warn(m),
      error: (m: string) => log.debug(m)
    }
  })
  // Octokit's HookCollection generics do not reduce to the hook signature installRetry declares;
  // the cast is to that narrower, structurally identical view.
  installRetry(octokit as unknown as HookTarget, log, options.retry)
  return octokit
}
