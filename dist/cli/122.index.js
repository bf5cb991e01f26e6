export const id = 122;
export const ids = [122];
export const modules = {

/***/ 2122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePrinterArgs: () => (/* binding */ parsePrinterArgs),
  printerCommand: () => (/* binding */ printerCommand)
});

// EXTERNAL MODULE: ./src/printer/commands.ts
var commands = __webpack_require__(6248);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: ./src/printer/server.ts + 5 modules
var server = __webpack_require__(7547);
;// CONCATENATED MODULE: ./src/printer/control.ts
/**
 * A small HTTP control API over running virtual printers, on loopback, for users' own test suites
 * (pytest, shell): read what was printed, simulate faults, reset. JSON in, JSON out.
 *
 *   GET  /printers                      every printer's status
 *   GET  /printers/<name>/status        state, faults, connection counters
 *   GET  /printers/<name>/commands      command log (?type=qr&conn=3&limit=100)
 *   GET  /printers/<name>/jobs          print history (jobs with their commands and text)
 *   GET  /printers/<name>/connections   opened, closed, active, peak, leaked
 *   POST /printers/<name>/error         {"kind":"offline"} (see SIMULATED_ERRORS)
 *   POST /printers/<name>/reset         clears faults
 *   POST /printers/<name>/clear         clears the log, the history and the counters
 */



const MAX_BODY = 64 * 1024;
function send(res, code, body) {
    const text = JSON.stringify(body);
    res.writeHead(code, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text)
    });
    res.end(text);
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        let size = 0;
        const parts = [];
        req.on('data', (c) => {
            size += c.length;
            if (size > MAX_BODY) {
                reject(new Error(`request body over ${MAX_BODY} bytes`));
                req.destroy();
            }
            else
                parts.push(c);
        });
        req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        req.on('error', reject);
    });
}
async function handle(printers, req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    if (parts[0] !== 'printers' || parts.length > 3) {
        return send(res, 404, { error: `no route ${method} ${url.pathname}; try GET /printers` });
    }
    if (parts.length === 1) {
        if (method !== 'GET')
            return send(res, 405, { error: 'use GET /printers' });
        return send(res, 200, { printers: [...printers.values()].map((p) => p.status()) });
    }
    const printer = printers.get(parts[1]);
    if (!printer) {
        return send(res, 404, {
            error: `no printer "${parts[1]}"; running: ${[...printers.keys()].join(', ') || '(none)'}`
        });
    }
    const action = parts[2] ?? 'status';
    const route = `${method} ${action}`;
    switch (route) {
        case 'GET status':
            return send(res, 200, printer.status());
        case 'GET connections':
            return send(res, 200, printer.connectionStats());
        case 'GET jobs':
            return send(res, 200, { jobs: printer.jobs() });
        case 'GET commands': {
            const type = url.searchParams.get('type') ?? undefined;
            if (type !== undefined && !commands/* COMMAND_TYPES */.a.includes(type)) {
                return send(res, 400, {
                    error: `unknown command type "${type}"; one of: ${commands/* COMMAND_TYPES */.a.join(', ')}`
                });
            }
            const conn = url.searchParams.get('conn');
            const limit = url.searchParams.get('limit');
            for (const [key, value] of [
                ['conn', conn],
                ['limit', limit]
            ]) {
                if (value !== null && !/^\d+$/.test(value)) {
                    return send(res, 400, {
                        error: `${key}=${value}: ${key} must be a whole number, e.g. ${key}=${key === 'conn' ? 1 : 100}`
                    });
                }
            }
            return send(res, 200, {
                commands: printer.commands({
                    type: type,
                    conn: conn === null ? undefined : Number(conn),
                    limit: limit === null ? undefined : Number(limit)
                })
            });
        }
        case 'POST error': {
            let kind;
            try {
                kind = JSON.parse((await readBody(req)) || '{}').kind;
            }
            catch {
                return send(res, 400, { error: 'body must be JSON like {"kind":"offline"}' });
            }
            if (!server/* SIMULATED_ERRORS */.fJ.includes(kind)) {
                return send(res, 400, {
                    error: `"kind" must be one of: ${server/* SIMULATED_ERRORS */.fJ.join(', ')} (got ${JSON.stringify(kind)})`
                });
            }
            await printer.simulateError(kind);
            return send(res, 200, printer.status());
        }
        case 'POST reset':
            await printer.reset();
            return send(res, 200, printer.status());
        case 'POST clear':
            printer.clearLog();
            return send(res, 200, printer.status());
    }
    return send(res, 404, { error: `no route ${method} /printers/${parts[1]}/${action}` });
}
/** Starts the control API on 127.0.0.1:`port` (0 picks a free one). */
async function startControlServer(printers, port = 0) {
    const server = external_node_http_default().createServer((req, res) => {
        handle(printers, req, res).catch((err) => {
            if (!res.headersSent)
                send(res, 500, { error: err instanceof Error ? err.message : String(err) });
        });
    });
    server.keepAliveTimeout = 1000;
    await new Promise((resolve, reject) => {
        server.once('error', (err) => reject(new Error(err.code === 'EADDRINUSE'
            ? `control port ${port} is already in use; pass --control-port 0 for a free one`
            : `cannot start the control API on 127.0.0.1:${port}: ${err.message}`)));
        server.listen(port, '127.0.0.1', () => resolve());
    });
    const actual = server.address().port;
    return {
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () => new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
        })
    };
}

;// CONCATENATED MODULE: ./src/printer/cli.ts
/**
 * `perf-gate printer`: runs named virtual printers and the HTTP control API until SIGTERM or
 * Ctrl-C, for users' own test suites. Prints one JSON line on stdout once ready:
 * `{"control":"http://127.0.0.1:<port>","printers":{"kitchen":{"host":"127.0.0.1","port":<port>}}}`.
 */



const USAGE = `usage: perf-gate printer --printer <name>[:<port>] [--printer ...] [--control-port <port>]
                         [--kanji <set>] [--kanji-on]

  --printer NAME[:PORT]   a virtual ESC/POS printer (repeatable); no port or 0 picks a free one
  --control-port PORT     HTTP control API port on 127.0.0.1 (default 0: a free one)
  --kanji SET             text in Kanji mode (FS &): ${commands/* KANJI_ENCODINGS */.f.join(', ')} (default gb18030)
  --kanji-on              Kanji mode on from the start, as on Chinese-market printers

Prints {"control":"http://127.0.0.1:PORT","printers":{"NAME":{"host":"127.0.0.1","port":PORT}}}
once ready, and stops on SIGTERM or Ctrl-C.`;
/** Parses the arguments after `printer`; throws a usage message on a mistake. */
function parsePrinterArgs(argv) {
    const args = { printers: [], controlPort: 0, kanjiOn: false };
    const port = (value, what) => {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n > 65535)
            throw new Error(`${what}: "${value}" is not a port (0-65535)`);
        return n;
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [flag, inline] = a.startsWith('--') && a.includes('=')
            ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
            : [a, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined)
                throw new Error(`${flag} needs a value`);
            return v;
        };
        if (flag === '--printer') {
            const v = value();
            const [name, p] = v.split(':');
            if (!name || !/^[A-Za-z0-9_.-]+$/.test(name))
                throw new Error(`--printer: "${v}" must be a name (letters, digits, _ . -) with an optional :port`);
            if (args.printers.some((x) => x.name === name))
                throw new Error(`--printer: "${name}" is given twice`);
            args.printers.push({
                name,
                port: p === undefined || p === '' ? 0 : port(p, `--printer ${name}`)
            });
        }
        else if (flag === '--control-port') {
            args.controlPort = port(value(), '--control-port');
        }
        else if (flag === '--kanji') {
            const v = value();
            if (!commands/* KANJI_ENCODINGS */.f.includes(v))
                throw new Error(`--kanji: "${v}" is not one of ${commands/* KANJI_ENCODINGS */.f.join(', ')}`);
            args.kanjiEncoding = v;
        }
        else if (flag === '--kanji-on') {
            args.kanjiOn = true;
        }
        else if (flag === '--help' || flag === '-h') {
            throw new Error(USAGE);
        }
        else {
            throw new Error(`unknown option "${a}"`);
        }
    }
    if (args.printers.length === 0)
        throw new Error('give at least one --printer <name>[:<port>]');
    return args;
}
/**
 * Runs the printers until SIGTERM/SIGINT; returns the exit code (0 after a clean stop, 2 for a
 * usage error, 1 when a port cannot be bound).
 */
async function printerCommand(argv) {
    let args;
    try {
        args = parsePrinterArgs(argv);
    }
    catch (err) {
        const msg = err.message;
        process.stderr.write(msg === USAGE ? `${USAGE}\n` : `perf-gate printer: ${msg}\n\n${USAGE}\n`);
        return msg === USAGE ? 0 : 2;
    }
    const printers = new Map();
    const stopAll = () => Promise.all([...printers.values()].map((p) => p.stop()));
    let control;
    try {
        for (const { name, port } of args.printers) {
            const p = new server/* VirtualPrinter */.AT({
                name,
                port,
                parser: { kanjiEncoding: args.kanjiEncoding, kanjiOn: args.kanjiOn }
            });
            await p.start();
            printers.set(name, p);
        }
        control = await startControlServer(printers, args.controlPort);
    }
    catch (err) {
        await stopAll();
        process.stderr.write(`perf-gate printer: ${err.message}\n`);
        return 1;
    }
    const ready = {
        control: control.url,
        printers: Object.fromEntries([...printers.values()].map((p) => [p.name, { host: p.host, port: p.port }]))
    };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGTERM', stop);
            process.off('SIGINT', stop);
            resolve();
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
    });
    await control.close();
    await stopAll();
    return 0;
}


/***/ })

};
