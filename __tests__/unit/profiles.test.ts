import { describe, expect, it } from '@jest/globals'
import {
  OperationError,
  profileSize,
  progressEvery,
  runProfile,
  type LoadProfile
} from '../../src/workloads/profiles.js'

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** An operation that records when it started and how many ran at once. */
function tracker(durationMs = 5): {
  op: (i: number) => Promise<void>
  order: number[]
  peak: () => number
} {
  let active = 0
  let peak = 0
  const order: number[] = []
  return {
    order,
    peak: () => peak,
    op: async (i) => {
      order.push(i)
      active++
      peak = Math.max(peak, active)
      await sleep(durationMs)
      active--
    }
  }
}

describe('load profiles', () => {
  it.each<[LoadProfile, number, number]>([
    [{ type: 'parallel', count: 8 }, 8, 8],
    [{ type: 'sequential', count: 5 }, 5, 1],
    [{ type: 'sequential', count: 6, blocking: false }, 6, 6],
    [{ type: 'ordered', count: 4 }, 4, 1],
    [{ type: 'burst', bursts: 3, size: 4, pauseMs: 10 }, 12, 4],
    [{ type: 'batch', count: 10, size: 3 }, 10, 3],
    [{ type: 'clients', clients: 3, requests: 4 }, 12, 3]
  ])('%o issues %i operations, at most %i at once', async (profile, total, concurrency) => {
    const t = tracker()
    const out = await runProfile(profile, t.op)
    expect(profileSize(profile)).toBe(total)
    expect(out.ok).toBe(total)
    expect(out.latencies).toHaveLength(total)
    expect(t.peak()).toBe(concurrency)
    expect([...t.order].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i))
  })

  it('keeps the order of sequential operations', async () => {
    const t = tracker(1)
    await runProfile({ type: 'ordered', count: 6 }, t.op)
    expect(t.order).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('sequential intervalMs: the pause after each one ends (blocking), the gap between starts (not)', async () => {
    const starts: number[] = []
    const ends: number[] = []
    await runProfile({ type: 'sequential', count: 4, intervalMs: 60 }, async () => {
      starts.push(performance.now())
      await new Promise((r) => setTimeout(r, 10))
      ends.push(performance.now())
    })
    for (let i = 1; i < 4; i++) expect(starts[i] - ends[i - 1]).toBeGreaterThanOrEqual(55)
    starts.length = 0
    await runProfile(
      { type: 'sequential', count: 4, intervalMs: 60, blocking: false },
      async () => {
        starts.push(performance.now())
        await new Promise((r) => setTimeout(r, 200))
      }
    )
    for (let i = 1; i < 4; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(55)
    // not waiting for the 200 ms operations (waiting would take 3 x 260 ms)
    expect(starts[3] - starts[0]).toBeLessThan(500)
  })

  it('counts errors by kind and keeps going', async () => {
    const out = await runProfile({ type: 'sequential', count: 6 }, async (i) => {
      if (i % 3 === 0) throw new OperationError('http_500', `request ${i} failed`)
      if (i === 4) throw new Error('socket hang up')
    })
    expect(out.ok).toBe(3)
    expect(out.errors).toEqual({ http_500: 2, error: 1 })
    expect(out.errorSamples[0]).toBe('request 0 failed')
    expect(out.latencies).toHaveLength(3)
  })

  it('uses the end time an operation reports (time-to-print, not the write)', async () => {
    const clock = 0
    const out = await runProfile(
      { type: 'sequential', count: 2 },
      async () => ({ end: clock + 40 }),
      { now: () => clock }
    )
    expect(out.latencies).toEqual([40, 40])
  })

  it('sustained: the achieved rate is the pace operations complete at, not the schedule', async () => {
    // asked 100/s for 0.3 s; a target that serves 2 at a time in 50 ms each manages ~40/s
    let busy = 0
    const queue: Array<() => void> = []
    const out = await runProfile({ type: 'sustained', rate: 100, durationS: 0.3 }, async () => {
      if (busy >= 2) await new Promise<void>((r) => queue.push(r))
      busy++
      await new Promise((r) => setTimeout(r, 50))
      busy--
      queue.shift()?.()
    })
    expect(out.ok).toBe(30)
    expect(out.achievedRate!).toBeLessThan(60)
    expect(out.achievedRate!).toBeGreaterThan(20)
  })

  it('sustained: measures from the intended start, so a stalled target shows its queue', async () => {
    // 50/s for 0.4 s = 20 operations 20 ms apart; the first operation blocks the event loop 150 ms.
    const out = await runProfile({ type: 'sustained', rate: 50, durationS: 0.4 }, async (i) => {
      if (i === 0) {
        const until = performance.now() + 150
        while (performance.now() < until) {
          /* stall */
        }
      }
    })
    expect(out.started).toBe(20)
    expect(out.ok).toBe(20)
    // operations due during the stall were late: their latency includes the wait
    const late = out.latencies!.filter((ms) => ms > 50)
    expect(late.length).toBeGreaterThanOrEqual(3)
    expect(out.achievedRate).toBeGreaterThan(0)
  })

  it('sustained: reports a hit in-flight cap', async () => {
    const out = await runProfile(
      { type: 'sustained', rate: 200, durationS: 0.1, maxInFlight: 2 },
      () => sleep(30)
    )
    expect(out.inFlightCapHits).toBeGreaterThan(0)
    expect(out.ok).toBe(20)
  })
})

describe('progressEvery', () => {
  it('logs at most once per interval while a run lasts, never for a short run or the last operation', () => {
    let t = 0
    const lines: string[] = []
    const report = progressEvery((m) => lines.push(m), 'checkout', 5000, () => t)
    for (let done = 1; done <= 6000; done++) {
      t = done * 10 // 100 operations per second: 60 s in all
      report(done, 6000)
    }
    expect(lines).toHaveLength(11) // at 5 s, 10 s, … 55 s; not at 60 s (done)
    expect(lines[0]).toBe('checkout: 500/6,000 operations (8 %)')
    expect(lines[10]).toBe('checkout: 5,500/6,000 operations (91 %)')

    const quick: string[] = []
    t = 0
    const short = progressEvery((m) => quick.push(m), 'login', 5000, () => t)
    for (let done = 1; done <= 100; done++) {
      t = done * 10
      short(done, 100)
    }
    expect(quick).toEqual([])
  })
})
