/**
 * The service resource sampler on a real process group: the CPU time it reports for a window
 * matches what the process itself measured, to a few ms (not the 10 ms ticks of /proc/<pid>/stat,
 * which made a short repetition's CPU % read as 0 or 50 %).
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { ResourceSampler } from '../../src/fixtures/resources.js'

// The child: on each "burn <ms>" line it spins until its own CPU time has grown by that much and
// prints the growth it measured (user + system, all threads), in ms.
// It runs with V8's helper threads off (--single-threaded), so that no compiler or GC thread works
// on after its own measurement ends, and it reads its CPU time only every ~10k iterations: each
// read allocates, and with a read per iteration Node 24's child spent 1-6 ms per window outside
// its loop (not V8's memory reducer: --no-memory-reducer left it); with rare reads it is gone.
const CHILD = `
const readline = require('node:readline')
const used = (c0) => { const d = process.cpuUsage(c0); return (d.user + d.system) / 1000 }
let sink = 0
function spin(ms) {
  const c0 = process.cpuUsage()
  while (used(c0) < ms) for (let i = 0; i < 10000; i++) sink += i
  return used(c0)
}
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  process.stdout.write(spin(Number(line.split(' ')[1])) + '\\n')
})
`

describe.each(process.platform === 'linux' ? ['linux'] : [])('ResourceSampler (%s)', () => {
  it('measures a window of CPU time to within a few ms', async () => {
    const child = spawn(process.execPath, ['--single-threaded', '-e', CHILD], {
      detached: true,
      stdio: ['pipe', 'pipe', 'inherit']
    })
    try {
      let buffered = ''
      const waiters: Array<(line: string) => void> = []
      child.stdout!.setEncoding('utf8')
      child.stdout!.on('data', (d: string) => {
        buffered += d
        for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
          const line = buffered.slice(0, nl)
          buffered = buffered.slice(nl + 1)
          waiters.shift()?.(line)
        }
      })
      const burn = (ms: number): Promise<number> =>
        new Promise((resolve) => {
          waiters.push((line) => resolve(Number(line)))
          child.stdin!.write(`burn ${ms}\n`)
        })
      // The child is up and its loop compiled.
      for (let k = 0; k < 3; k++) await burn(20)
      const errors: number[] = []
      for (const ms of [13, 27, 41, 54, 68]) {
        const sampler = new ResourceSampler(child.pid!, 10)
        await sampler.start()
        const own = await burn(ms)
        const stats = await sampler.stop()
        expect(stats).not.toBeNull()
        expect(stats!.processes).toBe(1)
        errors.push(Math.abs(stats!.cpuMs - own))
        expect(stats!.cpuPercent).toBeGreaterThan(0)
      }
      // Ticks of 10 ms would be off by up to 10 ms each time; thread run times are exact, plus
      // whatever the child did outside its loop (reading the line, writing the answer).
      expect(Math.max(...errors)).toBeLessThan(4)
    } finally {
      child.kill('SIGKILL')
    }
  })
})
