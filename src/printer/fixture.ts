/**
 * Starts and stops the virtual printers named under `printers:` in perf-gate.yml.
 */
import type { Logger } from '../workloads/types.js'
import type { PrinterFixtureDef } from './config.js'
import { VirtualPrinter } from './server.js'

/** A VirtualPrinter built from a `printers:` entry (not started). */
export function printerFromDef(name: string, def: PrinterFixtureDef): VirtualPrinter {
  return new VirtualPrinter({
    name,
    host: def.host === 'localhost' ? '127.0.0.1' : def.host,
    port: def.port ?? 0,
    faults: def.status && def.status !== 'online' ? [def.status] : [],
    printSpeed: def.printSpeed,
    acceptDelayMs: def.acceptDelayMs,
    leakAfterMs: def.leakAfterMs,
    maxLogEntries: def.keepCommands,
    maxJobs: def.keepJobs,
    parser: {
      maxPayloadBytes: def.maxPayloadBytes,
      decodeRasterQr: def.decodeRasterQr,
      kanjiEncoding: def.kanjiEncoding,
      kanjiOn: def.kanjiOn
    }
  })
}

/**
 * Starts every printer; on a failure the ones already started are stopped again and the error
 * names the printer and port.
 */
export async function startPrinters(
  defs: Record<string, PrinterFixtureDef>,
  log: Logger
): Promise<Map<string, VirtualPrinter>> {
  const started = new Map<string, VirtualPrinter>()
  try {
    for (const [name, def] of Object.entries(defs)) {
      const p = printerFromDef(name, def ?? {})
      await p.start()
      started.set(name, p)
      log.info(
        `printer ${name} listening on ${p.host}:${p.port}${def?.status && def.status !== 'online' ? ` (${def.status})` : ''}`
      )
    }
  } catch (err) {
    await stopPrinters(started)
    throw err
  }
  return started
}

/** Stops every printer (connections still open are closed; they count as leaks in the stats). */
export async function stopPrinters(printers: Map<string, VirtualPrinter>): Promise<void> {
  await Promise.all([...printers.values()].map((p) => p.stop()))
}
