/**
 * Retries for transient GitHub API failures: server errors (5xx, network failures) and rate
 * limits (secondary limits as 403/429 with `retry-after`, primary limits as 403 with
 * `x-ratelimit-remaining: 0`).
 *
 * Written here rather than taken from @octokit/plugin-retry + @octokit/plugin-throttling because
 * we need both behaviours with one bounded time budget (a CI job must not sleep for an hour on a
 * primary rate limit), a logger that never sees request headers (the token lives there), and an
 * injectable sleep for tests; together the two plugins would add bottleneck's global queue and two
 * policies to reconcile for what is a 30-line decision.
 */

/** Tuning of the retry policy. All fields optional. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 4. */
  maxRetries?: number
  /** First backoff for server errors; doubled each retry, with jitter. Default 1000 ms. */
  baseDelayMs?: number
  /** Longest single wait, and the cap on the sum of waits of one request. Default 90 s. */
  maxWaitMs?: number
  /** Sleep function (tests replace it to record waits). */
  sleep?: (ms: number) => Promise<void>
  /** Time limit of one attempt; a slower answer counts as a network failure. Default 30 s. */
  timeoutMs?: number
  /** Random source in [0, 1) for jitter (default Math.random). */
  random?: () => number
  /** Clock for `x-ratelimit-reset` (ms since epoch, default Date.now). */
  now?: () => number
}

/** What the policy needs to know about one failed attempt. */
export interface FailedAttempt {
  /** HTTP status; 0 or >= 500 for network failures. */
  status: number
  /** Response headers, lower-case names. */
  headers: Record<string, string | number | undefined>
  /** Error message from the API body (e.g. "You have exceeded a secondary rate limit"). */
  message: string
  /** 0 for the first retry decision. */
  retry: number
}

/**
 * Decides whether a failed request is worth retrying and how long to wait first.
 * Returns the wait in ms, or null when the failure is not transient (or the wait is too long).
 */
export function retryDelay(attempt: FailedAttempt, options: RetryOptions = {}): number | null {
  const maxRetries = options.maxRetries ?? 4
  const base = options.baseDelayMs ?? 1000
  const maxWait = options.maxWaitMs ?? 90_000
  const random = options.random ?? Math.random
  const now = options.now ?? Date.now
  if (attempt.retry >= maxRetries) return null
  const header = (name: string): string | undefined => {
    const v = attempt.headers[name]
    return v === undefined ? undefined : String(v)
  }
  const backoff = Math.round(base * 2 ** attempt.retry * (0.75 + random() * 0.5))
  const retryAfter = header('retry-after')
  const status = attempt.status
  const secondary = /secondary rate limit|abuse detection/i.test(attempt.message)
  if (status === 429 || (status === 403 && (retryAfter !== undefined || secondary))) {
    // GitHub: wait `retry-after` seconds when given, otherwise at least a minute.
    const seconds = retryAfter !== undefined ? Number(retryAfter) : 60
    const wait = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 60_000
    return wait <= maxWait ? Math.max(wait, 0) : null
  }
  if (status === 403 && header('x-ratelimit-remaining') === '0') {
    const reset = Number(header('x-ratelimit-reset'))
    if (!Number.isFinite(reset)) return null
    const wait = reset * 1000 - now() + 1000
    return wait <= maxWait ? Math.max(wait, 0) : null
  }
  if (status === 0 || status >= 500) return Math.min(backoff, maxWait)
  return null
}

/** The request options the hook reads and changes (a subset of Octokit's endpoint options). */
export interface HookRequestOptions {
  method?: string
  url?: string
  request?: { signal?: AbortSignal; retryServerErrors?: boolean; [option: string]: unknown }
}

/** The next step of Octokit's request chain. */
export type RequestStep = (options: HookRequestOptions) => Promise<unknown>

/** The part of an Octokit instance the retry hook needs. */
export interface HookTarget {
  hook: {
    wrap(
      name: 'request',
      fn: (request: RequestStep, options: HookRequestOptions) => Promise<unknown>
    ): void
  }
}

/** Where retries are reported (never with headers or bodies). */
export interface RetryLog {
  info(message: string): void
  debug(message: string): void
}

/**
 * Wraps every request of `octokit` with the retry policy. Waits of one request are bounded by
 * `maxWaitMs` in total. A request made with `request: { retryServerErrors: false }` is not
 * retried after a 5xx or network failure (for calls that are not idempotent).
 */
export function installRetry(octokit: HookTarget, log: RetryLog, options: RetryOptions = {}): void {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const maxWait = options.maxWaitMs ?? 90_000
  octokit.hook.wrap('request', async (request: RequestStep, requestOptions: HookRequestOptions) => {
    let waited = 0
    const callerSignal = requestOptions.request?.signal
    for (let retry = 0; ; retry++) {
      // Octokit sets no time limit: a stalled connection would hang the job until the runner's
      // own timeout. Each attempt gets a fresh one (the timer is unref'd by Node). The options
      // object is changed in place because the inner hooks (auth) were bound to it by
      // before-after-hook and ignore options passed to `request(...)`.
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000)
      requestOptions.request = {
        ...requestOptions.request,
        signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout
      }
      try {
        return await request(requestOptions)
      } catch (error) {
        if (callerSignal?.aborted) throw error
        const failure = describeFailure(error)
        // A request that must not run twice (creating a comment) is not repeated after a server
        // error, which may have come after the work was done; its caller checks and decides.
        // Rate limits are still waited out: GitHub rejected those before doing anything.
        const serverError = failure.status === 0 || failure.status >= 500
        if (serverError && requestOptions.request?.retryServerErrors === false) throw error
        const wait = retryDelay({ ...failure, retry }, options)
        if (wait === null || waited + wait > maxWait) throw error
        waited += wait
        // The route, not the URL with its query, and never the headers: they carry the token.
        const route = `${String(requestOptions.method ?? 'GET')} ${routeOf(requestOptions)}`
        // A log line, not an annotation: a retry that succeeds is not the user's problem.
        log.info(
          `GitHub API ${route} ${failureText(failure)}; ` +
            `retrying in ${(wait / 1000).toFixed(1)} s (retry ${retry + 1}).`
        )
        await sleep(wait)
      }
    }
  })
}

/** Status, headers and API message of an Octokit RequestError (or a network failure). */
export function describeFailure(error: unknown): Omit<FailedAttempt, 'retry'> {
  const e = error as {
    status?: number
    message?: string
    response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
  }
  const data = e?.response?.data as { message?: unknown } | undefined
  // Octokit reports a request that got no answer (refused, reset, DNS, timed out) as status 500
  // without a response; it is told apart here so that messages do not claim GitHub answered.
  const answered = e?.response !== undefined
  const message =
    typeof data?.message === 'string'
      ? data.message
      : answered
        ? typeof e?.message === 'string'
          ? e.message
          : ''
        : innermostMessage(error)
  return {
    status: typeof e?.status === 'number' && answered ? e.status : 0,
    headers: e?.response?.headers ?? {},
    message
  }
}

/**
 * The most specific message of a failed request: fetch wraps the socket error ("connect
 * ECONNREFUSED 127.0.0.1:443") as the cause of a bare "fetch failed".
 */
function innermostMessage(error: unknown): string {
  let message = ''
  let e = error as { message?: unknown; cause?: unknown } | undefined
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    if (typeof e.message === 'string' && e.message) message = e.message
  }
  return message
}

/** "answered 502 (Bad Gateway)" or "got no answer (connect ECONNREFUSED …)", for log lines. */
export function failureText(f: Pick<FailedAttempt, 'status' | 'message'>): string {
  return f.status
    ? `answered HTTP ${f.status} (${f.message || 'no message'})`
    : `got no answer (${f.message || 'network error'})`
}

function routeOf(options: HookRequestOptions): string {
  return (options.url ?? '').split('?')[0]
}
