/**
 * Whether the runner's event file (GITHUB_EVENT_PATH) can be read as JSON. Checked before
 * @actions/github loads (src/preflight.ts), since that package parses it on load and throws.
 */
import { existsSync, readFileSync } from 'node:fs'

/** Why the event file cannot be used, or undefined when it can (or when none is named). */
export function eventFileProblem(file: string | undefined): string | undefined {
  if (!file || !existsSync(file)) return undefined // @actions/github warns and uses an empty payload
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    return `GITHUB_EVENT_PATH ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`
  }
  try {
    JSON.parse(text)
    return undefined
  } catch (e) {
    return (
      `GITHUB_EVENT_PATH ${file} is not valid JSON (${(e as Error).message}). The Actions runner writes ` +
      'this file with the webhook payload of the event; if you set GITHUB_EVENT_PATH yourself (a local run, ' +
      'act, another CI), point it at a JSON event payload or unset it.'
    )
  }
}
