import { describe, expect, it } from '@jest/globals'
import { HdrRecorder, WindowedRecorder, driftOf } from '../../src/load/histogram.js'
import { summarize } from '../../src/stats/summary.js'
import { errorKind } from '../../src/load/http.js'
import { LoadOptionError, splitUrl } from '../../src/load/run.js'
import { formatLoadReport, parseLoadArgs } from '../../src/load/cli.js'

// A deterministic spread of latencies (ms) with a long tail: 0.2 ms .. ~60 ms.
const samples = Object.freeze(
  Array.from({ length: 5000 }, (_, i) => 0.2 + ((i * 7919) % 1000) / 50 + (i % 97 === 0 ? 40 : 0))
)

describe('HdrRecorder', () => {
  it('summarises like summarize() within the histogram precision', () => {
    const h = new HdrRecorder()
    for (const s of samples) h.record(s)
    const got = h.summary()!
    const exact = summarize(samples)!
    expect(got.count).toBe(exact.count)
    for (const k of ['min', 'max', 'mean', 'p50', 'p90', 'p95', 'p99', 'stddev'] as const) {
      // 3 significant digits plus the rank step between two neighbouring samples.
      expect(Math.abs(got[k] - exact[k]) / exact[k]).toBeLessThan(0.01)
    }
    expect(Math.abs(got.mad - exact.mad) / exact.mad).toBeLessThan(0.02)
  })

  it('keeps memory flat: a million latencies cost the same as a thousand', () => {
    const h = new HdrRecorder()
    for (let i = 0; i < 1000; i++) h.recordUs(100 + i)
    const small = h.footprintBytes
    for (let i = 0; i < 1_000_000; i++) h.recordUs(100 + (i % 100_000))
    expect(h.count).toBe(1_001_000)
    expect(h.footprintBytes).toBeLessThan(small * 2)
    expect(h.footprintBytes).toBeLessThan(1_000_000)
  })

  it('is empty-safe and clamps sub-microsecond values', () => {
    const h = new HdrRecorder()
    expect(h.summary()).toBeNull()
    h.record(0.0001)
    expect(h.summary()!.min).toBe(0.001)
  })
})

describe('drift', () => {
  it('driftOf compares the last fifth with the first and with the mean', () => {
    const flat = Array.from({ length: 100 }, () => 10)
    expect(driftOf(flat)).toEqual({ drift: 1, degradation: 1 })
    const rising = Array.from({ length: 100 }, (_, i) => (i < 80 ? 10 : 30))
    const d = driftOf(rising)!
    expect(d.drift).toBe(3)
    expect(d.degradation).toBe(3)
    // one outlier at the end does not make a degradation
    const spike = Array.from({ length: 100 }, (_, i) => (i === 99 ? 500 : 10))
    expect(driftOf(spike)!.degradation).toBe(1)
    expect(driftOf([1, 2, 3])).toBeNull()
  })

  it('WindowedRecorder places samples by progress', () => {
    let f = 0
    const w = new WindowedRecorder(() => f)
    for (let i = 0; i < 100; i++) {
      f = i / 100
      w.recordUs(i < 50 ? 100 : 400)
    }
    expect(w.first.count).toBe(20)
    expect(w.last.count).toBe(20)
    expect(w.drift()).toBeCloseTo(4, 2)
  })
})

describe('errors and arguments', () => {
  it.each([
    [{ code: 'UND_ERR_HEADERS_TIMEOUT' }, 'timeout'],
    [{ code: 'ECONNREFUSED' }, 'connection'],
    [{ code: 'UND_ERR_SOCKET' }, 'connection'],
    [{ name: 'AbortError' }, 'aborted'],
    [{ message: 'other' }, 'error']
  ])('errorKind(%o) = %s', (err, kind) => {
    expect(errorKind(err)).toBe(kind)
  })

  it('splits URLs and rejects what cannot be loaded', () => {
    expect(splitUrl('http://127.0.0.1:8080/a/b?x=1')).toEqual({
      origin: 'http://127.0.0.1:8080',
      path: '/a/b?x=1'
    })
    expect(() => splitUrl('127.0.0.1:8080')).toThrow(LoadOptionError)
    expect(() => splitUrl('ftp://host/')).toThrow(/only http/)
  })

  it('parses the command line', async () => {
    const r = await parseLoadArgs([
      'http://x/',
      '-c',
      '50',
      '-R',
      '100',
      '-d',
      '2',
      '-m',
      'post',
      '-H',
      'Authorization: Bearer t',
      '-b',
      '{}',
      '--format',
      'json'
    ])
    expect(r).toEqual({
      format: 'json',
      options: {
        url: 'http://x/',
        connections: 50,
        durationS: 2,
        requests: undefined,
        rate: 100,
        method: 'post',
        headers: { authorization: 'Bearer t' },
        body: '{}',
        timeoutMs: undefined
      }
    })
    await expect(parseLoadArgs([])).rejects.toThrow(/give the URL/)
    await expect(parseLoadArgs(['http://x/', '-d', '1', '-n', '5'])).rejects.toThrow(
      /either --duration or --requests/
    )
    await expect(parseLoadArgs(['http://x/', '-H', 'nocolon'])).rejects.toThrow(/'Name: value'/)
    await expect(parseLoadArgs(['http://x/', '-c', 'ten'])).rejects.toThrow(
      /--connections must be a number/
    )
    await expect(parseLoadArgs(['http://x/', '--format', 'xml'])).rejects.toThrow(/text or json/)
    await expect(parseLoadArgs(['http://x/', '-b', '@/nonexistent/file'])).rejects.toThrow(
      /cannot read/
    )
    expect(await parseLoadArgs(['--help'])).toBe('help')
  })

  it('formats a report with errors by kind and the achieved rate', () => {
    const text = formatLoadReport({
      url: 'http://x/',
      method: 'GET',
      connections: 10,
      mode: 'rate',
      requests: 100,
      ok: 97,
      errors: { http_500: 2, timeout: 1 },
      errorCount: 3,
      statuses: { 200: 97, 500: 2 },
      errorSamples: ['GET /: HTTP 500'],
      durationS: 1,
      requestsPerSecond: 100,
      bytesRead: 1000,
      latencyFrom: 'intended-start',
      latencyUs: {
        min: 100,
        mean: 200,
        stddev: 50,
        p50: 190,
        p75: 220,
        p90: 250,
        p95: 300,
        p99: 400,
        p999: 500,
        max: 600
      },
      latency: null,
      drift: 1.05,
      cpu: { userMs: 10, systemMs: 5, perRequestUs: 150 },
      rate: { asked: 100, achieved: 99.5, inFlightCapHits: 0 },
      rssPeakBytes: 50 * 1024 * 1024
    })
    expect(text).toContain('asked 100/s, achieved 99.5/s (99.5 %)')
    expect(text).toContain('http_500: 2, timeout: 1')
    expect(text).toContain('from intended start')
    expect(text).toContain('p99 400')
    expect(text).toContain('peak RSS 50 MB')
  })
})
