#!/usr/bin/env node
/** Entry of the `perf-gate` command (bundled to dist/cli/index.js). */
import { main } from './cli.js'

process.exitCode = await main(process.argv.slice(2))
