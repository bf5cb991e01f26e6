import { describe, expect, it } from '@jest/globals'
import { closest, splitNames } from '../../src/names.js'

describe('splitNames', () => {
  const known = ['print, then cut', 'checkout', 'login']
  it('splits at commas and lines, but keeps a line that is a workload name whole', () => {
    expect(splitNames('checkout,login', known)).toEqual(['checkout', 'login'])
    expect(splitNames(' checkout , login ,', known)).toEqual(['checkout', 'login'])
    expect(splitNames('print, then cut', known)).toEqual(['print, then cut'])
    expect(splitNames('print, then cut\ncheckout, login\n\n', known)).toEqual([
      'print, then cut',
      'checkout',
      'login'
    ])
    // Not a known name: split, so the caller can report each unknown piece.
    expect(splitNames('print, then cutt', known)).toEqual(['print', 'then cutt'])
  })
})

describe('closest', () => {
  it('suggests a near name and nothing for a far one', () => {
    expect(closest('latency.p5O', ['latency.p50', 'latency.p95'])).toBe('latency.p50')
    expect(closest('throughput', ['latency.p50', 'latency.p95'])).toBeUndefined()
  })
})
