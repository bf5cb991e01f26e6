/** Workload kinds by name. */
import { commandRunner } from './command.js'
import { importRunner } from './import.js'
import { printerRunner } from './printer.js'
import { serviceRunner } from './service.js'
import type { WorkloadRunner } from './types.js'

export const runners: Record<string, WorkloadRunner<never>> = {
  command: commandRunner as WorkloadRunner<never>,
  import: importRunner as WorkloadRunner<never>,
  printer: printerRunner as WorkloadRunner<never>,
  service: serviceRunner as WorkloadRunner<never>
}
