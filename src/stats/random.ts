/**
 * A small seeded random source for simulations and property tests. Pure modules take randomness
 * as an argument (never Math.random) so that every figure in the docs reproduces exactly.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, PractRand-clean), seeded
 * through splitmix32 so that nearby seeds give unrelated streams.
 */

/** A seeded source of uniform and normal variates. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Standard normal N(0, 1) (Box–Muller, both values used). */
  normal(): number
  /** Integer in [0, n). */
  int(n: number): number
}

/** Creates a deterministic generator from a 32-bit integer seed. */
export function createRng(seed: number): Rng {
  let s = seed >>> 0
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = splitmix()
  let b = splitmix()
  let c = splitmix()
  let d = splitmix()
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  let spare: number | null = null
  const normal = (): number => {
    if (spare !== null) {
      const v = spare
      spare = null
      return v
    }
    let u = next()
    while (u === 0) u = next()
    const r = Math.sqrt(-2 * Math.log(u))
    const th = 2 * Math.PI * next()
    spare = r * Math.sin(th)
    return r * Math.cos(th)
  }
  return { next, normal, int: (n: number) => Math.floor(next() * n) }
}

/**
 * mulberry32, a small well-known 32-bit PRNG: a plain `() => number` in [0, 1) for choosing
 * generated content (print jobs, service calls). The job generators depend on its exact sequence:
 * the same seed must give the same work on both sides of a comparison and across versions.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes a run seed and an index (and an optional salt) into one 32-bit seed, so any item can be made on its own. */
export function mixSeed(seed: number, index: number, salt = 0): number {
  let h = (seed ^ 0x9e3779b9 ^ salt) >>> 0
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}
