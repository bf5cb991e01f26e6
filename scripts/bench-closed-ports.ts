/**
 * What remembering the last 4096 closed connections costs per close
 * (`npx tsx scripts/bench-closed-ports.ts [--rounds n]`): the printer's two-generation record
 * (ClosedPorts, src/printer/server.ts) against the single Map it replaced, which forgot its
 * oldest entry through `map.keys().next()`. Each round closes 200,000 connections on client ports
 * that cycle through 60,000 (a port reopened is first forgotten, as the printer does on connect),
 * both sides in alternating order in one process; prints the median ns per close.
 */
import { ClosedPorts } from '../src/printer/server.js'

const args = process.argv.slice(2)
const at = args.indexOf('--rounds')
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 9
const CLOSES = 200_000
const KEEP = 4096
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

type Info = { parsed: number; rejected: string | undefined }

/** The record as it was before: one Map, the oldest entry dropped once it holds more than KEEP. */
class OneMap {
  private readonly map = new Map<number, Info>()
  set(port: number, info: Info): void {
    this.map.set(port, info)
    if (this.map.size > KEEP) this.map.delete(this.map.keys().next().value as number)
  }
  delete(port: number): void {
    this.map.delete(port)
  }
}

const sides = {
  'one Map, oldest through keys().next()': (): OneMap => new OneMap(),
  'two generations (ClosedPorts)': (): ClosedPorts => new ClosedPorts(KEEP)
}
const ns = new Map<string, number[]>(Object.keys(sides).map((k) => [k, []]))
for (let r = 0; r <= ROUNDS; r++) {
  const order = Object.entries(sides)
  if (r % 2) order.reverse()
  for (const [name, make] of order) {
    const record = make()
    const t0 = performance.now()
    for (let k = 0; k < CLOSES; k++) {
      const port = 1024 + (k % 60_000)
      record.delete(port)
      record.set(port, { parsed: k, rejected: undefined })
    }
    if (r > 0) ns.get(name)!.push(((performance.now() - t0) * 1e6) / CLOSES)
  }
}
console.log(`| record of closed connections | ns per close (median of ${ROUNDS}) |\n| --- | --- |`)
for (const [name, xs] of ns) console.log(`| ${name} | ${median(xs).toFixed(0)} |`)
