/**
 * `perf-gate printer`: runs named virtual printers and the HTTP control API until SIGTERM or
 * Ctrl-C, for users' own test suites. Prints one JSON line on stdout once ready:
 * `{"control":"http://127.0.0.1:<port>","printers":{"kitchen":{"host":"127.0.0.1","port":<port>}}}`.
 */
import { KANJI_ENCODINGS, type KanjiEncoding } from './commands.js'
import { startControlServer } from './control.js'
import { VirtualPrinter } from './server.js'

const USAGE = `usage: perf-gate printer --printer <name>[:<port>] [--printer ...] [--control-port <port>]
                         [--kanji <set>] [--kanji-on]

  --printer NAME[:PORT]   a virtual ESC/POS printer (repeatable); no port or 0 picks a free one
  --control-port PORT     HTTP control API port on 127.0.0.1 (default 0: a free one)
  --kanji SET             text in Kanji mode (FS &): ${KANJI_ENCODINGS.join(', ')} (default gb18030)
  --kanji-on              Kanji mode on from the start, as on Chinese-market printers

Prints {"control":"http://127.0.0.1:PORT","printers":{"NAME":{"host":"127.0.0.1","port":PORT}}}
once ready, and stops on SIGTERM or Ctrl-C.`

interface Args {
  printers: Array<{ name: string; port: number }>
  controlPort: number
  kanjiEncoding?: KanjiEncoding
  kanjiOn: boolean
}

/** Parses the arguments after `printer`; throws a usage message on a mistake. */
export function parsePrinterArgs(argv: string[]): Args {
  const args: Args = { printers: [], controlPort: 0, kanjiOn: false }
  const port = (value: string, what: string): number => {
    const n = Number(value)
    if (!/^\d+$/.test(value) || n > 65535)
      throw new Error(`${what}: "${value}" is not a port (0-65535)`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined]
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new Error(`${flag} needs a value`)
      return v
    }
    if (flag === '--printer') {
      const v = value()
      const [name, p] = v.split(':')
      if (!name || !/^[A-Za-z0-9_.-]+$/.test(name))
        throw new Error(
          `--printer: "${v}" must be a name (letters, digits, _ . -) with an optional :port`
        )
      if (args.printers.some((x) => x.name === name))
        throw new Error(`--printer: "${name}" is given twice`)
      args.printers.push({
        name,
        port: p === undefined || p === '' ? 0 : port(p, `--printer ${name}`)
      })
    } else if (flag === '--control-port') {
      args.controlPort = port(value(), '--control-port')
    } else if (flag === '--kanji') {
      const v = value()
      if (!(KANJI_ENCODINGS as readonly string[]).includes(v))
        throw new Error(`--kanji: "${v}" is not one of ${KANJI_ENCODINGS.join(', ')}`)
      args.kanjiEncoding = v as KanjiEncoding
    } else if (flag === '--kanji-on') {
      args.kanjiOn = true
    } else if (flag === '--help' || flag === '-h') {
      throw new Error(USAGE)
    } else {
      throw new Error(`unknown option "${a}"`)
    }
  }
  if (args.printers.length === 0) throw new Error('give at least one --printer <name>[:<port>]')
  return args
}

/**
 * Runs the printers until SIGTERM/SIGINT; returns the exit code (0 after a clean stop, 2 for a
 * usage error, 1 when a port cannot be bound).
 */
export async function printerCommand(argv: string[]): Promise<number> {
  let args: Args
  try {
    args = parsePrinterArgs(argv)
  } catch (err) {
    const msg = (err as Error).message
    process.stderr.write(msg === USAGE ? `${USAGE}\n` : `perf-gate printer: ${msg}\n\n${USAGE}\n`)
    return msg === USAGE ? 0 : 2
  }
  const printers = new Map<string, VirtualPrinter>()
  const stopAll = (): Promise<unknown> => Promise.all([...printers.values()].map((p) => p.stop()))
  let control: Awaited<ReturnType<typeof startControlServer>>
  try {
    for (const { name, port } of args.printers) {
      const p = new VirtualPrinter({
        name,
        port,
        parser: { kanjiEncoding: args.kanjiEncoding, kanjiOn: args.kanjiOn }
      })
      await p.start()
      printers.set(name, p)
    }
    control = await startControlServer(printers, args.controlPort)
  } catch (err) {
    await stopAll()
    process.stderr.write(`perf-gate printer: ${(err as Error).message}\n`)
    return 1
  }
  const ready = {
    control: control.url,
    printers: Object.fromEntries(
      [...printers.values()].map((p) => [p.name, { host: p.host, port: p.port }])
    )
  }
  process.stdout.write(`${JSON.stringify(ready)}\n`)
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      resolve()
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
  await control.close()
  await stopAll()
  return 0
}
