import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { newResults, readResults } from '../../src/results/io.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-results-io-'))
const file = (name: string, data: unknown): string => {
  const f = path.join(dir, name)
  writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data))
  return f
}
const bench = (name: string, samples: number[]) => ({
  name,
  unit: 'ms',
  direction: 'smaller',
  samples
})

describe('reading results files', () => {
  it('refuses a samples file that names a benchmark twice, instead of keeping the last', async () => {
    const f = file('dup.json', {
      benchmarks: [bench('p', [1]), bench('q', [2]), bench('p', [100])]
    })
    await expect(readResults(f)).rejects.toThrow(
      `${f}: benchmark "p" appears twice (benchmarks[0] and benchmarks[2]); one would silently replace the other. Give each benchmark its own name`
    )
    const ok = await readResults(
      file('ok.json', { benchmarks: [bench('p', [1]), bench('q', [2])] })
    )
    expect(Object.keys(ok.workloads[0].metrics).sort()).toEqual(['p', 'q'])
  })

  it('refuses the results of an interrupted run; the same file without the flag reads', async () => {
    const results = newResults()
    const f = file('partial.json', { ...results, interrupted: true })
    await expect(readResults(f)).rejects.toThrow(
      `${f}: results of an interrupted run (0 workloads finished before it stopped)`
    )
    await expect(readResults(file('whole.json', results))).resolves.toMatchObject({ workloads: [] })
  })
})
