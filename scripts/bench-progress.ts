/**
 * What the progress check costs per completed operation (`npx tsx scripts/bench-progress.ts`):
 * runProfile's onProgress is called once per operation of a printer or service workload, and
 * `progressEvery` reads the clock each time. Times 2,000,000 calls of the check against a no-op
 * callback, interleaved over 7 rounds, and prints the medians in ns per call.
 */
import { progressEvery } from '../src/workloads/profiles.js'

const N = 2_000_000
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
function time(fn: (done: number, total: number) => void): number {
  const t0 = performance.now()
  for (let i = 1; i <= N; i++) fn(i, N + 1)
  return ((performance.now() - t0) * 1e6) / N
}
let sink = 0
const noop = (done: number): void => void (sink += done & 1)
const check = progressEvery(() => sink++, 'bench', 60_000)
const a: number[] = []
const b: number[] = []
for (let r = 0; r < 8; r++) {
  const x = time(check)
  const y = time(noop)
  if (r > 0) (a.push(x), b.push(y)) // round 0 warms up
}
console.log(
  `progressEvery: ${median(a).toFixed(1)} ns per operation; no-op callback: ${median(b).toFixed(1)} ns (medians of 7 rounds; sink ${sink % 2})`
)
