/** Loggers for the CLI (stderr, plain text) and a silent one for tests. */
import type { Logger } from './workloads/types.js'

/**
 * A plain logger for terminals and CI logs. Groups print as headings; progress lines are
 * rewritten in place on a TTY and throttled to one every 2 s elsewhere, so long workloads show
 * they are alive without flooding the log.
 */
export function consoleLogger(
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
  verbose = false
): Logger {
  let lastProgress = 0
  let inPlace = false
  const write = (s: string): void => {
    if (inPlace) {
      stream.write('\n')
      inPlace = false
    }
    stream.write(s + '\n')
  }
  return {
    info: (m) => write(m),
    warn: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    debug: (m) => {
      if (verbose) write(`debug: ${m}`)
    },
    async group(name, fn) {
      write(`▶ ${name}`)
      const t0 = Date.now()
      try {
        return await fn()
      } finally {
        write(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
      }
    },
    progress(m) {
      const now = Date.now()
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K  ${m}`)
        inPlace = true
      } else if (now - lastProgress >= 2000) {
        lastProgress = now
        write(`  ${m}`)
      }
    }
  }
}

/** A logger that records messages (for tests and for embedding). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    debug: () => undefined,
    async group(name, fn) {
      lines.push(`group: ${name}`)
      return fn()
    },
    progress: () => undefined
  }
}
