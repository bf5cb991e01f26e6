/** Subcommands provided by other modules (virtual printers, ad-hoc HTTP load). */
import { loadCommand } from './load/cli.js'
import { printerCommand } from './printer/cli.js'

export const subcommands: Record<string, (argv: string[]) => Promise<number>> = {
  printer: printerCommand,
  load: loadCommand
}
