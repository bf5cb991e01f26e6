/**
 * The printer's record of recently closed connections (ClosedPorts, server.ts), which answers
 * time-to-print waits asked after a connection closed: it keeps at least the last `keep` closes,
 * a port closed again keeps only its newest record, and a reopened port is forgotten.
 */
import { describe, expect, it } from '@jest/globals'
import { ClosedPorts } from '../../src/printer/server.js'

const info = (parsed: number) => ({ parsed, rejected: undefined })

describe('ClosedPorts', () => {
  it('keeps at least the last `keep` closed ports, whatever the number closed before', () => {
    const keep = 64
    const closed = new ClosedPorts(keep)
    for (let n = 1; n <= 10 * keep + 7; n++) {
      closed.set(n, info(n))
      // The newest `keep` are always there, with their own records.
      for (let back = 0; back < Math.min(n, keep); back++)
        expect(closed.get(n - back)?.parsed).toBe(n - back)
    }
    // Memory stays bounded: long-evicted ports are gone.
    expect(closed.get(1)).toBeUndefined()
    expect(closed.get(5 * keep)).toBeUndefined()
  })

  it('answers with the newest record of a port closed twice, across the generations', () => {
    const closed = new ClosedPorts(4)
    closed.set(7, info(100))
    for (let p = 1; p <= 3; p++) closed.set(p, info(p))
    // Port 7's first record is now in the older generation; closing it again replaces it.
    closed.set(7, info(200))
    expect(closed.get(7)?.parsed).toBe(200)
    for (let p = 10; p < 13; p++) closed.set(p, info(p))
    expect(closed.get(7)?.parsed).toBe(200)
  })

  it('forgets a port when a new connection opens on it', () => {
    const closed = new ClosedPorts(4)
    closed.set(1, info(1))
    for (let p = 2; p <= 5; p++) closed.set(p, info(p))
    closed.set(6, info(6))
    closed.delete(1)
    closed.delete(6)
    expect(closed.get(1)).toBeUndefined()
    expect(closed.get(6)).toBeUndefined()
    expect(closed.get(5)?.parsed).toBe(5)
  })
})
