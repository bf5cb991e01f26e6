/**
 * The functional core stays pure: these modules take data and return data. They may not import
 * I/O (fs, net, http, child_process, process-level APIs) or @actions/*. A new pure module is
 * covered as soon as it lives in one of the pure folders.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const PURE_DIRS = ['src/stats', 'src/compare', 'src/report']
const PURE_FILES = [
  'src/config/validate.ts',
  'src/config/schema.ts',
  'src/config/kinds.ts',
  'src/config/template.ts',
  'src/baseline/merge.ts',
  'src/results/samples.ts',
  'src/results/formats.ts',
  'src/results/schema.ts',
  'src/metrics.ts',
  'src/types.ts',
  'src/printer/parser.ts',
  'src/printer/generator.ts',
  'src/printer/compact.ts',
  'src/workloads/profile-schema.ts',
  'src/github/comment-body.ts',
  'src/github/event.ts',
  'src/load/histogram.ts',
  'src/load/ha-jobs.ts',
  'src/fixtures/config.ts'
]
const FORBIDDEN =
  /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|tls|os|worker_threads|cluster)$|^@actions\/|^undici$/

function files(): string[] {
  const out = PURE_FILES.filter((f) => existsSync(path.join(root, f)))
  for (const d of PURE_DIRS) {
    const abs = path.join(root, d)
    if (existsSync(abs))
      for (const f of readdirSync(abs)) if (f.endsWith('.ts')) out.push(path.join(d, f))
  }
  return out
}

describe('pure modules', () => {
  const list = files()
  it('finds the pure modules', () => {
    expect(list.length).toBeGreaterThan(8)
  })
  it.each(list)('%s imports no I/O and reads no process state', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    const imports = [
      ...text.matchAll(
        /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
      )
    ].map((m) => m[1] ?? m[2])
    const bad = imports.filter((i) => FORBIDDEN.test(i))
    expect(bad).toEqual([])
    expect(text).not.toMatch(
      /\bprocess\.(env|argv|cwd|exit|hrtime)|Date\.now\(\)|performance\.now\(\)|new Date\(\)/
    )
  })
})
