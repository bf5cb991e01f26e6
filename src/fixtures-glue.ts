/**
 * Starts the fixtures a config declares (virtual printers, services) and resolves templates in
 * workload definitions against them. Kept apart from src/fixtures/ (services) and src/printer/
 * (printers) so the pipeline has one place that knows both.
 */
import { renderDeep } from './config/template.js'
import { servicesNeeded } from './config/references.js'
import type { LoadedConfig, WorkloadDef } from './config/types.js'
import { startServices, type ServiceDef } from './fixtures/service.js'
import { startWatchdog } from './fixtures/process-group.js'
import type { PrinterFixtureDef } from './printer/config.js'
import { startPrinters, stopPrinters } from './printer/fixture.js'
import type { Fixtures, Logger } from './workloads/types.js'

/**
 * Starts printers, then services (services point at printers through templates such as
 * `${printers.kitchen.port}`). If anything fails to start, what already started is stopped.
 */
export async function startFixtureSet(
  loaded: LoadedConfig,
  log: Logger,
  opts: { baseDir: string; env: NodeJS.ProcessEnv; only?: WorkloadDef[] }
): Promise<{ fixtures: Fixtures; stop(): Promise<void> }> {
  startWatchdog()
  const allServices = loaded.config.services as unknown as Record<string, ServiceDef>
  const wanted = opts.only ? servicesNeeded(opts.only, allServices) : undefined
  const serviceDefs = wanted
    ? Object.fromEntries(Object.entries(allServices).filter(([name]) => wanted.has(name)))
    : allServices
  const printerScope: Record<string, { host: string; port: number }> = {}
  const scope: Record<string, unknown> = {
    env: { ...opts.env },
    printers: printerScope,
    services: {}
  }
  const printers = await startPrinters(
    loaded.config.printers as Record<string, PrinterFixtureDef>,
    log
  )
  for (const [name, p] of printers) printerScope[name] = { host: p.host, port: p.port }
  let services
  try {
    services = await startServices(serviceDefs, scope, log, {
      baseDir: opts.baseDir,
      file: loaded.file,
      keepGoing: true
    })
  } catch (err) {
    await stopPrinters(printers)
    throw err
  }
  const fixtures: Fixtures = { printers, services: services.services, templateScope: scope }
  return {
    fixtures,
    async stop() {
      try {
        await services.stop()
      } finally {
        await stopPrinters(printers)
      }
    }
  }
}

/**
 * Resolves `${...}` templates (`${printers.kitchen.port}`, `${env.X:-default}`) in command and
 * import definitions. Printer and service workloads render their own templates per job/request,
 * because `${job.data}` only exists then.
 */
export function resolveTemplates(def: WorkloadDef, fixtures: Fixtures, where: string): WorkloadDef {
  if (def.kind !== 'command' && def.kind !== 'import') return def
  return renderDeep(def, fixtures.templateScope, where)
}
