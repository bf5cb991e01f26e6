/**
 * The `printer` workload: delivers seeded ESC/POS jobs over TCP to a virtual printer (or to a
 * host:port such as a print proxy that forwards to one) under a load profile, and measures each
 * job's time-to-print: from the start of sending until the printer has parsed the job's last byte.
 */
import net from 'node:net'
import type { Check } from '../types.js'
import type { CommandType } from '../printer/commands.js'
import type { CountExpectation, PrinterWorkloadDef } from '../printer/config.js'
import { generateJobs, type GeneratedJob, type JobSpec } from '../printer/generator.js'
import { MARKER_PREFIX, PrinterJobError, VirtualPrinter } from '../printer/server.js'
import {
  DEFAULT_PROFILE,
  OperationError,
  profileSize,
  progressEvery,
  runProfile
} from './profiles.js'
import {
  WorkloadError,
  type PrinterHandle,
  type RepetitionOutput,
  type RunContext,
  type WorkloadRunner
} from './types.js'

const DEFAULT_TIMEOUT_MS = 10_000
/** How long connections may take to close after the last job before they count as leaked. */
const LEAK_GRACE_MS = 1000

/** Generated jobs are kept per (seed, spec, count) so repetitions do not pay for generation again. */
const jobCache = new Map<string, GeneratedJob[]>()

function jobsFor(seed: number, count: number, spec: JobSpec): GeneratedJob[] {
  const key = `${seed}:${count}:${JSON.stringify(spec)}`
  let jobs = jobCache.get(key)
  if (!jobs) {
    jobs = generateJobs(seed, count, spec)
    if (jobCache.size >= 8) jobCache.delete(jobCache.keys().next().value as string)
    jobCache.set(key, jobs)
  }
  return jobs
}

function isVirtual(p: PrinterHandle | undefined): p is VirtualPrinter {
  return p instanceof VirtualPrinter
}

function parseTarget(def: PrinterWorkloadDef): { host: string; port: number } {
  const t = def.target!
  const i = t.lastIndexOf(':')
  const host = t.slice(0, i).replace(/^\[|\]$/g, '')
  const port = Number(t.slice(i + 1))
  if (i <= 0 || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new WorkloadError(
      `workload ${def.name}: target "${t}" is not host:port (e.g. 127.0.0.1:9100)`
    )
  }
  return { host, port }
}

/** Maps a socket error to an error kind and a message a user can act on. */
function socketError(
  err: NodeJS.ErrnoException,
  where: string,
  printer?: VirtualPrinter
): OperationError {
  const state = printer
    ? ` (printer ${printer.name}: ${printer.status().online ? 'online' : printer.status().faults.join(', ') || 'not listening'})`
    : ''
  switch (err.code) {
    case 'ECONNREFUSED':
      return new OperationError(
        'connection_refused',
        `cannot connect to ${where}: connection refused${state}`
      )
    case 'ECONNRESET':
    case 'EPIPE':
      if (printer && !printer.status().online) {
        return new OperationError(
          'printer_offline',
          `printer ${printer.name} is offline (${printer.status().faults.join(', ')}): it reset the connection instead of printing`
        )
      }
      return new OperationError('connection_reset', `${where} reset the connection${state}`)
    default:
      return new OperationError(
        'socket_error',
        `${where}: ${err.code ?? ''} ${err.message}${state}`.trim()
      )
  }
}

function toOperationError(err: unknown, where: string, printer?: VirtualPrinter): OperationError {
  if (err instanceof OperationError) return err
  if (err instanceof PrinterJobError) return new OperationError(err.kind, err.message)
  if (err instanceof Error && 'code' in err)
    return socketError(err as NodeJS.ErrnoException, where, printer)
  return new OperationError('error', err instanceof Error ? err.message : String(err))
}

/** Opens a TCP connection; rejects with a classified error. */
function connect(
  host: string,
  port: number,
  timeoutMs: number,
  printer?: VirtualPrinter
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host, port, noDelay: true })
    const timer = setTimeout(() => {
      s.destroy()
      reject(
        new OperationError('timeout', `cannot connect to ${host}:${port} within ${timeoutMs} ms`)
      )
    }, timeoutMs)
    s.once('connect', () => {
      clearTimeout(timer)
      s.removeAllListeners('error')
      resolve(s)
    })
    s.once('error', (err) => {
      clearTimeout(timer)
      reject(socketError(err, `${host}:${port}`, printer))
    })
  })
}

/** A connection that carries jobs back to back (persistent mode). */
interface PooledConn {
  socket: net.Socket
  sent: number
  error?: Error
}

function write(s: net.Socket, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    s.write(bytes, (err) => (err ? reject(err) : resolve()))
  })
}

function checkCount(type: string, expected: CountExpectation, got: number): Check {
  if (typeof expected === 'number') {
    return {
      name: `count ${type}`,
      passed: got === expected,
      message:
        got === expected
          ? `${got} ${type} commands, as expected`
          : `expected ${expected} ${type} commands, the printer logged ${got}`
    }
  }
  const ok =
    (expected.min === undefined || got >= expected.min) &&
    (expected.max === undefined || got <= expected.max)
  const range = `${expected.min ?? 0}..${expected.max ?? '∞'}`
  return {
    name: `count ${type}`,
    passed: ok,
    message: ok
      ? `${got} ${type} commands, within ${range}`
      : `expected ${range} ${type} commands, the printer logged ${got}`
  }
}

/** Compares the printer's commands of the listed types with the expected order. */
function checkSequence(expected: CommandType[], types: CommandType[]): Check {
  const wanted = new Set(expected)
  const got = types.filter((t) => wanted.has(t))
  let k = 0
  while (k < expected.length && k < got.length && expected[k] === got[k]) k++
  if (k === expected.length && k === got.length) {
    return {
      name: 'sequence',
      passed: true,
      message: `${got.length} commands in the expected order`
    }
  }
  const around = (list: string[]): string =>
    list.slice(Math.max(0, k - 2), k + 3).join(', ') || '(nothing)'
  return {
    name: 'sequence',
    passed: false,
    message:
      `the command order differs at position ${k + 1}: expected ${expected[k] ?? '(end)'}, the printer logged ` +
      `${got[k] ?? '(end)'} (expected ... ${around(expected)} ...; got ... ${around(got)} ...; ` +
      `${expected.length} expected, ${got.length} logged)`
  }
}

/** The `printer` workload runner. */
export const printerRunner: WorkloadRunner<PrinterWorkloadDef> = {
  kind: 'printer',
  async runRepetition(def: PrinterWorkloadDef, ctx: RunContext): Promise<RepetitionOutput> {
    const handle = def.printer !== undefined ? ctx.fixtures.printers.get(def.printer) : undefined
    if (def.printer !== undefined && !handle) {
      const names = [...ctx.fixtures.printers.keys()]
      throw new WorkloadError(
        `workload ${def.name}: printer "${def.printer}" is not defined under printers: ` +
          (names.length ? `(defined: ${names.join(', ')})` : '(no printers are defined)')
      )
    }
    const printer = isVirtual(handle) ? handle : undefined
    if (!def.target && !handle)
      throw new WorkloadError(`workload ${def.name}: set printer: <name> or target: host:port`)
    const { host, port } = def.target
      ? parseTarget(def)
      : { host: handle!.host, port: handle!.port }
    const where = `${host}:${port}`
    const viaProxy = def.target !== undefined
    const timeoutMs = def.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const persistent = def.connection === 'persistent'
    const expect = def.expect ?? {}

    const profile = def.profile ?? DEFAULT_PROFILE
    const count = profileSize(profile)
    const { seed: jobSeed, ...spec } = def.jobs ?? {}
    const jobs = jobsFor((ctx.seed ^ (jobSeed ?? 0)) >>> 0, count, spec)
    // Through a proxy the printer sees the proxy's connections, so each job carries a marker line
    // that identifies it in the print history.
    const runTag = `${ctx.repetition}.${Math.floor(Math.random() * 1e9).toString(36)}`
    const payloads =
      viaProxy && printer
        ? jobs.map((j) =>
            Buffer.concat([
              Buffer.from(`${MARKER_PREFIX}${runTag}.${j.index}\n`, 'latin1'),
              j.bytes
            ])
          )
        : jobs.map((j) => j.bytes)

    printer?.clearLog()
    const pool: PooledConn[] = []
    const all = new Set<net.Socket>()
    let bytesOk = 0

    const deliverOn = async (
      s: net.Socket,
      bytes: Uint8Array,
      upTo: number,
      index: number
    ): Promise<number> => {
      const waitPrinted = printer
        ? viaProxy
          ? printer.waitForMarker(`${runTag}.${index}`, timeoutMs)
          : printer.waitForBytes(s.localPort!, upTo, timeoutMs)
        : undefined
      waitPrinted?.catch(() => undefined)
      await write(s, bytes)
      if (waitPrinted) return await waitPrinted
      // No virtual printer to ask: delivery time (written) is all that can be measured.
      return performance.now()
    }

    const op = async (index: number): Promise<{ end: number }> => {
      const bytes = payloads[index % payloads.length]!
      if (!persistent) {
        let s: net.Socket | undefined
        try {
          s = await connect(host, port, timeoutMs, printer)
          all.add(s)
          s.on('error', () => undefined)
          const end = await deliverOn(s, bytes, bytes.length, index)
          bytesOk += bytes.length
          return { end }
        } catch (err) {
          throw toOperationError(err, where, printer)
        } finally {
          if (s) {
            s.end()
            all.delete(s)
          }
        }
      }
      let conn = pool.pop()
      try {
        if (!conn) {
          const socket = await connect(host, port, timeoutMs, printer)
          all.add(socket)
          conn = { socket, sent: 0 }
          const c = conn
          socket.on('error', (e) => (c.error = e))
        }
        conn.sent += bytes.length
        const end = await deliverOn(conn.socket, bytes, conn.sent, index)
        bytesOk += bytes.length
        pool.push(conn)
        return { end }
      } catch (err) {
        // A broken connection is not returned to the pool; the next job opens a new one.
        if (conn) {
          conn.socket.destroy()
          all.delete(conn.socket)
        }
        throw toOperationError(conn?.error ?? err, where, printer)
      }
    }

    const outcome = await runProfile(profile, op, {
      signal: ctx.signal,
      onProgress: progressEvery((m) => ctx.log.progress(m), def.name)
    })
    for (const c of pool.splice(0)) {
      c.socket.end()
      all.delete(c.socket)
    }
    for (const s of all) s.destroy()

    const checks: Check[] = []
    const durationS = outcome.durationMs / 1000
    const details: Record<string, unknown> = {
      target: where,
      connection: persistent ? 'persistent' : 'per-job',
      jobs: count
    }
    if (outcome.errorSamples.length) details.errorSamples = outcome.errorSamples

    if (expect.allPrinted !== false) {
      const failed = count - outcome.ok
      checks.push({
        name: 'all jobs printed',
        passed: failed === 0,
        message:
          failed === 0
            ? `${count} of ${count} jobs printed`
            : `${outcome.ok} of ${count} jobs printed; ${Object.entries(outcome.errors)
                .map(([k, v]) => `${v} ${k}`)
                .join(', ')}; first error: ${outcome.errorSamples[0] ?? 'unknown'}`
      })
    }

    if (printer) {
      const leftOpen = await printer.waitForIdle(expect.noLeaks === false ? 0 : LEAK_GRACE_MS)
      const counts = printer.commandCounts()
      const status = printer.status()
      details.printer = {
        name: printer.name,
        counts,
        jobsPrinted: status.jobs,
        connections: status.connections,
        faults: status.faults
      }
      for (const [type, exp] of Object.entries(expect.counts ?? {})) {
        checks.push(checkCount(type, exp as CountExpectation, counts[type as CommandType] ?? 0))
      }
      for (const [type, per] of Object.entries(expect.countsPerJob ?? {})) {
        checks.push(checkCount(type, (per as number) * count, counts[type as CommandType] ?? 0))
      }
      if (expect.sequence) checks.push(checkSequence(expect.sequence, printer.commandTypes()))
      if (expect.online !== false) {
        checks.push({
          name: 'printer online',
          passed: status.online && status.listening,
          message:
            status.online && status.listening
              ? `printer ${printer.name} is online`
              : `expected printer ${printer.name} online after the run; it is ${status.listening ? status.faults.join(', ') : 'not listening (refuse)'}`
        })
      }
      if (expect.noLeaks !== false) {
        checks.push({
          name: 'no leaked connections',
          passed: leftOpen === 0,
          message:
            leftOpen === 0
              ? `all ${status.connections.opened} connections closed`
              : `expected every connection closed ${LEAK_GRACE_MS} ms after the last job; ${leftOpen} still open (opened ${status.connections.opened}, peak ${status.connections.peak})`
        })
      }
    } else if (expect.counts || expect.countsPerJob || expect.sequence) {
      throw new WorkloadError(
        `workload ${def.name}: expect.counts/sequence need printer: <name> to check at (target alone cannot be verified)`
      )
    }

    return {
      latencies: outcome.latencies,
      ok: outcome.ok,
      errors: outcome.errors,
      durationMs: outcome.durationMs,
      metrics: {
        bytes_per_s: {
          value: durationS > 0 ? bytesOk / durationS : 0,
          unit: 'B/s',
          direction: 'bigger'
        },
        jobs_per_s: {
          value: durationS > 0 ? outcome.ok / durationS : 0,
          unit: 'jobs/s',
          direction: 'bigger'
        }
      },
      checks,
      details
    }
  }
}
