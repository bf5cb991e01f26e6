/**
 * The `import` workload kind: results of another benchmark tool (the generic samples format, or a
 * tool's own output: src/results/formats.ts).
 * With `command`, the command runs once per repetition and the file is read after it; without,
 * the file is read once and its `runs` become the repetitions (see src/pipeline.ts).
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { ImportWorkload } from '../config/types.js'
import { readImportFile } from '../results/io.js'
import type { ImportFormat } from '../results/formats.js'
import type { SamplesFile } from '../results/samples.js'
import { median } from '../stats/summary.js'
import { DEFAULT_TIMEOUT_MS } from './command.js'
import { runTimed, warnEscapedRuns } from './process.js'
import {
  WorkloadError,
  type ExtraMetric,
  type RepetitionOutput,
  type RunContext,
  type WorkloadRunner
} from './types.js'

/**
 * Reads the results file of an import workload (`format`: a tool's name, `auto` tells it from the
 * content); errors name the file, the format and the expected shape.
 */
export async function readSamplesFile(file: string, format?: ImportFormat): Promise<SamplesFile> {
  try {
    return await readImportFile(file, format ?? 'auto', 'results file')
  } catch (err) {
    throw new WorkloadError((err as Error).message)
  }
}

export const importRunner: WorkloadRunner<ImportWorkload> = {
  kind: 'import',
  async runRepetition(def: ImportWorkload, ctx: RunContext): Promise<RepetitionOutput> {
    const t0 = performance.now()
    const file = path.resolve(ctx.baseDir, def.file)
    const before = def.command ? await mtimeOf(file) : undefined
    if (def.command) {
      try {
        await runTimed(def.command, {
          cwd: path.resolve(ctx.baseDir, def.cwd ?? '.'),
          env: def.env,
          timeoutMs: def.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          signal: ctx.signal
        })
      } finally {
        await warnEscapedRuns(def.name, ctx.log)
      }
    }
    if (def.command) {
      // A command that exits 0 without writing the file would have last run's figures read again.
      const after = await mtimeOf(file)
      if (after === undefined || after === before)
        throw new WorkloadError(
          `${file}: the command \`${def.command}\` did not ${after === undefined ? 'write' : 'update'} it. Check that it writes \`file\` (relative to the config), or drop \`command\` to read an existing file.`
        )
    }
    const data = await readSamplesFile(file, def.format)
    const metrics: Record<string, ExtraMetric> = {}
    for (const b of data.benchmarks) {
      const values = b.samples ?? b.runs!.flat()
      metrics[b.name] = {
        value: median(values),
        unit: b.unit ?? '',
        direction: b.direction ?? 'smaller'
      }
    }
    return { ok: data.benchmarks.length, errors: {}, durationMs: performance.now() - t0, metrics }
  }
}

/** The file's modification time in ns, or undefined when it does not exist. */
async function mtimeOf(file: string): Promise<bigint | undefined> {
  try {
    return (await stat(file, { bigint: true })).mtimeNs
  } catch {
    return undefined
  }
}
