/** The action's `results` input: files and glob patterns, merged; duplicates and empty patterns refused. */
import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expandResultsInputs, gatherResults } from '../../src/results/gather.js'
import { InputError } from '../../src/files.js'

/** A samples file: one workload named `name` with one benchmark. */
const samples = (name: string): string =>
  JSON.stringify({ name, benchmarks: [{ name: 'render', unit: 'ms', samples: [10, 11, 12] }] })

async function shards(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'perf-gate-gather-'))
  await mkdir(path.join(dir, 'parts/nested'), { recursive: true })
  await writeFile(path.join(dir, 'parts/perf-results-2.json'), samples('two'))
  await writeFile(path.join(dir, 'parts/perf-results-1.json'), samples('one'))
  await writeFile(path.join(dir, 'parts/nested/perf-results-3.json'), samples('three'))
  await mkdir(path.join(dir, 'parts/perf-results-dir.json')) // a directory that matches: skipped
  await writeFile(path.join(dir, 'parts/notes.txt'), 'not results')
  return dir
}

describe('results input', () => {
  it('expands patterns to sorted files, reads a file named twice once, and merges the workloads', async () => {
    const dir = await shards()
    const files = await expandResultsInputs(
      ['parts/perf-results-2.json', 'parts/*.json', 'parts/**/perf-results-3.json'],
      dir
    )
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'parts/perf-results-2.json',
      'parts/perf-results-1.json',
      'parts/nested/perf-results-3.json'
    ])
    // A pattern that climbs out of the working directory first.
    const up = await expandResultsInputs(['../*.json'], path.join(dir, 'parts/nested'))
    expect(up.map((f) => path.relative(dir, f))).toEqual([
      'parts/perf-results-1.json',
      'parts/perf-results-2.json'
    ])
    // Brackets in the working directory's own path are not a pattern.
    const odd = path.join(dir, 'run [1]')
    await mkdir(odd)
    await writeFile(path.join(odd, 'perf-results-9.json'), samples('nine'))
    expect(await expandResultsInputs(['*.json'], odd)).toEqual([
      path.join(odd, 'perf-results-9.json')
    ])
    const merged = await gatherResults(['parts/**/*.json'], dir)
    expect(merged.workloads.map((w) => w.name).sort()).toEqual(['one', 'three', 'two'])
  })

  it('reads every .json file under a directory (a download-artifact folder per shard)', async () => {
    const dir = await shards()
    const files = await expandResultsInputs(['parts'], dir)
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'parts/nested/perf-results-3.json',
      'parts/perf-results-1.json',
      'parts/perf-results-2.json'
    ])
    await mkdir(path.join(dir, 'empty'))
    await expect(gatherResults(['empty'], dir)).rejects.toThrow(
      "Input 'results': the directory empty holds no .json file"
    )
  })

  it('refuses a pattern that matches nothing, naming it and where it looked', async () => {
    const dir = await shards()
    const err = await gatherResults(['artifacts/*.json'], dir).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toBe(
      `Input 'results': the pattern artifacts/*.json matches no file (looked from ${dir}). ` +
        'Check that the artifacts were downloaded there (actions/download-artifact `path:`, `merge-multiple: true`).'
    )
  })

  it('refuses the same workload in two files (a shard that ran twice, a stale file)', async () => {
    const dir = await shards()
    await writeFile(path.join(dir, 'parts/old.json'), samples('two'))
    await expect(gatherResults(['parts/*.json'], dir)).rejects.toThrow(
      "Input 'results': workload two is in both parts/old.json and parts/perf-results-2.json."
    )
  })

  it('names a missing plain file', async () => {
    const dir = await shards()
    await expect(gatherResults(['parts/perf-results-9.json'], dir)).rejects.toThrow(
      /perf-results-9\.json/
    )
  })
})
