/**
 * dist/ is what the Actions runner executes: it must be exactly what a fresh build of the sources
 * produces. Rebuilds both bundles into a temp dir and compares them byte for byte.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')

function build(entry: string, out: string, extra: string[] = []): void {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, ...extra], {
    cwd: root,
    stdio: 'pipe',
    timeout: 240_000
  })
}

describe('dist', () => {
  it('matches a fresh build of the sources (run `npm run build` and commit dist/ if this fails)', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-dist-'))
    build('src/index.ts', path.join(tmp, 'action'), ['--license', 'licenses.txt'])
    build('src/bin.ts', path.join(tmp, 'cli'))
    // Every file of both bundles (chunks included), and no stale file left in dist/.
    const list = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort()
    const fresh = [
      ...list(path.join(tmp, 'action')).filter((f) => !f.startsWith('cli/')),
      ...list(path.join(tmp, 'cli')).map((f) => `cli/${f}`)
    ].sort()
    expect(list(path.join(root, 'dist'))).toEqual(fresh)
    const differing = fresh.filter((f) => {
      const built = f.startsWith('cli/') ? path.join(tmp, f) : path.join(tmp, 'action', f)
      return !readFileSync(built).equals(readFileSync(path.join(root, 'dist', f)))
    })
    expect(differing).toEqual([])
    expect(readFileSync(path.join(root, 'action.yml'), 'utf8')).toMatch(/using: node24/)
  }, 300_000)
})
