/** Same-runner A/B glue for the action (`compare: base-ref`) and the report. */
import { runCompareTo, type ABRun } from './abtest/cli.js'
import type { LoadedConfig } from './config/types.js'
import type { EventInfo } from './github/event.js'
import type { ActionInputs } from './inputs.js'
import type { Logger } from './workloads/types.js'

export { runCompareTo }

/** Report notes about an A/B run: base commit, pairs per workload, and what failed on which side. */
export function abNotes(ab: ABRun): string[] {
  const notes = [...ab.notes]
  notes.push(
    `Base side: commit ${ab.baseCommit.sha.slice(0, 12)}${ab.baseConfig === 'head' ? " (ran the PR's config: the base has none or an invalid one)" : ''}.`
  )
  const pairs = Object.entries(ab.pairsUsed)
  if (pairs.length) {
    notes.push(
      `Pairs that decided each workload: ${pairs.map(([w, n]) => `${w} ${n}${ab.stopReason[w] === 'clear' ? ' (stopped early: clear)' : ab.stopReason[w] === 'max' ? ' (extended: ambiguous)' : ''}`).join(', ')}.`
    )
  }
  for (const e of ab.errors)
    notes.push(
      `${e.side} side${e.workload ? `, ${e.workload}` : ''} (${e.phase}): ${e.message.split('\n')[0]}`
    )
  return notes
}

/** Runs the PR's base commit beside the head in this job. */
export async function runBaseRef(opts: {
  loaded: LoadedConfig
  log: Logger
  inputs: ActionInputs
  event: EventInfo
}): Promise<ABRun> {
  return runCompareTo({
    ref: opts.inputs.baseRef,
    event: opts.event.payload,
    loaded: opts.loaded,
    log: opts.log,
    only: opts.inputs.workloads,
    shard: opts.inputs.shard,
    threshold: opts.inputs.threshold,
    tmpRoot: process.env.RUNNER_TEMP,
    more: opts.inputs.setup ? { setup: opts.inputs.setup } : {}
  })
}
