/**
 * Stand-alone entry of `perf-gate printer` (`npx tsx src/printer/cli-entry.ts --printer kitchen`),
 * used by tests and by anyone who wants the printers without the whole CLI.
 */
import { printerCommand } from './cli.js'

process.exitCode = await printerCommand(process.argv.slice(2))
