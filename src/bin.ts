#!/usr/bin/env node
/**
 * Entry of the `perf-gate` command (bundled to dist/cli/index.js). `--version` answers before the
 * rest of the CLI is loaded: parsing the whole bundle costs several hundred ms on a busy runner.
 */
import { VERSION } from './version.js'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(VERSION + '\n')
} else {
  const { main } = await import('./cli.js')
  process.exitCode = await main(argv)
}
