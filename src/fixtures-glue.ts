/**
 * Starts the fixtures a config declares (virtual printers, services) and resolves templates in
 * workload definitions against them. Kept apart from src/fixtures/ (services) and src/printer/
 * (printers) so the pipeline has one place that knows both.
 */
import { renderDeep } from './config/template.js'
import type { LoadedConfig, WorkloadDef } from './config/types.js'
import type { Fixtures, Logger } from './workloads/types.js'

/** Starts printers, then services (services may point at printers through templates). */
export async function startFixtureSet(
  loaded: LoadedConfig,
  _log: Logger,
  opts: { baseDir: string; env: NodeJS.ProcessEnv }
): Promise<{ fixtures: Fixtures; stop(): Promise<void> }> {
  const fixtures: Fixtures = {
    printers: new Map(),
    services: new Map(),
    templateScope: { env: { ...opts.env }, printers: {}, services: {} }
  }
  if (Object.keys(loaded.config.printers).length || Object.keys(loaded.config.services).length) {
    throw new Error(`${loaded.file}: printers and services are not supported yet`)
  }
  return { fixtures, stop: async () => undefined }
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
