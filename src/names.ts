/** "Did you mean …?" for user-written names (config keys, metric names). Pure. */
import leven from 'leven'

/**
 * Workload names from a list the user typed (`--only`, the `workloads` input): one per line or
 * separated by commas, except that a whole line that is the name of a workload stays one name,
 * so names with commas can be selected. Pure.
 */
export function splitNames(text: string, known: readonly string[]): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .flatMap((line) => (known.includes(line) ? [line] : line.split(',').map((s) => s.trim())))
    .filter(Boolean)
}

/**
 * The option closest to `word` (case-insensitive edit distance), when it is close enough to be a
 * likely typo: at most 2 edits, or a third of the word for long names.
 */
export function closest(word: string, options: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3))
  let best: string | undefined
  let bestD = limit + 1
  for (const o of options) {
    const d = leven(word.toLowerCase(), o.toLowerCase())
    if (d < bestD) [best, bestD] = [o, d]
  }
  return best
}
