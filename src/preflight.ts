/**
 * Checks the runner's event file before @actions/github is loaded. That package parses
 * GITHUB_EVENT_PATH when its module is first evaluated, so a file that is not JSON would end the
 * action with a bare SyntaxError and a stack trace before `run()` could catch anything. This module
 * is imported first by the entry (ES modules evaluate their imports in order).
 */
import { eventFileProblem } from './github/event-file.js'

const problem = eventFileProblem(process.env.GITHUB_EVENT_PATH)
if (problem) {
  // The workflow-command form of core.setFailed, without loading the toolkit for one line.
  process.stdout.write(
    `::error::${problem.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`
  )
  process.exit(1)
}
