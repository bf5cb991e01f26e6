/** The `command` workload kind: a shell command timed over repeated iterations. */
import path from 'node:path'
import type { CommandWorkload } from '../config/types.js'
import { runTimed, warnEscapedRuns } from './process.js'
import type { RepetitionOutput, RunContext, WorkloadRunner } from './types.js'

export const DEFAULT_TIMEOUT_MS = 600_000

/** Times `iterations` runs of the command; a non-zero exit fails the workload with its output tail. */
export const commandRunner: WorkloadRunner<CommandWorkload> = {
  kind: 'command',
  async runRepetition(def: CommandWorkload, ctx: RunContext): Promise<RepetitionOutput> {
    const iterations = def.iterations ?? 1
    const latencies: number[] = []
    const t0 = performance.now()
    try {
      for (let i = 0; i < iterations; i++) {
        const run = await runTimed(def.command, {
          cwd: path.resolve(ctx.baseDir, def.cwd ?? '.'),
          env: {
            PERF_GATE_REPETITION: ctx.repetition,
            PERF_GATE_ITERATION: i,
            PERF_GATE_SEED: ctx.seed,
            ...(def.env ?? {})
          },
          timeoutMs: def.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          signal: ctx.signal
        })
        latencies.push(run.ms)
      }
    } finally {
      await warnEscapedRuns(def.name, ctx.log)
    }
    return { latencies, ok: iterations, errors: {}, durationMs: performance.now() - t0 }
  }
}
