/**
 * For config tests: the message of the ConfigError that parsing `text` (as perf-gate.yml) throws;
 * fails the test when it parses or throws anything else.
 */
import { expect } from '@jest/globals'
import { parseConfigText } from '../../src/config/load.js'
import { ConfigError } from '../../src/config/validate.js'

export function issuesOf(text: string): string {
  try {
    parseConfigText(text, 'perf-gate.yml')
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigError')
}
