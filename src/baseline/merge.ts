/**
 * Building and merging baselines. Pure: data in, data out.
 *
 * A baseline holds the latest full metrics of a workload and a bounded history of run-level
 * values from recent main-branch runs; the history is what tells the gate how much a metric
 * normally drifts between jobs.
 */
import type { Baseline, HistoryEntry, Results, WorkloadResult } from '../types.js'

export const DEFAULT_HISTORY = 30

/** Run-level values of a workload's metrics, as kept in history. */
export function historyEntry(workload: WorkloadResult, results: Results): HistoryEntry {
  const values: Record<string, number> = {}
  for (const [k, m] of Object.entries(workload.metrics))
    if (Number.isFinite(m.value)) values[k] = m.value
  return {
    date: results.createdAt,
    ...(results.commit ? { commit: results.commit } : {}),
    environment: results.environment.fingerprint,
    values
  }
}

// The same run merged twice is the same entry; two runs that share a timestamp (files read in
// the same millisecond, runs of one commit) are not, so the values are part of the key.
const entryKey = (e: HistoryEntry): string =>
  `${e.date}|${e.commit ?? ''}|${JSON.stringify(e.values)}`

/** Union of two histories (an entry = date, commit and values), oldest first, keeping the newest `limit`. */
export function mergeHistory(
  a: readonly HistoryEntry[],
  b: readonly HistoryEntry[],
  limit: number
): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>()
  for (const e of [...a, ...b]) byKey.set(entryKey(e), e)
  const all = [...byKey.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
  return all.slice(Math.max(0, all.length - limit))
}

/**
 * The new baseline after a run: the run's metrics become the latest, and its run-level values are
 * appended to the history. When the workload definition changed, the history starts again (old
 * values measured other work).
 */
export function updateBaseline(
  existing: Baseline | undefined,
  workload: WorkloadResult,
  results: Results,
  limit: number = DEFAULT_HISTORY
): Baseline {
  const keep =
    existing && existing.definitionHash === workload.definitionHash ? existing.history : []
  return {
    schemaVersion: 1,
    workload: workload.name,
    definitionHash: workload.definitionHash,
    environment: results.environment,
    ...(results.commit ? { commit: results.commit } : {}),
    ...(results.ref ? { ref: results.ref } : {}),
    updatedAt: results.createdAt,
    metrics: workload.metrics,
    history: mergeHistory(keep, [historyEntry(workload, results)], limit)
  }
}

/**
 * Merges a baseline written concurrently elsewhere (e.g. on the branch head after a push race)
 * with ours, so no run is lost: histories are united, the newer of the two supplies the metrics.
 */
export function mergeBaselines(
  remote: Baseline | undefined,
  local: Baseline,
  limit: number = DEFAULT_HISTORY
): Baseline {
  if (!remote || remote.definitionHash !== local.definitionHash) return local
  const newer = remote.updatedAt > local.updatedAt ? remote : local
  return { ...newer, history: mergeHistory(remote.history, local.history, limit) }
}

/**
 * A safe file name for a workload: letters, digits, `.`, `_` and `-` only, no leading dot, at most
 * 80 characters. Names that had to change get a short suffix derived from the original name, so two
 * different names never share a file (no path traversal, no collisions).
 */
export function baselineFileName(workload: string): string {
  const cleaned =
    workload
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 80) || 'workload'
  if (cleaned === workload) return `${cleaned}.json`
  let h = 0x811c9dc5
  for (let i = 0; i < workload.length; i++) {
    h ^= workload.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `${cleaned}-${h.toString(16).padStart(8, '0')}.json`
}
