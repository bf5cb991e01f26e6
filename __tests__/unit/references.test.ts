import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/config/load.js'
import { unsetEnvironment } from '../../src/config/references.js'
import type { LoadedConfig } from '../../src/config/types.js'

const config = parseConfigText(
  [
    'services:',
    '  api:',
    '    command: node server.js',
    '    env: { TOKEN: "${env.API_TOKEN}", SLOW: "${env.SLOW_MS:-0}" }',
    '  unused:',
    '    command: node other.js',
    '    env: { KEY: "${env.OTHER_KEY}" }',
    'workloads:',
    '  - { name: first, kind: command, command: "sleep 0" }',
    '  - { name: second, kind: command, command: "echo ${env.GREETING} $${HOME}" }',
    '  - name: hit',
    '    kind: service',
    '    service: api',
    '    requests: { path: "/x?k=${env.QUERY_KEY}" }'
  ].join('\n'),
  'perf-gate.yml'
)
const loaded: LoadedConfig = { file: 'perf-gate.yml', baseDir: '.', config }
const pick = (...names: string[]) => config.workloads.filter((w) => names.includes(w.name))

describe('environment variables a run needs', () => {
  it('lists each unset ${env.NAME} with where it is used; defaults, escapes and set-but-empty pass', () => {
    const issues = unsetEnvironment(loaded, config.workloads, { GREETING: '' })
    expect(issues.map((i) => i.path)).toEqual([
      'services.api.env.TOKEN',
      'services.unused.env.KEY',
      'workloads.hit.requests.path'
    ])
    expect(issues[0].message).toContain('environment variable API_TOKEN is not set')
    expect(issues[0].message).toContain('${env.API_TOKEN:-value}')
    expect(unsetEnvironment(loaded, config.workloads, {}).map((i) => i.path)).toContain(
      'workloads.second.command'
    )
    expect(
      unsetEnvironment(loaded, config.workloads, {
        GREETING: 'hi',
        API_TOKEN: 't',
        OTHER_KEY: 'k',
        QUERY_KEY: 'q'
      })
    ).toEqual([])
  })

  it('a partial run (--only) needs only its workloads and the services they use', () => {
    const only = pick('first')
    expect(unsetEnvironment(loaded, only, {}, only)).toEqual([])
    const hit = pick('hit')
    expect(unsetEnvironment(loaded, hit, {}, hit).map((i) => i.path)).toEqual([
      'services.api.env.TOKEN',
      'workloads.hit.requests.path'
    ])
  })
})
