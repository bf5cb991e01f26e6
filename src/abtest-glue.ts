/** Same-runner A/B for the action (compare: base-ref). */
import type { LoadedConfig } from './config/types.js'
import type { EventInfo } from './github/event.js'
import type { ActionInputs } from './inputs.js'
import type { Results } from './types.js'
import type { Logger } from './workloads/types.js'

export async function runBaseRef(_opts: { loaded: LoadedConfig; log: Logger; inputs: ActionInputs; event: EventInfo }): Promise<{ base: Results; head: Results }> {
  throw new Error('compare: base-ref is not available yet')
}
