export const id = 547;
export const ids = [547];
export const modules = {

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   pW: () => (/* binding */ encodingForStarTable),
/* harmony export */   rt: () => (/* binding */ encodingForTable),
/* harmony export */   uJ: () => (/* binding */ DEFAULT_ENCODING)
/* harmony export */ });
/* unused harmony export tableForEncoding */
/* harmony import */ var _point_of_sale_codepage_encoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4624);
/* harmony import */ var iconv_lite__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1748);
/* harmony import */ var iconv_lite__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(iconv_lite__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6248);
/**
 * ESC t n code tables (Epson numbering) mapped to code page names. Pure data.
 *
 * Text bytes are decoded with well-kept libraries rather than hand-written tables: iconv-lite ships
 * the common DOS and Windows code pages; the pages only printers use (Greek 851, Turkish 853,
 * Lithuanian 772/774, Farsi 1098, the Thai character codes, and Epson's and Star's own variants with
 * graphics where the standard page has control codes) come from @point-of-sale/codepage-encoder,
 * whose tables were made for receipt printers (it is what receipt-printer-encoder, our job
 * generator's encoder, encodes with). A name is looked up in iconv-lite first.
 */



/**
 * Epson's table 31 is TCVN-3 with capital letters where table 30 has small ones. iconv-lite has
 * only the table-30 layout, so this one is derived from it by upper-casing each character.
 */
const TCVN_CAPITALS = 'tcvn-capitals';
const EPSON_TABLES = {
    0: 'cp437',
    // Katakana: half-width katakana at 0xA1-0xDF (as in Shift_JIS), Epson's graphics around them.
    1: 'epson/katakana',
    2: 'cp850',
    3: 'cp860',
    4: 'cp863',
    5: 'cp865',
    11: 'cp851',
    12: 'cp853',
    13: 'cp857',
    14: 'cp737',
    15: 'iso88597',
    16: 'windows1252',
    17: 'cp866',
    18: 'cp852',
    19: 'cp858',
    // Thai character codes 42, 11 and 13 (the other Thai tables have no decoder here)
    20: 'thai42',
    21: 'thai11',
    26: 'thai13',
    // TCVN-3 (Vietnamese), small letters (table 30) and capitals in the same places (table 31).
    30: 'tcvn',
    31: TCVN_CAPITALS,
    32: 'cp720',
    33: 'cp775',
    34: 'cp855',
    35: 'cp861',
    36: 'cp862',
    37: 'cp864',
    38: 'cp869',
    // ISO 8859-2 with Epson's graphics at 0x80-0x9F, where the ISO page has control codes
    39: 'epson/iso8859-2',
    40: 'iso885915',
    41: 'cp1098',
    // PC1118 and PC1119 (Lithuanian): IBM's 774 and 772
    42: 'cp774',
    43: 'cp772',
    44: 'cp1125',
    45: 'windows1250',
    46: 'windows1251',
    47: 'windows1253',
    48: 'windows1254',
    49: 'windows1255',
    50: 'windows1256',
    51: 'windows1257',
    52: 'windows1258',
    53: 'rk1048'
};
/**
 * Characters Epson's tables have where iconv-lite's code page leaves a hole: Epson's PC857 (table
 * 13) carries the euro sign at 0xD5, as IBM's later revision of 857 does, and encoders use it.
 */
/**
 * Star's numbering, for `ESC GS t n`: Star printers in ESC/POS mode select code pages with it
 * (python-escpos and escpos-php send it for profiles with Star commands). Pages iconv-lite has no
 * table for (851, 928, 772, 774, Star's own 3840-3848 ...) decode as cp437, like unknown Epson ones.
 */
const STAR_TABLES = {
    0: 'cp437',
    1: 'cp437',
    2: 'star/katakana',
    3: 'cp437',
    4: 'cp858',
    5: 'cp852',
    6: 'cp860',
    7: 'cp861',
    8: 'cp863',
    9: 'cp865',
    10: 'cp866',
    11: 'cp855',
    12: 'cp857',
    13: 'cp862',
    14: 'cp864',
    15: 'cp737',
    16: 'cp851',
    17: 'cp869',
    18: 'star/cp928',
    19: 'cp772',
    20: 'cp774',
    21: 'star/cp874',
    32: 'windows1252',
    33: 'windows1250',
    34: 'windows1251',
    // Star's own pages
    64: 'cp3840',
    65: 'cp3841',
    66: 'cp3843',
    67: 'cp3844',
    68: 'cp3845',
    69: 'cp3846',
    70: 'cp3847',
    71: 'cp3848',
    72: 'cp1001',
    73: 'cp771',
    74: 'cp3001',
    75: 'cp3002',
    76: 'cp3011',
    77: 'cp3012',
    78: 'cp3021'
};
/** Whether text in code page `name` can be decoded here (by iconv-lite or codepage-encoder). */
function hasDecoder(name) {
    return name === TCVN_CAPITALS || iconv_lite__WEBPACK_IMPORTED_MODULE_1___default().encodingExists(name) || _point_of_sale_codepage_encoder__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.supports(name);
}
/** The code page of `table` in `tables`, or null when it has none or no decoder; cached. */
function lookup(tables, cache, table) {
    // An array indexed by the table byte: the parser asks once per ESC t, i.e. on every receipt line.
    let enc = cache[table & 0xff];
    if (enc === undefined) {
        const name = tables[table];
        enc = name !== undefined && hasDecoder(name) ? name : null;
        cache[table & 0xff] = enc;
    }
    return enc;
}
const starCache = new Array(256).fill(undefined);
/** The code page for Star's `ESC GS t` page `table`, or null when it has no decoder here. */
function encodingForStarTable(table) {
    return lookup(STAR_TABLES, starCache, table);
}
const EPSON_ADDITIONS = {
    cp857: [[0xd5, 0x20ac]]
};
/** The double-byte character sets of Kanji mode (the parser's `kanjiEncoding`). */
const DOUBLE_BYTE = new Set(_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .KANJI_ENCODINGS */ .f);
/** The code page a printer starts with (and returns to on ESC @). */
const DEFAULT_ENCODING = 'cp437';
const tableCache = new Array(256).fill(undefined);
/**
 * The code page for ESC t `table`, or null when the table has no decoder here (Hiragana, the
 * Indic pages, Thai codes 14-18, user-defined pages): the parser then keeps decoding with cp437 and
 * says so in the log.
 */
function encodingForTable(table) {
    return lookup(EPSON_TABLES, tableCache, table);
}
/** The ESC t number of an encoding name (for encoders and tests), or undefined. */
function tableForEncoding(encoding) {
    for (const [k, v] of Object.entries(EPSON_TABLES))
        if (v === encoding)
            return Number(k);
    return undefined;
}
/**
 * Per-encoding tables of the 128 upper characters as UTF-16 code units, built once from iconv-lite
 * or codepage-encoder. Receipt text comes in short runs, and a table lookup per byte beats setting
 * up an iconv decoder for each run.
 */
const upperTables = new Map();
function upperTable(encoding) {
    let t = upperTables.get(encoding);
    if (!t) {
        const capitals = encoding === TCVN_CAPITALS;
        const source = capitals ? 'tcvn' : encoding;
        t = new Uint16Array(128);
        if (iconv_lite__WEBPACK_IMPORTED_MODULE_1___default().encodingExists(source)) {
            // Byte by byte, so that a multi-byte encoding yields its single-byte characters; a byte that
            // does not decode to one UTF-16 unit on its own becomes U+FFFD.
            for (let i = 0; i < 128; i++) {
                let ch = iconv_lite__WEBPACK_IMPORTED_MODULE_1___default().decode(Buffer.of(128 + i), source);
                if (capitals)
                    ch = ch.toUpperCase();
                t[i] = ch.length === 1 ? ch.charCodeAt(0) : 0xfffd;
            }
        }
        else {
            // codepage-encoder's table: the code point of each of the 256 bytes; only the upper half is
            // taken (below 0x80 text is ASCII for every page, as decodeText assumes). Holes, and the few
            // characters outside the BMP (Star's block graphics), become U+FFFD.
            const points = _point_of_sale_codepage_encoder__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.getCodepoints(source, true);
            for (let i = 0; i < 128; i++) {
                const cp = points[128 + i];
                t[i] = typeof cp === 'number' && cp > 0 && cp <= 0xffff ? cp : 0xfffd;
            }
        }
        for (const [byte, unit] of EPSON_ADDITIONS[encoding] ?? [])
            t[byte - 128] = unit;
        upperTables.set(encoding, t);
    }
    return t;
}
/**
 * Buffer's native latin1 slicer when present: toString('latin1', ...) spends about as long checking
 * its arguments and looking up the encoding as copying a 20-byte receipt line.
 */
const latin1Slice = Buffer.prototype.latin1Slice;
const latin1 = latin1Slice
    ? (b, s, e) => latin1Slice.call(b, s, e)
    : (b, s, e) => b.toString('latin1', s, e);
/** The same for UTF-16LE (the code page decoding below writes UTF-16 code units). */
const ucs2Slice = Buffer.prototype.ucs2Slice;
const utf16 = ucs2Slice
    ? (b, s, e) => ucs2Slice.call(b, s, e)
    : (b, s, e) => b.toString('utf16le', s, e);
let scratch = new Uint16Array(4096);
let scratchBytes = Buffer.from(scratch.buffer);
/** UTF-16 code units are written native-endian; the native ucs2 decoder reads little-endian. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
/** Decodes `bytes[start, end)` with `encoding`; pure ASCII takes a faster path. */
function decodeText(bytes, start, end, encoding, ascii) {
    // Every supported table agrees with ASCII below 0x80, and latin1 slicing is a native copy.
    if (ascii)
        return latin1(bytes, start, end);
    // Kanji mode: a double-byte character set, decoded by iconv-lite as a whole.
    if (DOUBLE_BYTE.has(encoding))
        return iconv_lite__WEBPACK_IMPORTED_MODULE_1___default().decode(bytes.subarray(start, end), encoding);
    const upper = upperTable(encoding);
    const n = end - start;
    if (scratch.length < n) {
        scratch = new Uint16Array(n);
        scratchBytes = Buffer.from(scratch.buffer);
    }
    for (let i = 0; i < n; i++) {
        const b = bytes[start + i];
        scratch[i] = b < 0x80 ? b : upper[b - 128];
    }
    // The native UTF-16 decoder makes the string in one copy; fromCharCode.apply over a typed array
    // measured ~1.7x slower on receipt-length runs (20-40 characters).
    if (LITTLE_ENDIAN)
        return utf16(scratchBytes, 0, n * 2);
    return String.fromCharCode.apply(null, scratch.subarray(0, n));
}


/***/ }),

/***/ 7547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Km: () => (/* binding */ MARKER_PREFIX),
  GW: () => (/* binding */ PrinterJobError),
  fJ: () => (/* binding */ SIMULATED_ERRORS),
  AT: () => (/* binding */ VirtualPrinter)
});

// UNUSED EXPORTS: ClosedPorts

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/printer/commands.ts
var commands = __webpack_require__(6248);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/printer/codepages.ts
var codepages = __webpack_require__(9767);
;// CONCATENATED MODULE: ./src/printer/compact.ts
/**
 * The compact command representation the printer's hot path uses, and its exact expansion into
 * the `Command` objects readers see. Pure data code.
 *
 * Why: encoder output is ~6 bytes per command (`ESC t 0`, `ESC a 1`, `LF`, `CR`...), and one
 * object per command (plus its share of the garbage collector's work) cost more than the parsing
 * itself. Most commands are fully described by their type and one small number, so the parser
 * writes (type code, parameter, offset) into typed arrays and only text (a string) and the rare
 * rich commands (QR codes, barcodes, images, unknown bytes...) carry an object. The objects readers
 * get from `VirtualPrinter.commands()` / `jobs()` or `EscPosParser.feed()` are built from that on
 * demand by `expand`, with the same fields, values and key order as before.
 */



/** GS f fonts by the parameter the parser stores (0-4 for A-E, 5 and 6 for the special fonts). */
const HRI_FONTS = [
    'A',
    'B',
    'C',
    'D',
    'E',
    'special A',
    'special B'
];
/** The numeric code of each command type: its index in COMMAND_TYPES (fits a byte). */
const TYPE_CODE = Object.freeze(Object.fromEntries(commands/* COMMAND_TYPES */.a.map((t, i) => [t, i])));
/** Codes the parser and the server test in their hot loops. */
const C = {
    init: TYPE_CODE.init,
    text: TYPE_CODE.text,
    lf: TYPE_CODE.lf,
    cr: TYPE_CODE.cr,
    feed: TYPE_CODE.feed,
    align: TYPE_CODE.align,
    bold: TYPE_CODE.bold,
    underline: TYPE_CODE.underline,
    doubleStrike: TYPE_CODE.doubleStrike,
    mode: TYPE_CODE.mode,
    size: TYPE_CODE.size,
    lineSpacing: TYPE_CODE.lineSpacing,
    codeTable: TYPE_CODE.codeTable,
    font: TYPE_CODE.font,
    invert: TYPE_CODE.invert,
    cut: TYPE_CODE.cut,
    qr: TYPE_CODE.qr,
    barcode: TYPE_CODE.barcode,
    barcodeHeight: TYPE_CODE.barcodeHeight,
    barcodeWidth: TYPE_CODE.barcodeWidth,
    hriPosition: TYPE_CODE.hriPosition,
    hriFont: TYPE_CODE.hriFont,
    status: TYPE_CODE.status,
    transmitStatus: TYPE_CODE.transmitStatus,
    printerId: TYPE_CODE.printerId,
    asb: TYPE_CODE.asb,
    kanji: TYPE_CODE.kanji
};
/** `feed` parameter: the byte n plus which form it came from, in bits 8-9. */
const FEED_LINES = 0;
/** ESC J n: n dots. */
const FEED_DOTS = 1 << 8;
/** ESC e n: n lines in reverse. */
const FEED_REVERSE = 2 << 8;
/** `cut` parameter: bit 0 set for a partial cut; bit 1 set for the forms that feed first, n in bits 8-15. */
const CUT_PARTIAL = 1;
const CUT_FEEDS = 2;
const ALIGNS = ['left', 'center', 'right'];
const FONTS = ['A', 'B', 'C', 'D', 'E'];
const HRI = ['none', 'above', 'below', 'both'];
/**
 * Where the raw bytes of `text` entries are kept until someone reads them: a slab of a batch's text
 * arena and the code page its text is in. Many entries share one (the entry's parameter holds its
 * position and length, see `textParam`); slabs are append-only, so an entry's bytes never change.
 *
 * Why raw bytes: building a JavaScript string per text run (a native slice call, plus a table
 * lookup per byte for code-page accents) was the largest single cost of the printer's data path,
 * and the log and jobs are read rarely (at the end of a run, by tests), mostly in part.
 */
class TextBytes {
    bytes;
    encoding;
    constructor(bytes, encoding) {
        this.bytes = bytes;
        this.encoding = encoding;
    }
}
/**
 * Native QR codes (GS ( k print) whose stored data is still raw bytes in a text arena slab, and
 * that share their settings: the `qr` entry is built, and its data decoded, only when it is read.
 * The entry's parameter holds where its data sits (see `dataParam`); one handle serves every QR
 * code of a slab with the same settings, so printing one allocates nothing.
 */
class QrBytes {
    bytes;
    size;
    model;
    level;
    constructor(bytes, size, model, level) {
        this.bytes = bytes;
        this.size = size;
        this.model = model;
        this.level = level;
    }
}
/** Barcodes (GS k) of one slab, symbology and form, their data still raw bytes (see QrBytes). */
class BarcodeBytes {
    bytes;
    symbology;
    system;
    form;
    constructor(bytes, symbology, system, form) {
        this.bytes = bytes;
        this.symbology = symbology;
        this.system = system;
        this.form = form;
    }
}
const QR_LEVEL_INDEX = { L: 0, M: 1, Q: 2, H: 3 };
/** Longest QR data kept as raw bytes (12 bits of the parameter); longer data is decoded at once. */
const MAX_RAW_DATA = (1 << 12) - 1;
/** The parameter of a QR or barcode entry: its data's position in the slab and its length. */
function dataParam(pos, len) {
    return pos | (len << 16);
}
/**
 * The stored QR data as text: UTF-8 when the bytes are valid UTF-8 (what most clients send), else
 * Latin-1, the QR byte mode's default character set (esc_pos_utils and ESC-POS-.NET send Latin-1).
 */
function qrText(buf, start, end) {
    // Most QR data is ASCII (URLs, ids): a loop over a few dozen bytes beats the native check.
    let k = start;
    while (k < end && buf[k] < 0x80)
        k++;
    if (k === end)
        return buf.toString('latin1', start, end);
    const bytes = buf.subarray(start, end);
    return (0,external_node_buffer_.isUtf8)(bytes) ? bytes.toString('utf8') : bytes.toString('latin1');
}
/** CODE128 data without its code-set switches; set C byte pairs (0..99) become two digits. */
function code128Text(data) {
    let out = '';
    let setC = false;
    for (let i = 0; i < data.length; i++) {
        const c = data[i];
        if (c === 0x7b && i + 1 < data.length) {
            const n = data[i + 1];
            i++;
            if (n === 0x43)
                setC = true;
            else if (n === 0x41 || n === 0x42)
                setC = false;
            else if (n === 0x7b)
                out += '{';
            // {1..{4 (FNC1..4) and {S (shift) carry no printable data.
            continue;
        }
        out += setC ? String(c).padStart(2, '0') : String.fromCharCode(c);
    }
    return out;
}
/** Chunks up to this size go to the text arena whole (see `CommandBatch.place`). */
const WHOLE = 2048;
/** Text arena slab size; an entry's position fits 16 bits of its parameter. */
const SLAB = 64 * 1024;
/** Longest text entry kept as raw bytes (14 bits of the parameter); longer ones are decoded at once. */
const MAX_RAW_TEXT = (1 << 14) - 1;
const ASCII_BIT = 1 << 30;
/** The parameter of a raw `text` entry: position in its slab, length, and whether it is ASCII. */
function textParam(pos, len, ascii) {
    return pos | (len << 16) | (ascii ? ASCII_BIT : 0);
}
/**
 * Lookup by type code: 1 for the types whose entries carry an extra (text's bytes, the object of
 * a rich command), 0 for those `expand` builds from code and parameter alone. A store that reuses
 * slots reads the extra only where this says so, so a slot's stale extra is never mistaken for one.
 */
const CARRIES_EXTRA = new Uint8Array(commands/* COMMAND_TYPES */.a.length).fill(1);
for (const t of [
    'init',
    'lf',
    'cr',
    'feed',
    'align',
    'bold',
    'doubleStrike',
    'underline',
    'mode',
    'size',
    'lineSpacing',
    'codeTable',
    'font',
    'invert',
    'barcodeHeight',
    'barcodeWidth',
    'hriPosition',
    'hriFont',
    'status',
    'transmitStatus',
    'printerId',
    'asb',
    'kanji',
    'cut'
])
    CARRIES_EXTRA[TYPE_CODE[t]] = 0;
/**
 * Lookup by type code: 1 for the commands that put something on paper (a job needs one): text,
 * feeds, codes, images, and the cut.
 */
const PRINTS = new Uint8Array(commands/* COMMAND_TYPES */.a.length);
for (const t of ['text', 'feed', 'qr', 'code2d', 'barcode', 'image', 'cut'])
    PRINTS[TYPE_CODE[t]] = 1;
/** Whether an extra points into a text arena slab (text, QR or barcode data kept raw). */
function isArenaHandle(extra) {
    return extra instanceof TextBytes || extra instanceof QrBytes || extra instanceof BarcodeBytes;
}
/** Whether entries of type `code` carry an extra (see CARRIES_EXTRA). */
function carriesExtra(code) {
    return CARRIES_EXTRA[code] === 1;
}
/**
 * The `Command` a compact entry stands for. `extra` is the text of a `text` entry (raw bytes,
 * decoded here) or the object of a rich one (returned as is); otherwise `code` and `param` are
 * expanded.
 */
function expand(code, param, offset, extra) {
    if (extra !== undefined && CARRIES_EXTRA[code] === 1) {
        if (extra instanceof TextBytes) {
            const pos = param & 0xffff;
            const len = (param >> 16) & MAX_RAW_TEXT;
            const text = (0,codepages/* decodeText */.g7)(extra.bytes, pos, pos + len, extra.encoding, (param & ASCII_BIT) !== 0);
            return { type: 'text', offset, text };
        }
        if (extra instanceof QrBytes) {
            const pos = param & 0xffff;
            return {
                type: 'qr',
                offset,
                source: 'native',
                data: qrText(extra.bytes, pos, pos + (param >>> 16)),
                size: extra.size,
                model: extra.model,
                level: extra.level
            };
        }
        if (extra instanceof BarcodeBytes) {
            const { bytes, system } = extra;
            const pos = param & 0xffff;
            const end = pos + (param >>> 16);
            const data = extra.form === 'B' && (system === 73 || system === 74)
                ? code128Text(bytes.subarray(pos, end))
                : bytes.toString('latin1', pos, end);
            return {
                type: 'barcode',
                offset,
                symbology: extra.symbology,
                system,
                form: extra.form,
                data
            };
        }
        return typeof extra === 'string' ? { type: 'text', offset, text: extra } : extra;
    }
    switch (code) {
        case C.init:
            return { type: 'init', offset };
        case C.lf:
            return { type: 'lf', offset };
        case C.cr:
            return { type: 'cr', offset };
        case C.feed: {
            const n = param & 0xff;
            const form = param & 0x300;
            return form === FEED_DOTS
                ? { type: 'feed', offset, dots: n }
                : form === FEED_REVERSE
                    ? { type: 'feed', offset, lines: n, reverse: true }
                    : { type: 'feed', offset, lines: n };
        }
        case C.align:
            return { type: 'align', offset, align: ALIGNS[param] };
        case C.bold:
            return { type: 'bold', offset, on: param === 1 };
        case C.doubleStrike:
            return { type: 'doubleStrike', offset, on: param === 1 };
        case C.underline:
            return { type: 'underline', offset, mode: param };
        case C.mode:
            return {
                type: 'mode',
                offset,
                value: param,
                font: param & 1 ? 'B' : 'A',
                bold: (param & 8) !== 0,
                doubleHeight: (param & 16) !== 0,
                doubleWidth: (param & 32) !== 0,
                underline: (param & 128) !== 0
            };
        case C.size:
            return { type: 'size', offset, width: ((param >> 4) & 7) + 1, height: (param & 7) + 1 };
        case C.lineSpacing:
            return { type: 'lineSpacing', offset, dots: param < 0 ? null : param };
        case C.codeTable:
            // Star's ESC GS t is stored as 256 + n, next to Epson's ESC t n.
            return param >= 256
                ? {
                    type: 'codeTable',
                    offset,
                    table: param - 256,
                    encoding: (0,codepages/* encodingForStarTable */.pW)(param - 256),
                    star: true
                }
                : { type: 'codeTable', offset, table: param, encoding: (0,codepages/* encodingForTable */.rt)(param) };
        case C.font:
            return { type: 'font', offset, font: FONTS[param] };
        case C.invert:
            return { type: 'invert', offset, on: param === 1 };
        case C.barcodeHeight:
            return { type: 'barcodeHeight', offset, dots: param };
        case C.barcodeWidth:
            return { type: 'barcodeWidth', offset, width: param };
        case C.hriPosition:
            return { type: 'hriPosition', offset, position: HRI[param] };
        case C.hriFont:
            return { type: 'hriFont', offset, font: HRI_FONTS[param] ?? 'A' };
        case C.status:
            return { type: 'status', offset, n: param };
        case C.transmitStatus:
            return { type: 'transmitStatus', offset, n: param };
        case C.printerId:
            return { type: 'printerId', offset, n: param };
        case C.asb:
            return { type: 'asb', offset, flags: param };
        case C.kanji:
            return { type: 'kanji', offset, on: param === 1 };
        case C.cut: {
            const mode = param & CUT_PARTIAL ? 'partial' : 'full';
            return param & CUT_FEEDS
                ? { type: 'cut', offset, mode, feed: param >> 8 }
                : { type: 'cut', offset, mode };
        }
    }
    // Not reachable for entries written by the parser: every other type carries its object.
    throw new Error(`compact command code ${code} (${commands/* COMMAND_TYPES */.a[code] ?? '?'}) has no object`);
}
/**
 * The commands one `feed` call completed, in typed arrays. On its own, a reusable buffer that
 * grows to the largest chunk's command count (at most one command per byte, so bounded by the
 * chunk size). On a ring (`BatchRing`), a window of the ring: entry q sits at `slot(q)`, and
 * slots whose type carries no extra may hold a stale one (see `carriesExtra`).
 */
class CommandBatch {
    /**
     * How many of them a printer answers in order, when it reaches them (GS r, GS I, GS a, ESC v),
     * so that the printer looks for them only in the rare batch that has one.
     */
    replies = 0;
    /** Type code per slot (see TYPE_CODE). */
    codes;
    /** The small parameter of compact commands (see `expand`), 0 otherwise. */
    params;
    /** Stream offset per slot (a double: a long-lived connection may pass 2 GiB). */
    offsets;
    /** The text bytes or rich object per slot, undefined for compact ones. */
    extras;
    /** The slot of the first entry, and the slot the next entry goes to. */
    start = 0;
    end = 0;
    /** The indices whose `extras` slot is set (so `clear` touches only those): `xN` of them. */
    xIdx = new Int32Array(64);
    xN = 0;
    ring;
    /** Ring slots - 1 (the ring's length is a power of two). */
    mask;
    /** Entries the ring granted this batch. */
    granted = 0;
    /** The slots of the `cut` entries, in order (a job ends at each): `cutCount` of them. */
    cuts = new Int32Array(16);
    cutCount = 0;
    /** The slot of the last entry that puts something on paper (see PRINTS), -1 if none. */
    lastPrint = -1;
    constructor(ring = null) {
        this.ring = ring;
        if (ring === null) {
            this.codes = new Uint8Array(256);
            this.params = new Int32Array(256);
            this.offsets = new Float64Array(256);
            this.extras = new Array(256).fill(undefined);
            this.mask = -1;
        }
        else {
            this.codes = ring.codes;
            this.params = ring.params;
            this.offsets = ring.offsets;
            this.extras = ring.extras;
            this.mask = ring.codes.length - 1;
            this.start = this.end = ring.seq() & this.mask;
        }
    }
    /** Whether this batch is a window of `ring`. */
    isOn(ring) {
        return this.ring === ring;
    }
    /** Number of commands in the batch. */
    get length() {
        return this.ring === null ? this.end : (this.end - this.start) & this.mask;
    }
    /** The slot of entry q. */
    slot(q) {
        return this.ring === null ? q : (this.start + q) & this.mask;
    }
    /** The position in the batch of the entry in slot k (the inverse of `slot`). */
    entryAt(k) {
        return this.ring === null ? k : (k - this.start) & this.mask;
    }
    /**
     * The text arena: raw text, QR and barcode bytes are appended to the current slab (a new one
     * when it is full). On their own, old slabs live as long as entries point into them; on a ring
     * they are reused (see `newSlab`). Kept with the batch because the batch is what a printer
     * shares between its connections.
     */
    slabBuf = null;
    /** The copy `place` left pending: bytes [spFrom, spTo) of spSrc go to the slab at spPos. */
    spSrc = null;
    spFrom = 0;
    spTo = 0;
    spPos = 0;
    slabPos = 0;
    slabRef = null;
    /** Handles for QR codes and barcodes, by settings, for the slab named beside them. */
    qrSlab = null;
    qrRefs = new Array(256).fill(undefined);
    barcodeSlab = null;
    barcodeRefs = new Array(256).fill(undefined);
    /** The current slab (on a ring), and the retired ones, oldest first. */
    slabPin = null;
    retired = [];
    /** Empties the batch (keeps the storage); on a ring, the next batch starts where the ring says. */
    clear() {
        if (this.ring === null) {
            // Drop references to strings/objects of the previous chunk so they can be collected.
            const x = this.extras;
            const idx = this.xIdx;
            for (let q = 0; q < this.xN; q++)
                x[idx[q]] = undefined;
            this.end = 0;
        }
        else {
            // The ring keeps the entries (and their extras) of the batches it took.
            this.start = this.end = this.ring.seq() & this.mask;
            this.granted = 0;
        }
        this.xN = 0;
        this.cutCount = 0;
        this.lastPrint = -1;
        this.replies = 0;
    }
    /**
     * How many entries may be written from slot `end` on with no check per entry: at least `n`
     * (at least 1 where a ring's last slot comes first). A caller writing straight into the arrays
     * (the parser's fast loop) reads the arrays after this call: on their own they may be replaced.
     */
    room(n) {
        const ring = this.ring;
        if (ring === null) {
            while (this.end + n > this.codes.length)
                this.grow();
            return this.codes.length - this.end;
        }
        if (this.end === this.codes.length)
            this.end = 0;
        const count = this.length;
        if (count + n > this.granted)
            this.granted = ring.grant(count + n);
        return Math.min(this.codes.length - this.end, this.granted - count);
    }
    /** Appends one entry. */
    push(code, param, offset, extra) {
        let k = this.end;
        if (this.ring !== null
            ? k === this.codes.length || this.length >= this.granted
            : k === this.codes.length) {
            this.room(1);
            k = this.end;
        }
        this.codes[k] = code;
        this.params[k] = param;
        this.offsets[k] = offset;
        if (PRINTS[code] !== 0) {
            this.lastPrint = k;
            if (code === C.cut)
                this.addCut(k);
        }
        // On its own, every slot not listed in xIdx is undefined already.
        if (extra !== undefined)
            this.setExtra(k, extra);
        this.end = k + 1;
    }
    /**
     * Appends a `text` entry for `bytes[start, end)` in `encoding`: the bytes are copied to the text
     * arena now (the caller may reuse `bytes`) and decoded only when the entry is read.
     */
    pushText(bytes, start, end, offset, encoding, ascii) {
        const len = end - start;
        if (len > MAX_RAW_TEXT) {
            this.push(C.text, 0, offset, (0,codepages/* decodeText */.g7)(bytes, start, end, encoding, ascii));
            return;
        }
        this.flush();
        const pos = this.textRoom(len);
        this.commitText(bytes, start, end, pos);
        this.push(C.text, textParam(pos, len, ascii), offset, this.textRef(encoding));
    }
    /**
     * The arena position for `bytes[start, end)`, whose copy may wait until `flush`: the caller
     * promises the bytes do not change before then (the chunk being parsed, a finished payload).
     * Positions of one chunk share one pending copy, so a chunk's text and code data cost one
     * native copy, made when the parser returns the batch.
     */
    place(bytes, start, end) {
        // The same object as the pending copy's (no .buffer / .byteOffset: they cost a call here).
        if (bytes === this.spSrc && start >= this.spFrom && this.spPos + (end - this.spFrom) <= SLAB) {
            if (end > this.spTo)
                this.spTo = end;
            return this.spPos + (start - this.spFrom);
        }
        this.flush();
        this.spSrc = bytes;
        if (bytes.length <= WHOLE) {
            // A small chunk (a receipt) goes in whole: one copy, and no view to copy it through.
            const pos = this.textRoom(bytes.length);
            this.spFrom = 0;
            this.spTo = bytes.length;
            this.spPos = pos;
            return pos + start;
        }
        const pos = this.textRoom(end - start);
        this.spFrom = start;
        this.spTo = end;
        this.spPos = pos;
        return pos;
    }
    /** Makes the pending copy of `place` (the parser calls it before it returns a batch). */
    flush() {
        const src = this.spSrc;
        if (src === null)
            return;
        this.spSrc = null;
        this.commitText(src, this.spFrom, this.spTo, this.spPos);
    }
    /**
     * Where `len` more text bytes go in the arena (a new slab when the current one has no room).
     * Only with no copy pending (`flush`).
     */
    textRoom(len) {
        if (this.slabBuf === null || this.slabPos + len > SLAB) {
            this.slabBuf = this.newSlab();
            this.slabPos = 0;
            this.slabRef = null;
        }
        return this.slabPos;
    }
    /**
     * A slab for the arena. On a ring, slabs are reused once every entry pointing into them has
     * left the ring: nothing else keeps a handle into a slab (copies out of the ring, clones and the
     * parser's stored QR data decode theirs), so their memory is recycled instead of becoming
     * long-lived garbage (a 64 KiB buffer every ~200 receipts, collected only by full collections).
     */
    newSlab() {
        const ring = this.ring;
        if (ring === null)
            return Buffer.allocUnsafeSlow(SLAB);
        const used = this.slabPin;
        if (used !== null) {
            // Every entry pointing into the slab being retired comes before this batch's end.
            used.until = ring.seq() + this.length;
            this.retired.push(used);
        }
        const floor = ring.floor();
        let slab;
        for (let k = 0; k < this.retired.length; k++) {
            const r = this.retired[k];
            if (r.until <= floor && r.pins === 0) {
                slab = r;
                this.retired.splice(k, 1);
                break;
            }
        }
        slab ??= { buf: Buffer.allocUnsafeSlow(SLAB), until: Infinity, pins: 0 };
        slab.until = Infinity;
        this.slabPin = slab;
        return slab.buf;
    }
    /**
     * Keeps the current slab from reuse until `unpin` (the parser's stored QR data, which a print
     * in a later chunk reads). Without a ring, slabs are never reused and this changes nothing.
     */
    pin() {
        const p = this.slabPin;
        if (p !== null)
            p.pins++;
        return p;
    }
    unpin(p) {
        p.pins--;
    }
    /** The ring dropped every entry (a cleared log): retired slabs are free unless pinned. */
    forgetEntries() {
        for (const r of this.retired)
            r.until = -Infinity;
    }
    /** The current slab's handle for `encoding` (one object per slab and encoding). */
    textRef(encoding) {
        const ref = this.slabRef;
        if (ref !== null && ref.encoding === encoding)
            return ref;
        return (this.slabRef = new TextBytes(this.slabBuf, encoding));
    }
    /**
     * The handle for QR codes with these settings whose data is in `bytes`: one per slab and
     * settings, kept in a small table (receipts change the module size from code to code).
     */
    qrRef(bytes, size, model, level) {
        if (this.qrSlab !== bytes) {
            this.qrSlab = bytes;
            this.qrRefs.fill(undefined);
        }
        const key = (((size & 15) * 4 + (model & 3)) << 2) | QR_LEVEL_INDEX[level];
        const r = this.qrRefs[key];
        if (r !== undefined && r.size === size && r.model === model && r.level === level)
            return r;
        return (this.qrRefs[key] = new QrBytes(bytes, size, model, level));
    }
    /** The handle for barcodes of this kind with data in the current slab (one per slab and kind). */
    barcodeRef(symbology, system, form) {
        const slab = this.slabBuf;
        if (this.barcodeSlab !== slab) {
            this.barcodeSlab = slab;
            this.barcodeRefs.fill(undefined);
        }
        const key = ((system & 127) << 1) | (form === 'B' ? 1 : 0);
        const r = this.barcodeRefs[key];
        if (r !== undefined && r.system === system && r.form === form)
            return r;
        return (this.barcodeRefs[key] = new BarcodeBytes(slab, symbology, system, form));
    }
    /** The current slab (after `place`). */
    get slab() {
        return this.slabBuf;
    }
    /** Copies `bytes[start, end)` to the current slab at `pos` (from `textRoom`), and moves past it. */
    commitText(bytes, start, end, pos) {
        const slab = this.slabBuf;
        const len = end - start;
        // Short runs: a loop beats the native copy's call and the view it needs (a plain Uint8Array
        // view: a Buffer's subarray costs more). The break-even here is ~40 bytes.
        if (len < 32)
            for (let k = 0; k < len; k++)
                slab[pos + k] = bytes[start + k];
        else
            slab.set(start === 0 && end === bytes.length
                ? bytes
                : new Uint8Array(bytes.buffer, bytes.byteOffset + start, len), pos);
        this.slabPos = pos + len;
    }
    /** Sets the extra of entry k (written straight into the arrays by the parser's fast loop). */
    setExtra(k, extra) {
        this.extras[k] = extra;
        this.noteExtra(k);
    }
    /**
     * Notes that slot k's extra was set (by a caller writing it directly), so that `clear` drops
     * it. On a ring the ring keeps the extras, and nothing is noted.
     */
    noteExtra(k) {
        if (this.ring !== null)
            return;
        if (this.xN === this.xIdx.length)
            this.xIdx = doubled(this.xIdx);
        this.xIdx[this.xN++] = k;
    }
    /** Notes that entry k is a cut (the parser's fast loop writes entries itself). */
    addCut(k) {
        if (this.cutCount === this.cuts.length)
            this.cuts = doubled(this.cuts);
        this.cuts[this.cutCount++] = k;
    }
    /** Appends a rich command object. */
    pushCommand(c) {
        this.push(TYPE_CODE[c.type], 0, c.offset, c);
    }
    /** The command at position q of the batch, as an object (`expand` ignores stale extras). */
    get(q) {
        const k = this.slot(q);
        return expand(this.codes[k], this.params[k], this.offsets[k], this.extras[k]);
    }
    /** Every command as objects. */
    toArray() {
        const n = this.length;
        const out = new Array(n);
        for (let q = 0; q < n; q++)
            out[q] = this.get(q);
        return out;
    }
    /** An independent copy (for callers that keep a batch across the parser's next feed). */
    clone() {
        const b = new CommandBatch();
        const n = this.length;
        for (let q = 0; q < n; q++) {
            const k = this.slot(q);
            const code = this.codes[k];
            let extra = CARRIES_EXTRA[code] ? this.extras[k] : undefined;
            // The copy outlives this chunk: no handles into a ring's arena (its slabs are reused).
            if (this.ring !== null && isArenaHandle(extra))
                extra = expand(code, this.params[k], this.offsets[k], extra);
            b.push(code, this.params[k], this.offsets[k], extra);
        }
        b.replies = this.replies;
        return b;
    }
    grow() {
        const n = this.codes.length * 2;
        const codes = new Uint8Array(n);
        codes.set(this.codes);
        const params = new Int32Array(n);
        params.set(this.params);
        const offsets = new Float64Array(n);
        offsets.set(this.offsets);
        this.codes = codes;
        this.params = params;
        this.offsets = offsets;
        const extras = new Array(n).fill(undefined);
        for (let k = 0; k < this.extras.length; k++)
            extras[k] = this.extras[k];
        this.extras = extras;
    }
}
/** A copy of `a` with twice its length. */
function doubled(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}

// EXTERNAL MODULE: ./node_modules/jsqr/dist/jsQR.js
var jsQR = __webpack_require__(6437);
var jsQR_default = /*#__PURE__*/__webpack_require__.n(jsQR);
;// CONCATENATED MODULE: ./src/printer/raster-qr.ts
/**
 * Finds a QR code in a 1-bit raster image (GS v 0 / GS ( L layout: rows of ceil(width / 8) bytes,
 * MSB = leftmost dot, 1 = black). Pure: jsQR does the decoding, this module only lays the bits out
 * as the RGBA pixels jsQR reads.
 *
 * Why: python-escpos (and so Home Assistant's `print_qr`) renders QR codes on the host and sends
 * them as raster images, so a test that counts `qr` entries must see through the image.
 */

const raster_qr_jsQR = typeof (jsQR_default()) === 'function'
    ? (jsQR_default())
    : (jsQR_default())["default"];
/** Quiet zone added around the raster: python-escpos crops close to the symbol. */
const MARGIN = 8;
/**
 * Images larger than this are not searched for a QR code: jsQR needs ~1 ms for a receipt-sized QR
 * image but up to ~130 ms to give up on a 576 x 200 logo, so callers also bound the attempts.
 */
const MAX_DOTS = 640 * 640;
const cache = new Map();
const CACHE_SIZE = 64;
const CACHE_MAX_BYTES = 64 * 1024;
/**
 * The last few images with their answers, compared byte for byte (memcmp) before the keyed cache:
 * receipts repeat the same logo or QR image, and a compare is far cheaper than building a key.
 */
const recent = [];
const RECENT_SIZE = 16;
/**
 * Decodes the QR code in a raster image, or returns null when it holds none.
 *
 * @param data raster bytes, `widthBytes * heightDots` of them
 * @param widthBytes bytes per row (8 dots each)
 * @param heightDots rows
 * @param budget fresh jsQR runs that may still find nothing; each such run uses one up, and at 0
 *   only the caches answer (successful decodes are free: a long receipt stream of distinct QR images
 *   stays decoded, while a stream of distinct non-QR images stops costing CPU)
 * @returns the QR content, null when there is none, undefined when not tried (budget spent)
 */
function decodeRasterQr(data, widthBytes, heightDots, budget = { failures: 1 }) {
    const w = widthBytes * 8;
    if (w < 21 ||
        heightDots < 21 ||
        w * heightDots > MAX_DOTS ||
        data.length < widthBytes * heightDots)
        return null;
    const size = widthBytes * heightDots;
    const view = Buffer.isBuffer(data)
        ? data.subarray(0, size)
        : Buffer.from(data.buffer, data.byteOffset, size);
    for (const r of recent) {
        if (r.widthBytes === widthBytes && r.bytes.length === size && r.bytes.equals(view))
            return r.result;
    }
    const result = lookup(view, widthBytes, heightDots, budget);
    if (result !== undefined && size <= CACHE_MAX_BYTES) {
        if (recent.length >= RECENT_SIZE)
            recent.pop();
        recent.unshift({ widthBytes, bytes: Buffer.from(view), result });
    }
    return result;
}
function lookup(data, widthBytes, heightDots, budget) {
    const w = widthBytes * 8;
    // Receipts repeat the same QR image (a shop's URL): remember recent small images by content.
    let key;
    if (data.length <= CACHE_MAX_BYTES) {
        key = `${widthBytes}:${data.toString('latin1', 0, widthBytes * heightDots)}`;
        const hit = cache.get(key);
        if (hit !== undefined)
            return hit;
    }
    if (budget.failures <= 0)
        return undefined;
    const W = w + 2 * MARGIN;
    const H = heightDots + 2 * MARGIN;
    const rgba = new Uint8ClampedArray(W * H * 4).fill(255);
    for (let y = 0; y < heightDots; y++) {
        const row = y * widthBytes;
        const out = ((y + MARGIN) * W + MARGIN) * 4;
        for (let x = 0; x < w; x++) {
            if ((data[row + (x >> 3)] & (0x80 >> (x & 7))) !== 0) {
                const p = out + x * 4;
                rgba[p] = 0;
                rgba[p + 1] = 0;
                rgba[p + 2] = 0;
            }
        }
    }
    const found = raster_qr_jsQR(rgba, W, H, { inversionAttempts: 'dontInvert' });
    const result = found ? found.data : null;
    if (result === null)
        budget.failures--;
    if (key !== undefined) {
        if (cache.size >= CACHE_SIZE)
            cache.delete(cache.keys().next().value);
        cache.set(key, result);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/printer/parser.ts
/**
 * A streaming ESC/POS parser: a pure state machine, independent of sockets.
 *
 * `feed(chunk)` returns the commands completed by that chunk and `end()` flushes what is left, so
 * the same bytes split at any offset parse to the same commands: TCP splits client writes anywhere
 * (python-escpos' `GS k I` arrives without its length byte), and a printer must resume mid-command.
 *
 * Memory is bounded: an unfinished command header is kept in a small buffer (< 300 bytes); a
 * payload announced by a length field (raster images, GS ( k data) is collected only up to
 * `maxPayloadBytes`, and a larger claim is logged as `oversize` and skipped without buffering.
 *
 * Written by hand: no maintained JavaScript ESC/POS *decoder* exists (the libraries encode), and the
 * resumable, zero-copy design is what keeps it above 100 MB/s.
 */




const LF = 0x0a;
const CR = 0x0d;
const HT = 0x09;
const FF = 0x0c;
const CAN = 0x18;
const DLE = 0x10;
const EOT = 0x04;
const ENQ = 0x05;
const DC4 = 0x14;
const NUL = 0x00;
const BEL = 0x07;
const VT = 0x0b;
const SO = 0x0e;
const SI = 0x0f;
const DC2 = 0x12;
const DC4_BYTE = 0x14;
const ESC = 0x1b;
const FS = 0x1c;
const GS = 0x1d;
/** Max data bytes of the NUL-terminated barcode form. */
const MAX_BARCODE_A = 255;
/** Digits after which a printer prints UPC-A, UPC-E, EAN13, EAN8 (GS k m = 0-3) without a NUL. */
const FIXED_DIGITS_A = [12, 12, 13, 8];
const NEED_MORE = -1;
/** Bytes of a read joined to a command the last read cut off (more than any command header). */
const PENDING_HEAD = 1024;
const SYMBOLOGY_A = ['UPC-A', 'UPC-E', 'EAN13', 'EAN8', 'CODE39', 'ITF', 'CODABAR'];
const SYMBOLOGY_B = {
    65: 'UPC-A',
    66: 'UPC-E',
    67: 'EAN13',
    68: 'EAN8',
    69: 'CODE39',
    70: 'ITF',
    71: 'CODABAR',
    72: 'CODE93',
    73: 'CODE128',
    74: 'GS1-128',
    75: 'GS1-DATABAR',
    76: 'GS1-DATABAR',
    77: 'GS1-DATABAR',
    78: 'GS1-DATABAR',
    // CODE128 with the code sets chosen by the printer: plain data, no {A {B {C prefixes
    79: 'CODE128'
};
/**
 * GS f n as the log stores it: fonts A-E for n = 0-4 or 48-52, 5 and 6 for special fonts A and B
 * (n = 97, 98). Other values are out of range (a printer ignores them) and are logged as font A.
 */
function hriFont(n) {
    if (n >= 48 && n <= 52)
        return n - 48;
    if (n <= 4)
        return n;
    return n === 97 ? 5 : n === 98 ? 6 : 0;
}
const QR_LEVELS = ['L', 'M', 'Q', 'H'];
/** By type code: 1 for what may sit between the bands of one ESC * picture (spacing, feeds). */
const BAND_GAP = new Uint8Array(commands/* COMMAND_TYPES */.a.length);
for (const t of ['lf', 'cr', 'feed', 'lineSpacing'])
    BAND_GAP[TYPE_CODE[t]] = 1;
/** Largest stacked ESC * picture searched for a QR code, in dots each way. */
const MAX_BAND_DOTS = 640;
/** ESC x commands with exactly one parameter byte that the log does not model, by x. */
/** Names of the single-byte commands logged as `other`. */
const CONTROL_NAMES = {
    0x00: 'NUL',
    0x07: 'BEL',
    0x0b: 'VT',
    0x0e: 'SO',
    0x0f: 'SI',
    0x12: 'DC2',
    0x14: 'DC4',
    0x18: 'CAN'
};
const ESC_ONE_PARAM = {
    0x20: 'ESC SP',
    // Line spacing in 1/360 and 1/60 inch, slip eject, and ESC/P margins (left, right, bottom):
    // not Epson ESC/POS, but sent by python-escpos and node-escpos, and their parameter must not
    // print as text.
    0x2b: 'ESC +',
    0x41: 'ESC A',
    0x4b: 'ESC K',
    0x6c: 'ESC l',
    0x51: 'ESC Q',
    0x4f: 'ESC O',
    0x25: 'ESC %',
    0x3d: 'ESC =',
    0x3f: 'ESC ?',
    0x52: 'ESC R',
    0x54: 'ESC T',
    0x55: 'ESC U',
    0x56: 'ESC V',
    0x72: 'ESC r',
    0x75: 'ESC u',
    0x7b: 'ESC {'
};
/** GS x commands with one parameter byte that the log does not model. */
const GS_ONE_PARAM = {
    0x2f: 'GS /',
    // 2D code type (before ESC Z) and print density, on ESC/POS clones
    0x5a: 'GS Z',
    0x7c: 'GS |',
    0x54: 'GS T',
    0x62: 'GS b',
    0x45: 'GS E',
    0x4a: 'GS J',
    // Transmit status (ink) automatically: ESC-POS-.NET sends it
    0x6a: 'GS j'
};
/** GS ( k symbols by cn - 48 (49 is QR, handled on its own). */
const SYMBOLS_2D = [
    'PDF417',
    undefined,
    'MaxiCode',
    'GS1 DataBar',
    'Composite',
    'Aztec',
    'DataMatrix'
];
/**
 * The bytes of the character a Kanji-mode text byte `b` starts (`next`: the byte after it, if
 * any): the lead-byte ranges of each double-byte set; GB18030 has four-byte sequences too.
 */
function kanjiCharBytes(encoding, b, next) {
    if (b < 0x80)
        return 1;
    switch (encoding) {
        case 'shift_jis':
            return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc) ? 2 : 1;
        case 'euc-kr':
            return b >= 0xa1 && b <= 0xfe ? 2 : 1;
        case 'big5':
            return b >= 0x81 && b <= 0xfe ? 2 : 1;
        default:
            if (b < 0x81 || b > 0xfe)
                return 1;
            return next !== undefined && next >= 0x30 && next <= 0x39 ? 4 : 2;
    }
}
function hex(bytes, start, end) {
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('hex');
}
/** A readable name for the command starting at bytes[0] (for `truncated` entries). */
function commandName(bytes) {
    const prefix = bytes[0] === ESC
        ? 'ESC'
        : bytes[0] === GS
            ? 'GS'
            : bytes[0] === DLE
                ? 'DLE'
                : bytes[0] === FS
                    ? 'FS'
                    : '';
    if (!prefix)
        return `0x${hex(bytes, 0, 1)}`;
    if (bytes.length < 2)
        return prefix;
    const c = bytes[1];
    const letter = c > 0x20 && c < 0x7f
        ? String.fromCharCode(c)
        : c === EOT
            ? 'EOT'
            : c === DC4
                ? 'DC4'
                : `0x${hex(bytes, 1, 2)}`;
    return `${prefix} ${letter}`;
}
/** ESC a n: 0 left, 1 center, 2 right (n or its ASCII digit; out of range: left). */
function alignParam(n) {
    const k = n >= 48 ? n - 48 : n;
    return k === 1 ? 1 : k === 2 ? 2 : 0;
}
/** ESC M n: fonts A-E as 0-4 (out of range: A). */
function fontParam(n) {
    const k = n >= 48 ? n - 48 : n;
    return k <= 4 ? k : 0;
}
/** ESC - n: underline off, 1 dot, 2 dots (out of range: off). */
function underlineParam(n) {
    const k = n >= 48 ? n - 48 : n;
    return k > 2 ? 0 : k;
}
/** GS H n: HRI none, above, below, both. */
function hriPositionParam(n) {
    return (n >= 48 ? n - 48 : n) & 3;
}
/** GS V m (0, 1, 48, 49) and ESC i / ESC m: a cut without feed, full for m = 0 or 48. */
function cutParam(full) {
    return full ? 0 : CUT_PARTIAL;
}
/** GS V m n (m = 65, 66, 97, 98, 103, 104): feed n, then a full cut for odd m. */
function feedCutParam(m, n) {
    return (m & 1 ? 0 : CUT_PARTIAL) | CUT_FEEDS | (n << 8);
}
/**
 * The streaming ESC/POS parser. One instance per connection: the code page and the QR settings
 * are per-stream state, as on a printer between two ESC @.
 */
class EscPosParser {
    maxPayload;
    maxText;
    rasterQr;
    qrBudget;
    /** Stream offset of the next byte fed. */
    pos = 0;
    /** An unfinished command header (small, bounded), and where it starts. */
    pending = null;
    payload = null;
    /** ESC & / FS q being skipped: a count of records, each a small header and the data it sizes. */
    records = null;
    /** Consecutive ESC * bands, stacked, to look for a QR code printed band by band. */
    bands = null;
    /** The encoding text is decoded with: the code table's, or the Kanji one in Kanji mode. */
    encoding = codepages/* DEFAULT_ENCODING */.uJ;
    /** The code table's single-byte encoding (ESC t / ESC GS t), kept while Kanji mode is on. */
    table = codepages/* DEFAULT_ENCODING */.uJ;
    kanji = false;
    kanjiEncoding;
    kanjiOn;
    /** Text run being collected across chunks. */
    /** Allocated on first use: most connections never split a text run across chunks. */
    textBuf = null;
    textLen = 0;
    textOffset = 0;
    textAscii = true;
    /** A fixed-length barcode ended with the last read: a NUL first in the next one belongs to it. */
    nulEndsBarcode = false;
    /** Unknown bytes being merged into one entry. */
    unkOffset = 0;
    unkLen = 0;
    unkHex = '';
    /** GS ( k QR settings, as a printer keeps them until printed. */
    qrModel = 2;
    qrSize = 3;
    qrLevel = 'L';
    /**
     * The stored QR data: raw bytes in the batch's text arena (`qrBytes` [qrStart, qrEnd)), decoded
     * only when a reader expands the `qr` entry; or, when too long to keep raw, the decoded text.
     */
    qrData = '';
    qrBytes = null;
    /** The arena slab holding the stored QR data, kept from reuse (see CommandBatch.pin). */
    qrPin = null;
    qrStart = 0;
    qrEnd = 0;
    /** Data stored for the other GS ( k 2D symbols, by cn - 48. */
    data2d = [];
    /** Output of the current feed: reused, so a chunk allocates nothing for its small commands. */
    batch;
    /**
     * `out`: the batch `feedBatch`/`endBatch` fill, for a caller that consumes each batch at once
     * and wants one batch shared by many parsers (the printer: one per printer, not per connection,
     * so a connection that prints one job allocates no typed arrays). Default: a batch of its own.
     */
    constructor(options = {}, out) {
        this.batch = out ?? new CommandBatch();
        this.maxPayload = options.maxPayloadBytes ?? 512 * 1024;
        this.maxText = Math.max(1, options.maxTextBytes ?? 4096);
        this.rasterQr = options.decodeRasterQr ?? true;
        this.qrBudget = { failures: options.maxQrAttempts ?? 32 };
        this.kanjiEncoding = options.kanjiEncoding ?? 'gb18030';
        this.kanjiOn = options.kanjiOn ?? false;
        this.setKanji(this.kanjiOn);
    }
    /** ESC t / ESC GS t: the single-byte table, used for text unless Kanji mode is on. */
    setTable(encoding) {
        this.table = encoding;
        if (!this.kanji)
            this.encoding = encoding;
    }
    /** FS & / FS . (and ESC @, back to the printer's default). */
    setKanji(on) {
        this.kanji = on;
        this.encoding = on ? this.kanjiEncoding : this.table;
    }
    /** ESC @: cp437, Kanji mode as at power-on. */
    initialize() {
        this.table = codepages/* DEFAULT_ENCODING */.uJ;
        this.setKanji(this.kanjiOn);
    }
    /** Bytes consumed so far (the offset the next chunk starts at). */
    get bytesParsed() {
        return this.pos;
    }
    /** Parses a chunk and returns the commands it completed (in stream order), as objects. */
    feed(chunk) {
        return this.feedBatch(chunk).toArray();
    }
    /**
     * Parses a chunk into the compact form (see compact.ts): the printer's hot path, which allocates
     * no object for the common small commands. The returned batch is reused by the next `feedBatch`
     * or `endBatch` call of this parser: read it (or `clone()` it) before that.
     */
    feedBatch(chunk) {
        const out = this.batch;
        out.clear();
        if (chunk.length === 0)
            return out;
        this.feedInto(chunk, out);
        // The arena copy of this chunk's text and code data (see CommandBatch.place).
        out.flush();
        return out;
    }
    feedInto(chunk, out) {
        let buf = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        let base = this.pos;
        this.pos += buf.length;
        let i = this.resume(buf, 0, out);
        if (i < 0)
            return;
        if (this.pending) {
            const p = this.pending;
            this.pending = null;
            // The command cut off by the last read, finished with the first bytes of this one: only
            // those are copied (a read can be 64 KiB), then this read is parsed in place.
            const take = Math.min(buf.length - i, PENDING_HEAD);
            const head = Buffer.concat([p, buf.subarray(i, i + take)]);
            const r = this.command(head, 0, base + i - p.length, out);
            if (r === NEED_MORE) {
                if (take === buf.length - i) {
                    this.pending = head;
                    return;
                }
                // Longer than the head (nothing was logged yet): the rest of the read, joined.
                buf = Buffer.concat([p, buf.subarray(i)]);
                base = base + i - p.length;
                i = 0;
            }
            else if (r < p.length) {
                // An unknown prefix took part of the kept bytes: the rest starts the next command.
                buf = Buffer.concat([p.subarray(r), buf.subarray(i)]);
                base = base + i - (p.length - r);
                i = 0;
            }
            else {
                i += r - p.length;
                i = this.resume(buf, i, out);
                if (i < 0)
                    return;
            }
        }
        this.scan(buf, i, base, out);
    }
    /** Flushes the stream's end: pending text, merged unknown bytes, and a cut-off command as `truncated`. */
    end() {
        return this.endBatch().toArray();
    }
    /** `end` in the compact form; the batch is reused like `feedBatch`'s. */
    endBatch() {
        const out = this.batch;
        out.clear();
        if (this.qrPin !== null)
            out.unpin(this.qrPin);
        this.qrPin = null;
        if (this.bands !== null)
            this.flushBands(out);
        this.flushText(out);
        this.flushUnknown(out);
        if (this.pending) {
            out.pushCommand({
                type: 'truncated',
                offset: this.pos - this.pending.length,
                command: commandName(this.pending),
                received: this.pending.length
            });
            this.pending = null;
        }
        if (this.records) {
            const r = this.records;
            out.pushCommand({ type: 'truncated', offset: r.offset, command: r.name, received: r.got });
            this.records = null;
        }
        if (this.payload) {
            const p = this.payload;
            out.pushCommand({
                type: 'truncated',
                offset: p.offset,
                command: p.name,
                received: p.headerLen + p.filled,
                expected: p.headerLen + p.needed
            });
            this.payload = null;
        }
        out.flush();
        return out;
    }
    scan(buf, i, base, out) {
        const n = buf.length;
        if (this.nulEndsBarcode && i < n) {
            this.nulEndsBarcode = false;
            if (buf[i] === NUL)
                i++;
        }
        while (i < n) {
            // The common case: no text, unknown bytes or picture bands carried over, single-byte text.
            if (this.textLen === 0 && this.unkLen === 0 && this.bands === null && !this.kanji) {
                i = this.fast(buf, i, base, out);
                if (this.payload || this.records) {
                    i = this.resume(buf, i, out);
                    if (i < 0)
                        return;
                    continue;
                }
                if (i >= n)
                    return;
            }
            const b = buf[i];
            if (b >= 0x20 || b === HT) {
                let j = i;
                let or = 0;
                while (j < n) {
                    const c = buf[j];
                    if (c < 0x20 && c !== HT)
                        break;
                    or |= c;
                    j++;
                }
                this.text(buf, i, j, base + i, or < 0x80, j < n, out);
                i = j;
                continue;
            }
            if (this.textLen !== 0)
                this.flushText(out);
            const r = this.command(buf, i, base, out);
            if (r === NEED_MORE) {
                this.pending = Buffer.from(buf.subarray(i));
                return;
            }
            i = this.resume(buf, r, out);
            if (i < 0)
                return;
        }
    }
    /**
     * Feeds a payload or record-structured command in progress from buf[i..]: returns where parsing
     * goes on, or -1 when the chunk ended inside it.
     */
    resume(buf, i, out) {
        if (this.payload) {
            i = this.fill(buf, i, out);
            if (this.payload)
                return -1;
        }
        if (this.records) {
            i = this.skipRecords(buf, i, out);
            if (this.records)
                return -1;
        }
        return i;
    }
    /**
     * The printer's hot loop: the commands encoders write around every line (text runs, LF, CR, the
     * one-parameter ESC, GS and FS settings, cuts, DLE EOT), complete in the chunk, written straight
     * into the batch's arrays with no call per command. Returns where it stopped: the chunk's end,
     * or a byte it leaves to the general path (`command`), which gives the same entries for
     * everything this loop handles. Only entered with no text, unknown bytes or bands pending and
     * Kanji mode off; it returns as soon as a command turns Kanji mode on.
     *
     * Why by hand, in one function: encoder output is ~6 bytes per command, and a method call, a
     * capacity check and a field load per command cost the printer more than its network I/O.
     */
    fast(buf, i, base, out) {
        const n = buf.length;
        // At most one entry per byte: the loop stops before the batch is full, so it needs no check
        // per entry. When the room runs out first, the loop starts again with more.
        const room = out.room(Math.min(n - i, 4096) + 1);
        const stop = i + Math.min(n - i, room - 1);
        const codes = out.codes;
        const params = out.params;
        const offsets = out.offsets;
        // Runs this long or longer are split or decoded at once: text() does that.
        const max = Math.min(this.maxText, MAX_RAW_TEXT + 1);
        const extras = out.extras;
        let k = out.end;
        // The last entry that prints and the text handle, kept in locals (written back at the end and
        // around calls into the general path).
        let lastPrint = out.lastPrint;
        let ref = null;
        while (i < stop) {
            const b = buf[i];
            if (b >= 0x20 || b === HT) {
                let j = i + 1;
                let or = b;
                while (j < n) {
                    const c = buf[j];
                    if (c < 0x20 && c !== HT)
                        break;
                    or |= c;
                    j++;
                }
                // A run open at the chunk's end, or one to split, is collected by text().
                if (j === n || j - i >= max)
                    break;
                const pos = out.place(buf, i, j);
                // place() may have opened a new slab: the handle follows it.
                if (ref === null || ref.bytes !== out.slab)
                    ref = out.textRef(this.encoding);
                codes[k] = C.text;
                lastPrint = k;
                params[k] = textParam(pos, j - i, or < 0x80);
                offsets[k] = base + i;
                extras[k] = ref;
                out.noteExtra(k);
                k++;
                i = j;
                continue;
            }
            let code;
            let param = 0;
            let len;
            if (b === LF || b === CR) {
                code = b === LF ? C.lf : C.cr;
                len = 1;
            }
            else if (n - i < 3) {
                // Commands cut by the chunk's end, and ESC @ / FS . as its last bytes: the general path.
                code = -1;
                len = 0;
            }
            else if (b === ESC) {
                const c = buf[i + 1];
                const v = buf[i + 2];
                len = 3;
                switch (c) {
                    case 0x40: // ESC @
                        this.initialize();
                        if (ref !== null && ref.encoding !== this.encoding)
                            ref = null;
                        code = C.init;
                        len = 2;
                        break;
                    case 0x61:
                        code = C.align;
                        param = alignParam(v);
                        break;
                    case 0x74:
                        this.setTable((0,codepages/* encodingForTable */.rt)(v) ?? codepages/* DEFAULT_ENCODING */.uJ);
                        if (ref !== null && ref.encoding !== this.encoding)
                            ref = null;
                        code = C.codeTable;
                        param = v;
                        break;
                    case 0x45:
                        code = C.bold;
                        param = v & 1;
                        break;
                    case 0x47:
                        code = C.doubleStrike;
                        param = v & 1;
                        break;
                    case 0x4d:
                        code = C.font;
                        param = fontParam(v);
                        break;
                    case 0x21:
                        code = C.mode;
                        param = v;
                        break;
                    case 0x2d:
                        code = C.underline;
                        param = underlineParam(v);
                        break;
                    case 0x64:
                        code = C.feed;
                        param = v | FEED_LINES;
                        break;
                    case 0x4a:
                        code = C.feed;
                        param = v | FEED_DOTS;
                        break;
                    case 0x65:
                        code = C.feed;
                        param = v | FEED_REVERSE;
                        break;
                    case 0x32: // ESC 2
                        code = C.lineSpacing;
                        param = -1;
                        len = 2;
                        break;
                    case 0x33:
                        code = C.lineSpacing;
                        param = v;
                        break;
                    case 0x69: // ESC i, ESC m
                    case 0x6d:
                        code = C.cut;
                        param = cutParam(c === 0x69);
                        len = 2;
                        break;
                    default:
                        code = -1;
                        len = 0;
                }
            }
            else if (b === GS) {
                const c = buf[i + 1];
                const v = buf[i + 2];
                if (c === 0x28 && v === 0x6b && n - i >= 5) {
                    // GS ( k, a QR code's 4-5 functions: straight to qrFunction when the data is all here.
                    const p = buf[i + 3] + buf[i + 4] * 256;
                    if (p <= this.maxPayload && n - i - 5 >= p) {
                        // The settings a QR code starts with (model, module size, error level: cn 49, fn
                        // 65/67/69, one value) are kept here; the rest goes to qrFunction.
                        const fn = buf[i + 6];
                        if (p === 3 && buf[i + 5] === 0x31 && (fn === 0x41 || fn === 0x43 || fn === 0x45)) {
                            this.qrSetting(fn, buf[i + 7]);
                            i += 8;
                            continue;
                        }
                        out.end = k;
                        out.lastPrint = lastPrint;
                        this.qrFunction(base + i, buf, i + 5, p, out);
                        k = out.end;
                        lastPrint = out.lastPrint;
                        i += 5 + p;
                        continue;
                    }
                }
                len = 3;
                switch (c) {
                    case 0x21:
                        code = C.size;
                        param = v & 0x77;
                        break;
                    case 0x42:
                        code = C.invert;
                        param = v & 1;
                        break;
                    case 0x68:
                        code = C.barcodeHeight;
                        param = v;
                        break;
                    case 0x77:
                        code = C.barcodeWidth;
                        param = v;
                        break;
                    case 0x48:
                        code = C.hriPosition;
                        param = hriPositionParam(v);
                        break;
                    case 0x66:
                        code = C.hriFont;
                        param = hriFont(v);
                        break;
                    case 0x56:
                        code = C.cut;
                        if (v === 0 || v === 1 || v === 48 || v === 49) {
                            param = cutParam(v === 0 || v === 48);
                        }
                        else if (n - i >= 4 &&
                            (v === 65 || v === 66 || v === 97 || v === 98 || v === 103 || v === 104)) {
                            param = feedCutParam(v, buf[i + 3]);
                            len = 4;
                        }
                        else
                            code = -1;
                        break;
                    default:
                        code = -1;
                }
            }
            else if (b === DLE && buf[i + 1] === EOT) {
                const v = buf[i + 2];
                code = C.status;
                param = v;
                len = 3;
                if (v === 7 || v === 8 || v === 18) {
                    if (n - i < 4)
                        code = -1;
                    len = 4;
                }
            }
            else if (b === FS && buf[i + 1] === 0x2e) {
                // FS . (Kanji mode off); FS & turns it on, which this loop leaves to the general path.
                this.setKanji(false);
                if (ref !== null && ref.encoding !== this.encoding)
                    ref = null;
                code = C.kanji;
                len = 2;
            }
            else {
                code = -1;
                len = 0;
            }
            if (code < 0) {
                // Everything else through the general path, without leaving this loop when it can go on.
                out.end = k;
                out.lastPrint = lastPrint;
                const r = this.command(buf, i, base, out);
                k = out.end;
                lastPrint = out.lastPrint;
                // The general path may change the code page or open a new slab.
                ref = null;
                if (r === NEED_MORE) {
                    this.pending = Buffer.from(buf.subarray(i));
                    i = n;
                    break;
                }
                i = r;
                if (this.payload !== null ||
                    this.records !== null ||
                    this.unkLen !== 0 ||
                    this.bands !== null ||
                    this.kanji)
                    break;
                continue;
            }
            if (code === C.feed)
                lastPrint = k;
            else if (code === C.cut) {
                lastPrint = k;
                out.addCut(k);
            }
            codes[k] = code;
            params[k] = param;
            offsets[k] = base + i;
            k++;
            i += len;
            // ESC @ turns Kanji mode on where it is on at power-on (`kanjiOn`).
            if (this.kanji)
                break;
        }
        out.end = k;
        out.lastPrint = lastPrint;
        return i;
    }
    /** Adds the text bytes [i, j); `closed` says a control byte follows in this chunk. */
    text(buf, i, j, offset, ascii, closed, out) {
        if (this.unkLen !== 0)
            this.flushUnknown(out);
        if (this.bands !== null)
            this.flushBands(out);
        const max = this.maxText;
        if (this.textLen === 0) {
            // Fast path: whole entries straight from the chunk, no copy.
            while (j - i >= max || (closed && j > i)) {
                const k = j - i >= max && !ascii ? i + this.wholeChars(buf, i, max) : Math.min(j, i + max);
                out.pushText(buf, i, k, offset, this.encoding, ascii);
                offset += k - i;
                i = k;
            }
            if (i === j)
                return;
            this.textOffset = offset;
            this.textAscii = ascii;
        }
        else {
            this.textAscii &&= ascii;
        }
        this.textBuf ??= Buffer.allocUnsafe(max);
        while (i < j) {
            const k = Math.min(j, i + (max - this.textLen));
            buf.copy(this.textBuf, this.textLen, i, k);
            this.textLen += k - i;
            i = k;
            if (this.textLen === max)
                this.flushFullText(out, ascii);
        }
        if (closed)
            this.flushText(out);
    }
    /**
     * A text entry that reached `maxText` bytes: flushed, except for a double-byte character it
     * would cut in two (Kanji mode), which starts the next entry, as the fast path in text() cuts.
     * `ascii`: whether the run being copied is all ASCII, which the next entry inherits (flushText
     * resets the flag for a new run; this entry continues the same one).
     */
    flushFullText(out, ascii) {
        const whole = this.textAscii ? this.textLen : this.wholeChars(this.textBuf, 0, this.textLen);
        const rest = this.textLen - whole;
        this.textLen = whole;
        this.flushText(out);
        this.textAscii = ascii;
        if (rest === 0)
            return;
        this.textBuf.copyWithin(0, whole, whole + rest);
        this.textLen = rest;
    }
    /**
     * How many of the `len` bytes at `start` are whole characters: all of them, except in Kanji mode
     * when the last character's bytes run past `len` (then it is left for the next entry).
     */
    wholeChars(bytes, start, len) {
        if (!this.kanji)
            return len;
        let k = 0;
        while (k < len) {
            const w = kanjiCharBytes(this.kanjiEncoding, bytes[start + k], bytes[start + k + 1]);
            if (k + w > len)
                break;
            k += w;
        }
        return k > 0 ? k : len;
    }
    flushText(out) {
        if (this.textLen === 0)
            return;
        out.pushText(this.textBuf, 0, this.textLen, this.textOffset, this.encoding, this.textAscii);
        this.textOffset += this.textLen;
        this.textLen = 0;
        this.textAscii = true;
    }
    unknown(buf, i, len, offset) {
        if (this.unkLen === 0)
            this.unkOffset = offset;
        this.unkLen += len;
        // Keep at most 16 bytes of sample so a flood of garbage costs constant memory.
        if (this.unkHex.length < 32)
            this.unkHex = (this.unkHex + hex(buf, i, i + len)).slice(0, 32);
    }
    flushUnknown(out) {
        if (this.unkLen === 0)
            return;
        if (this.bands !== null)
            this.flushBands(out);
        out.pushCommand({
            type: 'unknown',
            offset: this.unkOffset,
            length: this.unkLen,
            hex: this.unkHex
        });
        this.unkLen = 0;
        this.unkHex = '';
    }
    /** Emits a known command (after any merged unknown bytes, so the log keeps stream order). */
    emit(out, c) {
        if (this.unkLen !== 0)
            this.flushUnknown(out);
        if (this.bands !== null)
            this.flushBands(out);
        out.pushCommand(c);
    }
    /** Emits a compact command: type code and one small parameter, no object (see compact.ts). */
    put(out, code, param, offset) {
        if (this.unkLen !== 0)
            this.flushUnknown(out);
        // ESC 2 (default line spacing) is how band printers end a picture.
        if (this.bands !== null && (BAND_GAP[code] === 0 || (code === C.lineSpacing && param < 0)))
            this.flushBands(out);
        if (code === C.transmitStatus || code === C.printerId || code === C.asb)
            out.replies++;
        out.push(code, param, offset, undefined);
    }
    /**
     * Parses the control command at buf[i]; returns the index after it, or NEED_MORE when the chunk
     * ends inside its header. Commands with a payload set `this.payload` and return the header end.
     */
    command(buf, i, base, out) {
        const avail = buf.length - i;
        const offset = base + i;
        const b = buf[i];
        switch (b) {
            case LF:
                this.put(out, C.lf, 0, offset);
                return i + 1;
            case CR:
                this.put(out, C.cr, 0, offset);
                return i + 1;
            case FF:
                this.emit(out, { type: 'other', offset, name: 'FF' });
                return i + 1;
            case CAN:
            case NUL:
            case BEL:
            case VT:
            case SO:
            case SI:
            case DC2:
            case DC4_BYTE:
                // Single-byte commands (BEL: buzzer; VT: vertical tab; SO/DC4 and SI/DC2: ESC/P double
                // width and condensed on/off) and NUL, which printers skip; clients send all of them.
                this.emit(out, { type: 'other', offset, name: CONTROL_NAMES[b] });
                return i + 1;
            case ESC:
                if (avail < 2)
                    return NEED_MORE;
                return this.esc(buf, i, avail, offset, out);
            case GS:
                if (avail < 2)
                    return NEED_MORE;
                return this.gs(buf, i, avail, offset, out);
            case DLE:
                if (avail < 2)
                    return NEED_MORE;
                return this.dle(buf, i, avail, offset, out);
            case FS:
                if (avail < 2)
                    return NEED_MORE;
                return this.fs(buf, i, avail, offset, out);
            default:
                this.unknown(buf, i, 1, offset);
                return i + 1;
        }
    }
    /** An unknown 2-byte prefix: skip both bytes unless the second one is itself a control byte. */
    unknownPrefix(buf, i, offset) {
        const len = buf[i + 1] < 0x20 ? 1 : 2;
        this.unknown(buf, i, len, offset);
        return i + len;
    }
    esc(buf, i, avail, offset, out) {
        const c = buf[i + 1];
        switch (c) {
            case 0x40: // ESC @
                this.initialize();
                this.put(out, C.init, 0, offset);
                return i + 2;
            case 0x32: // ESC 2
                this.put(out, C.lineSpacing, -1, offset);
                return i + 2;
            case 0x3c: // ESC <
                this.emit(out, { type: 'other', offset, name: 'ESC <' });
                return i + 2;
            case 0x1d: {
                // ESC GS t n: Star's code page selection (Star printers in ESC/POS mode). Other Star
                // ESC GS commands are not read.
                if (avail < 3)
                    return NEED_MORE;
                if (buf[i + 2] !== 0x74)
                    return this.unknownPrefix(buf, i, offset);
                if (avail < 4)
                    return NEED_MORE;
                const table = buf[i + 3];
                this.setTable((0,codepages/* encodingForStarTable */.pW)(table) ?? codepages/* DEFAULT_ENCODING */.uJ);
                this.put(out, C.codeTable, 256 + table, offset);
                return i + 4;
            }
            case 0x71: // ESC q: release paper (slip printers; escpos-php `release()`)
                this.emit(out, { type: 'other', offset, name: 'ESC q' });
                return i + 2;
            case 0x0f: // ESC SI: condensed (ESC/P)
                this.emit(out, { type: 'other', offset, name: 'ESC SI' });
                return i + 2;
            case 0x35: // ESC 5: italic off (ESC/P)
                this.emit(out, { type: 'other', offset, name: 'ESC 5' });
                return i + 2;
            case 0x34: {
                // ESC 4: italic on; ESC/P has no parameter, encoders for clones send ESC 4 n (n = 0/1)
                if (avail < 3)
                    return NEED_MORE;
                const n = buf[i + 2];
                this.emit(out, { type: 'other', offset, name: 'ESC 4' });
                return n === 0 || n === 1 || n === 0x30 || n === 0x31 ? i + 3 : i + 2;
            }
            case 0x4c: // ESC L
            case 0x53: // ESC S
                this.emit(out, { type: 'other', offset, name: c === 0x4c ? 'ESC L' : 'ESC S' });
                return i + 2;
            case 0x69: // ESC i
            case 0x6d: // ESC m
                this.put(out, C.cut, cutParam(c === 0x69), offset);
                return i + 2;
            case 0x76: // ESC v (transmit paper sensor status, old models)
                this.put(out, C.transmitStatus, 1, offset);
                return i + 2;
        }
        // Commands with parameters.
        switch (c) {
            case 0x21: {
                if (avail < 3)
                    return NEED_MORE;
                const n = buf[i + 2];
                this.put(out, C.mode, n, offset);
                return i + 3;
            }
            case 0x45: // ESC E
            case 0x47: {
                // ESC G
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, c === 0x45 ? C.bold : C.doubleStrike, buf[i + 2] & 1, offset);
                return i + 3;
            }
            case 0x2d:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.underline, underlineParam(buf[i + 2]), offset);
                return i + 3;
            case 0x61:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.align, alignParam(buf[i + 2]), offset);
                return i + 3;
            case 0x64: // ESC d
            case 0x65: // ESC e
            case 0x4a: {
                // ESC J
                if (avail < 3)
                    return NEED_MORE;
                const n = buf[i + 2];
                this.put(out, C.feed, n | (c === 0x4a ? FEED_DOTS : c === 0x64 ? FEED_LINES : FEED_REVERSE), offset);
                return i + 3;
            }
            case 0x33:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.lineSpacing, buf[i + 2], offset);
                return i + 3;
            case 0x74: {
                if (avail < 3)
                    return NEED_MORE;
                const table = buf[i + 2];
                this.setTable((0,codepages/* encodingForTable */.rt)(table) ?? codepages/* DEFAULT_ENCODING */.uJ);
                this.put(out, C.codeTable, table, offset);
                return i + 3;
            }
            case 0x4d:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.font, fontParam(buf[i + 2]), offset);
                return i + 3;
            case 0x42: // ESC B n t: buzzer on many ESC/POS printers (node-escpos `beep`)
                if (avail < 4)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: 'ESC B' });
                return i + 4;
            case 0x5a: {
                // ESC Z m n k dL dH d1..dk: QR code in one command (ESC/POS clones' native QR)
                if (avail < 7)
                    return NEED_MORE;
                const len = buf[i + 5] + buf[i + 6] * 256;
                return this.startPayload('escZ', 'ESC Z', buf, i, offset, 7, len, buf[i + 4], buf[i + 3], out);
            }
            case 0x26: {
                // ESC & y c1 c2 [x d1..d(y*x)] for each character c1..c2: user-defined characters
                if (avail < 5)
                    return NEED_MORE;
                const y = buf[i + 2];
                const c1 = buf[i + 3];
                const c2 = buf[i + 4];
                if (y < 1 || y > 3 || c1 < 32 || c2 > 126 || c2 < c1)
                    return this.unknownPrefix(buf, i, offset);
                return this.startRecords('ESC &', offset, i + 5, 5, c2 - c1 + 1, 1, (h) => h[0] * y, buf, out);
            }
            case 0x70: // ESC p m t1 t2
                if (avail < 5)
                    return NEED_MORE;
                this.emit(out, {
                    type: 'drawer',
                    offset,
                    pin: buf[i + 2] & 1 ? 5 : 2,
                    onMs: buf[i + 3] * 2,
                    offMs: buf[i + 4] * 2
                });
                return i + 5;
            case 0x63: // ESC c 3 n / ESC c 4 n / ESC c 5 n
                if (avail < 4)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: `ESC c ${String.fromCharCode(buf[i + 2])}` });
                return i + 4;
            case 0x24: // ESC $ nL nH
            case 0x5c: // ESC \ nL nH
                if (avail < 4)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: c === 0x24 ? 'ESC $' : 'ESC \\' });
                return i + 4;
            case 0x0c: // ESC FF: print the page (page mode)
                this.emit(out, { type: 'other', offset, name: 'ESC FF' });
                return i + 2;
            case 0x37: // ESC 7 n1 n2 n3: heating dots, time and interval (clones, Adafruit's library)
                if (avail < 5)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: 'ESC 7' });
                return i + 5;
            case 0x38: // ESC 8 n1 n2: sleep after n seconds idle (clones)
                if (avail < 4)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: 'ESC 8' });
                return i + 4;
            case 0x57: // ESC W: 8 parameter bytes
                if (avail < 10)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: 'ESC W' });
                return i + 10;
            case 0x44: {
                // ESC D n1..nk NUL (k <= 32)
                const limit = Math.min(buf.length, i + 35);
                let end = -1;
                for (let k = i + 2; k < limit; k++) {
                    if (buf[k] === 0) {
                        end = k;
                        break;
                    }
                }
                if (end < 0) {
                    if (avail < 35)
                        return NEED_MORE;
                    return this.unknownPrefix(buf, i, offset);
                }
                this.emit(out, { type: 'other', offset, name: 'ESC D' });
                return end + 1;
            }
            case 0x2a: {
                // ESC * m nL nH d1..dk
                if (avail < 5)
                    return NEED_MORE;
                const m = buf[i + 2];
                const dots = buf[i + 3] + buf[i + 4] * 256;
                const k = m === 32 || m === 33 ? dots * 3 : dots;
                return this.startPayload('escStar', 'ESC *', buf, i, offset, 5, k, dots, m, out);
            }
            case 0x28: {
                // ESC ( x pL pH ...
                if (avail < 5)
                    return NEED_MORE;
                const fn = buf[i + 2];
                const p = buf[i + 3] + buf[i + 4] * 256;
                return this.startPayload('escParen', `ESC ( ${String.fromCharCode(fn)}`, buf, i, offset, 5, p, fn, 0, out);
            }
        }
        const name = ESC_ONE_PARAM[c];
        if (name !== undefined) {
            if (avail < 3)
                return NEED_MORE;
            this.emit(out, { type: 'other', offset, name });
            return i + 3;
        }
        return this.unknownPrefix(buf, i, offset);
    }
    gs(buf, i, avail, offset, out) {
        const c = buf[i + 1];
        switch (c) {
            case 0x21: {
                if (avail < 3)
                    return NEED_MORE;
                const n = buf[i + 2];
                this.put(out, C.size, n & 0x77, offset);
                return i + 3;
            }
            case 0x42:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.invert, buf[i + 2] & 1, offset);
                return i + 3;
            case 0x56: {
                if (avail < 3)
                    return NEED_MORE;
                const m = buf[i + 2];
                if (m === 0 || m === 1 || m === 48 || m === 49) {
                    this.put(out, C.cut, cutParam(m === 0 || m === 48), offset);
                    return i + 3;
                }
                if (m === 65 || m === 66 || m === 97 || m === 98 || m === 103 || m === 104) {
                    if (avail < 4)
                        return NEED_MORE;
                    this.put(out, C.cut, feedCutParam(m, buf[i + 3]), offset);
                    return i + 4;
                }
                return this.unknownPrefix(buf, i, offset);
            }
            case 0x68:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.barcodeHeight, buf[i + 2], offset);
                return i + 3;
            case 0x77:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.barcodeWidth, buf[i + 2], offset);
                return i + 3;
            case 0x48:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.hriPosition, hriPositionParam(buf[i + 2]), offset);
                return i + 3;
            case 0x66:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.hriFont, hriFont(buf[i + 2]), offset);
                return i + 3;
            case 0x61:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.asb, buf[i + 2], offset);
                return i + 3;
            case 0x49: // GS I n: 1-3 and 49-51 ID bytes, 65-69 information strings
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.printerId, buf[i + 2], offset);
                return i + 3;
            case 0x72:
                if (avail < 3)
                    return NEED_MORE;
                this.put(out, C.transmitStatus, buf[i + 2] >= 48 ? buf[i + 2] - 48 : buf[i + 2], offset);
                return i + 3;
            case 0x6b: {
                if (avail < 3)
                    return NEED_MORE;
                const m = buf[i + 2];
                if (m <= 6) {
                    // Form A: data up to NUL. UPC-A, UPC-E, EAN13 and EAN8 (m 0-3) take digits only: a
                    // printer prints them once it has 12, 12, 13 or 8 and treats what follows as normal data,
                    // and a byte that is not a digit ends the command too (Epson's notes on GS k). Clients
                    // that leave out the NUL (the Ruby escpos gem) rely on that.
                    const most = m <= 3 ? FIXED_DIGITS_A[m] : MAX_BARCODE_A;
                    const limit = Math.min(buf.length, i + 3 + most + 1);
                    let end = -1;
                    let next = -1;
                    for (let k = i + 3; k < limit; k++) {
                        const d = buf[k];
                        if (d === NUL) {
                            end = k;
                            next = k + 1;
                            break;
                        }
                        if (m <= 3 && (d < 0x30 || d > 0x39)) {
                            end = next = k;
                            break;
                        }
                        if (m <= 3 && k - i - 2 === most) {
                            end = next = k + 1;
                            // All digits in: a NUL right after is still this command's end, here or in the next read.
                            if (next < buf.length) {
                                if (buf[next] === NUL)
                                    next++;
                            }
                            else
                                this.nulEndsBarcode = true;
                            break;
                        }
                    }
                    if (end < 0) {
                        if (limit === buf.length && avail < 3 + most + 1)
                            return NEED_MORE;
                        return this.unknownPrefix(buf, i, offset);
                    }
                    this.rawBarcode(out, offset, buf, i + 3, end, SYMBOLOGY_A[m], m, 'A');
                    return next;
                }
                if (m >= 65 && m <= 79) {
                    if (avail < 4)
                        return NEED_MORE;
                    return this.startPayload('barcodeB', 'GS k', buf, i, offset, 4, buf[i + 3], m, 0, out);
                }
                return this.unknownPrefix(buf, i, offset);
            }
            case 0x76: // GS v 0 m xL xH yL yH
            case 0x51: {
                // GS Q 0 (variable vertical size bit image): same layout
                if (avail < 3)
                    return NEED_MORE;
                if (buf[i + 2] !== 0x30)
                    return this.unknownPrefix(buf, i, offset);
                if (avail < 8)
                    return NEED_MORE;
                const x = buf[i + 4] + buf[i + 5] * 256;
                const y = buf[i + 6] + buf[i + 7] * 256;
                const kind = c === 0x76 ? 'gsv0' : 'gsq0';
                return this.startPayload(kind, c === 0x76 ? 'GS v 0' : 'GS Q 0', buf, i, offset, 8, x * y, x, y, out);
            }
            case 0x28: {
                // GS ( x pL pH ...
                if (avail < 5)
                    return NEED_MORE;
                const fn = buf[i + 2];
                const p = buf[i + 3] + buf[i + 4] * 256;
                return this.startPayload('gsParen', `GS ( ${String.fromCharCode(fn)}`, buf, i, offset, 5, p, fn, 0, out);
            }
            case 0x38: {
                // GS 8 L p1 p2 p3 p4 ... (32-bit length)
                if (avail < 3)
                    return NEED_MORE;
                if (buf[i + 2] !== 0x4c)
                    return this.unknownPrefix(buf, i, offset);
                if (avail < 7)
                    return NEED_MORE;
                const p = buf.readUInt32LE(i + 3);
                return this.startPayload('gs8L', 'GS 8 L', buf, i, offset, 7, p, 0, 0, out);
            }
            case 0x2a: {
                // GS * x y d1..d(x*y*8)
                if (avail < 4)
                    return NEED_MORE;
                const k = buf[i + 2] * buf[i + 3] * 8;
                return this.startPayload('gsStar', 'GS *', buf, i, offset, 4, k, 0, 0, out);
            }
            case 0x4c: // GS L nL nH
            case 0x57: // GS W
            case 0x50: // GS P x y
            case 0x24: // GS $
            case 0x5c: {
                // GS \
                if (avail < 4)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: `GS ${String.fromCharCode(c)}` });
                return i + 4;
            }
            case 0x5e: // GS ^ r t m
            case 0x7a: // GS z 0 t1 t2: online recovery wait time
                if (avail < 5)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: c === 0x5e ? 'GS ^' : 'GS z' });
                return i + 5;
            case 0x67: // GS g 0 m nL nH / GS g 2 m nL nH: maintenance counters (reset / transmit)
                if (avail < 6)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: `GS g ${buf[i + 2] & 0x0f}` });
                return i + 6;
            case 0x3a: // GS :
                this.emit(out, { type: 'other', offset, name: 'GS :' });
                return i + 2;
        }
        const name = GS_ONE_PARAM[c];
        if (name !== undefined) {
            if (avail < 3)
                return NEED_MORE;
            this.emit(out, { type: 'other', offset, name });
            return i + 3;
        }
        return this.unknownPrefix(buf, i, offset);
    }
    dle(buf, i, avail, offset, out) {
        const c = buf[i + 1];
        if (c === EOT) {
            if (avail < 3)
                return NEED_MORE;
            const n = buf[i + 2];
            // n = 7 (ink), 8 (peeler) and 18 (interface / customer display) carry one more byte.
            if (n === 7 || n === 8 || n === 18) {
                if (avail < 4)
                    return NEED_MORE;
                this.put(out, C.status, n, offset);
                return i + 4;
            }
            this.put(out, C.status, n, offset);
            return i + 3;
        }
        if (c === ENQ) {
            if (avail < 3)
                return NEED_MORE;
            this.emit(out, { type: 'other', offset, name: 'DLE ENQ' });
            return i + 3;
        }
        if (c === DC4) {
            if (avail < 3)
                return NEED_MORE;
            const fn = buf[i + 2];
            const len = fn === 7 ? 4 : fn === 8 ? 10 : fn >= 1 && fn <= 3 ? 5 : 0;
            if (len === 0)
                return this.unknownPrefix(buf, i, offset);
            if (avail < len)
                return NEED_MORE;
            this.emit(out, { type: 'other', offset, name: `DLE DC4 ${fn}` });
            return i + len;
        }
        return this.unknownPrefix(buf, i, offset);
    }
    fs(buf, i, avail, offset, out) {
        const c = buf[i + 1];
        switch (c) {
            case 0x26: // FS &
            case 0x2e: // FS .
                this.setKanji(c === 0x26);
                this.put(out, C.kanji, c === 0x26 ? 1 : 0, offset);
                return i + 2;
            case 0x21: // FS ! n
            case 0x2d: // FS - n
            case 0x43: // FS C n
            case 0x57: // FS W n: quadruple-size Kanji
                if (avail < 3)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: `FS ${String.fromCharCode(c)}` });
                return i + 3;
            case 0x71: {
                // FS q n [xL xH yL yH d1..d(x*y*8)] x n: define NV bit images
                if (avail < 3)
                    return NEED_MORE;
                const n = buf[i + 2];
                if (n === 0)
                    return this.unknownPrefix(buf, i, offset);
                const size = (h) => (h[0] + h[1] * 256) * (h[2] + h[3] * 256) * 8;
                return this.startRecords('FS q', offset, i + 3, 3, n, 4, size, buf, out);
            }
            case 0x70: // FS p n m
            case 0x53: // FS S n1 n2: Kanji character spacing
            case 0x3f: // FS ? c1 c2: cancel a user-defined Kanji character
                if (avail < 4)
                    return NEED_MORE;
                this.emit(out, { type: 'other', offset, name: `FS ${String.fromCharCode(c)}` });
                return i + 4;
            case 0x28: {
                if (avail < 5)
                    return NEED_MORE;
                const fn = buf[i + 2];
                const p = buf[i + 3] + buf[i + 4] * 256;
                return this.startPayload('fsParen', `FS ( ${String.fromCharCode(fn)}`, buf, i, offset, 5, p, fn, 0, out);
            }
        }
        return this.unknownPrefix(buf, i, offset);
    }
    /**
     * Starts a length-prefixed payload after a complete header. When the whole payload is in this
     * chunk it is handled in place (no copy); otherwise it is collected by `fill` across chunks, or
     * skipped when the claim is over the limit.
     */
    startPayload(kind, name, buf, i, offset, headerLen, needed, a, b, out) {
        const start = i + headerLen;
        if (needed <= this.maxPayload && buf.length - start >= needed) {
            this.finish(kind, name, offset, buf, start, start + needed, a, b, out);
            return start + needed;
        }
        let target = null;
        if (needed > this.maxPayload) {
            this.emit(out, {
                type: 'oversize',
                offset,
                command: name,
                claimed: needed,
                limit: this.maxPayload
            });
        }
        else {
            target = Buffer.allocUnsafe(needed);
        }
        this.payload = { kind, name, offset, headerLen, needed, filled: 0, buf: target, a, b };
        return start;
    }
    /** Starts skipping a record-structured command whose own header (`headerLen` bytes) ends at `i`. */
    startRecords(name, offset, i, headerLen, count, recordHeaderLen, size, buf, out) {
        this.records = {
            name,
            offset,
            got: headerLen,
            headerLen: recordHeaderLen,
            left: count,
            header: [],
            skip: 0,
            size
        };
        return this.skipRecords(buf, i, out);
    }
    /** Skips record headers and data from buf[i..]; logs the command once its last record ends. */
    skipRecords(buf, i, out) {
        const r = this.records;
        const n = buf.length;
        for (;;) {
            if (r.skip > 0) {
                if (i >= n)
                    return i;
                const take = Math.min(r.skip, n - i);
                r.skip -= take;
                r.got += take;
                i += take;
                continue;
            }
            if (r.left === 0) {
                this.records = null;
                this.emit(out, { type: 'other', offset: r.offset, name: r.name });
                return i;
            }
            if (i >= n)
                return i;
            r.header.push(buf[i++]);
            r.got++;
            if (r.header.length === r.headerLen) {
                r.skip = r.size(r.header);
                r.header = [];
                r.left--;
            }
        }
    }
    /** Feeds payload bytes from buf[i..]; returns the index after what it took. */
    fill(buf, i, out) {
        const p = this.payload;
        const take = Math.min(p.needed - p.filled, buf.length - i);
        if (p.buf)
            buf.copy(p.buf, p.filled, i, i + take);
        p.filled += take;
        if (p.filled === p.needed) {
            this.payload = null;
            if (p.buf)
                this.finish(p.kind, p.name, p.offset, p.buf, 0, p.buf.length, p.a, p.b, out);
        }
        return i + take;
    }
    /** Turns a complete payload into log entries. */
    finish(kind, name, offset, buf, start, end, a, b, out) {
        // QR functions and barcodes read their data in place (`buf[start, end)`); the rest gets a view.
        switch (kind) {
            case 'gsv0':
            case 'gsq0':
                this.raster(name, offset, buf.subarray(start, end), a, b, out);
                return;
            case 'escStar':
                this.band(offset, buf.subarray(start, end), a, b, out);
                return;
            case 'barcodeB':
                this.rawBarcode(out, offset, buf, start, end, SYMBOLOGY_B[a] ?? 'UNKNOWN', a, 'B');
                return;
            case 'gsParen':
                if (a === 0x6b)
                    this.qrFunction(offset, buf, start, end - start, out);
                else if (a === 0x4c)
                    this.graphics(name, offset, buf.subarray(start, end), out);
                else
                    this.emit(out, { type: 'other', offset, name });
                return;
            case 'gs8L':
                this.graphics(name, offset, buf.subarray(start, end), out);
                return;
            case 'escZ': {
                // a: module size k; b: error correction n, as a letter (L M Q H) or 0..3
                const level = b <= 3 ? QR_LEVELS[b] : b === 0x4d ? 'M' : b === 0x51 ? 'Q' : b === 0x48 ? 'H' : 'L';
                this.emit(out, {
                    type: 'qr',
                    offset,
                    source: 'native',
                    data: buf.toString('utf8', start, end),
                    size: a,
                    level
                });
                return;
            }
            default:
                this.emit(out, { type: 'other', offset, name });
        }
    }
    /**
     * Logs an ESC * column image (one band: 8 or 24 dots high, `m` its mode) and stacks it under the
     * previous band, so that a QR code printed band by band (line feeds or ESC J between bands) is
     * found once the bands end.
     */
    band(offset, data, columns, m, out) {
        const dots = m === 32 || m === 33 ? 24 : 8;
        // A band of another size or mode ends the run; `emit` would end it in any case.
        if (this.unkLen !== 0)
            this.flushUnknown(out);
        if (this.bands !== null && (this.bands.mode !== m || this.bands.columns !== columns))
            this.flushBands(out);
        out.pushCommand({
            type: 'image',
            offset,
            form: 'ESC *',
            widthDots: columns,
            heightDots: dots,
            bytes: data.length
        });
        if (!this.rasterQr)
            return;
        // Square dots for the decoder: single density is half as fine across, 8-dot modes a third as
        // fine down (Epson: 90 / 180 dpi across, 60 / 180 dpi down).
        const sx = m === 0 || m === 32 ? 2 : 1;
        const sy = m === 0 || m === 1 ? 3 : 1;
        const widthBytes = Math.ceil((columns * sx) / 8);
        let b = this.bands;
        const rows = dots * sy;
        if (columns * sx > MAX_BAND_DOTS || (b?.height ?? 0) + rows > MAX_BAND_DOTS) {
            if (b !== null)
                this.flushBands(out);
            return;
        }
        b ??= this.bands = { mode: m, columns, widthBytes, offset, rows: [], height: 0, dots: 0 };
        const band = Buffer.alloc(widthBytes * rows);
        const per = dots / 8;
        for (let x = 0; x < columns; x++) {
            for (let r = 0; r < dots; r++) {
                const byte = data[x * per + (r >> 3)];
                if (byte === undefined || ((byte >> (7 - (r & 7))) & 1) === 0)
                    continue;
                for (let dx = 0; dx < sx; dx++) {
                    const X = x * sx + dx;
                    for (let dy = 0; dy < sy; dy++)
                        band[(r * sy + dy) * widthBytes + (X >> 3)] |= 0x80 >> (X & 7);
                }
            }
        }
        b.rows.push(band);
        b.height += rows;
        b.dots += dots;
    }
    /** Ends a run of ESC * bands: logs a `qr` (after the bands' images) when they hold a QR code. */
    flushBands(out) {
        const b = this.bands;
        this.bands = null;
        if (b.height < 21)
            return;
        const data = decodeRasterQr(Buffer.concat(b.rows), b.widthBytes, b.height, this.qrBudget);
        if (typeof data !== 'string')
            return;
        out.pushCommand({
            type: 'qr',
            offset: b.offset,
            source: 'image',
            data,
            widthDots: b.columns,
            heightDots: b.dots
        });
    }
    raster(form, offset, data, widthBytes, height, out, widthDots = widthBytes * 8) {
        if (this.rasterQr) {
            const qr = decodeRasterQr(data, widthBytes, height, this.qrBudget);
            if (typeof qr === 'string') {
                this.emit(out, {
                    type: 'qr',
                    offset,
                    source: 'image',
                    data: qr,
                    widthDots,
                    heightDots: height
                });
                return;
            }
        }
        this.emit(out, {
            type: 'image',
            offset,
            form,
            widthDots,
            heightDots: height,
            bytes: data.length
        });
    }
    /** GS ( L / GS 8 L: m fn ...; fn 112 stores a raster (a bx by c xL xH yL yH data). */
    graphics(name, offset, data, out) {
        const fn = data[1];
        if ((fn === 112 || fn === 113) && data.length >= 10) {
            const x = data[6] + data[7] * 256;
            const y = data[8] + data[9] * 256;
            const wb = Math.ceil(x / 8);
            if (fn === 112 && data.length >= 10 + wb * y) {
                // x is in dots here (GS v 0 gives bytes): a row is padded to whole bytes, x is what prints.
                this.raster(name, offset, data.subarray(10, 10 + wb * y), wb, y, out, x);
            }
            else {
                this.emit(out, {
                    type: 'image',
                    offset,
                    form: name,
                    widthDots: x,
                    heightDots: y,
                    bytes: data.length - 10
                });
            }
            return;
        }
        this.emit(out, { type: 'other', offset, name: `${name} fn ${fn ?? '?'}` });
    }
    /**
     * GS ( k store (fn 80) and print (fn 81) of the 2D codes other than QR: the data follows m (and,
     * for GS1 DataBar and Composite, one more byte); printing logs one `code2d` entry with it.
     */
    code2d(symbology, k, fn, offset, buf, start, len, out) {
        if (fn === 0x50) {
            const from = start + (k === 3 || k === 4 ? 4 : 3);
            this.data2d[k] = from < start + len ? qrText(buf, from, start + len) : '';
            return;
        }
        this.emit(out, { type: 'code2d', offset, symbology, data: this.data2d[k] ?? '' });
    }
    /** A barcode entry whose data stays raw bytes in the arena until it is read (see BarcodeBytes). */
    rawBarcode(out, offset, buf, start, end, symbology, system, form) {
        if (this.unkLen !== 0)
            this.flushUnknown(out);
        if (this.bands !== null)
            this.flushBands(out);
        const pos = out.place(buf, start, end);
        out.push(C.barcode, dataParam(pos, end - start), offset, out.barcodeRef(symbology, system, form));
    }
    /**
     * A QR setting (GS ( k cn 49): fn 65 the model (n = 49-51), 67 the module size (1-16), 69 the
     * error level (48-51: L, M, Q, H). A value out of range is ignored, as a printer keeps the one
     * it had.
     */
    qrSetting(fn, n) {
        if (fn === 0x43) {
            if (n >= 1 && n <= 16)
                this.qrSize = n;
        }
        else if (fn === 0x41) {
            if (n >= 49 && n <= 51)
                this.qrModel = n - 48;
        }
        else if (n >= 48 && n <= 51)
            this.qrLevel = QR_LEVELS[n - 48];
    }
    /** GS ( k cn fn ...: QR settings are kept; "print" logs one `qr` entry. */
    qrFunction(offset, buf, start, len, out) {
        // Read in place (buf[start, start + len)): a QR code is 4-5 of these, and a subarray view per
        // function cost more than the rest of its handling.
        const cn = len > 0 ? buf[start] : undefined;
        const fn = len > 1 ? buf[start + 1] : undefined;
        if (cn !== 0x31 || fn === undefined) {
            const symbology = cn !== undefined && fn !== undefined ? SYMBOLS_2D[cn - 0x30] : undefined;
            if (symbology !== undefined && (fn === 0x50 || fn === 0x51)) {
                this.code2d(symbology, cn - 0x30, fn, offset, buf, start, len, out);
                return;
            }
            // The other 2D codes' settings are kept by the printer, like QR's; anything else is logged.
            if (symbology !== undefined && fn >= 0x41 && fn <= 0x48)
                return;
            this.emit(out, { type: 'other', offset, name: `GS ( k cn=${cn ?? '?'} fn=${fn ?? '?'}` });
            return;
        }
        switch (fn) {
            case 0x41:
            case 0x43:
            case 0x45:
                if (len >= 3)
                    this.qrSetting(fn, buf[start + 2]);
                return;
            case 0x50: {
                // store data (after m): kept as bytes, decoded when read (most are never read)
                const n = len > 3 ? len - 3 : 0;
                if (this.qrPin !== null)
                    out.unpin(this.qrPin);
                this.qrPin = null;
                if (n <= MAX_RAW_DATA) {
                    this.qrStart = out.place(buf, start + 3, start + 3 + n);
                    this.qrEnd = this.qrStart + n;
                    this.qrBytes = out.slab;
                    // A later print may need the data: its slab is not reused meanwhile.
                    this.qrPin = out.pin();
                }
                else {
                    this.qrBytes = null;
                    this.qrData = qrText(buf, start + 3, start + len);
                }
                return;
            }
            case 0x51: {
                if (this.unkLen !== 0)
                    this.flushUnknown(out);
                if (this.bands !== null)
                    this.flushBands(out);
                const qrBytes = this.qrBytes;
                if (qrBytes !== null) {
                    const ref = out.qrRef(qrBytes, this.qrSize, this.qrModel, this.qrLevel);
                    out.push(C.qr, dataParam(this.qrStart, this.qrEnd - this.qrStart), offset, ref);
                    return;
                }
                const qr = {
                    type: 'qr',
                    offset,
                    source: 'native',
                    data: this.qrData,
                    size: this.qrSize,
                    model: this.qrModel,
                    level: this.qrLevel
                };
                this.emit(out, qr);
                return;
            }
            default:
                this.emit(out, { type: 'other', offset, name: `GS ( k fn=${fn}` });
        }
    }
}
/** Parses a whole stream at once (tests, tools). */
function parseAll(bytes, options) {
    const p = new EscPosParser(options);
    return [...p.feed(bytes), ...p.end()];
}


;// CONCATENATED MODULE: ./src/printer/store.ts
/**
 * What a virtual printer keeps of the commands it parsed: the command log (the latest entries of
 * every connection), the print history (jobs: the commands between two cuts of one connection),
 * and, for the whole run, the count and the order of command types. Pure data code: no sockets,
 * no clock (the caller passes each batch's time).
 *
 * Why this shape: the printer's data path appends every parsed chunk here, and with ~45 commands
 * per receipt any work per command and any allocation per job shows in its throughput. So:
 *
 * - one **store**, a ring of typed arrays indexed by a global sequence number, holds the entries;
 *   the printer's parsers write a chunk's entries straight into it (`batch` is a window of the
 *   ring), so nothing is copied; any other batch is copied in;
 * - a chunk is one **segment** (its first sequence number, connection and time), so connection and
 *   time cost nothing per command;
 * - a **job** is a range of sequence numbers (its connection's entries in it), so ending a job
 *   touches one reused record, and its commands are read from the store when someone asks; only
 *   a job the ring would overwrite while it is still kept (a long job, or many connections) is
 *   copied out first, into the compact per-job form (`OwnedCommands`), and goes on from there;
 * - counts by type are counted from the type sequence when asked (only types past its 4,000,000
 *   entries are counted as they come).
 *
 * Entries are the compact form of compact.ts; `expand` turns them into the objects readers get.
 */


/** A job keeps its first this many commands (the job goes on; the rest is not kept). */
const MAX_JOB_COMMANDS = 10_000;
/** The type sequence (`types()`) keeps this many entries; counts go on beyond. */
const MAX_TYPE_SEQUENCE = 4_000_000;
/** Type sequence block size: it grows by blocks, never by copying. */
const TYPE_BLOCK = 1 << 16;
/** Batches up to this size are copied by a loop, larger ones by native copies. */
const SMALL = 128;
/**
 * The most commands a batch written in place may hold: the printer parses reads in pieces of at
 * most this many bytes (PARSE_PIECE in server.ts), and a piece gives at most one command per byte
 * and a few more for what the parser carried over.
 */
const MAX_BATCH = 16384 + 64;
/** Entries granted to a batch at once (fewer calls to `grant`). */
const GRANT = 2048;
/** Smallest store (entries); doubled until it holds the log and the largest batch beside it. */
const MIN_STORE = 1 << 15;
class CommandStore {
    /** Jobs kept (the print history; 0: none). */
    maxJobs;
    logCap;
    cap;
    mask;
    /** The most entries one batch may add (the store must keep the log beside it). */
    maxBatch;
    codes;
    params;
    offsets;
    /** Extras by slot; stale for slots whose code carries none (see `carriesExtra`). */
    extras;
    /**
     * The batch the printer's parsers write into: a window of these arrays at the store's end, so a
     * chunk's entries are written where they are kept (see `BatchRing`).
     */
    batch;
    /** Entries stored since the start (or `clear`): the sequence number of the next one. */
    total = 0;
    /**
     * Segments g in [segHead, segEnd) (logical numbers; slot g % segSlots): a segment has one entry
     * or more, and those whose entries have all left the store are dropped, so at most cap of them
     * (and the one being added) are alive.
     */
    segSlots;
    segSeq;
    segConn;
    segAt;
    segHead = 0;
    segEnd = 0;
    typeBlocks = [];
    typeLen = 0;
    /** Counts of the commands past the type sequence's end. */
    overflow = new Float64Array(commands/* COMMAND_TYPES */.a.length);
    /**
     * Kept jobs: a ring (grown up to maxJobs slots as jobs come), `jobCount` of them from slot
     * `jobHead`, oldest first.
     */
    jobRing;
    jobCount = 0;
    /** Jobs to reuse (see `release`). */
    spare = [];
    jobHead = 0;
    open = new Set();
    /** No kept job starts below this sequence number (a lower bound; see `evict`). */
    lowestStart = Infinity;
    nextJob = 1;
    printed = 0;
    /** Called as each printed job ends (the printer's marker waiters); null: nobody listens. */
    onJob = null;
    constructor(logCap, maxJobs) {
        this.logCap = Math.max(0, logCap);
        this.maxJobs = Math.max(0, maxJobs);
        // Room for the log and for the largest batch the printer writes at once beside it.
        let cap = MIN_STORE;
        while (cap - this.logCap < MAX_BATCH + 1)
            cap *= 2;
        this.cap = cap;
        this.mask = cap - 1;
        this.codes = new Uint8Array(cap);
        this.params = new Int32Array(cap);
        this.offsets = new Float64Array(cap);
        this.extras = new Array(cap).fill(undefined);
        this.maxBatch = cap - this.logCap - 1;
        this.jobRing = new Array(Math.min(this.maxJobs, 256)).fill(undefined);
        this.segSlots = cap + 2;
        this.segSeq = new Float64Array(this.segSlots);
        this.segConn = new Int32Array(this.segSlots);
        this.segAt = new Float64Array(this.segSlots);
        this.batch = new CommandBatch(this);
    }
    /** The sequence number of the next entry (BatchRing). */
    seq() {
        return this.total;
    }
    /** Entries before this sequence number have left the store (BatchRing). */
    floor() {
        return this.total - this.cap;
    }
    /** Room for a batch of `count` entries at the store's end (BatchRing): jobs it would overwrite are copied out. */
    grant(count) {
        if (count > this.maxBatch)
            throw new Error(`printer store: a batch of ${count} commands is more than the ${this.maxBatch} the store takes at once`);
        const granted = Math.min(this.maxBatch, Math.max(count, GRANT));
        const floor = this.total + granted - this.cap;
        if (floor > this.lowestStart)
            this.evict(floor);
        return granted;
    }
    /** A new connection's state (pass it to `append` and `close`). */
    connect(id) {
        const s = { id, job: null, lastJob: null };
        this.open.add(s);
        return s;
    }
    /**
     * Adds a parsed chunk of connection `s`, at time `at` (ms since the epoch): the store's own
     * `batch`, written in place, or any other batch (copied in).
     */
    append(s, batch, at) {
        const n = batch.length;
        if (n === 0)
            return;
        if (batch.isOn(this)) {
            if (batch.start !== (this.total & this.mask))
                throw new Error('printer store: a batch was written away from the store end');
            this.commit(s, batch, 0, n, at);
            return;
        }
        for (let a = 0; a < n; a += this.maxBatch) {
            const b = Math.min(n, a + this.maxBatch);
            this.copyIn(batch, a, b);
            this.commit(s, batch, a, b - a, at);
        }
    }
    /** The connection closed: its job ends (trailing settings join its last job, as on paper). */
    close(s) {
        this.open.delete(s);
        const job = s.job;
        if (!job)
            return;
        s.job = null;
        if (job.prints) {
            this.endJob(s, job, 'close');
            return;
        }
        // Bytes after the last cut (encoders add LF CR) or a status-only connection: not a job of
        // its own. Its commands join the connection's last job, if it is still kept.
        const last = s.lastJob;
        if (last === null)
            return;
        if (last.own === null && job.own === null && last.end <= job.start)
            last.end = job.end;
        else {
            const own = this.ownCopy(last);
            appendOwned(own, this.ownCopy(job));
            last.own = own;
        }
    }
    /** Entries in the log: the latest `logCap`. */
    get logSize() {
        return Math.min(this.total, this.logCap);
    }
    /** Entries that left the log since the start (or `clear`). */
    get dropped() {
        return Math.max(0, this.total - this.logCap);
    }
    /** Jobs printed since the start (or `clear`). */
    get jobsPrinted() {
        return this.printed;
    }
    /** The log, oldest first, with the latest `limit` entries that pass the filter. */
    commands(filter = {}) {
        const type = filter.type === undefined ? -1 : TYPE_CODE[filter.type];
        const limit = filter.limit !== undefined && filter.limit >= 0 ? filter.limit : Infinity;
        const list = [];
        // Newest first, so that `limit` expands (and decodes the text of) only the entries returned.
        const m = this.mask;
        const S = this.segSlots;
        let seg = this.segEnd - 1;
        const oldest = this.total - this.logSize;
        for (let q = this.total - 1; q >= oldest && list.length < limit; q--) {
            while (seg > this.segHead && this.segSeq[seg % S] > q)
                seg--;
            const conn = this.segConn[seg % S];
            if (filter.conn !== undefined && conn !== filter.conn)
                continue;
            const i = q & m;
            const code = this.codes[i];
            if (type !== -1 && code !== type)
                continue;
            const cmd = expand(code, this.params[i], this.offsets[i], this.extraAt(code, i));
            list.push({ ...cmd, conn, at: this.segAt[seg % S] });
        }
        return list.reverse();
    }
    /** Visits a job's commands in order (its first MAX_JOB_COMMANDS). */
    forEachOfJob(job, v) {
        if (job.own !== null) {
            forEachOwned(job.own, v);
            return;
        }
        this.forEachRange(job.start, job.end, job.conn, MAX_JOB_COMMANDS, v);
    }
    /** Commands by type since the start (or `clear`). */
    counts() {
        const out = Float64Array.from(this.overflow);
        const full = this.typeLen >> 16;
        for (let b = 0; b <= full && b < this.typeBlocks.length; b++) {
            const block = this.typeBlocks[b];
            const end = b < full ? TYPE_BLOCK : this.typeLen & (TYPE_BLOCK - 1);
            for (let k = 0; k < end; k++)
                out[block[k]]++;
        }
        return out;
    }
    /** Type codes of the commands since the start (or `clear`), in order (the first 4,000,000). */
    types() {
        const out = new Uint8Array(this.typeLen);
        for (let b = 0; b * TYPE_BLOCK < this.typeLen; b++) {
            const block = this.typeBlocks[b];
            out.set(block.subarray(0, Math.min(TYPE_BLOCK, this.typeLen - b * TYPE_BLOCK)), b * TYPE_BLOCK);
        }
        return out;
    }
    /**
     * Forgets the log, the jobs and the counts. A job in progress on an open connection keeps what
     * it printed so far (copied out of the store, which starts again).
     */
    clear() {
        for (const s of this.open)
            if (s.job !== null)
                s.job.own = this.ownCopy(s.job);
        for (const s of this.open)
            s.lastJob = null;
        this.extras.fill(undefined);
        this.total = 0;
        this.batch.clear();
        this.batch.forgetEntries();
        this.segHead = 0;
        this.segEnd = 0;
        this.typeBlocks = [];
        this.typeLen = 0;
        this.overflow = new Float64Array(commands/* COMMAND_TYPES */.a.length);
        this.jobRing.fill(undefined);
        this.jobCount = 0;
        this.jobHead = 0;
        this.printed = 0;
        this.lowestStart = Infinity;
    }
    /** Types of the n entries from slot i (wrapping at the ring's end) onto the type sequence. */
    appendTypes(i, n) {
        const codes = this.codes;
        let from = 0;
        while (from < n && this.typeLen < MAX_TYPE_SEQUENCE) {
            const b = this.typeLen >> 16;
            if (b === this.typeBlocks.length)
                this.typeBlocks.push(new Uint8Array(TYPE_BLOCK));
            const at = this.typeLen & (TYPE_BLOCK - 1);
            const k = (i + from) & this.mask;
            const take = Math.min(n - from, TYPE_BLOCK - at, MAX_TYPE_SEQUENCE - this.typeLen, this.cap - k);
            const block = this.typeBlocks[b];
            if (take <= SMALL)
                for (let q = 0; q < take; q++)
                    block[at + q] = codes[k + q];
            else
                block.set(codes.subarray(k, k + take), at);
            this.typeLen += take;
            from += take;
        }
        for (; from < n; from++)
            this.overflow[codes[(i + from) & this.mask]]++;
    }
    /** Copies entries [a, b) of a batch of its own to the store's end (after room is granted). */
    copyIn(batch, a, b) {
        const n = b - a;
        this.grant(n);
        const i = this.total & this.mask;
        const first = Math.min(n, this.cap - i);
        const from = batch.slot(a);
        this.codes.set(batch.codes.subarray(from, from + first), i);
        this.params.set(batch.params.subarray(from, from + first), i);
        this.offsets.set(batch.offsets.subarray(from, from + first), i);
        if (first < n) {
            this.codes.set(batch.codes.subarray(from + first, from + n), 0);
            this.params.set(batch.params.subarray(from + first, from + n), 0);
            this.offsets.set(batch.offsets.subarray(from + first, from + n), 0);
        }
        for (let q = a; q < b; q++) {
            const k = batch.slot(q);
            if (carriesExtra(batch.codes[k]))
                this.extras[(i + q - a) & this.mask] = batch.extras[k];
        }
    }
    /**
     * Takes the n entries at the store's end (entries [a, a + n) of `batch`, already in place) as
     * connection s's, and follows its jobs through them.
     */
    commit(s, batch, a, n, at) {
        const seq = this.total;
        this.appendTypes(seq & this.mask, n);
        this.total = seq + n;
        this.pruneSegments();
        const g = this.segEnd++ % this.segSlots;
        this.segSeq[g] = seq;
        this.segConn[g] = s.id;
        this.segAt[g] = at;
        // The connection's jobs: every cut ends one (a cut prints: the job counts), and the next
        // command starts the next. The parser lists the cuts, so there is no pass over the entries.
        const cuts = batch.cuts;
        const cutCount = batch.cutCount;
        const lastPrint = batch.lastPrint < 0 ? -1 : batch.entryAt(batch.lastPrint) - a;
        let k = 0;
        let c = 0;
        while (c < cutCount && batch.entryAt(cuts[c]) < a)
            c++;
        while (k < n) {
            let job = s.job;
            if (job === null)
                job = s.job = this.newJob(s, seq + k, at);
            const cutAt = c < cutCount ? batch.entryAt(cuts[c]) - a : -1;
            const cut = cutAt >= 0 && cutAt < n ? cutAt : -1;
            if (cut >= 0)
                c++;
            const e = cut >= 0 ? cut + 1 : n;
            if (job.own !== null)
                this.appendOwn(job.own, seq + k, seq + e, at);
            job.end = seq + e;
            job.endedAt = at;
            if (cut >= 0) {
                job.prints = true;
                s.job = null;
                this.endJob(s, job, 'cut');
            }
            else if (lastPrint >= k)
                job.prints = true;
            k = e;
        }
    }
    /** Appends the store's entries [from, to) to a copied-out job. */
    appendOwn(own, from, to, at) {
        for (let q = from; q < to && own.cps.length < MAX_JOB_COMMANDS; q++) {
            const i = q & this.mask;
            const code = this.codes[i];
            pushOwned(own, code, this.params[i], this.offsets[i], this.extraAt(code, i), at);
        }
    }
    newJob(owner, start, at) {
        if (start < this.lowestStart)
            this.lowestStart = start;
        // Jobs that left the history are reused: a job per receipt is the data path's one object.
        const job = this.spare.pop();
        if (job === undefined)
            return {
                id: 0,
                conn: owner.id,
                startedAt: at,
                endedAt: at,
                endedBy: 'cut',
                prints: false,
                start,
                end: start,
                own: null,
                owner
            };
        job.id = 0;
        job.conn = owner.id;
        job.startedAt = at;
        job.endedAt = at;
        job.endedBy = 'cut';
        job.prints = false;
        job.start = start;
        job.end = start;
        job.own = null;
        job.owner = owner;
        return job;
    }
    /** Keeps a job nothing refers to any more for `newJob`. */
    release(job) {
        if (job.owner.lastJob === job || job.owner.job === job || this.spare.length >= 64)
            return;
        job.own = null;
        this.spare.push(job);
    }
    /** A job that printed ends (a cut always prints; see `close` for one that did not). */
    endJob(s, job, by) {
        job.id = this.nextJob++;
        job.endedBy = by;
        this.printed++;
        const keep = this.maxJobs > 0;
        s.lastJob = keep ? job : null;
        this.onJob?.(job);
        if (!keep) {
            this.release(job);
            return;
        }
        if (this.jobCount === this.maxJobs) {
            // The oldest leaves the history for this one.
            const old = this.jobRing[this.jobHead];
            this.jobRing[this.jobHead] = job;
            this.jobHead = this.jobHead + 1 === this.jobRing.length ? 0 : this.jobHead + 1;
            this.release(old);
            return;
        }
        if (this.jobCount === this.jobRing.length) {
            // Grown as jobs come, up to maxJobs (the history may be configured large).
            const kept = this.jobs();
            this.jobRing = new Array(Math.min(this.maxJobs, kept.length * 2)).fill(undefined);
            for (let k = 0; k < kept.length; k++)
                this.jobRing[k] = kept[k];
            this.jobHead = 0;
        }
        this.jobRing[(this.jobHead + this.jobCount++) % this.jobRing.length] = job;
    }
    /** The kept jobs (the print history), oldest first; `forEachOfJob` reads their commands. */
    jobs() {
        const out = [];
        for (let k = 0; k < this.jobCount; k++)
            out.push(this.jobRing[(this.jobHead + k) % this.jobRing.length]);
        return out;
    }
    /** Copies out every kept or open job that starts below `floor` (the store overwrites it next). */
    evict(floor) {
        let lowest = Infinity;
        const check = (job) => {
            if (job === null || job.own !== null)
                return;
            if (job.start < floor)
                job.own = this.ownCopy(job);
            else if (job.start < lowest)
                lowest = job.start;
        };
        for (let k = 0; k < this.jobCount; k++)
            check(this.jobRing[(this.jobHead + k) % this.jobRing.length]);
        for (const s of this.open) {
            check(s.job);
            check(s.lastJob);
        }
        this.lowestStart = lowest;
    }
    /** A job's commands as its own copy (the first MAX_JOB_COMMANDS). */
    ownCopy(job) {
        if (job.own !== null)
            return job.own;
        const own = { cps: [], offs: [], xs: [], ats: [] };
        this.forEachRange(job.start, job.end, job.conn, MAX_JOB_COMMANDS, (code, param, offset, extra, at) => {
            pushOwned(own, code, param, offset, extra, at);
        });
        return own;
    }
    /** Visits the entries of connection `conn` among sequence numbers [start, end), up to `limit`. */
    forEachRange(start, end, conn, limit, v) {
        if (end <= start)
            return;
        let seg = this.segmentOf(start);
        let seen = 0;
        const m = this.mask;
        const S = this.segSlots;
        for (; seg < this.segEnd; seg++) {
            const from = Math.max(start, this.segSeq[seg % S]);
            if (from >= end)
                return;
            const to = Math.min(end, seg + 1 < this.segEnd ? this.segSeq[(seg + 1) % S] : this.total);
            if (this.segConn[seg % S] !== conn)
                continue;
            const at = this.segAt[seg % S];
            for (let q = from; q < to; q++) {
                if (seen++ === limit)
                    return;
                const i = q & m;
                const code = this.codes[i];
                v(code, this.params[i], this.offsets[i], this.extraAt(code, i), at);
            }
        }
    }
    /** The segment holding sequence number q (binary search; segments are in order). */
    segmentOf(q) {
        let lo = this.segHead;
        let hi = this.segEnd - 1;
        while (lo < hi) {
            const mid = Math.floor((lo + hi + 1) / 2);
            if (this.segSeq[mid % this.segSlots] <= q)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    extraAt(code, i) {
        return carriesExtra(code) ? this.extras[i] : undefined;
    }
    /** Drops segments whose entries have all left the store. */
    pruneSegments() {
        const floor = this.total - this.cap;
        let h = this.segHead;
        while (h + 1 < this.segEnd && this.segSeq[(h + 1) % this.segSlots] <= floor)
            h++;
        this.segHead = h;
    }
}
function pushOwned(own, code, param, offset, extra, at) {
    const m = own.cps.length;
    if (m >= MAX_JOB_COMMANDS)
        return;
    // A copy holds no handle into the text arena, whose slabs the store reuses: text and code data
    // are decoded here (the rare path: a job the store had to copy out).
    if (isArenaHandle(extra))
        extra = expand(code, param, offset, extra);
    const ats = own.ats;
    if (ats.length === 0 || ats[ats.length - 1] !== at)
        ats.push(m, at);
    // code + param * 256, not a shift: a raw text parameter uses 31 bits.
    own.cps.push(param * 256 + code);
    own.offs.push(offset);
    if (extra !== undefined)
        own.xs.push(m, extra);
}
function appendOwned(to, from) {
    forEachOwned(from, (code, param, offset, extra, at) => pushOwned(to, code, param, offset, extra, at));
}
function forEachOwned(own, v) {
    let x = 0;
    let t = 0;
    let at = own.ats[1] ?? 0;
    for (let k = 0; k < own.cps.length; k++) {
        while (t < own.ats.length && own.ats[t] <= k) {
            at = own.ats[t + 1];
            t += 2;
        }
        let extra;
        if (x < own.xs.length && own.xs[x] === k) {
            extra = own.xs[x + 1];
            x += 2;
        }
        const cp = own.cps[k];
        const param = Math.floor(cp / 256);
        v(cp - param * 256, param, own.offs[k], extra, at);
    }
}

;// CONCATENATED MODULE: ./src/printer/status.ts
/**
 * Status bytes a printer sends back, from its state. Pure.
 *
 * Epson's real-time status format (DLE EOT n): one byte with the fixed bits 0x12 set (`0xx1xx10`);
 * n=1 printer: 0x08 offline; n=2 offline cause: 0x04 cover open, 0x20 paper end, 0x40 error;
 * n=3 error cause: 0x08 autocutter; n=4 paper roll: 0x0C near end, 0x60 end. python-escpos reads
 * `is_online()` as `not (reply & 8)` and `paper_status()` from the n=4 reply.
 */
/** Whether the printer prints: paper out, cover open, a cutter error or "offline" stop it. */
function isOnline(state) {
    for (const f of state.faults)
        if (f !== 'paper_near_end')
            return false;
    return true;
}
/** The one-byte reply to DLE EOT n (n = 1..4; other n get the n=1 reply, as a lenient printer would). */
function realtimeStatus(state, n) {
    const f = state.faults;
    let b = 0x12;
    switch (n) {
        case 2:
            if (f.has('cover_open'))
                b |= 0x04;
            if (f.has('paper_out'))
                b |= 0x20;
            if (f.has('cutter_error'))
                b |= 0x40;
            return b;
        case 3:
            if (f.has('cutter_error'))
                b |= 0x08;
            return b;
        case 4:
            if (f.has('paper_out'))
                b |= 0x0c | 0x60;
            else if (f.has('paper_near_end'))
                b |= 0x0c;
            return b;
        default:
            if (!isOnline(state))
                b |= 0x08;
            return b;
    }
}
/** The reply to GS r n: n=1 paper sensor (0x03 near end, 0x0C end), n=2 drawer (closed: 0). */
function transmitStatus(state, n) {
    if (n !== 1)
        return 0;
    if (state.faults.has('paper_out'))
        return 0x0f;
    if (state.faults.has('paper_near_end'))
        return 0x03;
    return 0;
}
/**
 * The reply to GS I n (transmit printer ID), as Epson-compatible printers send it: one byte for
 * n = 1/49 (model ID), 2/50 (type ID: 0x02, autocutter fitted, no two-byte characters) and 3/51
 * (ROM version ID); for n = 65-69 the header 0x5F, at most 15 bytes of text (firmware version,
 * maker, model, serial number, font) and NUL. Other n: no reply (undefined), as printers ignore them.
 */
function printerIdReply(n, serial) {
    switch (n) {
        case 1:
        case 49:
            return Uint8Array.of(0x20);
        case 2:
        case 50:
            return Uint8Array.of(0x02);
        case 3:
        case 51:
            return Uint8Array.of(0x41);
    }
    const text = ['1.00 perf-gate', 'perf-gate', 'virtual printer', serial, 'ANK'][n - 65];
    if (text === undefined)
        return undefined;
    const ascii = Buffer.from(text.replace(/[^\x20-\x7e]/g, '?').slice(0, 15), 'latin1');
    return Uint8Array.of(0x5f, ...ascii, 0);
}
/**
 * The 4-byte automatic status back (GS a) message: byte 1 has 0x10 fixed, 0x08 offline, 0x20 cover
 * open; byte 2 has 0x08 autocutter error; byte 3 has 0x03 near end and 0x0C paper end.
 */
function asbStatus(state) {
    const f = state.faults;
    let b1 = 0x10;
    if (!isOnline(state))
        b1 |= 0x08;
    if (f.has('cover_open'))
        b1 |= 0x20;
    const b2 = f.has('cutter_error') ? 0x08 : 0;
    let b3 = 0;
    if (f.has('paper_out'))
        b3 |= 0x0f;
    else if (f.has('paper_near_end'))
        b3 |= 0x03;
    return Uint8Array.of(b1, b2, b3, 0);
}

;// CONCATENATED MODULE: ./src/printer/server.ts
/**
 * The virtual ESC/POS network printer: a TCP server (port 9100 by convention) that parses what
 * clients send with the streaming parser, logs commands and jobs, answers status requests, and can
 * simulate faults and hardware speed. One instance per named printer.
 */






/** Every kind `simulateError` accepts (for validation and docs). */
const SIMULATED_ERRORS = [
    'offline',
    'paper_out',
    'paper_near_end',
    'cover_open',
    'cutter_error',
    'refuse',
    'disconnect'
];
/**
 * The connections closed last, by client port: at least the last `keep` of them. Two generations
 * of Maps instead of one evicted in insertion order: `map.keys().next()` walks over every entry
 * deleted from the front since the Map's last rehash, which cost ~1.4 µs per closed connection at
 * 4096 entries, against ~0.1 µs with one Map swap every `keep` closes
 * (`npx tsx scripts/bench-closed-ports.ts`).
 */
class ClosedPorts {
    keep;
    recent = new Map();
    older = new Map();
    constructor(keep) {
        this.keep = keep;
    }
    get(port) {
        return this.recent.get(port) ?? this.older.get(port);
    }
    /** A port closed again shadows its older record (get reads `recent` first). */
    set(port, info) {
        this.recent.set(port, info);
        if (this.recent.size >= this.keep) {
            this.older = this.recent;
            this.recent = new Map();
        }
    }
    delete(port) {
        this.recent.delete(port);
        this.older.delete(port);
    }
}
/** Lookup by type code: 1 for commands an offline printer still answers (the rest is refused). */
const REALTIME = codeTable(['status', 'transmitStatus', 'printerId', 'asb']);
/** One immutable 1-byte Buffer per value: a status reply per job needs no allocation or conversion. */
const BYTE = Array.from({ length: 256 }, (_, v) => Buffer.from([v]));
const server_DLE = 0x10;
/** performance.timeOrigin, read once (the getter allocates a number per call). */
const TIME_ORIGIN = performance.timeOrigin;
/**
 * Reads are parsed in pieces of at most this many bytes: the parser writes a piece's commands
 * straight into the store, which takes at most MAX_BATCH of them at once beside its log.
 */
const PARSE_PIECE = MAX_BATCH - 64;
const server_EOT = 0x04;
/** The marker line the printer workload puts at the start of each job in proxy (`target`) mode. */
const MARKER_PREFIX = 'perf-gate job ';
const MARKER_RE = /perf-gate job (\S+)/g;
const MAX_JOB_TEXT = 64 * 1024;
/**
 * A virtual ESC/POS printer on a TCP port.
 *
 * For tests and other workloads (the service workload verifies at the printer through it):
 * `commands()`, `jobs()`, `status()`, `simulateError(kind)`, `reset()`, `connectionStats()`,
 * `clearLog()`, and `waitForBytes()` for time-to-print.
 */
class VirtualPrinter {
    name;
    host;
    _port;
    server = null;
    listening = false;
    faults = new Set();
    opts;
    conns = new Map();
    byPort = new Map();
    pendingWaiters = new Map();
    recentlyClosed = new ClosedPorts(4096);
    markerWaiters = new Map();
    nextConn = 1;
    /**
     * The command log, the print history and the type counts (see store.ts): the parsers write into
     * it directly, and jobs are ranges of it until someone reads them.
     */
    store;
    stats = { opened: 0, closed: 0, peak: 0 };
    bytes = 0;
    rejected = 0;
    constructor(options) {
        this.opts = options;
        this.name = options.name;
        this.host = options.host ?? '127.0.0.1';
        this._port = options.port ?? 0;
        for (const f of options.faults ?? [])
            this.faults.add(f);
        this.store = new CommandStore(options.maxLogEntries ?? 10_000, options.maxJobs ?? 200);
        this.store.onJob = (job) => this.onJob(job);
    }
    /** A job printed: settles the marker waiters whose line it holds (proxy mode). */
    onJob(job) {
        if (this.markerWaiters.size === 0)
            return;
        const now = performance.now();
        for (const m of jobText(this.jobCommands(job)).matchAll(MARKER_RE)) {
            const w = this.markerWaiters.get(m[1]);
            if (w) {
                this.markerWaiters.delete(m[1]);
                clearTimeout(w.timer);
                w.resolve(now);
            }
        }
    }
    /** A job's commands as objects. */
    jobCommands(job) {
        const out = [];
        this.store.forEachOfJob(job, (code, param, offset, extra) => {
            out.push(expand(code, param, offset, extra));
        });
        return out;
    }
    /** The TCP port (the chosen one once started with port 0). */
    get port() {
        return this._port;
    }
    /** Starts listening; resolves once the port is bound. */
    async start() {
        await this.listen();
    }
    listen() {
        const server = external_node_net_default().createServer({ noDelay: true }, (s) => this.onConnection(s));
        this.server = server;
        return new Promise((resolve, reject) => {
            const onError = (err) => {
                reject(new Error(err.code === 'EADDRINUSE'
                    ? `printer ${this.name}: port ${this._port} on ${this.host} is already in use; pick another port or 0 for a free one`
                    : `printer ${this.name}: cannot listen on ${this.host}:${this._port}: ${err.message}`));
            };
            server.once('error', onError);
            server.listen(this._port, this.host, () => {
                server.off('error', onError);
                server.on('error', () => undefined);
                this._port = server.address().port;
                this.listening = true;
                resolve();
            });
        });
    }
    /** Stops listening and closes every connection (open ones count as leaked in the final stats). */
    async stop() {
        const server = this.server;
        this.server = null;
        this.listening = false;
        for (const c of this.conns.values())
            c.socket.destroy();
        if (server)
            await new Promise((r) => server.close(() => r()));
    }
    onConnection(socket) {
        const id = this.nextConn++;
        const c = {
            id,
            socket,
            // The parsers write into the store (each batch is logged before the next chunk is parsed;
            // the shaped path copies it).
            parser: new EscPosParser(this.opts.parser, this.store.batch),
            remotePort: socket.remotePort ?? 0,
            parsed: 0,
            lastActivity: performance.now(),
            st: this.store.connect(id),
            asb: false,
            closed: false,
            waiters: [],
            queue: [],
            draining: false,
            ended: false,
            rtTail: null
        };
        this.conns.set(c.id, c);
        this.byPort.set(c.remotePort, c);
        this.recentlyClosed.delete(c.remotePort);
        const early = this.pendingWaiters.get(c.remotePort);
        if (early) {
            this.pendingWaiters.delete(c.remotePort);
            c.waiters.push(...early);
        }
        this.stats.opened++;
        this.stats.peak = Math.max(this.stats.peak, this.conns.size);
        socket.setNoDelay(true);
        socket.on('error', () => undefined);
        socket.on('data', (chunk) => this.onData(c, chunk));
        socket.on('close', () => this.onClose(c));
        // A half-closed client (end()) has sent everything: finish its job and close our side too.
        socket.on('end', () => {
            c.ended = true;
            if (!c.draining)
                socket.end();
        });
        const delay = this.opts.acceptDelayMs ?? 0;
        if (delay > 0) {
            socket.pause();
            setTimeout(() => {
                if (!c.closed)
                    socket.resume();
            }, delay);
        }
    }
    onData(c, chunk) {
        // One clock read per chunk: its commands' time in the log is the time it arrived.
        const now = performance.now();
        c.lastActivity = now;
        this.bytes += chunk.length;
        this.answerRealtime(c, chunk);
        const speed = this.opts.printSpeed;
        if (!speed || (!speed.bytesPerSecond && !speed.linesPerSecond)) {
            // Most reads are one piece: parsed as they are, with no view.
            if (chunk.length <= PARSE_PIECE)
                this.process(c, chunk, c.parser.feedBatch(chunk), now);
            else
                for (let off = 0; off < chunk.length && !c.closed; off += PARSE_PIECE) {
                    const piece = chunk.subarray(off, off + PARSE_PIECE);
                    this.process(c, piece, c.parser.feedBatch(piece), now);
                }
            return;
        }
        for (let off = 0; off < chunk.length; off += PARSE_PIECE)
            c.queue.push(chunk.subarray(off, off + PARSE_PIECE));
        c.socket.pause();
        if (!c.draining)
            void this.drain(c);
    }
    /** Shaped path: parse now (status replies go out at once), show the commands after the print time. */
    async drain(c) {
        c.draining = true;
        const speed = this.opts.printSpeed;
        while (c.queue.length > 0 && !c.closed) {
            const chunk = c.queue.shift();
            // A copy: the parser reuses its batch, and the connection may close (end()) while we wait.
            const batch = c.parser.feedBatch(chunk).clone();
            if (batch.replies > 0)
                this.replyRealtime(c, batch);
            let ms = speed.bytesPerSecond ? (chunk.length / speed.bytesPerSecond) * 1000 : 0;
            if (speed.linesPerSecond)
                ms += (lineCount(batch.toArray()) / speed.linesPerSecond) * 1000;
            if (ms > 0)
                await new Promise((r) => setTimeout(r, ms));
            this.process(c, chunk, batch, performance.now(), true);
        }
        c.draining = false;
        if (c.ended)
            c.socket.end();
        else if (!c.closed)
            c.socket.resume();
    }
    /**
     * Answers DLE EOT n (n = 1-4, or 7, 8 or 18 with one more byte) as the bytes arrive, before they are
     * parsed, as Epson printers process real-time commands: at once on reception, even when the
     * bytes sit inside another command's data (Epson's reference warns about exactly that). The
     * parser still logs each request it reads as a `status` command, in order. A request split over
     * reads is answered when its last byte arrives.
     */
    answerRealtime(c, chunk) {
        let from = 0;
        const tail = c.rtTail;
        if (tail !== null) {
            c.rtTail = null;
            // A request that began in the last read: finish it with this read's first bytes.
            const probe = Buffer.concat([tail, chunk.subarray(0, 4 - tail.length)]);
            for (let k = 0; k < tail.length; k++) {
                if (probe[k] !== server_DLE)
                    continue;
                const used = this.realtimeAt(c, probe, k);
                if (used > 0) {
                    from = k + used - tail.length;
                    break;
                }
                if (used < 0) {
                    // Still cut off (a read of one or two bytes): keep waiting for the rest.
                    c.rtTail = probe.subarray(k);
                    return;
                }
            }
        }
        for (let k = chunk.indexOf(server_DLE, from); k >= 0; k = chunk.indexOf(server_DLE, k + 1)) {
            const used = this.realtimeAt(c, chunk, k);
            if (used < 0) {
                c.rtTail = Buffer.from(chunk.subarray(k));
                return;
            }
            if (used > 0)
                k += used - 1;
        }
    }
    /** At a DLE in `buf[k]`: answers a whole request and returns its length, 0 if none, -1 if cut off. */
    realtimeAt(c, buf, k) {
        if (k + 1 >= buf.length)
            return -1;
        if (buf[k + 1] !== server_EOT)
            return 0;
        if (k + 2 >= buf.length)
            return -1;
        const n = buf[k + 2];
        let used = 3;
        if (n === 7 || n === 8 || n === 18) {
            if (k + 3 >= buf.length)
                return -1;
            used = 4;
        }
        else if (n < 1 || n > 4)
            return 0;
        if (!c.closed)
            c.socket.write(BYTE[realtimeStatus({ faults: this.faults }, n) & 0xff]);
        return used;
    }
    /** GS r, GS I and GS a, which printers answer in order, when the parser reaches them. */
    replyRealtime(c, batch) {
        const codes = batch.codes;
        for (let q = 0; q < batch.length; q++) {
            const k = batch.slot(q);
            const code = codes[k];
            if (REALTIME[code] === 0 || code === C.status)
                continue;
            const n = batch.params[k];
            if (code === C.transmitStatus)
                c.socket.write(BYTE[transmitStatus({ faults: this.faults }, n) & 0xff]);
            else if (code === C.printerId) {
                const reply = printerIdReply(n, this.name);
                if (reply)
                    c.socket.write(reply);
            }
            else {
                c.asb = n !== 0;
                if (c.asb)
                    c.socket.write(asbStatus({ faults: this.faults }));
            }
        }
    }
    /** `now`: performance.now() when the chunk arrived (or, shaped, when it printed). */
    process(c, chunk, batch, now, replied = false) {
        if (!replied && batch.replies > 0)
            this.replyRealtime(c, batch);
        if (this.faults.size > 0 && !isOnline({ faults: this.faults })) {
            let printing = false;
            for (let q = 0; q < batch.length && !printing; q++)
                printing = REALTIME[batch.codes[batch.slot(q)]] === 0;
            if (printing) {
                // Like a printer in an error state behind a print server: the data is not accepted.
                this.rejected++;
                c.rejectedReason = `printer ${this.name} is offline (${[...this.faults].join(', ')}): it reset the connection instead of printing`;
                c.socket.resetAndDestroy();
                return;
            }
        }
        this.recordBatch(c, batch, Math.floor(TIME_ORIGIN + now));
        c.parsed += chunk.length;
        if (c.waiters.length > 0)
            this.settleWaiters(c, performance.now());
    }
    /** Logs a chunk's commands (see store.ts). */
    recordBatch(c, batch, at) {
        this.store.append(c.st, batch, at);
    }
    onClose(c) {
        if (c.closed)
            return;
        c.closed = true;
        this.recordBatch(c, c.parser.endBatch(), Date.now());
        this.store.close(c.st);
        this.conns.delete(c.id);
        if (this.byPort.get(c.remotePort) === c)
            this.byPort.delete(c.remotePort);
        const info = { parsed: c.parsed, rejected: c.rejectedReason };
        this.recentlyClosed.set(c.remotePort, info);
        this.stats.closed++;
        this.settleWaiters(c, performance.now());
        // Most connections have no wait left: no array from splice for them.
        if (c.waiters.length === 0)
            return;
        for (const w of c.waiters.splice(0)) {
            clearTimeout(w.timer);
            w.reject(this.closedError(info));
        }
    }
    /** The error of a wait whose connection ended before its bytes were printed. */
    closedError({ parsed, rejected }) {
        return new PrinterJobError(rejected ? 'printer_offline' : 'connection_closed', rejected ?? `printer ${this.name}: the connection closed after ${parsed} bytes were printed`);
    }
    settleWaiters(c, now) {
        for (let k = 0; k < c.waiters.length;) {
            const w = c.waiters[k];
            if (c.parsed >= w.bytes) {
                clearTimeout(w.timer);
                w.resolve(now);
                c.waiters.splice(k, 1);
            }
            else
                k++;
        }
    }
    /**
     * Resolves with the performance.now() moment this printer has parsed (and, with print-speed
     * shaping, printed) `bytes` bytes from the client whose local port is `clientPort` — the job's
     * time-to-print. Rejects with a PrinterJobError when the connection is reset (offline) or closes
     * first, or after `timeoutMs`.
     */
    waitForBytes(clientPort, bytes, timeoutMs) {
        return new Promise((resolve, reject) => {
            const c = this.byPort.get(clientPort);
            if (c && c.parsed >= bytes)
                return resolve(performance.now());
            if (!c) {
                const closed = this.recentlyClosed.get(clientPort);
                if (closed) {
                    if (closed.parsed >= bytes)
                        return resolve(performance.now());
                    return reject(this.closedError(closed));
                }
            }
            const w = {
                bytes,
                resolve,
                reject,
                timer: setTimeout(() => {
                    const list = c ? c.waiters : this.pendingWaiters.get(clientPort);
                    const k = list?.indexOf(w) ?? -1;
                    if (list && k >= 0)
                        list.splice(k, 1);
                    const got = this.byPort.get(clientPort)?.parsed ?? 0;
                    reject(new PrinterJobError('timeout', `printer ${this.name} printed ${got} of ${bytes} bytes within ${timeoutMs} ms (status: ${this.describeState()})`));
                }, timeoutMs)
            };
            if (c)
                c.waiters.push(w);
            else {
                const list = this.pendingWaiters.get(clientPort) ?? [];
                list.push(w);
                this.pendingWaiters.set(clientPort, list);
            }
        });
    }
    /**
     * Resolves with the performance.now() moment a job whose text contains the line
     * `perf-gate job <id>` has been printed (ended by its cut or its connection's close): how
     * time-to-print is measured when jobs reach the printer through a proxy, on its connections.
     */
    waitForMarker(id, timeoutMs) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.markerWaiters.delete(id);
                reject(new PrinterJobError('timeout', `printer ${this.name} did not print job "${id}" within ${timeoutMs} ms (status: ${this.describeState()})`));
            }, timeoutMs);
            this.markerWaiters.set(id, { resolve, timer });
        });
    }
    describeState() {
        return this.faults.size === 0 ? 'online' : [...this.faults].join(', ');
    }
    /** The command log in order (oldest may have been dropped, see `status().droppedCommands`). */
    commands(filter = {}) {
        return this.store.commands(filter);
    }
    /** Print history: finished jobs, oldest first (the latest `maxJobs`). */
    jobs() {
        return this.store.jobs().map((j) => {
            const cmds = [];
            const commands = [];
            const counts = {};
            this.store.forEachOfJob(j, (code, param, offset, extra, at) => {
                const cmd = expand(code, param, offset, extra);
                cmds.push(cmd);
                commands.push({ ...cmd, conn: j.conn, at });
                counts[cmd.type] = (counts[cmd.type] ?? 0) + 1;
            });
            return {
                id: j.id,
                conn: j.conn,
                startedAt: j.startedAt,
                endedAt: j.endedAt,
                endedBy: j.endedBy,
                commands,
                counts,
                text: jobText(cmds)
            };
        });
    }
    /** Commands by type since start (or `clearLog`), never truncated by the log size. */
    commandCounts() {
        const counts = this.store.counts();
        const out = {};
        for (let k = 0; k < commands/* COMMAND_TYPES */.a.length; k++)
            if (counts[k] > 0)
                out[commands/* COMMAND_TYPES */.a[k]] = counts[k];
        return out;
    }
    /** The type of every command since start (or `clearLog`), in order (up to 4,000,000 entries). */
    commandTypes() {
        const types = this.store.types();
        const out = new Array(types.length);
        for (let i = 0; i < types.length; i++)
            out[i] = commands/* COMMAND_TYPES */.a[types[i]];
        return out;
    }
    /** State, faults and counters. */
    status() {
        return {
            name: this.name,
            host: this.host,
            port: this._port,
            online: isOnline({ faults: this.faults }),
            listening: this.listening,
            faults: [...this.faults],
            connections: this.connectionStats(),
            commands: this.store.logSize,
            droppedCommands: this.store.dropped,
            jobs: this.store.jobsPrinted,
            bytes: this.bytes,
            rejected: this.rejected
        };
    }
    /** Whether the printer accepts print data now. */
    get online() {
        return isOnline({ faults: this.faults }) && this.listening;
    }
    /**
     * Simulates a fault. `offline`, `paper_out`, `cover_open`, `cutter_error` take the printer
     * offline (status replies say why; print data is refused by resetting the connection);
     * `paper_near_end` only changes the status; `refuse` stops listening (connections are refused);
     * `disconnect` drops every open connection once. Clear with `reset()`.
     */
    async simulateError(kind) {
        if (kind === 'disconnect') {
            for (const c of this.conns.values())
                c.socket.resetAndDestroy();
            return;
        }
        if (kind === 'refuse') {
            const server = this.server;
            this.server = null;
            this.listening = false;
            if (server)
                await new Promise((r) => server.close(() => r()));
            return;
        }
        this.faults.add(kind);
        this.notifyAsb();
    }
    /** Clears every fault and listens again if `refuse` stopped it (same port). */
    async reset() {
        this.faults.clear();
        this.notifyAsb();
        if (!this.listening)
            await this.listen();
    }
    notifyAsb() {
        for (const c of this.conns.values())
            if (c.asb)
                c.socket.write(asbStatus({ faults: this.faults }));
    }
    /** Connection counters since start (or the last `clearLog`). */
    connectionStats() {
        const idle = this.opts.leakAfterMs ?? 1000;
        const now = performance.now();
        let leaked = 0;
        for (const c of this.conns.values())
            if (now - c.lastActivity >= idle)
                leaked++;
        return {
            opened: this.stats.opened,
            closed: this.stats.closed,
            active: this.conns.size,
            peak: this.stats.peak,
            leaked
        };
    }
    /**
     * Waits until no connection is open or `timeoutMs` passed; returns how many are still open
     * (clients that never close them: leaks).
     */
    async waitForIdle(timeoutMs) {
        const until = performance.now() + timeoutMs;
        while (this.conns.size > 0 && performance.now() < until)
            await new Promise((r) => setTimeout(r, 10));
        return this.conns.size;
    }
    /** Clears the command log, the print history and the counters (open connections stay open). */
    clearLog() {
        this.store.clear();
        this.bytes = 0;
        this.rejected = 0;
        this.stats = { opened: 0, closed: 0, peak: this.conns.size };
    }
}
/** Why a job did not print: `kind` feeds the workload's errors-by-kind. */
class PrinterJobError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'PrinterJobError';
    }
}
function lineCount(cmds) {
    let n = 0;
    for (const c of cmds) {
        if (c.type === 'lf')
            n++;
        else if (c.type === 'feed')
            n += c.lines ?? Math.ceil((c.dots ?? 0) / 30);
        else if (c.type === 'image' || (c.type === 'qr' && c.heightDots))
            n += Math.ceil((c.heightDots ?? 0) / 24);
        else if (c.type === 'qr' || c.type === 'barcode')
            n += 4;
    }
    return n;
}
/** A Uint8Array indexed by type code with 1 for the given types. */
function codeTable(types) {
    const t = new Uint8Array(commands/* COMMAND_TYPES */.a.length);
    for (const type of types)
        t[TYPE_CODE[type]] = 1;
    return t;
}
/** The receipt as text: text lines, with [QR ...], [BARCODE ...], [IMAGE ...] and [CUT ...] markers. */
function jobText(cmds) {
    let s = '';
    for (const c of cmds) {
        s += render(c);
        if (s.length > MAX_JOB_TEXT)
            break;
    }
    return s;
}
function render(c) {
    switch (c.type) {
        case 'text':
            return c.text;
        case 'lf':
            return '\n';
        case 'feed':
            return c.reverse ? '' : '\n'.repeat(Math.min(c.lines ?? 1, 255));
        case 'qr':
            return `[QR ${c.data}]\n`;
        case 'barcode':
            return `[BARCODE ${c.symbology} ${c.data}]\n`;
        case 'image':
            return `[IMAGE ${c.widthDots}x${c.heightDots}]\n`;
        case 'cut':
            return `[CUT ${c.mode}]\n`;
        default:
            return '';
    }
}


/***/ })

};
