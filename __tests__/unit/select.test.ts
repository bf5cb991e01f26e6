import { describe, expect, it } from '@jest/globals'
import { selectWorkloads } from '../../src/pipeline.js'
import type { LoadedConfig } from '../../src/config/types.js'

const loaded = {
  file: 'perf-gate.yml',
  baseDir: '.',
  config: {
    version: 1,
    defaults: {},
    printers: {},
    services: {},
    workloads: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, kind: 'command', command: 'true' }))
  }
} as unknown as LoadedConfig

const names = (opts: { only?: string[]; shard?: string }): string[] =>
  selectWorkloads(loaded, opts).map((w) => w.name)

describe('selecting workloads', () => {
  it('shards i/n take every n-th workload and together cover all of them once', () => {
    expect(names({ shard: '1/2' })).toEqual(['a', 'c', 'e'])
    expect(names({ shard: '2/2' })).toEqual(['b', 'd'])
    const all = [1, 2, 3].flatMap((i) => names({ shard: `${i}/3` })).sort()
    expect(all).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('--only keeps the named workloads and names an unknown one', () => {
    expect(names({ only: ['d', 'a'] })).toEqual(['a', 'd'])
    expect(() => names({ only: ['x'] })).toThrow(
      'perf-gate.yml: no workload named "x". Workloads: a, b, c, d, e.'
    )
  })

  it.each(['0/2', '3/2', '1-2', 'x'])('rejects the shard %s with the expected form', (shard) => {
    expect(() => names({ shard })).toThrow(/is not of the form i\/n/)
  })
})
