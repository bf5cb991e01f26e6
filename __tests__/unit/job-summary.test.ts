/** The job summary (GITHUB_STEP_SUMMARY) and the event-file check that runs before the toolkit loads. */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { summaryText, writeJobSummary } from '../../src/job-summary.js'
import { eventFileProblem } from '../../src/github/event-file.js'
import { recordingLogger } from '../helpers/github-data.js'

describe('job summary', () => {
  it('keeps a report that fits, whole', () => {
    expect(summaryText('## perf-gate: pass', 'perf-report.md')).toBe('## perf-gate: pass\n')
  })

  it('cuts a report over the limit in bytes (not characters), outside code blocks, naming the report file', () => {
    // ▲ is three bytes in UTF-8: 400 lines of 100 characters are ~120,000 bytes.
    const line = (i: number): string => `| w${i} | ${'▲'.repeat(90)} |`
    const rows = Array.from({ length: 400 }, (_, i) => line(i))
    const markdown = [...rows.slice(0, 200), '```mermaid', ...rows.slice(200), '```'].join('\n')
    const text = summaryText(markdown, 'out/perf-report.md', 50_000)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(50_000)
    expect(Buffer.byteLength(text)).toBeGreaterThan(40_000)
    expect(text).toContain('`out/perf-report.md`')
    expect(text).toContain(`(${Buffer.byteLength(markdown + '\n').toLocaleString('en-US')} bytes)`)
    expect(text).not.toContain('```') // the cut fell inside the fence: the fence is left out whole
    const kept = text.split('\n').filter((l) => l.startsWith('| w'))
    expect(kept.every((l, i) => l === line(i))).toBe(true) // whole lines, in order
  })

  it('appends to GITHUB_STEP_SUMMARY; without it, or when it cannot be written, warns and goes on', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'perf-gate-summary-'))
    const file = path.join(dir, 'summary.md')
    await writeFile(file, 'earlier step\n')
    const log = recordingLogger()
    expect(await writeJobSummary('## report', 'r.md', log, { GITHUB_STEP_SUMMARY: file })).toBe(
      true
    )
    expect(await readFile(file, 'utf8')).toBe('earlier step\n## report\n')

    expect(await writeJobSummary('## report', 'r.md', log, {})).toBe(false)
    expect(log.text()).toMatch(/warn: GITHUB_STEP_SUMMARY is not set.*the report is in r\.md/)

    const missing = path.join(dir, 'no/such/dir/summary.md')
    expect(await writeJobSummary('## report', 'r.md', log, { GITHUB_STEP_SUMMARY: missing })).toBe(
      false
    )
    expect(log.text()).toContain(`Could not write the job summary to ${missing} (ENOENT)`)
  })
})

describe('event file check', () => {
  it('accepts JSON, an unset or missing file; names the file and the fix for anything else', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'perf-gate-event-'))
    const good = path.join(dir, 'good.json')
    const bad = path.join(dir, 'bad.json')
    await writeFile(good, '{"number": 7}')
    await writeFile(bad, '{"number": 7,')
    expect(eventFileProblem(undefined)).toBeUndefined()
    expect(eventFileProblem(path.join(dir, 'absent.json'))).toBeUndefined()
    expect(eventFileProblem(good)).toBeUndefined()
    expect(eventFileProblem(bad)).toMatch(
      new RegExp(
        `^GITHUB_EVENT_PATH ${bad.replace(/[.]/g, '\\.')} is not valid JSON \\(.+\\)\\. .*point it at a JSON event payload or unset it`
      )
    )
    if (process.getuid?.() !== 0) {
      await chmod(good, 0o000)
      expect(eventFileProblem(good)).toMatch(/cannot be read \(EACCES\)/)
    }
  })
})
