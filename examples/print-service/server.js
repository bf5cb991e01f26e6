#!/usr/bin/env node
/**
 * Example service under test for perf-gate: a small HTTP service shaped like Home Assistant's REST
 * API for the escpos_printer integration. It takes service calls with a bearer token and prints
 * them over TCP as ESC/POS to one or more network printers (perf-gate's virtual printers in the
 * demo).
 *
 *   POST /api/services/escpos_printer/{print_text,print_qr,print_barcode,feed,cut}
 *   GET  /api/            health ({"message": "API running."})
 *   GET  /api/config      a few facts about the service
 *   GET  /api/states      one state per printer (online/offline as last seen)
 *   GET  /api/states/<entity_id>
 *
 * Environment:
 *   PORT (default 8123), HOST (default 127.0.0.1)
 *   HA_TOKEN          bearer token callers must send (default "demo-token")
 *   PRINTER_HOST, PRINTER_PORT   the printer (default 127.0.0.1:9100), named "default"
 *   PRINTERS          several printers: "kitchen=127.0.0.1:9101,bar=127.0.0.1:9102" (overrides the two above);
 *                     a call picks one with "printer": "<name>" (or entity_id "notify.<name>") in its
 *                     data, or all with "broadcast": true; the first printer is the default
 *   DEFAULT_CUT       cut after print_text/print_qr/print_barcode: partial (default), full or none
 *   PRINTER_TIMEOUT_MS  connect + write timeout per call (default 5000)
 * Knobs to inject a regression, so you can watch the gate catch it:
 *   SLOWDOWN_MS       added to every print call
 *   LEAK_MEMORY       kilobytes kept forever per print call (e.g. 512)
 *   LEAK_CONNECTIONS  1: never close the printer connection after a call
 *
 * Runs without a build: `node examples/print-service/server.js`. Stops cleanly on SIGTERM/SIGINT.
 */
import http from 'node:http'
import net from 'node:net'
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'

const env = process.env
const PORT = Number(env.PORT ?? 8123)
const HOST = env.HOST ?? '127.0.0.1'
const TOKEN = env.HA_TOKEN || 'demo-token'
const SLOWDOWN_MS = Number(env.SLOWDOWN_MS ?? 0) || 0
const LEAK_MEMORY_KB = Number(env.LEAK_MEMORY ?? 0) || 0
const LEAK_CONNECTIONS = env.LEAK_CONNECTIONS === '1' || env.LEAK_CONNECTIONS === 'true'
const DEFAULT_CUT = env.DEFAULT_CUT ?? 'partial'
const PRINTER_TIMEOUT_MS = Number(env.PRINTER_TIMEOUT_MS ?? 5000) || 5000
const DOMAIN = 'escpos_printer'
const SERVICES = ['print_text', 'print_qr', 'print_barcode', 'feed', 'cut']

/** @returns {Map<string, {host: string, port: number, online: boolean | null, lastError: string | null}>} */
function parsePrinters() {
  const printers = new Map()
  if (env.PRINTERS) {
    for (const item of env.PRINTERS.split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = /^([\w-]+)=([^:]+):(\d+)$/.exec(item)
      if (!m) {
        console.error(`PRINTERS: "${item}" must look like name=host:port`)
        process.exit(2)
      }
      printers.set(m[1], { host: m[2], port: Number(m[3]), online: null, lastError: null })
    }
  } else {
    printers.set('default', {
      host: env.PRINTER_HOST ?? '127.0.0.1',
      port: Number(env.PRINTER_PORT ?? 9100),
      online: null,
      lastError: null
    })
  }
  return printers
}

const printers = parsePrinters()
const defaultPrinter = [...printers.keys()][0]
const leakedMemory = []
const leakedSockets = []
let calls = 0

/** HTTP error with a status, answered as {"message": ...} like Home Assistant does. */
class HttpError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function encoder() {
  return new ReceiptPrinterEncoder({
    language: 'esc-pos',
    codepageMapping: 'epson',
    columns: 42
  }).initialize()
}

const ALIGN = { left: 0, center: 1, right: 2 }

function withCut(enc, cut) {
  const mode = cut ?? DEFAULT_CUT
  if (mode === 'full' || mode === 'partial') enc.cut(mode)
  else if (mode !== 'none')
    throw new HttpError(400, `cut must be none, partial or full (got ${JSON.stringify(mode)})`)
  return enc
}

function withFeed(enc, lines) {
  const n = Number(lines ?? 0)
  // ESC d n: one feed command, as python-escpos' ln()/feed sends it.
  if (n > 0) enc.raw([0x1b, 0x64, Math.min(255, n)])
  return enc
}

/** Builds the ESC/POS bytes of one service call, validating its data like the integration. */
function render(service, data) {
  const enc = encoder()
  switch (service) {
    case 'print_text': {
      if (typeof data.text !== 'string' || data.text === '')
        throw new HttpError(400, 'print_text: "text" is required')
      if (data.align !== undefined) {
        if (!(data.align in ALIGN))
          throw new HttpError(400, `print_text: align must be left, center or right`)
        enc.raw([0x1b, 0x61, ALIGN[data.align]])
      }
      if (data.bold) enc.bold(true)
      for (const line of data.text.split('\n')) enc.text(line).newline()
      if (data.bold) enc.bold(false)
      return withCut(withFeed(enc, data.feed), data.cut).encode()
    }
    case 'print_qr': {
      if (typeof data.data !== 'string' || data.data === '')
        throw new HttpError(400, 'print_qr: "data" is required')
      const size = Math.max(1, Math.min(8, Number(data.size ?? 3)))
      const ec = String(data.ec ?? 'M').toLowerCase()
      if (!['l', 'm', 'q', 'h'].includes(ec))
        throw new HttpError(400, 'print_qr: ec must be L, M, Q or H')
      enc.qrcode(data.data, { model: 2, size, errorlevel: ec })
      return withCut(withFeed(enc, data.feed), data.cut).encode()
    }
    case 'print_barcode': {
      if (typeof data.code !== 'string' || data.code === '')
        throw new HttpError(400, 'print_barcode: "code" is required')
      const bc = String(data.bc ?? 'CODE128').toLowerCase()
      const symbology = {
        code128: 'code128',
        ean13: 'ean13',
        upca: 'upca',
        'upc-a': 'upca',
        code39: 'code39',
        itf: 'itf'
      }[bc]
      if (!symbology)
        throw new HttpError(
          400,
          `print_barcode: bc ${data.bc} is not supported (CODE128, EAN13, UPC-A, CODE39, ITF)`
        )
      enc.barcode(data.code, symbology, Number(data.height ?? 60))
      return withCut(withFeed(enc, data.feed), data.cut).encode()
    }
    case 'feed': {
      const lines = Number(data.lines ?? 1)
      if (!(lines >= 1 && lines <= 255)) throw new HttpError(400, 'feed: lines must be 1..255')
      return withFeed(enc, lines).encode()
    }
    case 'cut':
      return withCut(enc, data.mode ?? 'full').encode()
    default:
      throw new HttpError(400, `Service ${DOMAIN}.${service} not found.`)
  }
}

/** Sends bytes to a printer over a new TCP connection and waits until they are written and the connection closed. */
function sendToPrinter(name, bytes) {
  const p = printers.get(name)
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: p.host, port: p.port })
    let settled = false
    const fail = (err) => {
      if (settled) return
      settled = true
      socket.destroy()
      p.online = false
      p.lastError = err.message
      reject(new HttpError(500, `Printer ${name} (${p.host}:${p.port}) failed: ${err.message}`))
    }
    socket.setTimeout(PRINTER_TIMEOUT_MS, () =>
      fail(new Error(`no progress for ${PRINTER_TIMEOUT_MS} ms`))
    )
    socket.once('error', fail)
    socket.once('connect', () => {
      socket.write(bytes, (err) => {
        if (err) return fail(err)
        if (LEAK_CONNECTIONS) {
          // The bug this knob simulates: the connection is never closed.
          leakedSockets.push(socket)
          socket.setTimeout(0)
          settled = true
          p.online = true
          resolve()
          return
        }
        socket.end()
      })
    })
    socket.once('close', () => {
      if (settled) return
      settled = true
      p.online = true
      p.lastError = null
      resolve()
    })
  })
}

function targets(data) {
  if (data.broadcast === true) return [...printers.keys()]
  const wanted =
    data.printer ??
    (typeof data.entity_id === 'string' ? data.entity_id.replace(/^notify\./, '') : undefined)
  if (wanted === undefined) return [defaultPrinter]
  if (!printers.has(wanted))
    throw new HttpError(
      400,
      `Unknown printer ${JSON.stringify(wanted)}; configured: ${[...printers.keys()].join(', ')}`
    )
  return [wanted]
}

async function callService(service, data) {
  if (!SERVICES.includes(service))
    throw new HttpError(400, `Service ${DOMAIN}.${service} not found.`)
  const bytes = render(service, data)
  calls++
  if (SLOWDOWN_MS > 0) await sleep(SLOWDOWN_MS)
  if (LEAK_MEMORY_KB > 0) leakedMemory.push(Buffer.alloc(LEAK_MEMORY_KB * 1024, calls & 0xff))
  await Promise.all(targets(data).map((name) => sendToPrinter(name, bytes)))
  return []
}

function states() {
  return [...printers.entries()].map(([name, p]) => ({
    entity_id: `notify.${name}`,
    state: p.online === null ? 'unknown' : p.online ? 'online' : 'offline',
    attributes: { host: p.host, port: p.port, last_error: p.lastError }
  }))
}

function readBody(req, limit = 1 << 20) {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks = []
    req.on('data', (c) => {
      size += c.length
      if (size > limit) reject(new HttpError(413, 'Request body too large'))
      else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function handle(req) {
  const url = new URL(req.url, 'http://localhost')
  if (req.headers.authorization !== `Bearer ${TOKEN}`) throw new HttpError(401, '401: Unauthorized')
  if (req.method === 'GET' && (url.pathname === '/api/' || url.pathname === '/api'))
    return { message: 'API running.' }
  if (req.method === 'GET' && url.pathname === '/api/config') {
    return {
      location_name: 'perf-gate example',
      version: '2026.11.0',
      components: [DOMAIN],
      printers: [...printers.keys()],
      calls
    }
  }
  if (req.method === 'GET' && url.pathname === '/api/states') return states()
  if (req.method === 'GET' && url.pathname.startsWith('/api/states/')) {
    const id = decodeURIComponent(url.pathname.slice('/api/states/'.length))
    const s = states().find((x) => x.entity_id === id)
    if (!s) throw new HttpError(404, `Entity not found: ${id}`)
    return s
  }
  const m = /^\/api\/services\/([\w]+)\/([\w]+)$/.exec(url.pathname)
  if (m) {
    if (req.method !== 'POST') throw new HttpError(405, 'Method not allowed')
    if (m[1] !== DOMAIN) throw new HttpError(400, `Service ${m[1]}.${m[2]} not found.`)
    const text = await readBody(req)
    let data = {}
    if (text.trim()) {
      try {
        data = JSON.parse(text)
      } catch {
        throw new HttpError(400, 'Data should be valid JSON.')
      }
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new HttpError(400, 'Data should be a JSON object.')
    return callService(m[2], data)
  }
  throw new HttpError(404, 'Not found')
}

const server = http.createServer((req, res) => {
  handle(req).then(
    (body) => {
      const json = JSON.stringify(body)
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json)
      })
      res.end(json)
    },
    (err) => {
      const status = err instanceof HttpError ? err.status : 500
      if (!(err instanceof HttpError)) console.error(`error: ${err.stack ?? err}`)
      const json = JSON.stringify({ message: err.message })
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json)
      })
      res.end(json)
    }
  )
})

server.keepAliveTimeout = 30_000
server.listen(PORT, HOST, () => {
  const list = [...printers.entries()].map(([n, p]) => `${n}=${p.host}:${p.port}`).join(', ')
  console.log(
    `print-service listening on http://${HOST}:${PORT} (printers: ${list}; slowdown ${SLOWDOWN_MS} ms)`
  )
})

function shutdown(signal) {
  console.log(`print-service: ${signal}, closing`)
  for (const s of leakedSockets) s.destroy()
  server.close(() => process.exit(0))
  server.closeIdleConnections?.()
  setTimeout(() => process.exit(0), 2000).unref()
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
