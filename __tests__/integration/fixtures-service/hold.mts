// Starts one service through startServices, prints its process group id, then waits to be ended
// by a signal (or crashes on purpose with CRASH=1): the test checks nothing is left behind.
import { startServices } from '../../../src/fixtures/service.js'

const log = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  progress() {},
  group: <T,>(_: string, fn: () => Promise<T>) => fn()
}
const set = await startServices(
  {
    sleeper: {
      command: "trap '' TERM; sleep 60 & sleep 60 & echo ready; wait",
      ready: { log: 'ready' },
      stopGraceMs: 300
    }
  },
  { env: process.env },
  log,
  { baseDir: process.cwd() }
)
const svc = set.services.get('sleeper')!
process.stdout.write(`pgid=${svc.pgid}\n`)
if (process.env.CRASH === '1') throw new Error('crash on purpose')
setInterval(() => {}, 1000)
