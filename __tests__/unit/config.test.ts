import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig, parseConfigText } from '../../src/config/load.js'
import { issuesOf } from '../helpers/config-errors.js'

describe('config validation', () => {
  it('applies defaults to a minimal command config', () => {
    const c = parseConfigText(
      'workloads:\n  - name: build\n    kind: command\n    command: "true"\n',
      'perf-gate.yml'
    )
    expect(c.defaults).toMatchObject({
      repetitions: 5,
      warmup: 1,
      threshold: 10,
      history: 30,
      compare: 'baseline'
    })
    expect(c.workloads[0]).toMatchObject({ name: 'build', kind: 'command', command: 'true' })
    expect(c.printers).toEqual({})
  })

  it('accepts JSON and percentage strings', () => {
    const c = parseConfigText(
      JSON.stringify({
        defaults: { threshold: '7.5%', thresholds: { 'latency.p95': '15%' } },
        workloads: [{ name: 'a', kind: 'command', command: 'true' }]
      }),
      'perf-gate.json'
    )
    expect(c.defaults.threshold).toBe(7.5)
    expect(c.defaults.thresholds).toEqual({ 'latency.p95': 15 })
  })

  it('names the line, the field, what was found and suggests the right key', () => {
    const msg = issuesOf(
      [
        'workloads:',
        '  - name: build',
        '    kind: command',
        '    command: "true"',
        '    repetitons: 3'
      ].join('\n')
    )
    expect(msg).toContain(
      'perf-gate.yml:5: workloads[0].repetitons: unknown field `repetitons`. Did you mean `repetitions`?'
    )
  })

  it('reports a wrong type with the value found', () => {
    const msg = issuesOf(
      'workloads:\n  - name: build\n    kind: command\n    command: "true"\n    repetitions: five\n'
    )
    expect(msg).toContain(
      'perf-gate.yml:5: workloads[0].repetitions: found "five" (string); expected integer.'
    )
  })

  it('lists every problem, not just the first', () => {
    const msg = issuesOf(
      'workloads:\n  - name: a\n    kind: command\n  - name: a\n    kind: comand\n'
    )
    expect(msg).toContain('workloads[0].command: required field is missing')
    expect(msg).toContain('workloads[1].kind: unknown kind "comand". Did you mean "command"?')
    expect(msg).toContain('duplicate workload name "a"')
    expect(msg).toMatch(/3 problems/)
  })

  it('rejects a malformed budget with the parser message', () => {
    const msg = issuesOf(
      'workloads:\n  - name: a\n    kind: command\n    command: "true"\n    budgets: ["latency.p95 <<< 3ms"]\n'
    )
    expect(msg).toContain('workloads[0].budgets[0]')
    expect(msg).toContain('perf-gate.yml:5')
  })

  it('reports YAML syntax errors with their line', () => {
    const msg = issuesOf('workloads:\n  - name: a\n    kind: [command\n')
    expect(msg).toMatch(/perf-gate\.yml:\d+: \(top level\): YAML syntax error/)
  })

  it('requires workloads and rejects unknown top-level keys', () => {
    const msg = issuesOf('defaults:\n  repetitions: 3\nworkload: []\n')
    expect(msg).toContain('workloads: required field is missing')
    expect(msg).toContain('unknown field `workload`. Did you mean `workloads`?')
  })

  it('a missing file says where it looked and how to fix it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-config-'))
    await expect(loadConfig('nope.yml', dir)).rejects.toThrow(
      /nope\.yml: .*file not found .*--config/
    )
    writeFileSync(
      path.join(dir, 'perf-gate.yml'),
      'workloads:\n  - {name: x, kind: command, command: "true"}\n'
    )
    const loaded = await loadConfig('perf-gate.yml', dir)
    expect(loaded.baseDir).toBe(dir)
  })
  it('a load profile error speaks only of the profile type the user chose', () => {
    const base =
      'printers:\n  kitchen: { port: 0 }\nworkloads:\n  - name: p\n    kind: printer\n    printer: kitchen\n'
    const typo = issuesOf(base + '    profile: { type: parallel, cont: 10 }\n')
    expect(typo).toMatch(/2 problems/)
    expect(typo).toContain(
      'workloads[0].profile.cont: unknown field `cont`. Did you mean `count`? Allowed here: type, count.'
    )
    const kind = issuesOf(base + '    profile: { type: paralel, count: 10 }\n')
    expect(kind).toContain(
      'perf-gate.yml:7: workloads[0].profile.type: found "paralel" (string); expected one of: parallel, sequential, burst, sustained, batch, ordered, clients. Did you mean "parallel"?'
    )
  })

  it('catches what `run` would only find at start: unknown service or printer, impossible templates, bad regex', () => {
    const svc = 'services:\n  api: { command: node srv.js }\n'
    const wl = (extra: string): string =>
      `workloads:\n  - { name: w, kind: service, service: ${extra}, requests: { path: / } }\n`
    expect(issuesOf(svc + wl('apii'))).toContain(
      'perf-gate.yml:4: workloads[0].service: no service named "apii". Did you mean "api"? Defined: api.'
    )
    expect(issuesOf(wl('api'))).toContain(
      'workloads[0].service: no services are defined; add a `services:` section with "api".'
    )
    expect(
      issuesOf(
        'workloads:\n  - { name: p, kind: printer, printer: kitchn, profile: { type: parallel, count: 2 } }\nprinters:\n  kitchen: {}\n'
      )
    ).toContain('workloads[0].printer: no printer named "kitchn". Did you mean "kitchen"?')
    const tpl = (v: string): string =>
      `services:\n  api:\n    command: node srv.js\n    env: { X: "${v}" }\n` + wl('api')
    expect(issuesOf(tpl('${port}'))).toContain(
      'perf-gate.yml:4: services.api.env.X: unknown variable "port".'
    )
    expect(issuesOf(tpl('${1+1}'))).toContain('"${1+1}" is not a template variable')
    expect(issuesOf(tpl('${services.db.port}'))).toContain(
      'unknown variable "services.db.port": no service named "db". Defined: api.'
    )
    expect(issuesOf(tpl('${services.api.prot}'))).toContain('services.api has host, port, url.')
    // what exists, env (read at run time), defaults and escapes are fine
    for (const ok of [
      '${services.api.port}',
      '${env.ANYTHING}',
      '${printers.none.port:-9100}',
      '$${literal}'
    ])
      expect(() => parseConfigText(tpl(ok), 'perf-gate.yml')).not.toThrow()
    // ${job.*} belongs to service requests only
    expect(() =>
      parseConfigText(
        svc +
          'workloads:\n  - { name: w, kind: service, service: api, requests: { path: "/${job.service}", json: "${job.data}" } }\n',
        'perf-gate.yml'
      )
    ).not.toThrow()
    expect(issuesOf(tpl('${job.data}'))).toContain('unknown variable "job.data"')
    expect(
      issuesOf(
        'services:\n  api:\n    command: x\n    ready: { log: "listening (on" }\n' + wl('api')
      )
    ).toContain(
      'services.api.ready.log: not a valid regular expression (/listening (on/: Unterminated group).'
    )
  })

  it('a typo inside a one-request template names the field, not "expected a different value"', () => {
    const head =
      'services:\n  api: { command: x }\nworkloads:\n  - name: w\n    kind: service\n    service: api\n'
    const one = issuesOf(head + '    requests: { path: /, methd: POST }\n')
    expect(one).toContain(
      'workloads[0].requests.methd: unknown field `methd`. Did you mean `method`?'
    )
    expect(one).toMatch(/1 problem\)/)
    const list = issuesOf(head + '    requests: [ { path: /, expectStatuss: 200 } ]\n')
    expect(list).toMatch(/1 problem\)/)
    expect(list).toContain('workloads[0].requests[0].expectStatuss: unknown field')
    expect(issuesOf(head)).toContain('workloads[0]: needs one of: `requests:`, `mix:`, `steps:`.')
  })

  it('a latency metric typo under gate or thresholds of a built-in kind fails validation; correct names and imports pass', () => {
    const msg = issuesOf(
      'workloads:\n  - { name: a, kind: command, command: "true", gate: [latency.p95, latency.p5O], thresholds: { latency.p59: 15% } }\n'
    )
    expect(msg).toContain(
      'perf-gate.yml:2: workloads[0].gate[1]: no metric "latency.p5O". Did you mean "latency.p50"?'
    )
    expect(msg).toContain('workloads[0].thresholds.latency.p59: no metric "latency.p59".')
    expect(msg).toMatch(/2 problems\)/)
    expect(() =>
      parseConfigText(
        [
          'services:\n  api: { command: x }',
          'workloads:',
          '  - { name: a, kind: command, command: "true", gate: [latency.p95, throughput], thresholds: { latency.max: 30% } }',
          '  - { name: s, kind: service, service: api, requests: { path: / }, gate: [latency.drift] }',
          '  - { name: i, kind: import, file: x.json, gate: [latency.anything] }'
        ].join('\n'),
        'perf-gate.yml'
      )
    ).not.toThrow()
  })

  it('YAML merge keys share settings between workloads', () => {
    const c = parseConfigText(
      [
        'workloads:',
        '  - &first { name: a, kind: command, command: "true", repetitions: 2 }',
        '  - <<: *first',
        '    name: b',
        '    repetitions: 3'
      ].join('\n'),
      'perf-gate.yml'
    )
    expect(c.workloads.map((w) => [w.name, w.kind, w.repetitions])).toEqual([
      ['a', 'command', 2],
      ['b', 'command', 3]
    ])
  })

  it('says plainly what is wrong with a file that is not one UTF-8 YAML document', () => {
    const one = 'workloads:\n  - { name: a, kind: command, command: "true" }\n'
    expect(issuesOf(one + '---\nworkloads: []\n')).toContain(
      'perf-gate.yml:3: (top level): a second YAML document starts here (a `---` line)'
    )
    expect(() => parseConfigText('---\n' + one, 'perf-gate.yml')).not.toThrow()
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(one, 'utf16le')]).toString(
      'utf8'
    )
    expect(issuesOf(utf16)).toContain('the file is UTF-16 encoded; save it as UTF-8')
    expect(issuesOf(Buffer.from(one, 'utf16le').toString('utf8'))).toContain('UTF-16')
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    expect(issuesOf(laughs.join('\n') + '\n' + one)).toContain('cannot expand the YAML aliases')
    // A problem two schemas both see is listed once.
    expect(issuesOf('workloads:\n  - { kind: command, command: "true" }\n')).toMatch(
      /\(1 problem\):\n.*name: required field is missing/
    )
  })

  it('empty values and malformed percentages say what to write', () => {
    expect(issuesOf('workloads: []\n')).toContain(
      'perf-gate.yml:1: workloads: is empty; give at least one entry.'
    )
    expect(issuesOf('workloads:\n  - { name: "", kind: command, command: "true" }\n')).toContain(
      'workloads[0].name: is empty; give a value.'
    )
    expect(
      issuesOf(
        'defaults: { threshold: "ten" }\nworkloads:\n  - { name: a, kind: command, command: "true" }\n'
      )
    ).toContain(
      'defaults.threshold: found "ten" (string); expected a percentage such as 10 or 10%.'
    )
  })
})
