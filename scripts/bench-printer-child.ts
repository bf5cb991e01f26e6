/**
 * The parent side of the bench's client process (scripts/bench-printer-client.ts run by its own
 * `node --import tsx`): starts it with a jobs file, tells it to run against a port, reads back its
 * wall and CPU time. Used by bench-printer.ts and profile-printer.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Mode } from './bench-printer-client.js'

const CLIENT = fileURLToPath(new URL('./bench-printer-client.ts', import.meta.url))

/** One measurement: wall ms and CPU seconds (both processes when the client is a child). */
export interface Run {
  ms: number
  cpu: number
  /** Only with the client in another process: CPU seconds of this process (the server)... */
  serverCpu?: number
  /** ...and of the client, and the client's own wall time. */
  clientCpu?: number
  clientMs?: number
}

export interface ClientProcess {
  /** Tells the child to run the mode against `port`; resolves when it reports back. */
  run(port: number): Promise<Run>
  /** Ends the child (stdin end, then SIGKILL if it lingers), waits for it, removes its file. */
  close(): Promise<void>
}

/** Children still alive, for the last-resort cleanup on exit. */
const liveChildren = new Set<ChildProcess>()
process.on('exit', () => {
  for (const c of liveChildren) c.kill('SIGKILL')
})
// Ctrl-C / kill: exit normally so the handler above runs (the children also exit on stdin EOF).
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => process.exit(sig === 'SIGINT' ? 130 : 143))

export async function startClient(
  dir: string,
  id: number,
  payload: Uint8Array[],
  mode: Mode,
  concurrency: number
): Promise<ClientProcess> {
  const file = path.join(dir, `jobs-${id}.bin`)
  const buf = Buffer.allocUnsafe(payload.reduce((s, j) => s + 4 + j.length, 0))
  let off = 0
  for (const j of payload) {
    buf.writeUInt32LE(j.length, off)
    buf.set(j, off + 4)
    off += 4 + j.length
  }
  writeFileSync(file, buf)

  // Plain node: spawn() does not pass on our execArgv (tsx's loader), so the child runs bare JS.
  // The same client module as the in-process rows, run by a bare node with tsx's loader.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLIENT, mode, String(concurrency), file],
    {
      stdio: ['pipe', 'pipe', 'inherit']
    }
  )
  liveChildren.add(child)
  let failure: Error | null = null
  // Lines from the child, stamped with our clock and CPU the moment they arrive.
  interface Line {
    text: string
    at: number
    cpu: NodeJS.CpuUsage
  }
  const lines: Line[] = []
  let waiter: { resolve: (l: Line) => void; reject: (e: Error) => void } | null = null
  const exited = new Promise<void>((resolve) => {
    const done = (err: Error): void => {
      failure ??= err
      liveChildren.delete(child)
      waiter?.reject(err)
      waiter = null
      resolve()
    }
    child.once('exit', (code, signal) =>
      done(new Error(`client process exited (${signal ?? `code ${code}`})`))
    )
    child.once('error', (err) => done(new Error(`client process: ${err.message}`)))
  })
  child.stdin!.on('error', () => undefined) // EPIPE if it died; 'exit' reports that

  let out = ''
  child.stdout!.setEncoding('utf8')
  child.stdout!.on('data', (d: string) => {
    const at = performance.now()
    const cpu = process.cpuUsage()
    out += d
    for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
      const line = { text: out.slice(0, nl), at, cpu }
      out = out.slice(nl + 1)
      if (waiter) {
        const w = waiter
        waiter = null
        w.resolve(line)
      } else lines.push(line)
    }
  })
  const nextLine = (): Promise<Line> =>
    lines.length > 0
      ? Promise.resolve(lines.shift()!)
      : failure
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => (waiter = { resolve, reject }))
  const parse = (l: Line): { ready?: number; ms?: number; cpu?: number; error?: string } => {
    const o = JSON.parse(l.text) as { ready?: number; ms?: number; cpu?: number; error?: string }
    if (o.error) throw new Error(`client process: ${o.error}`)
    return o
  }

  const close = async (): Promise<void> => {
    if (liveChildren.has(child)) {
      child.stdin!.end()
      let timer: NodeJS.Timeout | undefined
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))])
      clearTimeout(timer)
      if (liveChildren.has(child)) child.kill('SIGKILL')
      await exited
    }
    rmSync(file, { force: true })
  }

  try {
    const ready = parse(await nextLine())
    if (ready.ready !== payload.length)
      throw new Error(`client process loaded ${ready.ready} of ${payload.length} jobs`)
  } catch (err) {
    await close()
    throw err
  }
  return {
    close,
    async run(port: number): Promise<Run> {
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      child.stdin!.write(`go ${port}\n`)
      const line = await nextLine()
      const res = parse(line)
      const serverCpu = (line.cpu.user - c0.user + line.cpu.system - c0.system) / 1e6
      return {
        ms: line.at - t0,
        cpu: serverCpu + res.cpu!,
        serverCpu,
        clientCpu: res.cpu!,
        clientMs: res.ms!
      }
    }
  }
}
