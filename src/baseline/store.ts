/** Baseline files on disk: `<dir>/<workload>.json`, validated on read, written atomically. */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises'
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
 * Writes baselines all or nothing, as far as a file system allows: every new file is first written
 * beside its target (a failure there changes nothing), then each is renamed over its target; if a
 * rename fails (a read-only or immutable file), the ones already replaced get their old content
 * back and new ones are removed. So a permission problem never leaves a half-updated set.
 *
 * @returns the files written, in order.
 * @throws InputError naming the file, the reason, and whether everything was restored.
 */
export async function writeBaselines(
  dir: string,
  baselines: Iterable<Baseline>
): Promise<string[]> {
  const planned = [...baselines].map((b) => ({
    file: baselinePath(dir, b.workload),
    text: JSON.stringify(b, null, 2) + '\n'
  }))
  const fix = `Check that ${dir} and the files in it are writable (permissions, a read-only or immutable file).`
  try {
    await mkdir(dir, { recursive: true })
  } catch (err) {
    throw new InputError(`${dir}: cannot create the baseline directory (${reason(err)}). ${fix}`)
  }
  const staged: Array<{ file: string; target: string; tmp: string; old?: string }> = []
  const dropTemps = (): Promise<unknown> =>
    Promise.all(staged.map((x) => rm(x.tmp, { force: true })))
  for (const p of planned) {
    try {
      // A symlinked baseline keeps its link: its target is what gets replaced.
      const target = await realpath(p.file).catch(() => p.file)
      const old = await readFile(target, 'utf8').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined
        throw err
      })
      const tmp = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`
      )
      staged.push({ file: p.file, target, tmp, old })
      await writeFile(tmp, p.text)
    } catch (err) {
      await dropTemps()
      throw new InputError(
        `${p.file}: cannot write the baseline (${reason(err)}); no baseline was changed. ${fix}`
      )
    }
  }
  const replaced: typeof staged = []
  for (const x of staged) {
    try {
      await rename(x.tmp, x.target)
      replaced.push(x)
    } catch (err) {
      await dropTemps()
      const stuck: string[] = []
      for (const r of replaced.reverse()) {
        try {
          if (r.old === undefined) await rm(r.target, { force: true })
          else await writeFileAtomic(r.target, r.old)
        } catch {
          stuck.push(r.file)
        }
      }
      throw new InputError(
        `${x.file}: cannot replace the baseline (${reason(err)}); ` +
          (stuck.length
            ? `the update is half applied: ${stuck.join(', ')} could not be restored (git checkout them). `
            : 'no baseline was changed. ') +
          fix
      )
    }
  }
  return planned.map((p) => p.file)
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  return e.code
    ? `${e.code}: ${e.message.replace(/^\w+: /, '').replace(/, \w+ '.*$/, '')}`
    : String(e?.message ?? err)
}
