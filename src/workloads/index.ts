/** Workload kinds by name. */
import { commandRunner } from './command.js'
import { importRunner } from './import.js'
import type { WorkloadRunner } from './types.js'

export const runners: Record<string, WorkloadRunner<never>> = {
  command: commandRunner as WorkloadRunner<never>,
  import: importRunner as WorkloadRunner<never>
}
