/** Reading and writing results files; the samples import format is accepted wherever results are. */
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { Ajv, type ErrorObject } from 'ajv'
import { InputError, readJsonFile, writeFileAtomic } from '../files.js'
import { resultsSchema, samplesSchema } from './schema.js'
import { isSamplesFile, workloadFromSamples } from './samples.js'
import type { Environment, Results } from '../types.js'
import { VERSION } from '../version.js'

const ajv = new Ajv({ allErrors: false, strict: false })
const checkResults = ajv.compile(resultsSchema)
const checkSamples = ajv.compile(samplesSchema)

function firstError(errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0]
  if (!e) return 'unknown problem'
  return `${e.instancePath || '(top level)'} ${e.message ?? ''}`.trim()
}

/** Stable hash used for definitions and fingerprints (12 hex chars). */
export function shortHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12)
}

/** Describes this machine. Same fingerprint = same machine kind (OS, arch, CPU, cores, memory). */
export function collectEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const cpus = os.cpus()
  const cpuModel = (cpus[0]?.model ?? 'unknown').trim()
  const memGiB = Math.round(os.totalmem() / 2 ** 30)
  const base = {
    os: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    cpuModel,
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    runner: env.RUNNER_NAME ?? os.hostname()
  }
  return { ...base, fingerprint: shortHash([os.type(), base.arch, cpuModel, base.cores, memGiB]) }
}

/** Creates an empty results object for this machine and commit. */
export function newResults(meta: { commit?: string; ref?: string } = {}): Results {
  return {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: VERSION },
    createdAt: new Date().toISOString(),
    ...(meta.commit ? { commit: meta.commit } : {}),
    ...(meta.ref ? { ref: meta.ref } : {}),
    environment: collectEnvironment(),
    workloads: []
  }
}

/**
 * Reads a perf-gate results file, or a generic samples file (converted into one workload named
 * by its `name` field or, failing that, the file's base name).
 * @throws InputError naming the file and what is wrong.
 */
export async function readResults(file: string): Promise<Results> {
  const data = await readJsonFile(file, 'results file')
  if (isSamplesFile(data)) {
    if (!checkSamples(data)) {
      throw new InputError(
        `${file}: not a valid samples file: ${firstError(checkSamples.errors)}. Expected {"benchmarks":[{"name":"…","unit":"ms","direction":"smaller","samples":[…]}]} (or "runs": [[…],[…]] instead of "samples").`
      )
    }
    const name = data.name ?? path.basename(file).replace(/\.[^.]+$/, '')
    const results = newResults()
    results.workloads.push(workloadFromSamples(data, name, shortHash({ kind: 'import', name })))
    return results
  }
  const version = (data as { schemaVersion?: unknown })?.schemaVersion
  if (typeof version === 'number' && version > 1) {
    throw new InputError(
      `${file}: results schema version ${version} is newer than this perf-gate (${VERSION}) reads. Upgrade perf-gate.`
    )
  }
  if (!checkResults(data)) {
    throw new InputError(
      `${file}: not a perf-gate results file nor a samples file: ${firstError(checkResults.errors)}. Produce it with \`perf-gate run\`, or write the samples format.`
    )
  }
  return data as unknown as Results
}

/** Writes a results file atomically. */
export async function writeResults(file: string, results: Results): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(results, null, 2) + '\n')
}
