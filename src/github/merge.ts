/**
 * Merging two versions of one baseline file, so concurrent main-branch runs never lose a run.
 * Pure: data in, data out.
 */
import type { Baseline, HistoryEntry } from '../types.js'

/**
 * Merges the baseline found on the remote branch with the one this run computed.
 *
 * - The newer of the two (by `updatedAt`; a tie goes to `local`) provides the latest metrics,
 *   commit, environment and definition hash: the newest run wins.
 * - History is the union of both, keyed by date + commit (an entry present in both is taken from
 *   the newer baseline), sorted oldest first and cut to the newest `limit` entries.
 * - History of a different workload definition is dropped: its numbers measured other work.
 *
 * @param remote the file at the branch head (undefined when the branch has none yet)
 * @param local the baseline this run wants to write
 * @param limit the most history entries to keep (at least 1)
 */
export function mergeBaselineHistories(remote: Baseline | undefined, local: Baseline, limit: number): Baseline {
  const keep = Math.max(1, Math.floor(Number.isFinite(limit) ? limit : 1))
  if (!remote) return { ...local, history: sortHistory(dedupe(local.history)).slice(-keep) }
  const localNewer = time(local.updatedAt) >= time(remote.updatedAt)
  const newer = localNewer ? local : remote
  const older = localNewer ? remote : local
  const byKey = new Map<string, HistoryEntry>()
  if (older.definitionHash === newer.definitionHash) {
    for (const entry of older.history) byKey.set(historyKey(entry), entry)
  }
  for (const entry of newer.history) byKey.set(historyKey(entry), entry)
  return { ...newer, history: sortHistory([...byKey.values()]).slice(-keep) }
}

/** Identity of a history entry: one run is one date and one commit. */
export function historyKey(entry: HistoryEntry): string {
  return `${entry.date}\u0000${entry.commit ?? ''}`
}

function dedupe(history: HistoryEntry[]): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>()
  for (const entry of history) byKey.set(historyKey(entry), entry)
  return [...byKey.values()]
}

function sortHistory(history: HistoryEntry[]): HistoryEntry[] {
  // Stable sort by time; unparseable dates keep their relative order after parseable ones' order.
  return history
    .map((entry, index) => ({ entry, index, t: time(entry.date) }))
    .sort((a, b) => a.t - b.t || a.entry.date.localeCompare(b.entry.date) || a.index - b.index)
    .map((x) => x.entry)
}

function time(date: string | undefined): number {
  const t = date ? Date.parse(date) : NaN
  return Number.isFinite(t) ? t : 0
}
