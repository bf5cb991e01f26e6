/**
 * Results of other benchmark tools, converted into the generic samples format so that an `import`
 * workload (and `compare --current`, `baseline update --from`) can read them as they are. Pure:
 * text in, samples out.
 *
 * Written by hand: each format is either a JSON shape (hyperfine, pytest-benchmark, Google
 * Benchmark, github-action-benchmark's custom JSON) or one line per result (`go test -bench`,
 * benchmark.js, libtest/criterion "bencher" output), and no maintained npm package reads them.
 *
 * What a run is follows each tool's own "repeat the whole measurement" knob: `go test -count N`
 * and Google Benchmark's `--benchmark_repetitions` give N runs; hyperfine's `times` and
 * pytest-benchmark's raw `data` are the samples of one run; the rest give one value. A run's value
 * is the median of its samples, as for the samples format.
 */
import type { Direction } from '../types.js'
import type { SamplesFile } from './samples.js'

export const IMPORT_FORMATS = [
  'auto',
  'samples',
  'hyperfine',
  'pytest-benchmark',
  'google-benchmark',
  'go',
  'benchmarkjs',
  'bencher',
  'custom-smaller',
  'custom-bigger'
] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** A file that does not hold what its format promises; the message says what was found. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FormatError'
  }
}

type Bench = SamplesFile['benchmarks'][number]

/** Collects metrics in first-seen order; each `add` is one run's samples of one metric. */
class Collector {
  private readonly byName = new Map<string, Bench & { runs: number[][] }>()

  add(name: string, unit: string, direction: Direction, samples: number[]): void {
    const finite = samples.filter((v) => Number.isFinite(v))
    if (finite.length === 0) return
    let b = this.byName.get(name)
    if (!b) {
      b = { name, unit, direction, runs: [] }
      this.byName.set(name, b)
    } else if (b.unit !== unit) {
      throw new FormatError(
        `"${name}" is reported in ${b.unit} and in ${unit}; a metric keeps one unit.`
      )
    }
    b.runs.push(finite)
  }

  result(what: string): SamplesFile {
    if (this.byName.size === 0) throw new FormatError(`no ${what} results found.`)
    return {
      benchmarks: [...this.byName.values()].map((b) =>
        b.runs.length === 1
          ? { name: b.name, unit: b.unit, direction: b.direction, samples: b.runs[0] }
          : b
      )
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v)
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number.NaN
}

/** Numbers as tools print them: "1,234.5", "1_234". */
function parseNumber(s: string): number {
  return Number(s.replace(/[,_]/g, ''))
}

/** `name`, then `name #2`, `name #3` for repeats within one file (kept apart, never merged). */
function uniqueNamer(): (name: string) => string {
  const seen = new Map<string, number>()
  return (name) => {
    const n = (seen.get(name) ?? 0) + 1
    seen.set(name, n)
    return n === 1 ? name : `${name} #${n}`
  }
}

// ---------------------------------------------------------------- hyperfine --export-json

function fromHyperfine(data: unknown): SamplesFile {
  const results = isObject(data) ? data.results : undefined
  if (!Array.isArray(results))
    throw new FormatError('expected {"results": [...]} (hyperfine --export-json).')
  const out = new Collector()
  const unique = uniqueNamer()
  for (const r of results) {
    if (!isObject(r) || typeof r.command !== 'string') {
      throw new FormatError('a hyperfine result without "command".')
    }
    // hyperfine reports seconds; milliseconds read better for commands and keep one unit.
    const times = Array.isArray(r.times) ? r.times.map(num) : [num(r.median ?? r.mean)]
    out.add(
      unique(r.command),
      'ms',
      'smaller',
      times.map((t) => t * 1000)
    )
  }
  return out.result('hyperfine')
}

// ---------------------------------------------------------------- pytest-benchmark --benchmark-json

function fromPytestBenchmark(data: unknown): SamplesFile {
  const list = isObject(data) ? data.benchmarks : undefined
  if (!Array.isArray(list))
    throw new FormatError('expected {"benchmarks": [...]} (pytest --benchmark-json).')
  const out = new Collector()
  const unique = uniqueNamer()
  for (const b of list) {
    if (!isObject(b) || !isObject(b.stats))
      throw new FormatError('a pytest-benchmark entry without "stats".')
    const name = typeof b.fullname === 'string' ? b.fullname : String(b.name)
    const raw = Array.isArray(b.stats.data) ? b.stats.data.map(num) : [num(b.stats.median)]
    // Seconds per call; microseconds keep typical Python benchmarks readable and the unit fixed.
    out.add(
      unique(name),
      'µs',
      'smaller',
      raw.map((s) => s * 1e6)
    )
  }
  return out.result('pytest-benchmark')
}

// ---------------------------------------------------------------- Google Benchmark JSON

function fromGoogleBenchmark(data: unknown): SamplesFile {
  const list = isObject(data) ? data.benchmarks : undefined
  if (!Array.isArray(list))
    throw new FormatError('expected {"context": …, "benchmarks": [...]} (--benchmark_format=json).')
  const iterations = new Map<string, Record<string, unknown>[]>()
  const aggregates = new Map<string, Map<string, Record<string, unknown>>>()
  for (const b of list) {
    if (!isObject(b)) continue
    const name = String(b.run_name ?? b.name)
    if (b.error_occurred === true) {
      throw new FormatError(
        `benchmark "${name}" failed: ${String(b.error_message ?? 'error_occurred')}; fix it or skip it.`
      )
    }
    if (b.run_type === 'aggregate') {
      const kinds = aggregates.get(name) ?? new Map<string, Record<string, unknown>>()
      kinds.set(String(b.aggregate_name), b)
      aggregates.set(name, kinds)
    } else {
      iterations.set(name, [...(iterations.get(name) ?? []), b])
    }
  }
  const out = new Collector()
  const names = new Set([...iterations.keys(), ...aggregates.keys()])
  for (const name of names) {
    // Each repetition is a run. With --benchmark_report_aggregates_only only the aggregates are
    // there: the median (else the mean) then stands for one run.
    const its = iterations.get(name)
    const agg = aggregates.get(name)
    const runs = its?.length ? its : [agg?.get('median') ?? agg?.get('mean')].filter(isObject)
    for (const r of runs) {
      out.add(name, String(r.time_unit ?? 'ns'), 'smaller', [num(r.real_time)])
      if (typeof r.bytes_per_second === 'number')
        out.add(`${name} bytes/s`, 'B/s', 'bigger', [r.bytes_per_second])
      if (typeof r.items_per_second === 'number')
        out.add(`${name} items/s`, 'items/s', 'bigger', [r.items_per_second])
    }
  }
  return out.result('Google Benchmark')
}

// ---------------------------------------------------------------- go test -bench (text or -json)

const GO_LINE = /^(Benchmark\S*)\s+(\d+)\s+(\S+\s+\S+(?:\s+\S+\s+\S+)*)\s*$/

/**
 * `go test -json` wraps the text in events: the benchmark lines are the `Output` fields in order
 * (a result can arrive in two events). Lines that are not events are kept as text.
 */
function goText(text: string): string {
  let joined = ''
  for (const line of text.split('\n')) {
    let ev: unknown
    if (line.startsWith('{')) {
      try {
        ev = JSON.parse(line)
      } catch {
        ev = undefined
      }
    }
    joined += isObject(ev) && typeof ev.Output === 'string' ? ev.Output : `${line}\n`
  }
  return joined
}

function fromGo(text: string): SamplesFile {
  const rows: Array<{ name: string; pairs: Array<[number, string]> }> = []
  for (const line of goText(text).split(/\r?\n/)) {
    const m = GO_LINE.exec(line.trim())
    if (!m) continue
    const fields = m[3].trim().split(/\s+/)
    const pairs: Array<[number, string]> = []
    for (let i = 0; i + 1 < fields.length; i += 2)
      pairs.push([parseNumber(fields[i]), fields[i + 1]])
    if (pairs.some(([v]) => Number.isNaN(v))) continue
    rows.push({ name: m[1], pairs })
  }
  // The "-8" suffix is GOMAXPROCS: dropped so that a runner with other cores still matches its
  // baseline. Only when every line carries the same one: with GOMAXPROCS=1 there is none (and a
  // sub-benchmark's own "-64" must stay), and `go test -cpu 1,2,4` runs one benchmark at several.
  const suffixes = new Set(rows.map((r) => /-\d+$/.exec(r.name)?.[0] ?? ''))
  const common = suffixes.size === 1 ? [...suffixes][0] : ''
  const out = new Collector()
  for (const r of rows) {
    const name = common ? r.name.slice(0, -common.length) : r.name
    for (const [value, unit] of r.pairs) {
      const direction: Direction = /\/s$/.test(unit) ? 'bigger' : 'smaller'
      out.add(unit === 'ns/op' ? name : `${name} ${unit}`, unit, direction, [value])
    }
  }
  return out.result('`go test -bench`')
}

// ---------------------------------------------------------------- benchmark.js console output

const BENCHMARKJS_LINE =
  /^(.+?) x ([\d,.]+) ops\/sec (?:±|\+\/-)\s*([\d.]+)% \((\d+) runs? sampled\)/

function fromBenchmarkjs(text: string): SamplesFile {
  const out = new Collector()
  const unique = uniqueNamer()
  for (const line of text.split(/\r?\n/)) {
    const m = BENCHMARKJS_LINE.exec(line.trim())
    if (m) out.add(unique(m[1]), 'ops/s', 'bigger', [parseNumber(m[2])])
  }
  return out.result('benchmark.js')
}

// ---------------------------------------------------------------- libtest / criterion "bencher"

const BENCHER_LINE = /^test (\S+)\s+\.\.\. bench:\s+([\d,._]+) ns\/iter(?: \(\+\/- ([\d,._]+)\))?/

function fromBencher(text: string): SamplesFile {
  const out = new Collector()
  for (const line of text.split(/\r?\n/)) {
    const m = BENCHER_LINE.exec(line.trim())
    if (m) out.add(m[1], 'ns', 'smaller', [parseNumber(m[2])])
  }
  return out.result('bencher (`cargo bench`)')
}

// ---------------------------------------------------------------- github-action-benchmark custom JSON

function fromCustom(data: unknown, direction: Direction): SamplesFile {
  if (!Array.isArray(data)) {
    throw new FormatError(
      'expected [{"name": …, "unit": …, "value": …}, …] (github-action-benchmark custom JSON).'
    )
  }
  const out = new Collector()
  for (const e of data) {
    if (!isObject(e) || typeof e.name !== 'string' || typeof e.value !== 'number') {
      throw new FormatError('each entry needs "name" (a string) and "value" (a number).')
    }
    out.add(e.name, typeof e.unit === 'string' ? e.unit : '', direction, [e.value])
  }
  return out.result('custom')
}

// ---------------------------------------------------------------- detection

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch (err) {
    return { ok: false, error: (err as Error).message }
  }
}

function firstOf(list: unknown): Record<string, unknown> | undefined {
  return Array.isArray(list) ? list.find(isObject) : undefined
}

/** The tool format of parsed JSON, or undefined (not told apart: github-action-benchmark's custom JSON). */
export function detectJsonFormat(d: unknown): Exclude<ImportFormat, 'auto'> | undefined {
  if (!isObject(d)) return undefined
  const b = firstOf(d.benchmarks)
  if (b && ('samples' in b || 'runs' in b)) return 'samples'
  if (b && isObject(b.stats)) return 'pytest-benchmark'
  if (b && ('real_time' in b || 'run_type' in b || 'aggregate_name' in b)) return 'google-benchmark'
  const r = firstOf(d.results)
  if (r && typeof r.command === 'string' && ('times' in r || 'mean' in r)) return 'hyperfine'
  if (Array.isArray(d.benchmarks) && d.benchmarks.length === 0 && isObject(d.context))
    return 'google-benchmark'
  return undefined
}

/** The format of text that is not JSON (a tool's line output), or undefined. */
export function detectTextFormat(text: string): Exclude<ImportFormat, 'auto'> | undefined {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{"') && /"Action"\s*:/.test(trimmed.slice(0, 400))) return 'go'
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  if (lines.some((l) => GO_LINE.test(l))) return 'go'
  if (lines.some((l) => BENCHMARKJS_LINE.test(l))) return 'benchmarkjs'
  if (lines.some((l) => BENCHER_LINE.test(l))) return 'bencher'
  return undefined
}

/**
 * Tells the format from the content, or undefined. github-action-benchmark's custom JSON is not
 * told apart: it does not say which direction is better.
 */
export function detectFormat(text: string): Exclude<ImportFormat, 'auto'> | undefined {
  const json = parseJson(text)
  return json.ok ? detectJsonFormat(json.value) : detectTextFormat(text)
}

const KNOWN =
  'samples, hyperfine, pytest-benchmark, google-benchmark, go, benchmarkjs, bencher, custom-smaller, custom-bigger'

/**
 * Converts a tool's output into the samples format.
 * @throws FormatError saying what is wrong (the caller adds the file name).
 */
export function convertToolOutput(text: string, format: ImportFormat = 'auto'): SamplesFile {
  let f: ImportFormat | undefined = format
  if (f === 'auto') {
    f = detectFormat(text)
    if (!f) {
      const json = parseJson(text)
      const start = text.replace(/^\uFEFF/, '').trimStart()[0]
      throw new FormatError(
        json.ok && Array.isArray(json.value)
          ? 'looks like github-action-benchmark custom JSON, which does not say whether smaller or bigger is better: set `format: custom-smaller` or `format: custom-bigger`.'
          : !json.ok && (start === '{' || start === '[')
            ? // Every JSON format starts so; a tool killed mid-write leaves such a file.
              `starts as JSON but is not valid JSON (${json.error}); was it cut short? Run the tool again to the end.`
            : `could not tell which tool wrote it; set \`format:\` to one of ${KNOWN}, or write the samples format.`
      )
    }
  }
  const needJson = (): unknown => {
    const json = parseJson(text)
    if (!json.ok) throw new FormatError(`not valid JSON, which the ${f} format is.`)
    return json.value
  }
  switch (f) {
    case 'samples':
      return needJson() as SamplesFile
    case 'hyperfine':
      return fromHyperfine(needJson())
    case 'pytest-benchmark':
      return fromPytestBenchmark(needJson())
    case 'google-benchmark':
      return fromGoogleBenchmark(needJson())
    case 'custom-smaller':
      return fromCustom(needJson(), 'smaller')
    case 'custom-bigger':
      return fromCustom(needJson(), 'bigger')
    case 'go':
      return fromGo(text)
    case 'benchmarkjs':
      return fromBenchmarkjs(text)
    case 'bencher':
      return fromBencher(text)
  }
}
