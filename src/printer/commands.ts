/**
 * The ESC/POS command log model: what the streaming parser emits for each command it recognises.
 *
 * Every entry carries `type` (what users count and order in expectations) and `offset` (byte
 * offset of the command's first byte in its connection's stream). The virtual printer adds the
 * connection id and a timestamp when it logs an entry (see `LoggedCommand`).
 */

/** Text alignment set by ESC a. */
export type Align = 'left' | 'center' | 'right'

/** Barcode symbologies of GS k (both the NUL-terminated form A and the length-prefixed form B). */
export type Symbology =
  | 'UPC-A'
  | 'UPC-E'
  | 'EAN13'
  | 'EAN8'
  | 'CODE39'
  | 'ITF'
  | 'CODABAR'
  | 'CODE93'
  | 'CODE128'
  | 'GS1-128'
  | 'GS1-DATABAR'
  | 'UNKNOWN'

interface Base {
  /** Byte offset of the command's first byte in the stream. */
  offset: number
}

/** ESC @ */
export interface InitCommand extends Base {
  type: 'init'
}
/** A run of printable bytes, decoded with the code page selected by ESC t (cp437 by default). */
export interface TextCommand extends Base {
  type: 'text'
  text: string
}
/** LF: print the line buffer and feed one line. */
export interface LfCommand extends Base {
  type: 'lf'
}
/** CR: carriage return (most printers ignore it in serial/network mode; logged for completeness). */
export interface CrCommand extends Base {
  type: 'cr'
}
/** ESC d n (lines), ESC J n (dots), ESC e n (reverse lines). */
export interface FeedCommand extends Base {
  type: 'feed'
  lines?: number
  dots?: number
  reverse?: boolean
}
/** ESC a n */
export interface AlignCommand extends Base {
  type: 'align'
  align: Align
}
/** ESC E n */
export interface BoldCommand extends Base {
  type: 'bold'
  on: boolean
}
/** ESC - n: 0 off, 1 thin, 2 thick. */
export interface UnderlineCommand extends Base {
  type: 'underline'
  mode: 0 | 1 | 2
}
/** ESC G n */
export interface DoubleStrikeCommand extends Base {
  type: 'doubleStrike'
  on: boolean
}
/** ESC ! n: the print mode byte and what it means. */
export interface ModeCommand extends Base {
  type: 'mode'
  value: number
  font: 'A' | 'B'
  bold: boolean
  doubleHeight: boolean
  doubleWidth: boolean
  underline: boolean
}
/** GS ! n: character size multipliers (1..8). */
export interface SizeCommand extends Base {
  type: 'size'
  width: number
  height: number
}
/** ESC 2 (default spacing: `dots` null) and ESC 3 n. */
export interface LineSpacingCommand extends Base {
  type: 'lineSpacing'
  dots: number | null
}
/** ESC t n: the code table and the encoding used to decode the text that follows. */
export interface CodeTableCommand extends Base {
  type: 'codeTable'
  /** The page number as sent: Epson's numbering for ESC t, Star's for ESC GS t (`star`). */
  table: number
  /** Set when the page was selected with Star's `ESC GS t n`. */
  star?: true
  /** iconv-lite encoding name, or null when the table is not supported (text then decodes as cp437). */
  encoding: string | null
}
/** ESC M n */
export interface FontCommand extends Base {
  type: 'font'
  font: 'A' | 'B' | 'C' | 'D' | 'E'
}
/** GS B n: white/black reverse printing. */
export interface InvertCommand extends Base {
  type: 'invert'
  on: boolean
}
/** GS V (every form), ESC i / ESC m. `feed` is the n of the forms that feed before cutting. */
export interface CutCommand extends Base {
  type: 'cut'
  mode: 'full' | 'partial'
  feed?: number
}
/**
 * A QR code: either the native GS ( k functions (one entry at "print symbol", carrying the model,
 * module size and error level set before it), or a raster image whose content decodes as a QR code
 * (python-escpos renders QR codes on the host, as Home Assistant's `print_qr` does).
 */
export interface QrCommand extends Base {
  type: 'qr'
  source: 'native' | 'image'
  data: string
  /** Native: module size in dots (1..16); image: the decoded module size is not known. */
  size?: number
  /** Native: 1, 2 or 3 (Micro QR), from GS ( k fn 65 n1 = 49, 50, 51; 2 until one is selected. */
  model?: number
  level?: 'L' | 'M' | 'Q' | 'H'
  /** Image source: the raster size in dots. */
  widthDots?: number
  heightDots?: number
}
/** The 2D symbols of GS ( k other than QR, by their cn byte (48, 50-54). */
export type Symbology2d =
  'PDF417' | 'MaxiCode' | 'GS1 DataBar' | 'Composite' | 'Aztec' | 'DataMatrix'
/**
 * GS ( k 2D codes other than QR (ESC-POS-.NET and escpos-rs send PDF417, DataMatrix, Aztec...):
 * one entry when the symbol is printed (fn 81), with the data stored before it (fn 80). Their
 * settings (fn 65-72) are kept by the printer, not logged.
 */
export interface Code2dCommand extends Base {
  type: 'code2d'
  symbology: Symbology2d
  data: string
}
/** GS k */
export interface BarcodeCommand extends Base {
  type: 'barcode'
  symbology: Symbology
  /** The m byte of GS k. */
  system: number
  /** A: NUL-terminated; B: length-prefixed. */
  form: 'A' | 'B'
  /** Human-readable data; CODE128 code-set prefixes ({A {B {C) are removed, set C pairs become digits. */
  data: string
}
/** GS h n */
export interface BarcodeHeightCommand extends Base {
  type: 'barcodeHeight'
  dots: number
}
/** GS w n */
export interface BarcodeWidthCommand extends Base {
  type: 'barcodeWidth'
  width: number
}
/** GS H n: where the human-readable interpretation (HRI) goes. */
export interface HriPositionCommand extends Base {
  type: 'hriPosition'
  position: 'none' | 'above' | 'below' | 'both'
}
/** GS f n: fonts A-E (n = 0-4 or 48-52), special fonts A and B (n = 97, 98). */
export interface HriFontCommand extends Base {
  type: 'hriFont'
  font: 'A' | 'B' | 'C' | 'D' | 'E' | 'special A' | 'special B'
}
/** A raster or bit image that is not a QR code. */
export interface ImageCommand extends Base {
  type: 'image'
  /** The command that carried it: `GS v 0`, `ESC *`, `GS ( L`, `GS 8 L`. */
  form: string
  widthDots: number
  heightDots: number
  /** Payload bytes. */
  bytes: number
}
/** DLE EOT n (real-time status request): the server answers it at once. */
export interface StatusCommand extends Base {
  type: 'status'
  n: number
}
/** GS r n (transmit status): the server answers it. */
export interface TransmitStatusCommand extends Base {
  type: 'transmitStatus'
  n: number
}
/** GS I n (transmit printer ID): the server answers it (an ID byte, or `_` + text + NUL). */
export interface PrinterIdCommand extends Base {
  type: 'printerId'
  n: number
}
/** GS a n: automatic status back. */
export interface AsbCommand extends Base {
  type: 'asb'
  flags: number
}
/** FS & / FS . */
export interface KanjiCommand extends Base {
  type: 'kanji'
  on: boolean
}
/** ESC p m t1 t2 */
export interface DrawerCommand extends Base {
  type: 'drawer'
  pin: number
  onMs: number
  offMs: number
}
/** A recognised command the log does not model in detail (named as in the Epson reference). */
export interface OtherCommand extends Base {
  type: 'other'
  name: string
}
/** Bytes that are no known command; consecutive unknown bytes are merged into one entry. */
export interface UnknownCommand extends Base {
  type: 'unknown'
  length: number
  /** Hex of the first bytes (at most 16). */
  hex: string
}
/** A command cut off by the end of the stream. */
export interface TruncatedCommand extends Base {
  type: 'truncated'
  command: string
  /** Bytes of the command that arrived. */
  received: number
  /** Bytes the command needed, when its header said so. */
  expected?: number
}
/** A length field claimed more than the parser's cap: the payload was skipped, not buffered. */
export interface OversizeCommand extends Base {
  type: 'oversize'
  command: string
  claimed: number
  limit: number
}

/** One parsed ESC/POS command. */
export type Command =
  | InitCommand
  | TextCommand
  | LfCommand
  | CrCommand
  | FeedCommand
  | AlignCommand
  | BoldCommand
  | UnderlineCommand
  | DoubleStrikeCommand
  | ModeCommand
  | SizeCommand
  | LineSpacingCommand
  | CodeTableCommand
  | FontCommand
  | InvertCommand
  | CutCommand
  | QrCommand
  | Code2dCommand
  | BarcodeCommand
  | BarcodeHeightCommand
  | BarcodeWidthCommand
  | HriPositionCommand
  | HriFontCommand
  | ImageCommand
  | StatusCommand
  | TransmitStatusCommand
  | PrinterIdCommand
  | AsbCommand
  | KanjiCommand
  | DrawerCommand
  | OtherCommand
  | UnknownCommand
  | TruncatedCommand
  | OversizeCommand

/** The `type` of a command. */
export type CommandType = Command['type']

/** Every command type, for schemas and docs. */
export const COMMAND_TYPES: readonly CommandType[] = [
  'init',
  'text',
  'lf',
  'cr',
  'feed',
  'align',
  'bold',
  'underline',
  'doubleStrike',
  'mode',
  'size',
  'lineSpacing',
  'codeTable',
  'font',
  'invert',
  'cut',
  'qr',
  'barcode',
  'barcodeHeight',
  'barcodeWidth',
  'hriPosition',
  'hriFont',
  'image',
  'status',
  'transmitStatus',
  'asb',
  'kanji',
  'drawer',
  'other',
  'unknown',
  'truncated',
  'oversize',
  'code2d',
  'printerId'
]

/** A command as the virtual printer logs it. */
export type LoggedCommand = Command & {
  /** Connection id (1, 2, ... per printer). */
  conn: number
  /** Wall-clock time the printer parsed it (ms since the epoch). */
  at: number
}

/** Double-byte character sets for Kanji mode (iconv-lite names; the parser's `kanjiEncoding`). */
export const KANJI_ENCODINGS = ['gb18030', 'shift_jis', 'big5', 'euc-kr'] as const
export type KanjiEncoding = (typeof KANJI_ENCODINGS)[number]
