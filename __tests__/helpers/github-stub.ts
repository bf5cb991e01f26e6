/**
 * A local GitHub REST server for tests: a real HTTP server on 127.0.0.1:0 that keeps a small
 * repository (git objects, refs, issue comments, pull requests) in memory and answers the
 * endpoints perf-gate uses with GitHub's status codes and messages:
 *
 * - Link-header pagination of issue comments (per_page, page; default 30, max 100),
 * - 401 without a token, 403 "Resource not accessible by integration" on writes with a
 *   read-only token, 404 for unknown repositories, refs, comments and files,
 * - 422 "Update is not a fast forward" when a ref update is not a descendant of the head,
 * - injectable faults (500s, secondary rate limits as 403/429 with retry-after, ...) and a hook
 *   that runs before a request (to move a branch in the middle of a commit: a race),
 * - a record of every call (method, path, query, status, parsed body).
 *
 * Not a fake of GitHub's whole API: only what src/github uses, shaped as GitHub documents it.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the stub answered. */
export interface StubCall {
  method: string
  path: string
  query: Record<string, string>
  status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON request body
  body: any
  /** The authorization scheme used ("token" / "Bearer"), never the token itself. */
  auth?: string
}

/** An injected failure: the next `times` requests that match answer with it. */
export interface StubFault {
  method?: string
  /** Matched against the path (no query). */
  path: RegExp
  /** Answer with this status; without it, the request is answered normally (after `hangMs`). */
  status?: number
  message?: string
  headers?: Record<string, string>
  /** Wait this long before answering (a stalled API). */
  hangMs?: number
  /** Default 1. */
  times?: number
  /** Answer with the fault only after doing the work (a 5xx from a proxy after GitHub acted). */
  afterWork?: boolean
}

/** A stored issue comment. */
export interface StubComment {
  id: number
  issue: number
  body: string
  user: string
}

/** A stored pull request. */
export interface StubPull {
  number: number
  title: string
  body: string
  head: string
  base: string
  state: 'open' | 'closed'
}

interface CommitObject {
  tree: string
  parents: string[]
  message: string
}

/** Options of {@link startGitHubStub}. */
export interface StubOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** Tokens allowed to write; any other non-empty token is read-only. Default ['write-token']. */
  writeTokens?: string[]
  /** Path of the API root, as on GitHub Enterprise Server ('/api/v3'); default none (github.com). */
  pathPrefix?: string
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

/** The running stub. */
export class GitHubStub {
  readonly owner: string
  readonly repo: string
  readonly defaultBranch: string
  readonly writeTokens: Set<string>
  url = ''
  readonly calls: StubCall[] = []
  readonly faults: StubFault[] = []
  readonly comments: StubComment[] = []
  readonly pulls: StubPull[] = []
  readonly blobs = new Map<string, string>()
  /** tree sha -> path -> blob sha (flat: paths contain slashes). */
  readonly trees = new Map<string, Map<string, string>>()
  readonly commits = new Map<string, CommitObject>()
  /** "heads/main" -> commit sha. */
  readonly refs = new Map<string, string>()
  /** Runs before each request is answered (after faults); may change the repository. */
  beforeRequest?: (method: string, path: string) => void | Promise<void>
  readonly pathPrefix: string
  private server?: Server
  private nextCommentId = 1000

  constructor(options: StubOptions = {}) {
    this.owner = options.owner ?? 'acme'
    this.repo = options.repo ?? 'widgets'
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.writeTokens = new Set(options.writeTokens ?? ['write-token'])
    this.pathPrefix = (options.pathPrefix ?? '').replace(/\/+$/, '')
  }

  /** API root to pass as baseUrl / GITHUB_API_URL. */
  get apiUrl(): string {
    return `${this.url}${this.pathPrefix}`
  }

  /** Starts listening on 127.0.0.1 on a free port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: `stub error: ${String(error)}` }))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this
  }

  /** Stops the server (closes idle keep-alive connections too). */
  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
  }

  /** Adds a fault; returns it so a test can see how many uses are left. */
  fault(fault: StubFault): StubFault {
    this.faults.push({ times: 1, ...fault })
    return fault
  }

  /** Calls matching method and path (regex on the path). */
  callsTo(method: string, path: RegExp): StubCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path))
  }

  // ---- repository helpers for tests ----

  /** Commits `files` (path -> content; null deletes) on `branch` (created if missing); returns the sha. */
  commitFiles(
    branch: string,
    files: Record<string, string | null>,
    message = 'test commit'
  ): string {
    const head = this.refs.get(`heads/${branch}`)
    const base = head ? this.treeOf(head) : new Map<string, string>()
    const tree = new Map(base)
    for (const [path, content] of Object.entries(files)) {
      if (content === null) tree.delete(path)
      else tree.set(path, this.putBlob(content))
    }
    const treeSha = this.putTree(tree)
    const sha = this.putCommit({ tree: treeSha, parents: head ? [head] : [], message })
    this.refs.set(`heads/${branch}`, sha)
    return sha
  }

  /** Head sha of a branch. */
  head(branch = this.defaultBranch): string | undefined {
    return this.refs.get(`heads/${branch}`)
  }

  /** Content of `path` at a commit sha or branch name. */
  fileAt(refOrSha: string, path: string): string | undefined {
    const sha = this.resolve(refOrSha)
    if (!sha) return undefined
    const blob = this.treeOf(sha).get(path)
    return blob === undefined ? undefined : this.blobs.get(blob)
  }

  /** The commit object of a sha. */
  commit(sha: string): CommitObject | undefined {
    return this.commits.get(sha)
  }

  /** Sha of the newest commit with this message (undefined if none). */
  commitsWithMessage(message: string): string | undefined {
    let found: string | undefined
    for (const [sha, c] of this.commits) if (c.message === message) found = sha
    return found
  }

  /** Adds `count` comments to issue `issue` (filler from other users). */
  addComments(
    issue: number,
    count: number,
    body: (i: number) => string = (i) => `comment ${i}`
  ): void {
    for (let i = 0; i < count; i++) {
      this.comments.push({ id: this.nextCommentId++, issue, body: body(i), user: 'someone' })
    }
  }

  /** Comments on one issue, oldest first. */
  commentsOn(issue: number): StubComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  // ---- internals ----

  private putBlob(content: string): string {
    const sha = gitSha('blob', content)
    this.blobs.set(sha, content)
    return sha
  }

  private putTree(tree: Map<string, string>): string {
    const sorted = [...tree.entries()].sort(([a], [b]) => a.localeCompare(b))
    const sha = gitSha('tree', JSON.stringify(sorted))
    this.trees.set(sha, new Map(sorted))
    return sha
  }

  private putCommit(commit: CommitObject): string {
    // A nonce keeps two commits with the same content and parents distinct, as dates would.
    const sha = gitSha('commit', JSON.stringify(commit) + this.commits.size)
    this.commits.set(sha, commit)
    return sha
  }

  private treeOf(commitSha: string): Map<string, string> {
    const commit = this.commits.get(commitSha)
    return commit ? (this.trees.get(commit.tree) ?? new Map()) : new Map()
  }

  private resolve(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref
    const name = ref.replace(/^refs\//, '').replace(/^heads\//, '')
    return this.refs.get(`heads/${name}`)
  }

  private isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length > 0 && seen.size < 100_000) {
      const s = stack.pop()!
      if (s === ancestor) return true
      if (seen.has(s)) continue
      seen.add(s)
      stack.push(...(this.commits.get(s)?.parents ?? []))
    }
    return false
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const fullPath = decodeURIComponent(url.pathname)
    // Requests outside the API root (a client that ignored the GHES base path) are not found.
    const path = fullPath.startsWith(this.pathPrefix)
      ? fullPath.slice(this.pathPrefix.length)
      : `/outside${fullPath}`
    const query = Object.fromEntries(url.searchParams.entries())
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from Octokit, checked field by field
    let body: any
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      body = raw
    }
    const authHeader = req.headers.authorization ?? ''
    const [scheme, token] = authHeader.split(' ')
    const call: StubCall = { method, path, query, status: 0, body, auth: scheme || undefined }
    this.calls.push(call)
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      call.status = status
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(data === undefined ? '' : JSON.stringify(data))
    }
    try {
      const fault = this.faults.find(
        (f) => (f.times ?? 1) > 0 && (!f.method || f.method === method) && f.path.test(path)
      )
      if (fault) fault.times = (fault.times ?? 1) - 1
      if (fault?.hangMs) await new Promise((r) => setTimeout(r, fault.hangMs))
      if (res.destroyed) return
      const failWith = (f: StubFault): ApiError =>
        new ApiError(f.status!, f.message ?? 'Server Error', f.headers)
      if (fault?.status && !fault.afterWork) throw failWith(fault)
      if (!token) throw new ApiError(401, 'Requires authentication')
      if (method !== 'GET' && !this.writeTokens.has(token)) {
        throw new ApiError(403, 'Resource not accessible by integration')
      }
      await this.beforeRequest?.(method, path)
      const result = this.route(method, path, query, body)
      if (fault?.status) throw failWith(fault)
      send(result.status, result.data, result.headers)
    } catch (error) {
      if (error instanceof ApiError) {
        send(
          error.status,
          { message: error.message, documentation_url: 'https://docs.github.com/rest' },
          error.headers
        )
      } else throw error
    }
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from Octokit, checked field by field
    body: any
  ): { status: number; data: unknown; headers?: Record<string, string> } {
    const prefix = `/repos/${this.owner}/${this.repo}`
    if (!path.startsWith(prefix)) throw new ApiError(404, 'Not Found')
    const rest = path.slice(prefix.length)
    let m: RegExpMatchArray | null
    if (rest === '' && method === 'GET') {
      return {
        status: 200,
        data: {
          name: this.repo,
          full_name: `${this.owner}/${this.repo}`,
          default_branch: this.defaultBranch
        }
      }
    }
    if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1])
      if (method === 'GET') return this.listComments(path, issue, query)
      if (method === 'POST') {
        if (typeof body?.body !== 'string')
          throw new ApiError(422, 'Invalid request.\n\n"body" wasn\'t supplied.')
        if (body.body.length > 65536)
          throw new ApiError(
            422,
            'Validation Failed: body is too long (maximum is 65536 characters)'
          )
        const comment = {
          id: this.nextCommentId++,
          issue,
          body: body.body,
          user: 'github-actions[bot]'
        }
        this.comments.push(comment)
        return { status: 201, data: this.commentJson(comment) }
      }
    }
    if ((m = rest.match(/^\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]))
      if (!comment) throw new ApiError(404, 'Not Found')
      if (typeof body?.body !== 'string') throw new ApiError(422, 'Invalid request.')
      if (body.body.length > 65536)
        throw new ApiError(422, 'Validation Failed: body is too long (maximum is 65536 characters)')
      comment.body = body.body
      return { status: 200, data: this.commentJson(comment) }
    }
    if ((m = rest.match(/^\/git\/ref\/(.+)$/)) && method === 'GET') {
      const sha = this.refs.get(m[1])
      if (!sha) throw new ApiError(404, 'Not Found')
      return { status: 200, data: this.refJson(m[1], sha) }
    }
    if (rest === '/git/refs' && method === 'POST') {
      const ref = String(body?.ref ?? '')
      if (!ref.startsWith('refs/') || !this.commits.has(body?.sha))
        throw new ApiError(422, 'Reference update failed')
      const name = ref.slice('refs/'.length)
      if (this.refs.has(name)) throw new ApiError(422, 'Reference already exists')
      this.refs.set(name, body.sha)
      return { status: 201, data: this.refJson(name, body.sha) }
    }
    if ((m = rest.match(/^\/git\/refs\/(.+)$/)) && method === 'PATCH') {
      const name = m[1]
      const current = this.refs.get(name)
      if (!current) throw new ApiError(422, 'Reference does not exist')
      if (!this.commits.has(body?.sha)) throw new ApiError(422, 'Object does not exist')
      if (!body.force && !this.isAncestor(current, body.sha))
        throw new ApiError(422, 'Update is not a fast forward')
      this.refs.set(name, body.sha)
      return { status: 200, data: this.refJson(name, body.sha) }
    }
    if ((m = rest.match(/^\/git\/commits\/([0-9a-f]{40})$/)) && method === 'GET') {
      const commit = this.commits.get(m[1])
      if (!commit) throw new ApiError(404, 'Not Found')
      return { status: 200, data: this.commitJson(m[1], commit) }
    }
    if (rest === '/git/blobs' && method === 'POST') {
      if (typeof body?.content !== 'string') throw new ApiError(422, 'Invalid request.')
      const content =
        body.encoding === 'base64'
          ? Buffer.from(body.content, 'base64').toString('utf8')
          : body.content
      const sha = this.putBlob(content)
      return { status: 201, data: { sha, url: `${this.apiUrl}${prefix}/git/blobs/${sha}` } }
    }
    if (rest === '/git/trees' && method === 'POST') {
      const base = body?.base_tree ? this.trees.get(body.base_tree) : new Map<string, string>()
      if (!base) throw new ApiError(422, 'Invalid tree info')
      const tree = new Map(base)
      for (const entry of body?.tree ?? []) {
        if (entry.sha === null) tree.delete(entry.path)
        else if (typeof entry.content === 'string')
          tree.set(entry.path, this.putBlob(entry.content))
        else if (this.blobs.has(entry.sha)) tree.set(entry.path, entry.sha)
        else throw new ApiError(422, 'Invalid tree info')
      }
      const sha = this.putTree(tree)
      return {
        status: 201,
        data: {
          sha,
          tree: [...tree].map(([p, s]) => ({ path: p, sha: s, type: 'blob', mode: '100644' }))
        }
      }
    }
    if (rest === '/git/commits' && method === 'POST') {
      if (!this.trees.has(body?.tree)) throw new ApiError(422, 'Tree SHA does not exist')
      const parents: string[] = body.parents ?? []
      if (parents.some((p) => !this.commits.has(p)))
        throw new ApiError(422, 'Parent SHA does not exist or is not a commit object')
      const sha = this.putCommit({ tree: body.tree, parents, message: String(body.message ?? '') })
      return { status: 201, data: this.commitJson(sha, this.commits.get(sha)!) }
    }
    if ((m = rest.match(/^\/contents\/(.+)$/)) && method === 'GET') {
      const ref = query.ref ?? this.defaultBranch
      const sha = this.resolve(ref)
      if (!sha) throw new ApiError(404, `No commit found for the ref ${ref}`)
      const file = m[1]
      const tree = this.treeOf(sha)
      const blob = tree.get(file)
      if (blob !== undefined) {
        const content = this.blobs.get(blob) ?? ''
        return {
          status: 200,
          data: {
            type: 'file',
            encoding: 'base64',
            size: Buffer.byteLength(content),
            name: file.split('/').pop(),
            path: file,
            sha: blob,
            // GitHub wraps base64 at 60 characters.
            content: (
              Buffer.from(content)
                .toString('base64')
                .match(/.{1,60}/g) ?? []
            ).join('\n')
          }
        }
      }
      const entries = [...tree.keys()].filter((p) => p.startsWith(`${file}/`))
      if (entries.length > 0) {
        return {
          status: 200,
          data: entries.map((p) => ({
            type: 'file',
            path: p,
            name: p.split('/').pop(),
            sha: tree.get(p)
          }))
        }
      }
      throw new ApiError(404, 'Not Found')
    }
    if (rest === '/pulls' && method === 'GET') {
      const state = query.state ?? 'open'
      const head = query.head
      const found = this.pulls.filter(
        (p) =>
          (state === 'all' || p.state === state) && (!head || `${this.owner}:${p.head}` === head)
      )
      return { status: 200, data: found.map((p) => this.pullJson(p)) }
    }
    if (rest === '/pulls' && method === 'POST') {
      if (!this.refs.has(`heads/${body?.head}`))
        throw new ApiError(422, 'Validation Failed: head invalid')
      if (
        this.pulls.some((p) => p.state === 'open' && p.head === body.head && p.base === body.base)
      ) {
        throw new ApiError(
          422,
          `Validation Failed: A pull request already exists for ${this.owner}:${body.head}.`
        )
      }
      const pull: StubPull = {
        number: 100 + this.pulls.length,
        title: String(body.title ?? ''),
        body: String(body.body ?? ''),
        head: body.head,
        base: body.base,
        state: 'open'
      }
      this.pulls.push(pull)
      return { status: 201, data: this.pullJson(pull) }
    }
    if ((m = rest.match(/^\/pulls\/(\d+)$/)) && method === 'PATCH') {
      const pull = this.pulls.find((p) => p.number === Number(m![1]))
      if (!pull) throw new ApiError(404, 'Not Found')
      if (typeof body?.title === 'string') pull.title = body.title
      if (typeof body?.body === 'string') pull.body = body.body
      return { status: 200, data: this.pullJson(pull) }
    }
    throw new ApiError(404, 'Not Found')
  }

  private listComments(path: string, issue: number, query: Record<string, string>) {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30)))
    const page = Math.max(1, Number(query.page ?? 1))
    const all = this.commentsOn(issue)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const links: string[] = []
    const link = (p: number, rel: string) =>
      `<${this.apiUrl}${path}?per_page=${perPage}&page=${p}>; rel="${rel}"`
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    return {
      status: 200,
      data: all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(c)),
      headers: (links.length > 0 ? { link: links.join(', ') } : {}) as Record<string, string>
    }
  }

  private commentJson(c: StubComment) {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`
    }
  }

  private refJson(name: string, sha: string) {
    return { ref: `refs/${name}`, object: { sha, type: 'commit' } }
  }

  private commitJson(sha: string, c: CommitObject) {
    return {
      sha,
      message: c.message,
      tree: { sha: c.tree },
      parents: c.parents.map((p) => ({ sha: p })),
      html_url: `https://github.com/${this.owner}/${this.repo}/commit/${sha}`
    }
  }

  private pullJson(p: StubPull) {
    return {
      number: p.number,
      title: p.title,
      body: p.body,
      state: p.state,
      head: {
        ref: p.head,
        sha: this.refs.get(`heads/${p.head}`) ?? '',
        label: `${this.owner}:${p.head}`
      },
      base: { ref: p.base },
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${p.number}`
    }
  }
}

/** Starts a stub; call `stop()` in afterEach/afterAll. */
export async function startGitHubStub(options: StubOptions = {}): Promise<GitHubStub> {
  return new GitHubStub(options).start()
}

function gitSha(type: string, content: string): string {
  const data = Buffer.from(content)
  return createHash('sha1').update(`${type} ${data.length}\0`).update(data).digest('hex')
}
