/**
 * A small HTTP control API over running virtual printers, on loopback, for users' own test suites
 * (pytest, shell): read what was printed, simulate faults, reset. JSON in, JSON out.
 *
 *   GET  /printers                      every printer's status
 *   GET  /printers/<name>/status        state, faults, connection counters
 *   GET  /printers/<name>/commands      command log (?type=qr&conn=3&limit=100)
 *   GET  /printers/<name>/jobs          print history (jobs with their commands and text)
 *   GET  /printers/<name>/connections   opened, closed, active, peak, leaked
 *   POST /printers/<name>/error         {"kind":"offline"} (see SIMULATED_ERRORS)
 *   POST /printers/<name>/reset         clears faults
 *   POST /printers/<name>/clear         clears the log, the history and the counters
 */
import http from 'node:http'
import { COMMAND_TYPES, type CommandType } from './commands.js'
import { SIMULATED_ERRORS, type SimulatedError, type VirtualPrinter } from './server.js'

const MAX_BODY = 64 * 1024

function send(res: http.ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(code, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const parts: Buffer[] = []
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        reject(new Error(`request body over ${MAX_BODY} bytes`))
        req.destroy()
      } else parts.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')))
    req.on('error', reject)
  })
}

async function handle(
  printers: Map<string, VirtualPrinter>,
  req: http.IncomingMessage,
  res: http.ServerResponse
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  const method = req.method ?? 'GET'
  if (parts[0] !== 'printers' || parts.length > 3) {
    return send(res, 404, { error: `no route ${method} ${url.pathname}; try GET /printers` })
  }
  if (parts.length === 1) {
    if (method !== 'GET') return send(res, 405, { error: 'use GET /printers' })
    return send(res, 200, { printers: [...printers.values()].map((p) => p.status()) })
  }
  const printer = printers.get(parts[1]!)
  if (!printer) {
    return send(res, 404, {
      error: `no printer "${parts[1]}"; running: ${[...printers.keys()].join(', ') || '(none)'}`
    })
  }
  const action = parts[2] ?? 'status'
  const route = `${method} ${action}`
  switch (route) {
    case 'GET status':
      return send(res, 200, printer.status())
    case 'GET connections':
      return send(res, 200, printer.connectionStats())
    case 'GET jobs':
      return send(res, 200, { jobs: printer.jobs() })
    case 'GET commands': {
      const type = url.searchParams.get('type') ?? undefined
      if (type !== undefined && !COMMAND_TYPES.includes(type as CommandType)) {
        return send(res, 400, {
          error: `unknown command type "${type}"; one of: ${COMMAND_TYPES.join(', ')}`
        })
      }
      const conn = url.searchParams.get('conn')
      const limit = url.searchParams.get('limit')
      for (const [key, value] of [
        ['conn', conn],
        ['limit', limit]
      ] as const) {
        if (value !== null && !/^\d+$/.test(value)) {
          return send(res, 400, {
            error: `${key}=${value}: ${key} must be a whole number, e.g. ${key}=${key === 'conn' ? 1 : 100}`
          })
        }
      }
      return send(res, 200, {
        commands: printer.commands({
          type: type as CommandType | undefined,
          conn: conn === null ? undefined : Number(conn),
          limit: limit === null ? undefined : Number(limit)
        })
      })
    }
    case 'POST error': {
      let kind: unknown
      try {
        kind = (JSON.parse((await readBody(req)) || '{}') as { kind?: unknown }).kind
      } catch {
        return send(res, 400, { error: 'body must be JSON like {"kind":"offline"}' })
      }
      if (!SIMULATED_ERRORS.includes(kind as SimulatedError)) {
        return send(res, 400, {
          error: `"kind" must be one of: ${SIMULATED_ERRORS.join(', ')} (got ${JSON.stringify(kind)})`
        })
      }
      await printer.simulateError(kind as SimulatedError)
      return send(res, 200, printer.status())
    }
    case 'POST reset':
      await printer.reset()
      return send(res, 200, printer.status())
    case 'POST clear':
      printer.clearLog()
      return send(res, 200, printer.status())
  }
  return send(res, 404, { error: `no route ${method} /printers/${parts[1]}/${action}` })
}

/** A running control API. */
export interface ControlServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Starts the control API on 127.0.0.1:`port` (0 picks a free one). */
export async function startControlServer(
  printers: Map<string, VirtualPrinter>,
  port = 0
): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    handle(printers, req, res).catch((err: unknown) => {
      if (!res.headersSent)
        send(res, 500, { error: err instanceof Error ? err.message : String(err) })
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `control port ${port} is already in use; pass --control-port 0 for a free one`
            : `cannot start the control API on 127.0.0.1:${port}: ${err.message}`
        )
      )
    )
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const actual = (server.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}
