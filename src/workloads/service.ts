/**
 * The `service` workload kind: HTTP calls to a service perf-gate started (src/fixtures/service.ts),
 * under the shared load profiles, optionally verified at the virtual printers the service prints
 * to, with the service's resource use sampled while it runs.
 */
import type { CommonWorkload } from '../config/types.js'
import { hasTemplate, renderDeep, renderTemplate } from '../config/template.js'
import type { RunningService } from '../fixtures/service.js'
import type { ResourceStats } from '../fixtures/resources.js'
import { HttpDriver, isErrorStatus, type HttpResponse, type PreparedRequest } from '../load/http.js'
import { HdrRecorder, driftOf } from '../load/histogram.js'
import {
  generateHaJob,
  mixSeed,
  pickWeighted,
  seededRandom,
  type HaJobSpec
} from '../load/ha-jobs.js'
import type { Check } from '../types.js'
import {
  DEFAULT_PROFILE,
  OperationError,
  profileSize,
  progressEvery,
  runProfile,
  type LoadProfile
} from './profiles.js'
import {
  WorkloadError,
  type ExtraMetric,
  type PrinterHandle,
  type RepetitionOutput,
  type RunContext,
  type ServiceHandle,
  type WorkloadRunner
} from './types.js'

/** One request template (see requestTemplateSchema in src/fixtures/config.ts). */
export interface RequestTemplate {
  method?: string
  path?: string
  url?: string
  headers?: Record<string, string | number>
  json?: unknown
  body?: string
  /** What `${job.data}` / `${job.service}` generate (HA escpos_printer calls). */
  job?: HaJobSpec
  weight?: number
  name?: string
  expectStatus?: number | number[]
}

/** A count expectation: exact, or a range. */
export type CountExpectation = number | { min?: number; max?: number }

/** Expectations at one printer. `counts`, `sequence` and `noLeaks` are the printer workload's names. */
export interface PrinterExpectations {
  commands?: Record<string, CountExpectation>
  counts?: Record<string, CountExpectation>
  order?: string[]
  sequence?: string[]
  jobs?: CountExpectation
  online?: boolean
  leakedConnections?: number
  noLeaks?: boolean
}

/** `expect:` of a service workload. */
export interface ServiceExpectations extends PrinterExpectations {
  printer?: string
  errorRate?: number
  maxDegradation?: number
  printers?: Record<string, PrinterExpectations>
}

/** A fault-drill step. */
export interface ServiceStep {
  name?: string
  printerError?: { printer?: string; kind: string }
  printerReset?: true | string
  request?: RequestTemplate
  expect?: { status?: number | number[]; ok?: boolean; within?: number; printed?: boolean }
  waitMs?: number
}

/** A validated `kind: service` workload. */
export interface ServiceWorkloadDef extends CommonWorkload {
  kind: 'service'
  service: string
  requests?: RequestTemplate | RequestTemplate[]
  mix?: RequestTemplate[]
  profile?: LoadProfile
  connections?: number
  timeoutMs?: number
  expect?: ServiceExpectations
  steps?: ServiceStep[]
  doneAtPrinter?: boolean | string
  warmPath?: string
  sampleIntervalMs?: number
}

/** What a printer must offer for expectations and fault drills (VirtualPrinter in src/printer/). */
interface PrinterProbe extends PrinterHandle {
  /** Every command's type since the log was cleared, not only those the log still holds. */
  commandTypes(): string[]
  status(): {
    online: boolean
    jobs: number
    faults?: string[]
    commands: number
    droppedCommands: number
  }
  connectionStats(): {
    opened: number
    closed: number
    active: number
    peak: number
    leaked: number
  }
  simulateError(kind: string): Promise<void> | void
  reset(): Promise<void> | void
  clearLog(): void
}

/** Above this many operations latencies go to a histogram instead of an array (bounded memory). */
const ARRAY_LIMIT = 200_000

function isProbe(p: PrinterHandle | undefined): p is PrinterProbe {
  const x = p as Partial<PrinterProbe> | undefined
  return (
    !!x &&
    typeof x.commandTypes === 'function' &&
    typeof x.status === 'function' &&
    typeof x.clearLog === 'function'
  )
}

function isRunning(s: ServiceHandle): s is RunningService {
  return typeof (s as Partial<RunningService>).restart === 'function'
}

/** Most concurrency a profile reaches (for the connection count). */
function concurrencyOf(p: LoadProfile): number {
  switch (p.type) {
    case 'parallel':
      return p.count
    case 'burst':
      return p.size
    case 'batch':
      return p.size ?? p.count
    case 'clients':
      return p.clients
    case 'sequential':
      return p.blocking === false ? p.count : 1
    case 'ordered':
      return 1
    case 'sustained':
      return 50
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Turns templates into requests: pre-rendered once when they do not depend on the job. */
class RequestBuilder {
  private readonly fixed: Array<PreparedRequest | null>
  private readonly weights: number[] | null

  constructor(
    private readonly templates: RequestTemplate[],
    private readonly mode: 'list' | 'mix',
    private readonly scope: Record<string, unknown>,
    private readonly service: ServiceHandle,
    private readonly seed: number,
    private readonly where: string
  ) {
    this.weights = mode === 'mix' ? templates.map((t) => t.weight ?? 1) : null
    this.fixed = templates.map((t, i) => (usesJob(t) ? null : this.render(t, i, null)))
  }

  /** The template used for operation `index`. */
  pick(index: number): number {
    if (!this.weights) return index % this.templates.length
    const u = seededRandom(mixSeed(this.seed, index, 0x6d1f))()
    const w: Record<string, number> = {}
    this.weights.forEach((x, i) => (w[String(i)] = x))
    return Number(pickWeighted(w, u))
  }

  /** The request for operation `index`, and which template it came from. */
  build(index: number): { req: PreparedRequest; template: number } {
    const t = this.pick(index)
    return { req: this.fixed[t] ?? this.render(this.templates[t], t, index), template: t }
  }

  /** Renders one template; `index` null means "no job" (the template does not use one). */
  render(t: RequestTemplate, i: number, index: number | null): PreparedRequest {
    const where = `${this.where}${this.mode === 'mix' ? `.mix[${i}]` : this.templates.length > 1 ? `.requests[${i}]` : '.requests'}`
    let scope = this.scope
    if (index !== null) {
      const job = generateHaJob(this.seed, index, t.job ?? 'mixed')
      scope = {
        ...this.scope,
        job: { index, seed: this.seed, service: job.service, data: job.data }
      }
    }
    const target = renderTemplate(t.path ?? t.url ?? '/', scope, `${where}.path`)
    let path = target
    if (/^https?:\/\//.test(target)) {
      const u = new URL(target)
      if (u.origin !== new URL(this.service.url).origin) {
        throw new WorkloadError(
          `${where}.path: ${target} is not on service ${this.service.name} (${this.service.url}); use a path such as /api/`
        )
      }
      path = `${u.pathname}${u.search}`
    }
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(t.headers ?? {})) {
      headers[k.toLowerCase()] =
        typeof v === 'string' ? renderTemplate(v, scope, `${where}.headers.${k}`) : String(v)
    }
    let body: string | undefined
    if (t.json !== undefined) {
      body = JSON.stringify(renderDeep(t.json, scope, `${where}.json`))
      headers['content-type'] ??= 'application/json'
    } else if (t.body !== undefined) {
      body = renderTemplate(t.body, scope, `${where}.body`)
    }
    const method = (t.method ?? (body !== undefined ? 'POST' : 'GET')).toUpperCase()
    return { method, path, headers, body }
  }
}

function usesJob(t: RequestTemplate): boolean {
  const mentions = (v: unknown): boolean =>
    typeof v === 'string'
      ? v.includes('${job')
      : Array.isArray(v)
        ? v.some(mentions)
        : v !== null && typeof v === 'object'
          ? Object.values(v).some(mentions)
          : false
  return (
    hasTemplate(t) &&
    mentions({ path: t.path, url: t.url, headers: t.headers, json: t.json, body: t.body })
  )
}

function statusOk(status: number, expected: number | number[] | undefined): boolean {
  if (expected === undefined) return !isErrorStatus(status)
  return Array.isArray(expected) ? expected.includes(status) : status === expected
}

function countCheck(label: string, expected: CountExpectation, actual: number): Check {
  if (typeof expected === 'number') {
    return {
      name: label,
      passed: actual === expected,
      message: `expected ${expected}, got ${actual}`
    }
  }
  const okMin = expected.min === undefined || actual >= expected.min
  const okMax = expected.max === undefined || actual <= expected.max
  const range = [
    expected.min !== undefined ? `>= ${expected.min}` : '',
    expected.max !== undefined ? `<= ${expected.max}` : ''
  ]
    .filter(Boolean)
    .join(' and ')
  return { name: label, passed: okMin && okMax, message: `expected ${range}, got ${actual}` }
}

/** Where two sequences first differ, for a readable order message. */
function firstDifference(a: string[], b: string[]): number {
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i
  return -1
}

/** Jobs and commands a printer has received since its log was cleared (grows with anything printed). */
function printedSoFar(p: PrinterProbe): number {
  const s = p.status()
  return s.jobs + s.commands + s.droppedCommands
}

/** Checks expectations at one printer after the calls. */
async function printerChecks(
  name: string,
  p: PrinterProbe,
  given: PrinterExpectations,
  activeAtStart: number
): Promise<Check[]> {
  const checks: Check[] = []
  // Accept the printer workload's spellings too, so one vocabulary works for both kinds.
  const e: PrinterExpectations = {
    ...given,
    commands: given.commands ?? given.counts,
    order: given.order ?? given.sequence,
    leakedConnections: given.leakedConnections ?? (given.noLeaks ? 0 : undefined)
  }
  // The whole repetition's commands: the log keeps only the latest `keepCommands` of them.
  const types = p.commandTypes()
  for (const [type, expected] of Object.entries(e.commands ?? {})) {
    checks.push(
      countCheck(
        `printer ${name}: ${type} commands`,
        expected,
        types.filter((t) => t === type).length
      )
    )
  }
  if (e.order) {
    const wanted = new Set(e.order)
    const got = types.filter((t) => wanted.has(t))
    const at = firstDifference(e.order, got)
    checks.push({
      name: `printer ${name}: command order`,
      passed: at === -1,
      message:
        at === -1
          ? `${got.length} commands in the expected order`
          : `first difference at position ${at + 1}: expected ${e.order[at] ?? '(end)'}, got ${got[at] ?? '(end)'}; ` +
            `expected [${e.order.join(', ')}], got [${got.slice(0, 40).join(', ')}${got.length > 40 ? ', …' : ''}]`
    })
  }
  if (e.jobs !== undefined)
    checks.push(countCheck(`printer ${name}: jobs`, e.jobs, p.status().jobs))
  if (e.online !== undefined) {
    const s = p.status()
    checks.push({
      name: `printer ${name}: online`,
      passed: s.online === e.online,
      message: s.online ? 'online' : `offline (${(s.faults ?? []).join(', ') || 'not listening'})`
    })
  }
  if (e.leakedConnections !== undefined) {
    // A well-behaved client closes its connection right after the job; give it a moment to do so.
    const deadline = performance.now() + 1000
    let active = p.connectionStats().active
    while (active > activeAtStart && performance.now() < deadline) {
      await sleep(20)
      active = p.connectionStats().active
    }
    const leaked = Math.max(0, active - activeAtStart)
    checks.push({
      name: `printer ${name}: leaked connections`,
      passed: leaked <= e.leakedConnections,
      message: `${leaked} connection(s) still open 1 s after the calls (allowed ${e.leakedConnections})`
    })
  }
  return checks
}

/** Runs the workload's fault-drill steps in order; each timed request is one operation. */
async function runSteps(
  def: ServiceWorkloadDef,
  steps: ServiceStep[],
  ctx: RunContext,
  driver: HttpDriver,
  service: ServiceHandle,
  printerOf: (name: string | undefined, where: string) => PrinterProbe,
  where: string
): Promise<{
  latencies: number[]
  ok: number
  errors: Record<string, number>
  checks: Check[]
  samples: string[]
}> {
  const latencies: number[] = []
  const errors: Record<string, number> = {}
  const checks: Check[] = []
  const samples: string[] = []
  let ok = 0
  for (let i = 0; i < steps.length; i++) {
    if (ctx.signal.aborted) break
    const s = steps[i]
    const label = s.name ?? `step ${i + 1}`
    const sw = `${where}.steps[${i}]`
    if (s.printerError)
      await printerOf(s.printerError.printer, `${sw}.printerError`).simulateError(
        s.printerError.kind
      )
    if (s.printerReset !== undefined) {
      await printerOf(
        s.printerReset === true ? undefined : s.printerReset,
        `${sw}.printerReset`
      ).reset()
    }
    if (s.waitMs) await sleep(s.waitMs)
    if (!s.request) continue
    const builder = new RequestBuilder(
      [s.request],
      'list',
      ctx.fixtures.templateScope,
      service,
      ctx.seed,
      sw
    )
    const { req } = builder.build(i)
    const watch =
      s.expect?.printed !== undefined
        ? printerOf(def.expect?.printer, `${sw}.expect.printed`)
        : null
    const before = watch ? printedSoFar(watch) : 0
    const t0 = performance.now()
    let res: HttpResponse | null = null
    let failure = ''
    try {
      res = await driver.send(req)
    } catch (err) {
      const kind = err instanceof OperationError ? err.kind : 'error'
      errors[kind] = (errors[kind] ?? 0) + 1
      failure = (err as Error).message
    }
    const ms = performance.now() - t0
    latencies.push(ms)
    if (res) {
      // In a drill an error answer the step expects (ok: false, or a listed status) is the
      // outcome asked for, not an error of the service.
      const expected =
        s.expect?.status !== undefined
          ? statusOk(res.status, s.expect.status)
          : s.expect?.ok === false
            ? isErrorStatus(res.status)
            : statusOk(res.status, s.request.expectStatus)
      if (expected) ok++
      else {
        const kind = `http_${res.status}`
        errors[kind] = (errors[kind] ?? 0) + 1
        if (samples.length < 5)
          samples.push(
            `${label}: ${req.method} ${req.path}: HTTP ${res.status} ${res.body.slice(0, 120)}`
          )
      }
    } else if (samples.length < 5) samples.push(`${label}: ${failure}`)
    const e = s.expect
    if (!e) continue
    const got = res
      ? `HTTP ${res.status}${res.body ? ` ${res.body.slice(0, 120)}` : ''}`
      : `no response (${failure})`
    if (e.status !== undefined) {
      const want = Array.isArray(e.status) ? e.status : [e.status]
      checks.push({
        name: `${label}: status`,
        passed: !!res && want.includes(res.status),
        message: `expected ${want.join(' or ')}, got ${got}`
      })
    }
    if (e.ok !== undefined) {
      const isOk = !!res && !isErrorStatus(res.status)
      checks.push({
        name: `${label}: ${e.ok ? 'succeeds' : 'fails cleanly'}`,
        // A clean failure is an HTTP error answer, not a hang or a dropped connection.
        passed: e.ok ? isOk : !!res && isErrorStatus(res.status),
        message: `expected ${e.ok ? 'a success (status < 400)' : 'an error answer (status >= 400)'}, got ${got}`
      })
    }
    if (e.within !== undefined) {
      checks.push({
        name: `${label}: answered within ${e.within} ms`,
        passed: !!res && ms <= e.within,
        message: `took ${ms.toFixed(1)} ms`
      })
    }
    if (watch && e.printed !== undefined) {
      const printed = printedSoFar(watch) > before
      checks.push({
        name: `${label}: ${e.printed ? 'printed' : 'nothing printed'}`,
        passed: printed === e.printed,
        message: printed ? 'the printer received it' : 'the printer received nothing'
      })
    }
  }
  return { latencies, ok, errors, checks, samples }
}

function resourceMetrics(r: ResourceStats): Record<string, ExtraMetric> {
  const m: Record<string, ExtraMetric> = {
    // Resource figures are noisy between runs: reported, and gated through budgets only.
    'memory.rss_growth': { value: r.rssGrowth, unit: 'B', direction: 'smaller', gate: false },
    'memory.rss_peak': { value: r.rssPeak, unit: 'B', direction: 'smaller', gate: false },
    'cpu.percent': { value: r.cpuPercent, unit: '%', direction: 'smaller', gate: false }
  }
  if (r.fdsStart !== null && r.fdsEnd !== null) {
    m['fds.growth'] = {
      value: r.fdsEnd - r.fdsStart,
      unit: 'count',
      direction: 'smaller',
      gate: false
    }
  }
  return m
}

/** The `service` workload kind. */
export const serviceRunner: WorkloadRunner<ServiceWorkloadDef> = {
  kind: 'service',
  async runRepetition(def: ServiceWorkloadDef, ctx: RunContext): Promise<RepetitionOutput> {
    const where = `workloads.${def.name}`
    const svc = ctx.fixtures.services.get(def.service)
    if (!svc) {
      const known = [...ctx.fixtures.services.keys()]
      throw new WorkloadError(
        `${where}.service: no service named "${def.service}" (${known.length ? `services: ${known.join(', ')}` : 'no services are defined under services:'})`
      )
    }
    if (isRunning(svc)) {
      if (svc.startError !== undefined) {
        throw new WorkloadError(`service ${svc.name} did not start: ${svc.startError}`)
      }
      if (!svc.alive) {
        // It died in an earlier workload: that one was failed; give this one a fresh process.
        ctx.log.warn(
          `service ${svc.name} is not running (${svc.crash?.description ?? 'stopped'}); restarting it for ${def.name}`
        )
        await svc.restart().catch((err: Error) => {
          throw new WorkloadError(
            `service ${svc.name} could not be restarted for ${def.name}: ${err.message}`
          )
        })
      } else if (svc.restartPolicy === 'per-repetition') {
        await svc.restart()
      }
    }

    const printerOf = (name: string | undefined, w: string): PrinterProbe => {
      const all = ctx.fixtures.printers
      const chosen = name ?? (all.size === 1 ? [...all.keys()][0] : undefined)
      if (chosen === undefined) {
        throw new WorkloadError(
          `${w}: name the printer (printers: ${[...all.keys()].join(', ') || 'none defined'})`
        )
      }
      const p = all.get(chosen)
      if (!p)
        throw new WorkloadError(
          `${w}: no printer named "${chosen}" (printers: ${[...all.keys()].join(', ') || 'none'})`
        )
      if (!isProbe(p))
        throw new WorkloadError(
          `${w}: printer "${chosen}" is not a virtual printer perf-gate can inspect`
        )
      return p
    }

    // Printers the expectations, the drill or doneAtPrinter look at; their logs start empty.
    const watched = new Map<string, PrinterProbe>()
    const e = def.expect ?? {}
    const hasPrinterExpect = [
      'commands',
      'counts',
      'order',
      'sequence',
      'jobs',
      'online',
      'leakedConnections',
      'noLeaks'
    ].some((k) => k in e)
    if (hasPrinterExpect) watched.set('default', printerOf(e.printer, `${where}.expect.printer`))
    for (const name of Object.keys(e.printers ?? {}))
      watched.set(name, printerOf(name, `${where}.expect.printers`))
    const doneAt =
      def.doneAtPrinter === undefined || def.doneAtPrinter === false
        ? null
        : printerOf(
            typeof def.doneAtPrinter === 'string' ? def.doneAtPrinter : e.printer,
            `${where}.doneAtPrinter`
          )
    if (doneAt) watched.set('doneAt', doneAt)
    const activeAtStart = new Map<PrinterProbe, number>()
    for (const p of new Set(watched.values())) {
      p.clearLog()
      activeAtStart.set(p, p.connectionStats().active)
    }

    const profile = def.profile ?? DEFAULT_PROFILE
    const connections = def.connections ?? Math.max(1, Math.min(50, concurrencyOf(profile)))
    const driver = new HttpDriver(svc.url, { connections, timeoutMs: def.timeoutMs ?? 10_000 })
    const scope = ctx.fixtures.templateScope
    const listed =
      def.requests === undefined ? [] : Array.isArray(def.requests) ? def.requests : [def.requests]
    const builder =
      def.mix || listed.length
        ? new RequestBuilder(
            def.mix ?? listed,
            def.mix ? 'mix' : 'list',
            scope,
            svc,
            ctx.seed,
            where
          )
        : null

    // The run ends early if the service dies; the crash is reported below.
    const ac = new AbortController()
    const onAbort = (): void => ac.abort()
    ctx.signal.addEventListener('abort', onAbort, { once: true })
    let crashWatch: NodeJS.Timeout | undefined
    if (isRunning(svc)) {
      crashWatch = setInterval(() => {
        if (!svc.alive) ac.abort()
      }, 50)
    }
    const sampler = isRunning(svc) ? svc.sampler(def.sampleIntervalMs ?? 200) : null

    try {
      // Open the connections before the clock starts (auth headers of the first request, so a
      // service that rejects anonymous calls still keeps the connection alive).
      const warmHeaders = builder
        ? builder.render((def.mix ?? listed)[0], 0, warmJobIndex((def.mix ?? listed)[0])).headers
        : undefined
      await driver.warm(
        { method: 'GET', path: def.warmPath ?? '/', headers: warmHeaders },
        connections
      )
      await sampler?.start()

      let out: RepetitionOutput
      const checks: Check[] = []
      const t0 = performance.now()
      if (def.steps) {
        const r = await runSteps(
          def,
          def.steps,
          { ...ctx, signal: ac.signal },
          driver,
          svc,
          printerOf,
          where
        )
        checks.push(...r.checks)
        out = {
          latencies: r.latencies,
          ok: r.ok,
          errors: r.errors,
          durationMs: performance.now() - t0,
          details: { errorSamples: r.samples }
        }
      } else {
        if (!builder) throw new WorkloadError(`${where}: give requests, mix or steps`)
        const jobs0 = doneAt ? doneAt.status().jobs : 0
        let printedOk = 0
        const templates = def.mix ?? listed
        const op = async (index: number): Promise<void | { end: number }> => {
          const { req, template } = builder.build(index)
          const res = await driver.send(req)
          if (!statusOk(res.status, templates[template].expectStatus)) {
            const body = res.body.replace(/\s+/g, ' ').slice(0, 160)
            throw new OperationError(
              `http_${res.status}`,
              `${req.method} ${req.path}: HTTP ${res.status}${body ? ` ${body}` : ''}`
            )
          }
          // Reads (GET/HEAD) print nothing: they are done when the response arrives.
          if (!doneAt || req.method === 'GET' || req.method === 'HEAD') return
          // Done when the printer has it: count-based (the n-th successful write is done once the
          // printer holds n jobs since the start), which needs no marker in the printed content.
          const n = ++printedOk
          const deadline = performance.now() + (def.timeoutMs ?? 10_000)
          while (doneAt.status().jobs - jobs0 < n) {
            if (performance.now() > deadline || ac.signal.aborted) {
              throw new OperationError(
                'printer_timeout',
                `${req.method} ${req.path}: answered, but the printer did not get the job`
              )
            }
            await sleep(1)
          }
          return { end: performance.now() }
        }
        const size = profileSize(profile)
        const hdr = size > ARRAY_LIMIT ? new HdrRecorder() : undefined
        const outcome = await runProfile(profile, op, {
          signal: ac.signal,
          recorder: hdr,
          onProgress: progressEvery((m) => ctx.log.progress(m), def.name)
        })
        const details: Record<string, unknown> = { errorSamples: outcome.errorSamples, connections }
        if (outcome.achievedRate !== undefined && profile.type === 'sustained') {
          details.askedRate = profile.rate
          details.achievedRate = outcome.achievedRate
          if (outcome.achievedRate < 0.9 * profile.rate)
            ctx.log.warn(
              `${def.name}: asked ${profile.rate}/s, achieved ${outcome.achievedRate.toFixed(1)}/s: the service (with ${connections} connections) cannot keep up, so the run took ${(outcome.durationMs / 1000).toFixed(1)} s instead of ${profile.durationS} s; latencies count from the intended start and include the queue.`
            )
        }
        if (outcome.inFlightCapHits > 0) details.inFlightCapHits = outcome.inFlightCapHits
        out = {
          latencies: outcome.latencies,
          latencySummary: hdr?.summary() ?? undefined,
          ok: outcome.ok,
          errors: outcome.errors,
          durationMs: outcome.durationMs,
          details
        }
      }

      const resources = sampler ? await sampler.stop() : null
      if (isRunning(svc) && svc.crash) {
        throw new WorkloadError(
          `service ${svc.name} died during workload ${def.name} (${svc.crash.description})`,
          svc.crash.output
        )
      }

      const metrics: Record<string, ExtraMetric> = {}
      const drift = out.latencies ? driftOf(out.latencies) : null
      if (drift) {
        metrics['latency.drift'] = {
          value: drift.drift,
          unit: 'ratio',
          direction: 'smaller',
          gate: false
        }
        metrics['latency.degradation'] = {
          value: drift.degradation,
          unit: 'ratio',
          direction: 'smaller',
          gate: false
        }
      }
      if (resources) Object.assign(metrics, resourceMetrics(resources))

      const total = out.ok + Object.values(out.errors).reduce((a, b) => a + b, 0)
      const failed = total - out.ok
      const allowed = e.errorRate ?? (def.steps ? undefined : 0)
      if (allowed !== undefined && total > 0) {
        const rate = failed / total
        const kinds = Object.entries(out.errors)
          .map(([k, n]) => `${k}: ${n}`)
          .join(', ')
        const sample = ((out.details?.errorSamples as string[] | undefined) ?? [])[0]
        checks.push({
          name: 'error rate',
          passed: rate <= allowed,
          message:
            `${failed} of ${total} requests failed (${(rate * 100).toFixed(1)} %, allowed ${(allowed * 100).toFixed(1)} %)` +
            (kinds ? `: ${kinds}` : '') +
            (sample && rate > allowed ? `; e.g. ${sample}` : '')
        })
      }
      if (e.maxDegradation !== undefined) {
        checks.push({
          name: 'response-time degradation',
          passed: drift !== null && drift.degradation < e.maxDegradation,
          message: drift
            ? `median latency of the last fifth is ${drift.degradation.toFixed(2)}x the median of the whole run (must stay below ${e.maxDegradation}x)`
            : 'too few requests to tell (need at least 10)'
        })
      }
      if (hasPrinterExpect) {
        const p = watched.get('default')!
        checks.push(...(await printerChecks(e.printer ?? p.name, p, e, activeAtStart.get(p) ?? 0)))
      }
      for (const [name, pe] of Object.entries(e.printers ?? {})) {
        const p = watched.get(name)!
        checks.push(...(await printerChecks(name, p, pe, activeAtStart.get(p) ?? 0)))
      }

      return {
        ...out,
        metrics,
        checks,
        details: {
          ...out.details,
          service: svc.name,
          ...(resources ? { resources } : {}),
          ...(drift ? { drift } : {})
        }
      }
    } finally {
      if (crashWatch) clearInterval(crashWatch)
      ctx.signal.removeEventListener('abort', onAbort)
      if (sampler) await sampler.stop().catch(() => null)
      await driver.destroy().catch(() => undefined)
    }
  }
}

/** Index to render a template with for the warm-up headers (null: it uses no job). */
function warmJobIndex(t: RequestTemplate): number | null {
  return usesJob(t) ? 0 : null
}
