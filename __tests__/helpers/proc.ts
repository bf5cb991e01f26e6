/** Process checks for tests that assert nothing is left running. Linux (/proc). */
import { readFileSync } from 'node:fs'

/**
 * True while the process exists and is not a zombie: a zombie has exited and only waits to be
 * reaped, which an init that never reaps orphans (some containers and microVMs) never does.
 */
export function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}
