/** Baseline files on disk: `<dir>/<workload>.json`, validated on read, written atomically. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { Ajv } from 'ajv'
import { InputError, writeFileAtomic } from '../files.js'
import { baselineSchema } from '../results/schema.js'
import { baselineFileName } from './merge.js'
import type { Baseline } from '../types.js'

const ajv = new Ajv({ allErrors: false, strict: false })
const check = ajv.compile(baselineSchema)

const regenerate = (file: string): string =>
  `Delete it, then regenerate it with \`perf-gate baseline update --baseline ${path.dirname(file)} --from <results.json>\` (or let the next main-branch run write it).`

/**
 * Parses and validates one baseline file's text.
 * @throws InputError naming the file, the problem and how to regenerate it.
 */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new InputError(
      `${file}: corrupt baseline (not valid JSON: ${(err as Error).message}). ${regenerate(file)}`
    )
  }
  const version = (data as { schemaVersion?: unknown })?.schemaVersion
  if (typeof version === 'number' && version > 1) {
    throw new InputError(
      `${file}: baseline schema version ${version} is newer than this perf-gate reads (1). Upgrade perf-gate, or ${regenerate(file).replace(/^R/, 'r')}`
    )
  }
  if (!check(data)) {
    const e = check.errors?.[0]
    throw new InputError(
      `${file}: invalid baseline: ${e?.instancePath || '(top level)'} ${e?.message ?? ''}. ${regenerate(file)}`
    )
  }
  return data as unknown as Baseline
}

/** Path of a workload's baseline file in `dir`. */
export function baselinePath(dir: string, workload: string): string {
  return path.join(dir, baselineFileName(workload))
}

/** Reads one workload's baseline; undefined when the file does not exist. */
export async function readBaseline(dir: string, workload: string): Promise<Baseline | undefined> {
  const file = baselinePath(dir, workload)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InputError(`${file}: cannot read baseline: ${(err as Error).message}`)
  }
  return parseBaseline(text, file)
}

/** Reads every baseline in `dir` (keyed by workload name). A missing directory is empty. */
export async function readBaselineDir(dir: string): Promise<Map<string, Baseline>> {
  const out = new Map<string, Baseline>()
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return out
    throw new InputError(`${dir}: cannot read baseline directory: ${(err as Error).message}`)
  }
  for (const name of names.sort()) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue
    const file = path.join(dir, name)
    const b = parseBaseline(await readFile(file, 'utf8'), file)
    out.set(b.workload, b)
  }
  return out
}

/**
 * Writes baselines, each atomically. All are serialised first, so an error in one leaves every
 * file untouched.
 */
export async function writeBaselines(
  dir: string,
  baselines: Iterable<Baseline>
): Promise<string[]> {
  const planned = [...baselines].map((b) => ({
    file: baselinePath(dir, b.workload),
    text: JSON.stringify(b, null, 2) + '\n'
  }))
  for (const p of planned) await writeFileAtomic(p.file, p.text)
  return planned.map((p) => p.file)
}
