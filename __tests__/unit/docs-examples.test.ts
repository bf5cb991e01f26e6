/**
 * The YAML the docs show still works: every perf-gate.yml snippet (a block with `workloads:`)
 * validates, and every workflow snippet that uses perf-gate passes only inputs action.yml has.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { parseConfigText } from '../../src/config/load.js'

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const docs = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
]
const blocks = docs.flatMap((f) =>
  [...readFileSync(path.join(root, f), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map(
    (m, i) => ({ where: `${f} block ${i + 1}`, text: m[1] })
  )
)
const configs = blocks.filter((b) => /^workloads:/m.test(b.text) && !/^jobs:/m.test(b.text))
const workflows = blocks.filter((b) => /^jobs:/m.test(b.text))

interface Workflow {
  jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>
}
/** The perf-gate steps of a workflow snippet (not the repository's own reusable workflows). */
const perfGateSteps = (text: string): Array<{ with?: Record<string, unknown> }> =>
  Object.values((parse(text) as Workflow).jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses?.includes('perf-gate') && !step.uses.includes('/.github/'))
const actionInputs = Object.keys(
  (parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object }).inputs
)

describe('YAML in the docs', () => {
  it('finds the snippets it checks', () => {
    expect(configs.length).toBeGreaterThanOrEqual(5)
    expect(workflows.length).toBeGreaterThanOrEqual(2)
    expect(workflows.flatMap((b) => perfGateSteps(b.text)).length).toBeGreaterThanOrEqual(5)
  })

  it.each(configs.map((b) => [b.where, b.text]))('%s is a valid perf-gate.yml', (where, text) => {
    expect(() => parseConfigText(text, where)).not.toThrow()
  })

  it.each(workflows.map((b) => [b.where, b.text]))(
    '%s passes perf-gate only inputs it has',
    (_where, text) => {
      for (const step of perfGateSteps(text))
        for (const input of Object.keys(step.with ?? {})) expect(actionInputs).toContain(input)
    }
  )
})
