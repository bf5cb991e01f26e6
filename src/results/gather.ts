/**
 * The `results` action input and `perf-gate compare --current`: results files of other jobs
 * (matrix shards, a fork PR's run) read and merged into one Results. Entries may be glob patterns
 * (`perf-results-*.json`, `parts/**\/*.json`), so a workflow does not have to list every shard by
 * name; patterns are expanded with tinyglobby rather than by hand. (@actions/glob was tried
 * first: it logs `::debug::` lines on stdout, which would corrupt the CLI's JSON output.)
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { InputError } from '../files.js'
import type { Results } from '../types.js'
import { readResults } from './io.js'

/** Characters that make an entry a pattern. */
const GLOB_CHARS = /[*?[\]]/

/** Absolute paths of the files under `root` that `pattern` matches, sorted. */
async function filesMatching(pattern: string, root: string): Promise<string[]> {
  const found = await glob([pattern], {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false
  })
  return found.sort()
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false // missing: readResults names it
  }
}

/** Who names the files, for messages: the action input (default) or a CLI option. */
export interface GatherSource {
  /** e.g. "Input 'results'" or "--current". */
  label: string
  /** Said when a pattern matches nothing. */
  hint: string
}

const ACTION_INPUT: GatherSource = {
  label: "Input 'results'",
  hint: 'Check that the artifacts were downloaded there (actions/download-artifact `path:`, `merge-multiple: true`).'
}

/**
 * The files the entries name, in order: a plain path as given, a pattern expanded to its matches
 * (sorted, files only), a directory to the .json files anywhere under it. A file named twice is
 * read once.
 * @throws InputError for a pattern that matches nothing.
 */
export async function expandResultsInputs(
  entries: readonly string[],
  cwd = process.cwd(),
  source: GatherSource = ACTION_INPUT
): Promise<string[]> {
  const files: string[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    let matches: string[]
    if (GLOB_CHARS.test(entry)) {
      // The entry's literal directories in front of its first wildcard are the search root, so
      // that `../artifacts/*.json` works and brackets in the working directory's own path are
      // not read as a pattern.
      const parts = entry.split(/[\\/]/)
      const firstWild = parts.findIndex((p) => GLOB_CHARS.test(p))
      const root = path.resolve(cwd, parts.slice(0, firstWild).join('/') || '.')
      matches = await filesMatching(parts.slice(firstWild).join('/'), root)
      if (matches.length === 0)
        throw new InputError(
          `${source.label}: the pattern ${entry} matches no file (looked from ${cwd}). ${source.hint}`
        )
    } else if (isDirectory(path.resolve(cwd, entry))) {
      // A download directory (actions/download-artifact puts each artifact in its own folder).
      matches = await filesMatching('**/*.json', path.resolve(cwd, entry))
      if (matches.length === 0)
        throw new InputError(
          `${source.label}: the directory ${entry} holds no .json file (looked from ${cwd}). ${source.hint}`
        )
    } else {
      matches = [path.resolve(cwd, entry)]
    }
    for (const m of matches) {
      if (seen.has(m)) continue
      seen.add(m)
      files.push(m)
    }
  }
  return files
}

/**
 * Reads the files and merges their workloads into one Results (the first file's run metadata).
 * @throws InputError when two files hold the same workload: a shard ran twice, or an old file was
 * left beside the new ones; judging both would count the workload twice.
 */
export async function gatherResults(
  entries: readonly string[],
  cwd = process.cwd(),
  source: GatherSource = ACTION_INPUT
): Promise<Results> {
  const files = await expandResultsInputs(entries, cwd, source)
  const all = await Promise.all(files.map((f) => readResults(f)))
  const from = new Map<string, string>()
  for (const [k, results] of all.entries()) {
    for (const w of results.workloads) {
      const earlier = from.get(w.name)
      if (earlier !== undefined) {
        throw new InputError(
          `${source.label}: workload ${w.name} is in both ${path.relative(cwd, earlier) || earlier} and ` +
            `${path.relative(cwd, files[k]!) || files[k]}. Each workload must come from one file: ` +
            'remove the stale file, or check that every shard ran a different `shard: i/n`.'
        )
      }
      from.set(w.name, files[k]!)
    }
  }
  const [first, ...rest] = all
  return { ...first!, workloads: [...first!.workloads, ...rest.flatMap((r) => r.workloads)] }
}
