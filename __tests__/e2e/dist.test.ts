/**
 * dist/ is what the Actions runner executes: it must be exactly what a fresh build of the sources
 * produces. Rebuilds both bundles into a temp dir and compares them byte for byte.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')

function build(entry: string, out: string, extra: string[] = []): void {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, ...extra], { cwd: root, stdio: 'pipe', timeout: 240_000 })
}

describe('dist', () => {
  it('matches a fresh build of the sources (run `npm run build` and commit dist/ if this fails)', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-dist-'))
    build('src/index.ts', path.join(tmp, 'action'), ['--license', 'licenses.txt'])
    build('src/bin.ts', path.join(tmp, 'cli'))
    const same = (a: string, b: string): boolean => readFileSync(a).equals(readFileSync(b))
    expect({ action: same(path.join(tmp, 'action/index.js'), path.join(root, 'dist/index.js')) }).toEqual({ action: true })
    expect({ cli: same(path.join(tmp, 'cli/index.js'), path.join(root, 'dist/cli/index.js')) }).toEqual({ cli: true })
    expect(readFileSync(path.join(root, 'action.yml'), 'utf8')).toMatch(/using: node24/)
  }, 300_000)
})
