/**
 * The repository's own workflows keep the promises docs/github.md makes: least-privilege
 * permissions, third-party actions pinned by commit, a dist check, and perf-gate on itself.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const DIR = path.resolve(import.meta.dirname, '../../.github/workflows')
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'))
const text = (f: string): string => readFileSync(path.join(DIR, f), 'utf8')
interface Step {
  uses?: string
  run?: string
  with?: Record<string, string>
}
interface Job {
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}
const doc = (f: string): Workflow => parse(text(f)) as Workflow

describe('.github/workflows', () => {
  it('has CI, the dist check and the perf workflows', () => {
    expect(files).toEqual(
      expect.arrayContaining(['ci.yml', 'check-dist.yml', 'perf.yml', 'perf-comment.yml'])
    )
  })

  it.each(files)('%s: read-only by default, write only where a job needs it', (f) => {
    const d = doc(f)
    expect(d.permissions).toEqual({ contents: 'read' })
    for (const job of Object.values(d.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        if (level === 'write') expect(['contents', 'pull-requests']).toContain(scope)
      }
    }
  })

  it.each(files)(
    '%s: third-party actions pinned to a full commit sha with a version comment',
    (f) => {
      const uses = [...text(f).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)]
      expect(uses.length).toBeGreaterThan(0)
      for (const [, ref, rest] of uses) {
        if (ref.startsWith('./')) continue
        expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
        expect(rest).toMatch(/# v\d+/)
      }
    }
  )

  it('the dist check rebuilds and fails on a diff', () => {
    const steps = doc('check-dist.yml')
      .jobs['check-dist'].steps.map((s) => s.run ?? '')
      .join('\n')
    expect(steps).toContain('npm run build')
    expect(steps).toContain('git diff --exit-code -- dist')
  })

  it('perf runs this action: comments on PRs without contents: write, commits baselines on main', () => {
    const { jobs } = doc('perf.yml')
    const step = (job: Job): Step => job.steps.find((s) => s.uses === './')!
    expect(jobs.pr.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    expect(step(jobs.pr).with?.['update-baselines']).toBe('never')
    expect(jobs.main.permissions).toEqual({ contents: 'write' })
    expect(step(jobs.main).with?.['update-baselines']).toBe('auto')
  })

  it('the fork comment workflow never checks out the PR head', () => {
    const d = doc('perf-comment.yml')
    expect(Object.keys(d.on)).toEqual(['workflow_run'])
    const steps = d.jobs.comment.steps
    const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@'))
    expect(checkout).toBeDefined()
    expect(checkout!.with?.ref).toBeUndefined()
    expect(steps.find((s) => s.uses === './')?.with?.results).toBeDefined()
  })
})
