/**
 * Subcommands provided by other modules (virtual printers, ad-hoc HTTP load), loaded only when
 * used so `run`/`compare` do not pay for the printer parser, QR decoder or HTTP driver at start.
 */
export const subcommands: Record<string, (argv: string[]) => Promise<number>> = {
  printer: async (argv) => (await import('./printer/cli.js')).printerCommand(argv),
  load: async (argv) => (await import('./load/cli.js')).loadCommand(argv)
}
