import { describe, expect, it } from '@jest/globals'
import {
  TemplateError,
  hasTemplate,
  renderDeep,
  renderTemplate
} from '../../src/config/template.js'

const scope = Object.freeze({
  printers: { kitchen: { host: '127.0.0.1', port: 9100 } },
  services: new Map([['api', { port: 8123, url: 'http://127.0.0.1:8123' }]]),
  env: { HA_TOKEN: 'secret', EMPTY: '' },
  job: { data: { message: 'hello', lines: [1, 2] }, index: 3 }
})

describe('renderTemplate', () => {
  it.each([
    ['port ${printers.kitchen.port}', 'port 9100'],
    ['${services.api.url}/api/', 'http://127.0.0.1:8123/api/'],
    ['Bearer ${env.HA_TOKEN}', 'Bearer secret'],
    ['${env.SLOWDOWN_MS:-0}', '0'],
    ['${env.EMPTY:-fallback}', 'fallback'],
    ['${env.HA_TOKEN:-unused}', 'secret'],
    ['${ job.index }', '3'],
    ['${job.data}', '{"message":"hello","lines":[1,2]}'],
    ['${job.data.lines.1}', '2'],
    ['literal $${env.HA_TOKEN}', 'literal ${env.HA_TOKEN}'],
    ['no templates', 'no templates'],
    ['$ { not one }', '$ { not one }']
  ])('%s -> %s', (text, expected) => {
    expect(renderTemplate(text, scope, 'test')).toBe(expected)
  })

  it('names the variable, the place and the names that exist', () => {
    let err: unknown
    try {
      renderTemplate(
        '${printers.kitchn.port}',
        scope,
        'perf-gate.yml: services.api.env.PRINTER_PORT'
      )
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(TemplateError)
    const msg = (err as Error).message
    expect(msg).toContain('perf-gate.yml: services.api.env.PRINTER_PORT')
    expect(msg).toContain('"printers.kitchn.port"')
    expect(msg).toContain('printers has: kitchen')
    expect((err as TemplateError).variable).toBe('printers.kitchn.port')
  })

  it('lists the top-level names for an unknown root, and suggests a default for env', () => {
    expect(() => renderTemplate('${printer.kitchen.port}', scope, 'w')).toThrow(
      /known names: env, job, printers, services/
    )
    expect(() => renderTemplate('${env.NOPE}', scope, 'w')).toThrow(
      /set NOPE in the environment.*\$\{env\.NOPE:-value\}/
    )
  })

  it('refuses expressions: nothing is evaluated', () => {
    expect(() => renderTemplate('${process.exit(1)}', scope, 'w')).toThrow(/not a variable/)
    expect(() => renderTemplate('${1+1}', scope, 'w')).toThrow(TemplateError)
  })
})

describe('renderDeep', () => {
  it('renders nested strings and keeps the type of a lone variable', () => {
    const input = Object.freeze({
      body: { data: '${job.data}', port: '${printers.kitchen.port}', text: 'n=${job.index}' },
      list: ['${env.HA_TOKEN}', 7, null]
    })
    const out = renderDeep(input, scope, 'w')
    expect(out).toEqual({
      body: { data: { message: 'hello', lines: [1, 2] }, port: 9100, text: 'n=3' },
      list: ['secret', 7, null]
    })
    expect(input.body.data).toBe('${job.data}')
  })

  it('reports the nested location', () => {
    expect(() =>
      renderDeep(
        { headers: { Authorization: 'Bearer ${env.TOKEN}' } },
        scope,
        'perf-gate.yml: workloads[2]'
      )
    ).toThrow('perf-gate.yml: workloads[2].headers.Authorization')
  })

  it('hasTemplate finds templates anywhere', () => {
    expect(hasTemplate({ a: [1, { b: 'x${y}' }] })).toBe(true)
    expect(hasTemplate({ a: [1, { b: 'x' }] })).toBe(false)
  })
})
