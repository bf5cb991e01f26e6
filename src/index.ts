/** Action entry (bundled to dist/index.js). */
import './preflight.js' // first: it checks the event file that @actions/github parses on load
import { run } from './main.js'

await run()
