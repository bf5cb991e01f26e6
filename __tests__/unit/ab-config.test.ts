/**
 * Config keys of the A/B mode's sequential rule: `defaults.min-pairs` / `defaults.max-pairs` are
 * read into `defaults.minPairs` / `maxPairs`, checked against `pairs`, and rejected with the field
 * and the fix when they are out of order or of the wrong type.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/config/load.js'
import { issuesOf } from '../helpers/config-errors.js'

const WORKLOAD = 'workloads:\n  - name: a\n    kind: command\n    command: "true"\n'
const withDefaults = (lines: string[]): string =>
  `defaults:\n${lines.map((l) => `  ${l}\n`).join('')}${WORKLOAD}`


describe('defaults.min-pairs / max-pairs', () => {
  it('maps the keys to minPairs / maxPairs next to base-ref, setup and pairs', () => {
    const c = parseConfigText(
      withDefaults([
        'compare: base-ref',
        'base-ref: origin/main',
        'pairs: 8',
        'min-pairs: 4',
        'max-pairs: 30'
      ]),
      'perf-gate.yml'
    )
    expect(c.defaults).toMatchObject({
      compare: 'base-ref',
      baseRef: 'origin/main',
      pairs: 8,
      minPairs: 4,
      maxPairs: 30
    })
    // Only the camelCase names are left: the report and runAB read one spelling.
    const keys = Object.keys(c.defaults)
    expect(keys).not.toContain('min-pairs')
    expect(keys).not.toContain('max-pairs')
    expect(keys).not.toContain('base-ref')
  })

  it('leaves them unset when absent (runAB then uses exactly `pairs`)', () => {
    const c = parseConfigText(withDefaults(['pairs: 12']), 'perf-gate.yml')
    expect(c.defaults.minPairs).toBeUndefined()
    expect(c.defaults.maxPairs).toBeUndefined()
    expect(c.defaults.pairs).toBe(12)
  })

  it('checks them against the default of 10 pairs when `pairs` is not set', () => {
    const c = parseConfigText(withDefaults(['min-pairs: 5', 'max-pairs: 10']), 'perf-gate.yml')
    expect(c.defaults).toMatchObject({ minPairs: 5, maxPairs: 10 })
    const msg = issuesOf(withDefaults(['max-pairs: 6']))
    expect(msg).toContain(
      'defaults.max-pairs: max-pairs 6 is less than pairs 10 (the default); set min-pairs <= pairs <= max-pairs.'
    )
  })

  it('rejects a window that does not contain `pairs`, naming the line and the fix', () => {
    const msg = issuesOf(withDefaults(['pairs: 10', 'min-pairs: 12', 'max-pairs: 8']))
    expect(msg).toContain(
      'perf-gate.yml:3: defaults.min-pairs: min-pairs 12 is more than pairs 10; set min-pairs <= pairs <= max-pairs.'
    )
    expect(msg).toContain('perf-gate.yml:4: defaults.max-pairs: max-pairs 8 is less than pairs 10')
  })

  it('rejects wrong types and values out of range', () => {
    const msg = issuesOf(withDefaults(['min-pairs: many', 'max-pairs: 1']))
    expect(msg).toContain('defaults.min-pairs: found "many" (string); expected integer.')
    expect(msg).toContain('defaults.max-pairs')
    expect(msg).toMatch(/>= 2|minimum|at least 2/)
  })
})
