/**
 * The `import` workload kind: results of another benchmark tool in the generic samples format.
 * With `command`, the command runs once per repetition and the file is read after it; without,
 * the file is read once and its `runs` become the repetitions (see src/pipeline.ts).
 */
import path from 'node:path'
import { Ajv } from 'ajv'
import type { ImportWorkload } from '../config/types.js'
import { readJsonFile } from '../files.js'
import { samplesSchema } from '../results/schema.js'
import type { SamplesFile } from '../results/samples.js'
import { median } from '../stats/summary.js'
import { DEFAULT_TIMEOUT_MS } from './command.js'
import { runTimed } from './process.js'
import {
  WorkloadError,
  type ExtraMetric,
  type RepetitionOutput,
  type RunContext,
  type WorkloadRunner
} from './types.js'

const check = new Ajv({ strict: false }).compile(samplesSchema)

/** Reads and validates a samples file; errors name the file and the expected format. */
export async function readSamplesFile(file: string): Promise<SamplesFile> {
  let data: unknown
  try {
    data = await readJsonFile(file, 'samples file')
  } catch (err) {
    throw new WorkloadError((err as Error).message)
  }
  if (!check(data)) {
    const e = check.errors?.[0]
    throw new WorkloadError(
      `${file}: not a valid samples file (${e?.instancePath || 'top level'} ${e?.message ?? ''}). Expected {"benchmarks":[{"name":"…","unit":"ms","direction":"smaller","samples":[…]}]}.`
    )
  }
  return data as unknown as SamplesFile
}

export const importRunner: WorkloadRunner<ImportWorkload> = {
  kind: 'import',
  async runRepetition(def: ImportWorkload, ctx: RunContext): Promise<RepetitionOutput> {
    const t0 = performance.now()
    if (def.command) {
      await runTimed(def.command, {
        cwd: path.resolve(ctx.baseDir, def.cwd ?? '.'),
        env: def.env,
        timeoutMs: def.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        signal: ctx.signal
      })
    }
    const data = await readSamplesFile(path.resolve(ctx.baseDir, def.file))
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
