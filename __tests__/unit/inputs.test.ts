import { afterEach, describe, expect, it } from '@jest/globals'
import { InputValueError, readInputs } from '../../src/inputs.js'

// @actions/core reads an input `fail-on` from INPUT_FAIL-ON (upper case, spaces to underscores).
const set = (inputs: Record<string, string>): void => {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
}
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k]
})

describe('action inputs', () => {
  it('defaults when nothing is given', () => {
    const i = readInputs()
    expect(i).toMatchObject({
      config: 'perf-gate.yml',
      baselineDir: 'baselines',
      failOn: 'regression',
      comment: 'always',
      updateBaselines: 'auto',
      threshold: undefined
    })
  })

  it('reads INPUT_FAIL_ON when a runner wrote the underscore form; the runner form wins when both are set', () => {
    process.env.INPUT_FAIL_ON = 'never'
    process.env['INPUT_BASELINE_DIR'] = 'perf/base'
    expect(readInputs()).toMatchObject({ failOn: 'never', baselineDir: 'perf/base' })
    set({ 'fail-on': 'budget' })
    expect(readInputs().failOn).toBe('budget')
    process.env.INPUT_FAIL_ON = 'sometimes'
    set({ 'fail-on': '' })
    expect(() => readInputs()).toThrow(/Invalid value 'sometimes' for input 'fail-on'/)
  })

  it('takes GITHUB_TOKEN when the token input is empty, and registers either as a secret', () => {
    const saved = process.env.GITHUB_TOKEN
    const written: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    }) as typeof process.stdout.write
    try {
      process.env.GITHUB_TOKEN = 'from-env'
      expect(readInputs().token).toBe('from-env')
      set({ token: 'from-input' })
      expect(readInputs().token).toBe('from-input')
      const masks = written
        .join('')
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::'))
      expect(masks).toEqual(['::add-mask::from-env', '::add-mask::from-input'])
    } finally {
      process.stdout.write = write
      if (saved === undefined) delete process.env.GITHUB_TOKEN
      else process.env.GITHUB_TOKEN = saved
    }
  })

  it.each([
    ['10', 10],
    ['10%', 10],
    [' 5 % ', 5],
    ['2.5', 2.5],
    ['0', 0]
  ])('threshold %j reads as %d', (raw, want) => {
    set({ threshold: raw })
    expect(readInputs().threshold).toBe(want)
  })

  it.each(['%', 'ten', '-1', '10%%', '5 percent'])(
    'threshold %j is refused with the input named',
    (raw) => {
      set({ threshold: raw })
      expect(() => readInputs()).toThrow(InputValueError)
      expect(() => readInputs()).toThrow(
        `Invalid value '${raw.trim()}' for input 'threshold'. Give a percentage such as 10 or 10%.`
      )
    }
  )

  it('a choice outside the allowed values names the input and lists them', () => {
    set({ 'fail-on': 'Regression' })
    expect(() => readInputs()).toThrow(
      "Invalid value 'Regression' for input 'fail-on'. It must be one of: regression, budget, never."
    )
  })

  it('lists split on commas and new lines', () => {
    set({ workloads: 'a, b\nc\n', results: 'x.json' })
    // Lines here; the action splits them at commas once it knows the config's names (splitNames).
    expect(readInputs()).toMatchObject({ workloads: ['a, b', 'c'], results: ['x.json'] })
  })
})
