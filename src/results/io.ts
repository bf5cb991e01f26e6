/** Reading and writing results files; the samples import format is accepted wherever results are. */
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { Ajv, type ErrorObject } from 'ajv'
import { InputError, readTextFile, writeFileAtomic } from '../files.js'
import { resultsSchema, samplesSchema } from './schema.js'
import { isSamplesFile, workloadFromSamples, type SamplesFile } from './samples.js'
import {
  convertToolOutput,
  detectFormat,
  detectJsonFormat,
  detectTextFormat,
  FormatError,
  type ImportFormat
} from './formats.js'
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

const SAMPLES_SHAPE =
  '{"benchmarks":[{"name":"…","unit":"ms","direction":"smaller","samples":[…]}]} (or "runs": [[…],[…]] instead of "samples")'

/** Validates samples-format data; the error names the file, the field and the expected shape. */
function checkedSamples(file: string, data: unknown, converted: string | undefined): SamplesFile {
  // JSON has no Infinity, but 1e999 parses to it; a baseline would store it as null.
  const list = (data as { benchmarks?: unknown } | null)?.benchmarks
  const values = (b: SamplesFile['benchmarks'][number]): unknown[] => [
    ...(Array.isArray(b?.samples) ? b.samples : []),
    ...(Array.isArray(b?.runs) ? b.runs.flatMap((r) => (Array.isArray(r) ? r : [])) : [])
  ]
  const bad = Array.isArray(list)
    ? (list as SamplesFile['benchmarks']).find((b) =>
        values(b).some((v) => typeof v === 'number' && !Number.isFinite(v))
      )
    : undefined
  if (bad)
    throw new InputError(
      `${file}: benchmark "${bad.name}" has a value too large to be a number (such as 1e999); give finite numbers.`
    )
  if (!checkSamples(data)) {
    throw new InputError(
      converted
        ? `${file}: the ${converted} results did not convert: ${firstError(checkSamples.errors)}.`
        : `${file}: not a valid samples file: ${firstError(checkSamples.errors)}. Expected ${SAMPLES_SHAPE}.`
    )
  }
  const samples = data as unknown as SamplesFile
  // A later benchmark of the same name would silently replace the earlier one's figures.
  const first = new Map<string, number>()
  for (const [i, b] of samples.benchmarks.entries()) {
    const j = first.get(b.name)
    if (j === undefined) {
      first.set(b.name, i)
      continue
    }
    throw new InputError(
      `${file}: benchmark "${b.name}" appears twice (benchmarks[${j}] and benchmarks[${i}])${converted ? ` in the ${converted} results` : ''}; one would silently replace the other. ` +
        (converted
          ? 'Give the two benchmarks different names in the tool (hyperfine: --command-name), or split them into two files.'
          : 'Give each benchmark its own name, or put repeated measurements of one benchmark in its "runs": [[…],[…]].')
    )
  }
  return samples
}

/**
 * Reads another tool's results (or the samples format) as samples: `format` names the tool, `auto`
 * tells it from the content (src/results/formats.ts).
 * @throws InputError naming the file, the format and the fix.
 */
export async function readImportFile(
  file: string,
  format: ImportFormat = 'auto',
  what = 'results file'
): Promise<SamplesFile> {
  return samplesFromText(file, await readTextFile(file, what), format)
}

function samplesFromText(file: string, text: string, format: ImportFormat): SamplesFile {
  // Told once here; `auto` is passed on only when nothing was recognised (for its message).
  const used = format === 'auto' ? detectFormat(text) : format
  const tool = used && used !== 'samples' ? used : undefined
  let data: SamplesFile
  try {
    data = convertToolOutput(text, used ?? 'auto')
  } catch (err) {
    if (!(err instanceof FormatError)) throw err
    throw new InputError(`${file}: ${tool ? `${tool} format: ` : ''}${err.message}`)
  }
  return checkedSamples(file, data, tool)
}

/**
 * Reads a perf-gate results file, a generic samples file, or another tool's results (see
 * `readImportFile`); the last two become one workload named by the samples' `name` field or,
 * failing that, the file's base name.
 * @throws InputError naming the file and what is wrong.
 */
export async function readResults(file: string): Promise<Results> {
  const text = await readTextFile(file, 'results file')
  let data: unknown
  let tool: ImportFormat | undefined
  try {
    data = JSON.parse(text)
    tool = detectJsonFormat(data)
  } catch (err) {
    tool = detectTextFormat(text)
    if (!tool) {
      throw new InputError(`${file}: results file is not valid JSON (${(err as Error).message}).`)
    }
  }
  if (tool !== undefined || isSamplesFile(data)) {
    const samples =
      tool && tool !== 'samples'
        ? samplesFromText(file, text, tool)
        : checkedSamples(file, data, undefined)
    const name = samples.name ?? path.basename(file).replace(/\.[^.]+$/, '')
    const results = newResults()
    results.workloads.push(workloadFromSamples(samples, name, shortHash({ kind: 'import', name })))
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
      `${file}: not a perf-gate results file nor a samples file: ${firstError(checkResults.errors)}. Produce it with \`perf-gate run\`, write the samples format, or give the output of a tool perf-gate reads (hyperfine, pytest-benchmark, Google Benchmark, go test -bench, benchmark.js, bencher).`
    )
  }
  const results = data as unknown as Results
  if (results.interrupted)
    throw new InputError(
      `${file}: results of an interrupted run (${results.workloads.length} workload${results.workloads.length === 1 ? '' : 's'} finished before it stopped). ` +
        'A part of a run gets no verdict and updates no baselines: run the workloads again to the end.'
    )
  return results
}

/** Writes a results file atomically. */
export async function writeResults(file: string, results: Results): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(results, null, 2) + '\n')
}
