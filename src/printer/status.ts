/**
 * Status bytes a printer sends back, from its state. Pure.
 *
 * Epson's real-time status format (DLE EOT n): one byte with the fixed bits 0x12 set (`0xx1xx10`);
 * n=1 printer: 0x08 offline; n=2 offline cause: 0x04 cover open, 0x20 paper end, 0x40 error;
 * n=3 error cause: 0x08 autocutter; n=4 paper roll: 0x0C near end, 0x60 end. python-escpos reads
 * `is_online()` as `not (reply & 8)` and `paper_status()` from the n=4 reply.
 */

/** The faults a virtual printer can simulate. */
export type PrinterFault =
  'offline' | 'paper_out' | 'paper_near_end' | 'cover_open' | 'cutter_error'

/** The printer state the status bytes depend on. */
export interface PrinterState {
  faults: ReadonlySet<PrinterFault>
}

/** Whether the printer prints: paper out, cover open, a cutter error or "offline" stop it. */
export function isOnline(state: PrinterState): boolean {
  for (const f of state.faults) if (f !== 'paper_near_end') return false
  return true
}

/** The one-byte reply to DLE EOT n (n = 1..4; other n get the n=1 reply, as a lenient printer would). */
export function realtimeStatus(state: PrinterState, n: number): number {
  const f = state.faults
  let b = 0x12
  switch (n) {
    case 2:
      if (f.has('cover_open')) b |= 0x04
      if (f.has('paper_out')) b |= 0x20
      if (f.has('cutter_error')) b |= 0x40
      return b
    case 3:
      if (f.has('cutter_error')) b |= 0x08
      return b
    case 4:
      if (f.has('paper_out')) b |= 0x0c | 0x60
      else if (f.has('paper_near_end')) b |= 0x0c
      return b
    default:
      if (!isOnline(state)) b |= 0x08
      return b
  }
}

/** The reply to GS r n: n=1 paper sensor (0x03 near end, 0x0C end), n=2 drawer (closed: 0). */
export function transmitStatus(state: PrinterState, n: number): number {
  if (n !== 1) return 0
  if (state.faults.has('paper_out')) return 0x0f
  if (state.faults.has('paper_near_end')) return 0x03
  return 0
}

/**
 * The reply to GS I n (transmit printer ID), as Epson-compatible printers send it: one byte for
 * n = 1/49 (model ID), 2/50 (type ID: 0x02, autocutter fitted, no two-byte characters) and 3/51
 * (ROM version ID); for n = 65-69 the header 0x5F, at most 15 bytes of text (firmware version,
 * maker, model, serial number, font) and NUL. Other n: no reply (undefined), as printers ignore them.
 */
export function printerIdReply(n: number, serial: string): Uint8Array | undefined {
  switch (n) {
    case 1:
    case 49:
      return Uint8Array.of(0x20)
    case 2:
    case 50:
      return Uint8Array.of(0x02)
    case 3:
    case 51:
      return Uint8Array.of(0x41)
  }
  const text = ['1.00 perf-gate', 'perf-gate', 'virtual printer', serial, 'ANK'][n - 65]
  if (text === undefined) return undefined
  const ascii = Buffer.from(text.replace(/[^\x20-\x7e]/g, '?').slice(0, 15), 'latin1')
  return Uint8Array.of(0x5f, ...ascii, 0)
}

/**
 * The 4-byte automatic status back (GS a) message: byte 1 has 0x10 fixed, 0x08 offline, 0x20 cover
 * open; byte 2 has 0x08 autocutter error; byte 3 has 0x03 near end and 0x0C paper end.
 */
export function asbStatus(state: PrinterState): Uint8Array {
  const f = state.faults
  let b1 = 0x10
  if (!isOnline(state)) b1 |= 0x08
  if (f.has('cover_open')) b1 |= 0x20
  const b2 = f.has('cutter_error') ? 0x08 : 0
  let b3 = 0
  if (f.has('paper_out')) b3 |= 0x0f
  else if (f.has('paper_near_end')) b3 |= 0x03
  return Uint8Array.of(b1, b2, b3, 0)
}
