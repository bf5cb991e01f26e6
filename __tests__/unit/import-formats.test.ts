/**
 * Other tools' results read as they write them (src/results/formats.ts), on real outputs of the
 * tools (__tests__/fixtures/imports/README.md says which versions and commands). Each figure is
 * checked against what the tool itself states in the same file where it states one (hyperfine's
 * and pytest-benchmark's own medians, Google Benchmark's median aggregate).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  convertToolOutput,
  detectFormat,
  FormatError,
  type ImportFormat
} from '../../src/results/formats.js'
import type { SamplesFile } from '../../src/results/samples.js'
import { median } from '../../src/stats/summary.js'

const dir = path.resolve(import.meta.dirname ?? '.', '../fixtures/imports')
const text = (f: string): string => readFileSync(path.join(dir, f), 'utf8')
const json = (f: string): any => JSON.parse(text(f)) // eslint-disable-line @typescript-eslint/no-explicit-any

interface GBEntry {
  name: string
  run_name: string
  run_type: string
  real_time: number
}

function byName(s: SamplesFile): Record<string, SamplesFile['benchmarks'][number]> {
  return Object.fromEntries(s.benchmarks.map((b) => [b.name, b]))
}

describe('format detection on real tool outputs', () => {
  it.each<[string, ImportFormat]>([
    ['hyperfine-basic.json', 'hyperfine'],
    ['hyperfine-parameters.json', 'hyperfine'],
    ['pytest-benchmark.json', 'pytest-benchmark'],
    ['google-benchmark.json', 'google-benchmark'],
    ['google-benchmark-repetitions.json', 'google-benchmark'],
    ['google-benchmark-aggregates-only.json', 'google-benchmark'],
    ['go-bench.txt', 'go'],
    ['go-bench-json.jsonl', 'go'],
    ['go-bench-cpu.txt', 'go'],
    ['benchmarkjs.txt', 'benchmarkjs'],
    ['cargo-bench.txt', 'bencher']
  ])('%s is %s', (file, format) => {
    expect(detectFormat(text(file))).toBe(format)
  })

  it('tells the samples format apart from tools that also have a "benchmarks" list', () => {
    expect(detectFormat('{"benchmarks":[{"name":"a","samples":[1]}]}')).toBe('samples')
    expect(detectFormat('{"workloads":[],"schemaVersion":1}')).toBeUndefined()
  })
})

describe('hyperfine', () => {
  it('each command is a metric in ms whose samples are its times; the median is hyperfine’s own', () => {
    const raw = json('hyperfine-basic.json')
    const out = convertToolOutput(text('hyperfine-basic.json'))
    expect(out.benchmarks.map((b) => b.name)).toEqual(raw.results.map((r: any) => r.command)) // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const [i, b] of out.benchmarks.entries()) {
      expect(b).toMatchObject({ unit: 'ms', direction: 'smaller' })
      expect(b.samples).toHaveLength(raw.results[i].times.length)
      expect(median(b.samples!)).toBeCloseTo(raw.results[i].median * 1000, 9)
    }
  })

  it('a parameter scan gives one metric per substituted command', () => {
    const out = convertToolOutput(text('hyperfine-parameters.json'), 'hyperfine')
    expect(out.benchmarks.map((b) => b.name)).toEqual(['seq 10 | sort -n', 'seq 100 | sort -n'])
  })
})

describe('pytest-benchmark', () => {
  it('each test is a metric in µs by its full name; the median of the raw data is pytest-benchmark’s', () => {
    const raw = json('pytest-benchmark.json')
    const out = byName(convertToolOutput(text('pytest-benchmark.json')))
    expect(Object.keys(out)).toEqual([
      'test_b.py::test_join',
      'test_b.py::test_sort[10]',
      'test_b.py::test_sort[100]',
      'test_b.py::test_upper'
    ])
    for (const b of raw.benchmarks) {
      const m = out[b.fullname]
      expect(m).toMatchObject({ unit: 'µs', direction: 'smaller' })
      expect(m.samples).toHaveLength(b.stats.data.length)
      expect(median(m.samples!)).toBeCloseTo(b.stats.median * 1e6, 6)
    }
  })

  it('without the raw data (older versions, or data not kept) the median stands for the run', () => {
    const raw = json('pytest-benchmark.json')
    for (const b of raw.benchmarks) delete b.stats.data
    const out = convertToolOutput(JSON.stringify(raw), 'pytest-benchmark')
    expect(out.benchmarks[0].samples).toEqual([raw.benchmarks[0].stats.median * 1e6])
  })
})

describe('Google Benchmark', () => {
  it('real_time per run name, in its time unit; bytes/s and items/s are bigger-is-better', () => {
    const raw = json('google-benchmark.json')
    const out = byName(convertToolOutput(text('google-benchmark.json')))
    expect(Object.keys(out)).toEqual([
      'BM_Sort/8',
      'BM_Sort/64',
      'BM_Copy',
      'BM_Copy bytes/s',
      'BM_Copy items/s'
    ])
    expect(out['BM_Sort/8']).toMatchObject({
      unit: 'ns',
      direction: 'smaller',
      samples: [raw.benchmarks[0].real_time]
    })
    expect(out['BM_Copy bytes/s']).toMatchObject({ unit: 'B/s', direction: 'bigger' })
  })

  it('each repetition is a run; the aggregates the file also holds are not counted again', () => {
    const raw = json('google-benchmark-repetitions.json')
    const out = byName(convertToolOutput(text('google-benchmark-repetitions.json')))
    const reps = (raw.benchmarks as GBEntry[]).filter(
      (b) => b.run_name === 'BM_Sort/64' && b.run_type === 'iteration'
    )
    expect(out['BM_Sort/64'].runs).toEqual(reps.map((b) => [b.real_time]))
    expect(Object.keys(out)).not.toContain('BM_Sort/64_mean')
  })

  it('with only aggregates the median aggregate is the one run', () => {
    const raw = json('google-benchmark-aggregates-only.json')
    const med = (raw.benchmarks as GBEntry[]).find((b) => b.name === 'BM_Copy_median')!
    const out = byName(convertToolOutput(text('google-benchmark-aggregates-only.json')))
    expect(out.BM_Copy.samples).toEqual([med.real_time])
    expect(Object.keys(out)).toHaveLength(5)
  })

  it('a benchmark that reported an error fails the import, naming it and its message', () => {
    expect(() => convertToolOutput(text('google-benchmark-error.json'))).toThrow(
      /benchmark "BM_Fails" failed: no input file/
    )
  })
})

describe('go test -bench', () => {
  it('-count 3 gives three runs; ns/op is the name, other units are "name unit"; the shared -2 suffix is dropped', () => {
    const out = byName(convertToolOutput(text('go-bench.txt')))
    expect(out.BenchmarkJoin).toMatchObject({
      unit: 'ns/op',
      direction: 'smaller',
      runs: [[93.55], [78.04], [113.1]]
    })
    expect(out['BenchmarkSort widgets/op'].runs).toEqual([[100], [100], [100]])
    expect(out['BenchmarkSort allocs/op']).toMatchObject({
      unit: 'allocs/op',
      runs: [[2], [2], [2]]
    })
    expect(out['BenchmarkSizes/size=8_n MB/s']).toMatchObject({ unit: 'MB/s', direction: 'bigger' })
    expect(Object.keys(out).some((n) => /-2\b/.test(n))).toBe(false)
  })

  it('`go test -json` output reads as the same benchmarks', () => {
    const fromJson = convertToolOutput(text('go-bench-json.jsonl'))
    const names = fromJson.benchmarks.map((b) => b.name)
    expect(names).toContain('BenchmarkJoin')
    expect(names).toContain('BenchmarkSort widgets/op')
    expect(byName(fromJson).BenchmarkJoin.runs).toHaveLength(2)
  })

  it('with -cpu 1,2 the suffixes tell the settings apart and are kept', () => {
    const out = convertToolOutput(text('go-bench-cpu.txt'))
    expect(out.benchmarks.map((b) => b.name)).toEqual(['BenchmarkJoin', 'BenchmarkJoin-2'])
  })
})

describe('line formats', () => {
  it('benchmark.js: ops/sec with thousands separators, bigger is better; other lines ignored', () => {
    const out = convertToolOutput(text('benchmarkjs.txt'))
    expect(out.benchmarks).toEqual([
      { name: 'join', unit: 'ops/s', direction: 'bigger', samples: [10620749] },
      { name: 'RegExp#test', unit: 'ops/s', direction: 'bigger', samples: [49103887] },
      { name: 'sort 100 numbers', unit: 'ops/s', direction: 'bigger', samples: [72103] }
    ])
  })

  it('cargo bench (libtest): ns/iter with decimals', () => {
    const out = convertToolOutput(text('cargo-bench.txt'))
    expect(out.benchmarks).toEqual([
      { name: 'benches::join_strings', unit: 'ns', direction: 'smaller', samples: [26.28] },
      { name: 'benches::sort_100', unit: 'ns', direction: 'smaller', samples: [646.51] }
    ])
  })
})

describe('github-action-benchmark custom JSON', () => {
  it('the direction comes from the format named', () => {
    const bigger = convertToolOutput(text('custom-smaller.json'), 'custom-bigger')
    const smaller = convertToolOutput(text('custom-smaller.json'), 'custom-smaller')
    expect(smaller.benchmarks[0]).toEqual({
      name: 'print_text round trip',
      unit: 'ms',
      direction: 'smaller',
      samples: [12.5]
    })
    expect(bigger.benchmarks.map((b) => b.direction)).toEqual(['bigger', 'bigger'])
  })

  it('auto does not guess its direction and says which format to set', () => {
    expect(() => convertToolOutput(text('custom-smaller.json'))).toThrow(
      /set `format: custom-smaller` or `format: custom-bigger`/
    )
  })
})

describe('what does not convert says why', () => {
  it('unknown text names the formats to choose from', () => {
    expect(() => convertToolOutput('hello\nworld\n')).toThrow(
      /could not tell which tool.*hyperfine/
    )
  })

  it('a JSON file cut short says so instead of "could not tell which tool"', () => {
    const whole = text('hyperfine-basic.json')
    expect(() => convertToolOutput(whole.slice(0, Math.floor(whole.length / 2)))).toThrow(
      /^starts as JSON but is not valid JSON \(.+\); was it cut short\? Run the tool again to the end\.$/
    )
  })

  it('a format named for the wrong file', () => {
    expect(() => convertToolOutput(text('go-bench.txt'), 'hyperfine')).toThrow(
      /not valid JSON, which the hyperfine format is/
    )
    expect(() => convertToolOutput(text('hyperfine-basic.json'), 'go')).toThrow(
      /no `go test -bench` results/
    )
  })

  it('a metric reported in two units is refused rather than mixed', () => {
    const twoUnits = '[{"name":"a","unit":"ms","value":1},{"name":"a","unit":"s","value":2}]'
    expect(() => convertToolOutput(twoUnits, 'custom-smaller')).toThrow(FormatError)
  })
})
