export const id = 605;
export const ids = [605];
export const modules = {

/***/ 5675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ taggedProcesses),
/* harmony export */   Q0: () => (/* binding */ killTaggedSync),
/* harmony export */   mI: () => (/* binding */ newGroupTag),
/* harmony export */   os: () => (/* binding */ endTagged),
/* harmony export */   v1: () => (/* binding */ GROUP_TAG_VAR),
/* harmony export */   xq: () => (/* binding */ describeEscaped)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _proc_stat_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1875);
/**
 * Processes that left their process group. Stopping a service or a command ends its process group,
 * but a descendant that starts a new session (`setsid`, a daemon's double fork: `pg_ctl start`,
 * `redis-server --daemonize yes`, nginx without `daemon off`) is no longer in it and would outlive
 * perf-gate, holding its port for the next run. Such a process still carries the environment it
 * was started with, so every group perf-gate starts gets a unique tag in its environment
 * (PERF_GATE_GROUP) and, when the group is stopped, processes whose initial environment
 * (/proc/<pid>/environ) holds that tag are ended too. Linux only (elsewhere nothing is found); a
 * process that clears its environment before it execs is not found. No library does this: process
 * tree libraries follow parent links, which a double fork cuts.
 */



/** The environment variable that carries a group's tag. */
const GROUP_TAG_VAR = 'PERF_GATE_GROUP';
/** A new tag: random, so that runs side by side (A/B, several jobs on one host) never match. */
function newGroupTag() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
}
/**
 * Live (not zombie) processes whose initial environment holds one of `tags`, by tag. Never
 * perf-gate itself. Processes of other users cannot be read and are skipped.
 */
function taggedProcesses(tags) {
    const found = new Map();
    if (tags.size === 0 || process.platform !== 'linux')
        return found;
    const needles = [...tags].map((t) => [t, Buffer.from(`${GROUP_TAG_VAR}=${t}\0`)]);
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return found;
    }
    for (const e of entries) {
        const c = e.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        const pid = Number(e);
        if (pid === process.pid)
            continue;
        let environ;
        try {
            environ = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${e}/environ`);
        }
        catch {
            continue; // gone, or another user's
        }
        for (const [tag, needle] of needles) {
            if (environ.indexOf(needle) < 0)
                continue;
            if (isZombie(e))
                break;
            const list = found.get(tag);
            if (list)
                list.push(pid);
            else
                found.set(tag, [pid]);
            break;
        }
    }
    return found;
}
function isZombie(pid) {
    try {
        return (0,_proc_stat_js__WEBPACK_IMPORTED_MODULE_2__/* .hasEnded */ .h)((0,_proc_stat_js__WEBPACK_IMPORTED_MODULE_2__/* .statFields */ .q)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8'))[0]);
    }
    catch {
        return true; // gone
    }
}
function signalAll(pids, signal) {
    for (const pid of pids) {
        try {
            process.kill(pid, signal);
        }
        catch {
            // already gone
        }
    }
}
/** SIGKILLs every live process carrying one of `tags`, synchronously (for exit hooks). */
function killTaggedSync(tags) {
    for (const pids of taggedProcesses(tags).values())
        signalAll(pids, 'SIGKILL');
}
function processName(pid) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/comm`, 'utf8').trim();
    }
    catch {
        return '?';
    }
}
/**
 * Ends the processes that carry one of `tags`: SIGTERM, then SIGKILL after `graceMs` for what is
 * left. Resolves with the processes found at first (empty: nothing had escaped).
 */
async function endTagged(tags, graceMs) {
    const first = [...taggedProcesses(tags).values()].flat();
    if (first.length === 0)
        return [];
    const found = first.map((pid) => ({ pid, name: processName(pid) }));
    signalAll(first, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    let left = first;
    while (left.length > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        left = [...taggedProcesses(tags).values()].flat();
    }
    if (left.length > 0) {
        signalAll(left, 'SIGKILL');
        const hard = Date.now() + 2000;
        while (Date.now() < hard && taggedProcesses(tags).size > 0)
            await new Promise((r) => setTimeout(r, 20));
    }
    return found;
}
/** "2 processes (postgres, postgres)", for messages. */
function describeEscaped(list) {
    return `${list.length} process${list.length === 1 ? '' : 'es'} (${list.map((p) => p.name).join(', ')})`;
}


/***/ }),

/***/ 1875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ hasEnded),
/* harmony export */   q: () => (/* binding */ statFields)
/* harmony export */ });
/**
 * Reading /proc/<pid>/stat (Linux). Pure: the callers read the file, sync or async as they need.
 */
/**
 * The fields after the command name, which is in parentheses and may itself contain spaces or
 * parentheses: [0] state (R, S, Z zombie, X dead…), [1] ppid, [2] pgrp, … [11] utime, [12] stime.
 */
function statFields(stat) {
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
/** Whether a state field means the process has ended (a zombie waits only to be reaped). */
function hasEnded(state) {
    return state === 'Z' || state === 'X';
}


/***/ }),

/***/ 3937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   M5: () => (/* binding */ startWatchdog),
/* harmony export */   PT: () => (/* binding */ ProcessGroup),
/* harmony export */   T2: () => (/* binding */ endEscaped),
/* harmony export */   sN: () => (/* binding */ trackTag),
/* harmony export */   vL: () => (/* binding */ guardGroup)
/* harmony export */ });
/* unused harmony exports RingBuffer, isGroupAlive, liveGroups */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _proc_stat_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1875);
/* harmony import */ var _escaped_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5675);
/**
 * A child process in its own process group, so that stopping it ends everything it started
 * (a shell, `npm start`, a server and its workers) — and a registry that ends every live group
 * when perf-gate exits by any path: normal exit, an uncaught error, Ctrl-C or SIGTERM.
 */




/** Last lines of a process's output, bounded in count and line length. */
class RingBuffer {
    maxLines;
    maxLineLength;
    lines = [];
    partial = '';
    dropped = 0;
    constructor(maxLines = 200, maxLineLength = 2000) {
        this.maxLines = maxLines;
        this.maxLineLength = maxLineLength;
    }
    /** Adds a chunk of output; calls `onLine` for each complete line. */
    push(chunk, onLine) {
        const text = this.partial + chunk;
        const parts = text.split(/\r?\n/);
        this.partial = parts.pop() ?? '';
        if (this.partial.length > this.maxLineLength) {
            // A process that never writes a newline must not grow the buffer without bound.
            parts.push(this.partial);
            this.partial = '';
        }
        for (const raw of parts) {
            const line = raw.length > this.maxLineLength ? `${raw.slice(0, this.maxLineLength)} …` : raw;
            this.lines.push(line);
            if (this.lines.length > this.maxLines) {
                this.lines.shift();
                this.dropped++;
            }
            onLine?.(line);
        }
    }
    /** The last `n` lines (including an unfinished last line). */
    tail(n = 20) {
        const all = this.partial ? [...this.lines, this.partial] : [...this.lines];
        return all.slice(-n);
    }
    /** Lines dropped from the front so far. */
    get droppedLines() {
        return this.dropped;
    }
}
/**
 * The live groups, and the environment tags of the groups whose escaped processes are still to be
 * ended (see ./escaped.ts), kept in step with the watchdog (see `watchdog`).
 */
const live = {
    groups: new Map(),
    tags: new Set(),
    set(pgid, label) {
        this.groups.set(pgid, label);
        watchdog()?.write(`+${pgid}\n`);
    },
    delete(pgid) {
        if (this.groups.delete(pgid))
            watchdog()?.write(`-${pgid}\n`);
    },
    keys() {
        return this.groups.keys();
    },
    addTag(tag) {
        installExitSweep();
        this.tags.add(tag);
        watchdog()?.write(`t${tag}\n`);
    },
    deleteTag(tag) {
        if (this.tags.delete(tag))
            watchdog()?.write(`u${tag}\n`);
    }
};
let hooksInstalled = false;
let sweepInstalled = false;
/** On exit, SIGKILL the escaped processes of every tag still listed (synchronous /proc scan). */
function installExitSweep() {
    if (sweepInstalled)
        return;
    sweepInstalled = true;
    process.on('exit', () => (0,_escaped_js__WEBPACK_IMPORTED_MODULE_2__/* .killTaggedSync */ .Q0)(live.tags));
}
/**
 * Lists an environment tag (see ./escaped.ts) with the exit hook and the watchdog until
 * `endEscaped` has looked for its processes: for command runs, whose groups end with each run
 * but whose escaped processes are looked for once per repetition (a /proc scan each time).
 */
function trackTag(tag) {
    live.addTag(tag);
}
/** Ends the escaped processes of `tags` (see `endTagged`) and stops tracking the tags. */
async function endEscaped(tags, graceMs) {
    const found = await (0,_escaped_js__WEBPACK_IMPORTED_MODULE_2__/* .endTagged */ .os)(tags, graceMs);
    for (const t of tags)
        live.deleteTag(t);
    return found;
}
/**
 * The hooks below cannot run when perf-gate is killed with SIGKILL (the OOM killer, `kill -9`, a
 * runner's hard stop), and a service would then outlive it. A small watchdog process, in its own
 * group, holds the list of live groups on its stdin; when that pipe closes, which the kernel does
 * however perf-gate ends, it kills what is still listed. Started with the first group. No library
 * does this (prctl PR_SET_PDEATHSIG is not reachable from Node), hence the dozen lines here.
 */
const WATCHDOG = `let b='';const g=new Set(),t=new Set();process.stdin.setEncoding('utf8');
process.stdin.on('data',d=>{b+=d;let i;while((i=b.indexOf('\\n'))>=0){const l=b.slice(0,i);b=b.slice(i+1);
const k=l[0],v=l.slice(1);if(k==='+')g.add(Number(v));else if(k==='-')g.delete(Number(v));
else if(k==='t')t.add(v);else if(k==='u')t.delete(v)}});
process.stdin.on('end',()=>{for(const n of g){try{process.kill(-n,'SIGKILL')}catch{}}
if(t.size){const fs=require('fs');let ps=[];try{ps=fs.readdirSync('/proc')}catch{}
for(const p of ps){if(!/^[0-9]+$/.test(p))continue;let e;try{e=fs.readFileSync('/proc/'+p+'/environ','latin1')}catch{continue}
for(const x of t)if(e.includes('${_escaped_js__WEBPACK_IMPORTED_MODULE_2__/* .GROUP_TAG_VAR */ .v1}='+x+'\\0')){try{process.kill(Number(p),'SIGKILL')}catch{}break}}}
process.exit(0)});
process.stdin.on('error',()=>{});`;
/**
 * Lists a process group with the watchdog (see WATCHDOG) until `release` is called: for groups
 * started elsewhere (command workloads), so that they too end when perf-gate is killed.
 */
function guardGroup(pgid) {
    watchdog()?.write(`+${pgid}\n`);
    return { release: () => watchdog()?.write(`-${pgid}\n`) };
}
/**
 * Starts the watchdog now rather than with the first group, so its own start-up (a Node process,
 * some tens of ms of CPU) overlaps fixture start-up instead of a workload's first measurement.
 */
function startWatchdog() {
    watchdog();
}
let dog;
function watchdog() {
    if (dog !== undefined)
        return dog;
    try {
        // Without an outer perf-gate's tag (perf-gate run from a command workload): the watchdog
        // outlives this process by a moment and must not look like a daemon it left behind.
        const env = { ...process.env };
        delete env[_escaped_js__WEBPACK_IMPORTED_MODULE_2__/* .GROUP_TAG_VAR */ .v1];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, ['-e', WATCHDOG], {
            detached: true,
            env,
            stdio: ['pipe', 'ignore', 'ignore']
        });
        child.on('error', () => (dog = null));
        child.stdin.on('error', () => (dog = null));
        // Neither the process nor its pipe keeps perf-gate's event loop alive.
        child.unref();
        child.stdin.unref?.();
        dog = { write: (line) => void child.stdin.write(line) };
    }
    catch {
        dog = null; // best effort: the exit hooks still cover every other way out
    }
    return dog;
}
function killGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false; // ESRCH: the group is gone
    }
}
/**
 * Installs process-wide hooks once: on `exit` every live group gets SIGKILL (only synchronous
 * work is possible there); on SIGINT/SIGTERM every live group gets SIGTERM at once, and if no
 * one else handles the signal, the default action (exit) is restored and the signal re-raised,
 * so Ctrl-C still ends perf-gate — and the `exit` hook then kills what is left.
 */
function installHooks() {
    if (hooksInstalled)
        return;
    hooksInstalled = true;
    process.on('exit', () => {
        for (const pgid of live.keys())
            killGroup(pgid, 'SIGKILL');
    });
    installExitSweep();
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        const handler = () => {
            for (const pgid of live.keys())
                killGroup(pgid, 'SIGTERM');
            if (process.listenerCount(sig) === 1) {
                process.removeListener(sig, handler);
                for (const pgid of live.keys())
                    killGroup(pgid, 'SIGKILL');
                process.kill(process.pid, sig);
            }
        };
        process.on(sig, handler);
    }
}
/**
 * True while a process of group `pgid` is alive. `kill(-pgid, 0)` alone also succeeds for
 * zombies, and an init that never reaps orphans (some containers and microVMs; seen here) keeps
 * killed grandchildren as zombies forever — so on Linux the members' states are read from /proc.
 */
function isGroupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    if (process.platform !== 'linux')
        return true;
    for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc')) {
        const c = e.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${e}/stat`, 'utf8');
        }
        catch {
            continue;
        }
        const rest = (0,_proc_stat_js__WEBPACK_IMPORTED_MODULE_3__/* .statFields */ .q)(stat);
        if (Number(rest[2]) === pgid && !(0,_proc_stat_js__WEBPACK_IMPORTED_MODULE_3__/* .hasEnded */ .h)(rest[0]))
            return true;
    }
    return false;
}
/** Process groups perf-gate started that are still registered (for tests and diagnostics). */
function liveGroups() {
    return [...live.keys()];
}
/** A running process group. */
class ProcessGroup {
    child;
    output = new RingBuffer();
    /** Set once the leader exited: its code, or the signal that ended it. */
    exit = null;
    /** Processes that had left the group (setsid, a daemon's fork), found and ended by `stop`. */
    escaped = [];
    /** This group's environment tag (see ./escaped.ts). */
    tag = (0,_escaped_js__WEBPACK_IMPORTED_MODULE_2__/* .newGroupTag */ .mI)();
    exited;
    spawnError = null;
    constructor(opts) {
        installHooks();
        const useShell = opts.args === undefined;
        // detached: the child leads a new process group (pgid = pid), so kill(-pgid) reaches
        // everything it spawns; we still wait for it, it is only detached from our group.
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(useShell ? '/bin/sh' : opts.command, useShell ? ['-c', opts.command] : opts.args, {
            cwd: opts.cwd,
            env: { ...opts.env, [_escaped_js__WEBPACK_IMPORTED_MODULE_2__/* .GROUP_TAG_VAR */ .v1]: this.tag },
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        if (this.child.pid !== undefined) {
            live.set(this.child.pid, opts.label);
            live.addTag(this.tag);
        }
        this.child.stdout.setEncoding('utf8');
        this.child.stderr.setEncoding('utf8');
        this.child.stdout.on('data', (c) => this.output.push(c, (l) => opts.onLine?.(l, 'stdout')));
        this.child.stderr.on('data', (c) => this.output.push(c, (l) => opts.onLine?.(l, 'stderr')));
        this.exited = new Promise((resolve) => {
            this.child.once('error', (err) => {
                this.spawnError = err;
                this.exit ??= { code: null, signal: null };
                this.unregisterIfGone();
                resolve();
            });
            this.child.once('exit', (code, signal) => {
                this.exit = { code, signal };
                resolve();
            });
        });
    }
    /** The process group id (= the leader's pid), or undefined if spawning failed. */
    get pgid() {
        return this.child.pid;
    }
    /** Why spawning failed (e.g. ENOENT for a missing executable), if it did. */
    get error() {
        return this.spawnError;
    }
    /** True while any process of the group is alive. */
    get groupAlive() {
        const pgid = this.pgid;
        return pgid !== undefined && isGroupAlive(pgid);
    }
    /** Resolves when the leader has exited. */
    waitExit() {
        return this.exited;
    }
    unregisterIfGone() {
        if (this.pgid !== undefined && !this.groupAlive)
            live.delete(this.pgid);
    }
    /**
     * Ends the whole group: SIGTERM, then SIGKILL after `graceMs` if anything is still alive.
     * Waits until no process of the group is left (bounded: 2 s after SIGKILL). Then ends the
     * processes that had left the group the same way and lists them in `escaped`.
     * @returns true when the group outlived SIGTERM and was killed.
     */
    async stop(graceMs) {
        const pgid = this.pgid;
        if (pgid === undefined)
            return false;
        killGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + graceMs;
        while (this.groupAlive && Date.now() < deadline)
            await sleep(20);
        const killed = this.groupAlive;
        if (killed) {
            killGroup(pgid, 'SIGKILL');
            const hard = Date.now() + 2000;
            while (this.groupAlive && Date.now() < hard)
                await sleep(20);
        }
        // The leader's exit event may lag the group's end by a tick; do not wait forever for it.
        await Promise.race([this.exited, sleep(500)]);
        live.delete(pgid);
        this.escaped = await (0,_escaped_js__WEBPACK_IMPORTED_MODULE_2__/* .endTagged */ .os)(new Set([this.tag]), graceMs);
        live.deleteTag(this.tag);
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        return killed;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Describes how a process ended, e.g. `exit code 1` or `signal SIGKILL`. */
function describeExit(exit) {
    if (!exit)
        return 'still running';
    if (exit.signal)
        return `signal ${exit.signal}`;
    return `exit code ${exit.code}`;
}


/***/ }),

/***/ 9605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qz: () => (/* binding */ checkEnvironment),
  kY: () => (/* binding */ failureText),
  My: () => (/* binding */ measureWorkload),
  T2: () => (/* binding */ resultFor),
  runAll: () => (/* binding */ runAll),
  z5: () => (/* binding */ selectWorkloads),
  dq: () => (/* binding */ startFixtures),
  X7: () => (/* binding */ workloadSettings)
});

// UNUSED EXPORTS: collectEnvironment, definitionHash, describeResult

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/metrics.ts
var metrics = __webpack_require__(5670);
// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(5480);
// EXTERNAL MODULE: ./src/results/samples.ts
var samples = __webpack_require__(4477);
// EXTERNAL MODULE: ./src/workloads/import.ts
var workloads_import = __webpack_require__(2153);
// EXTERNAL MODULE: ./src/workloads/command.ts
var command = __webpack_require__(7495);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./node_modules/@point-of-sale/receipt-printer-encoder/dist/receipt-printer-encoder.mjs
var receipt_printer_encoder = __webpack_require__(2956);
// EXTERNAL MODULE: ./node_modules/iconv-lite/lib/index.js
var lib = __webpack_require__(1748);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/printer/codepages.ts
var codepages = __webpack_require__(9767);
;// CONCATENATED MODULE: ./src/printer/encode.ts
/**
 * Encodes parser commands back into ESC/POS bytes. Pure.
 *
 * The inverse of the parser for the commands it models, so tests can check `parse(encode(x)) == x`
 * at any split, and the generator can emit what @point-of-sale/receipt-printer-encoder has no call
 * for (ESC a alignment, ESC d feed, GS v 0 rasters, status requests).
 */


const ALIGN = { left: 0, center: 1, right: 2 };
const QR_LEVEL = { L: 48, M: 49, Q: 50, H: 51 };
const HRI = { none: 0, above: 1, below: 2, both: 3 };
/** GS ( k pL pH cn fn params: QR (cn 49) unless told otherwise. */
const gsParenK2d = (cn, fn, params) => {
    const len = params.length + 2;
    return [0x1d, 0x28, 0x6b, len & 0xff, len >> 8, cn, fn, ...params];
};
const gsParenK = (fn, params) => gsParenK2d(0x31, fn, params);
/** The cn byte of each GS ( k symbol other than QR. */
const CN_2D = {
    PDF417: 0x30,
    MaxiCode: 0x32,
    'GS1 DataBar': 0x33,
    Composite: 0x34,
    Aztec: 0x35,
    DataMatrix: 0x36
};
/**
 * Bytes for one command. `encoding` is the code page text is written in (the caller tracks ESC t).
 * Images are encoded as all-white rasters of the logged size (the log does not keep pixels).
 */
function encodeCommand(c, encoding = 'cp437') {
    switch (c.type) {
        case 'init':
            return Uint8Array.of(0x1b, 0x40);
        case 'text':
            return lib_default().encode(c.text, encoding);
        case 'lf':
            return Uint8Array.of(0x0a);
        case 'cr':
            return Uint8Array.of(0x0d);
        case 'feed':
            if (c.dots !== undefined)
                return Uint8Array.of(0x1b, 0x4a, c.dots);
            return Uint8Array.of(0x1b, c.reverse ? 0x65 : 0x64, c.lines ?? 1);
        case 'align':
            return Uint8Array.of(0x1b, 0x61, ALIGN[c.align]);
        case 'bold':
            return Uint8Array.of(0x1b, 0x45, c.on ? 1 : 0);
        case 'underline':
            return Uint8Array.of(0x1b, 0x2d, c.mode);
        case 'doubleStrike':
            return Uint8Array.of(0x1b, 0x47, c.on ? 1 : 0);
        case 'mode':
            return Uint8Array.of(0x1b, 0x21, c.value);
        case 'size':
            return Uint8Array.of(0x1d, 0x21, ((c.width - 1) << 4) | (c.height - 1));
        case 'lineSpacing':
            return c.dots === null ? Uint8Array.of(0x1b, 0x32) : Uint8Array.of(0x1b, 0x33, c.dots);
        case 'codeTable':
            return Uint8Array.of(0x1b, 0x74, c.table);
        case 'font':
            return Uint8Array.of(0x1b, 0x4d, 'ABCDE'.indexOf(c.font));
        case 'invert':
            return Uint8Array.of(0x1d, 0x42, c.on ? 1 : 0);
        case 'cut':
            if (c.feed !== undefined)
                return Uint8Array.of(0x1d, 0x56, c.mode === 'full' ? 65 : 66, c.feed);
            return Uint8Array.of(0x1d, 0x56, c.mode === 'full' ? 0 : 1);
        case 'qr': {
            const data = [...Buffer.from(c.data, 'utf8')];
            return Uint8Array.from([
                ...gsParenK(0x41, [48 + (c.model ?? 2), 0]),
                ...gsParenK(0x43, [c.size ?? 3]),
                ...gsParenK(0x45, [QR_LEVEL[c.level ?? 'L']]),
                ...gsParenK(0x50, [0x30, ...data]),
                ...gsParenK(0x51, [0x30])
            ]);
        }
        case 'code2d': {
            // Store then print, with m = 48 (and, for GS1 DataBar and Composite, a second byte 48).
            const cn = CN_2D[c.symbology];
            const lead = cn === 0x33 || cn === 0x34 ? [0x30, 0x30] : [0x30];
            const data = [...Buffer.from(c.data, 'utf8')];
            return Uint8Array.from([
                ...gsParenK2d(cn, 0x50, [...lead, ...data]),
                ...gsParenK2d(cn, 0x51, [0x30])
            ]);
        }
        case 'barcode': {
            const data = [
                ...Buffer.from(c.symbology === 'CODE128' && c.form === 'B' ? `{B${c.data}` : c.data, 'latin1')
            ];
            return c.form === 'A'
                ? Uint8Array.from([0x1d, 0x6b, c.system, ...data, 0])
                : Uint8Array.from([0x1d, 0x6b, c.system, data.length, ...data]);
        }
        case 'barcodeHeight':
            return Uint8Array.of(0x1d, 0x68, c.dots);
        case 'barcodeWidth':
            return Uint8Array.of(0x1d, 0x77, c.width);
        case 'hriPosition':
            return Uint8Array.of(0x1d, 0x48, HRI[c.position]);
        case 'hriFont':
            return Uint8Array.of(0x1d, 0x66, c.font === 'special A' ? 97 : c.font === 'special B' ? 98 : c.font.charCodeAt(0) - 65);
        case 'image':
            return encodeRaster(new Uint8Array(Math.ceil(c.widthDots / 8) * c.heightDots), Math.ceil(c.widthDots / 8), c.heightDots);
        case 'status':
            return Uint8Array.of(0x10, 0x04, c.n);
        case 'transmitStatus':
            return Uint8Array.of(0x1d, 0x72, c.n);
        case 'printerId':
            return Uint8Array.of(0x1d, 0x49, c.n);
        case 'asb':
            return Uint8Array.of(0x1d, 0x61, c.flags);
        case 'kanji':
            return Uint8Array.of(0x1c, c.on ? 0x26 : 0x2e);
        case 'drawer':
            return Uint8Array.of(0x1b, 0x70, c.pin === 5 ? 1 : 0, c.onMs >> 1, c.offMs >> 1);
    }
}
/** GS v 0 raster: `widthBytes * heightDots` bytes, MSB = leftmost dot, 1 = black. */
function encodeRaster(data, widthBytes, heightDots) {
    const out = new Uint8Array(8 + data.length);
    out.set([
        0x1d,
        0x76,
        0x30,
        0,
        widthBytes & 0xff,
        widthBytes >> 8,
        heightDots & 0xff,
        heightDots >> 8
    ]);
    out.set(data, 8);
    return out;
}
/** Encodes a command sequence, switching the text encoding at each `codeTable`. */
function encodeCommands(commands) {
    const parts = [];
    let encoding = 'cp437';
    for (const c of commands) {
        if (c.type === 'init')
            encoding = 'cp437';
        if (c.type === 'codeTable')
            encoding = c.encoding ?? 'cp437';
        parts.push(encodeCommand(c, encoding));
    }
    return Buffer.concat(parts);
}
/** ESC t number for an encoding name (re-exported for generators). */


;// CONCATENATED MODULE: ./src/stats/random.ts
/**
 * A small seeded random source for simulations and property tests. Pure modules take randomness
 * as an argument (never Math.random) so that every figure in the docs reproduces exactly.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, PractRand-clean), seeded
 * through splitmix32 so that nearby seeds give unrelated streams.
 */
/** Creates a deterministic generator from a 32-bit integer seed. */
function createRng(seed) {
    let s = seed >>> 0;
    const splitmix = () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
    let a = splitmix();
    let b = splitmix();
    let c = splitmix();
    let d = splitmix();
    const next = () => {
        const t = (((a + b) >>> 0) + d) >>> 0;
        d = (d + 1) >>> 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) >>> 0;
        c = ((c << 21) | (c >>> 11)) >>> 0;
        c = (c + t) >>> 0;
        return t / 4294967296;
    };
    for (let i = 0; i < 12; i++)
        next();
    let spare = null;
    const normal = () => {
        if (spare !== null) {
            const v = spare;
            spare = null;
            return v;
        }
        let u = next();
        while (u === 0)
            u = next();
        const r = Math.sqrt(-2 * Math.log(u));
        const th = 2 * Math.PI * next();
        spare = r * Math.sin(th);
        return r * Math.cos(th);
    };
    return { next, normal, int: (n) => Math.floor(next() * n) };
}
/**
 * mulberry32, a small well-known 32-bit PRNG: a plain `() => number` in [0, 1) for choosing
 * generated content (print jobs, service calls). The job generators depend on its exact sequence:
 * the same seed must give the same work on both sides of a comparison and across versions.
 */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Mixes a run seed and an index (and an optional salt) into one 32-bit seed, so any item can be made on its own. */
function mixSeed(seed, index, salt = 0) {
    let h = (seed ^ 0x9e3779b9 ^ salt) >>> 0;
    h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
}

;// CONCATENATED MODULE: ./src/printer/generator.ts
/**
 * Seeded print-job generator. Pure: the same seed and job index give the same bytes, so a PR and
 * its baseline deliver identical work.
 *
 * Text, QR codes, barcodes and cuts are encoded with @point-of-sale/receipt-printer-encoder (it runs
 * in Node without a canvas: it builds byte arrays only, and images are only needed for the `image`
 * call we do not use). Alignment (ESC a), feeds (ESC d) and raster images (GS v 0) come from our own
 * encoder through `raw()`, because the library aligns by padding with spaces and feeds with LF CR
 * pairs, which would not show up as `align` and `feed` commands at the printer.
 */



const DEFAULT_MIX = { text: 6, qr: 1, barcode: 1, feed: 1, image: 0 };
/** Words the generated receipts (and the Home Assistant call generator) are made of. */
const RECEIPT_WORDS = [
    'coffee',
    'latte',
    'espresso',
    'croissant',
    'bagel',
    'sandwich',
    'salad',
    'soup',
    'water',
    'tea',
    'juice',
    'muffin',
    'table',
    'order',
    'total',
    'cash',
    'card',
    'thanks',
    'kitchen',
    'bar',
    'pizza',
    'pasta',
    'Café',
    'Crème',
    'brûlée',
    'Señor',
    'jalapeño',
    '£5',
    'naïve',
    'Ümlaut'
];
const LEVELS = ['l', 'm', 'q', 'h'];
const ALIGNS = ['left', 'center', 'right'];
/** EAN-13 check digit of 12 digits (weights 1, 3 alternating from the left). */
function ean13CheckDigit(digits12) {
    let sum = 0;
    for (let i = 0; i < 12; i++)
        sum += Number(digits12[i]) * (i % 2 === 0 ? 1 : 3);
    return (10 - (sum % 10)) % 10;
}
/**
 * Generates job `index` of a run with `seed`.
 *
 * @example generateJob(42, 0, { elements: 4, mix: { text: 1, qr: 1 } }).bytes
 */
function generateJob(seed, index, spec = {}) {
    const rand = seededRandom(mixSeed(seed, index));
    const pick = (items) => items[Math.floor(rand() * items.length)];
    const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
    // A mix given in the config replaces the default one: kinds it does not name are left out.
    const mix = spec.mix ?? DEFAULT_MIX;
    const kinds = Object.keys(mix).filter((k) => (mix[k] ?? 0) > 0);
    const total = kinds.reduce((s, k) => s + mix[k], 0);
    const elements = [];
    const enc = new receipt_printer_encoder/* default */.A({
        language: 'esc-pos',
        codepageMapping: 'epson',
        columns: spec.columns ?? 42
    });
    enc.initialize();
    const count = spec.elements ?? 6;
    for (let e = 0; e < count && total > 0; e++) {
        let r = rand() * total;
        let kind = kinds[0];
        for (const k of kinds) {
            r -= mix[k];
            if (r < 0) {
                kind = k;
                break;
            }
        }
        elements.push(kind);
        switch (kind) {
            case 'text': {
                const words = Array.from({ length: int(2, 6) }, () => pick(RECEIPT_WORDS)).join(' ');
                const bold = rand() < 0.25;
                enc.raw([...encodeCommand({ type: 'align', align: pick(ALIGNS) })]);
                if (bold)
                    enc.bold(true);
                enc.text(words);
                if (bold)
                    enc.bold(false);
                enc.newline();
                break;
            }
            case 'qr':
                enc.qrcode(`https://example.com/r/${seed}/${index}/${int(0, 1e9)}`, {
                    model: 2,
                    size: int(3, 8),
                    errorlevel: pick(LEVELS)
                });
                break;
            case 'barcode':
                if (rand() < 0.5) {
                    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-';
                    const value = Array.from({ length: int(6, 12) }, () => pick([...alphabet])).join('');
                    enc.barcode(value, 'code128', 60);
                }
                else {
                    const d12 = Array.from({ length: 12 }, () => String(int(0, 9))).join('');
                    enc.barcode(d12 + String(ean13CheckDigit(d12)), 'ean13', 60);
                }
                break;
            case 'feed':
                enc.raw([...encodeCommand({ type: 'feed', lines: int(1, 5) })]);
                break;
            case 'image': {
                // A "logo": 128 x 48 dots of stripes (not a QR code, so it stays an `image`).
                const wb = 16;
                const h = 48;
                const data = new Uint8Array(wb * h);
                const phase = int(0, 7);
                for (let k = 0; k < data.length; k++)
                    data[k] = ((k >> 4) + phase) % 3 === 0 ? 0xff : 0x00;
                enc.raw([...encodeRaster(data, wb, h)]);
                break;
            }
        }
    }
    const cut = spec.cut === 'mixed' ? (rand() < 0.5 ? 'full' : 'partial') : (spec.cut ?? 'partial');
    enc.cut(cut);
    elements.push('cut');
    return { index, bytes: enc.encode(), elements };
}
/** Jobs `from .. from + count - 1` of a run (the bytes a repetition sends). */
function generateJobs(seed, count, spec = {}, from = 0) {
    return Array.from({ length: count }, (_, i) => generateJob(seed, from + i, spec));
}

// EXTERNAL MODULE: ./src/printer/server.ts + 5 modules
var server = __webpack_require__(7547);
// EXTERNAL MODULE: ./src/workloads/profiles.ts
var profiles = __webpack_require__(106);
// EXTERNAL MODULE: ./src/workloads/types.ts
var types = __webpack_require__(9783);
;// CONCATENATED MODULE: ./src/workloads/printer.ts
/**
 * The `printer` workload: delivers seeded ESC/POS jobs over TCP to a virtual printer (or to a
 * host:port such as a print proxy that forwards to one) under a load profile, and measures each
 * job's time-to-print: from the start of sending until the printer has parsed the job's last byte.
 */





const DEFAULT_TIMEOUT_MS = 10_000;
/** How long connections may take to close after the last job before they count as leaked. */
const LEAK_GRACE_MS = 1000;
/** Generated jobs are kept per (seed, spec, count) so repetitions do not pay for generation again. */
const jobCache = new Map();
function jobsFor(seed, count, spec) {
    const key = `${seed}:${count}:${JSON.stringify(spec)}`;
    let jobs = jobCache.get(key);
    if (!jobs) {
        jobs = generateJobs(seed, count, spec);
        if (jobCache.size >= 8)
            jobCache.delete(jobCache.keys().next().value);
        jobCache.set(key, jobs);
    }
    return jobs;
}
function isVirtual(p) {
    return p instanceof server/* VirtualPrinter */.AT;
}
function parseTarget(def) {
    const t = def.target;
    const i = t.lastIndexOf(':');
    const host = t.slice(0, i).replace(/^\[|\]$/g, '');
    const port = Number(t.slice(i + 1));
    if (i <= 0 || !Number.isInteger(port) || port < 1 || port > 65535) {
        throw new types/* WorkloadError */.E(`workload ${def.name}: target "${t}" is not host:port (e.g. 127.0.0.1:9100)`);
    }
    return { host, port };
}
/** Maps a socket error to an error kind and a message a user can act on. */
function socketError(err, where, printer) {
    const state = printer
        ? ` (printer ${printer.name}: ${printer.status().online ? 'online' : printer.status().faults.join(', ') || 'not listening'})`
        : '';
    switch (err.code) {
        case 'ECONNREFUSED':
            return new profiles/* OperationError */.OK('connection_refused', `cannot connect to ${where}: connection refused${state}`);
        case 'ECONNRESET':
        case 'EPIPE':
            if (printer && !printer.status().online) {
                return new profiles/* OperationError */.OK('printer_offline', `printer ${printer.name} is offline (${printer.status().faults.join(', ')}): it reset the connection instead of printing`);
            }
            return new profiles/* OperationError */.OK('connection_reset', `${where} reset the connection${state}`);
        default:
            return new profiles/* OperationError */.OK('socket_error', `${where}: ${err.code ?? ''} ${err.message}${state}`.trim());
    }
}
function toOperationError(err, where, printer) {
    if (err instanceof profiles/* OperationError */.OK)
        return err;
    if (err instanceof server/* PrinterJobError */.GW)
        return new profiles/* OperationError */.OK(err.kind, err.message);
    if (err instanceof Error && 'code' in err)
        return socketError(err, where, printer);
    return new profiles/* OperationError */.OK('error', err instanceof Error ? err.message : String(err));
}
/** Opens a TCP connection; rejects with a classified error. */
function connect(host, port, timeoutMs, printer) {
    return new Promise((resolve, reject) => {
        const s = external_node_net_default().connect({ host, port, noDelay: true });
        const timer = setTimeout(() => {
            s.destroy();
            reject(new profiles/* OperationError */.OK('timeout', `cannot connect to ${host}:${port} within ${timeoutMs} ms`));
        }, timeoutMs);
        s.once('connect', () => {
            clearTimeout(timer);
            s.removeAllListeners('error');
            resolve(s);
        });
        s.once('error', (err) => {
            clearTimeout(timer);
            reject(socketError(err, `${host}:${port}`, printer));
        });
    });
}
function write(s, bytes) {
    return new Promise((resolve, reject) => {
        s.write(bytes, (err) => (err ? reject(err) : resolve()));
    });
}
function checkCount(type, expected, got) {
    if (typeof expected === 'number') {
        return {
            name: `count ${type}`,
            passed: got === expected,
            message: got === expected
                ? `${got} ${type} commands, as expected`
                : `expected ${expected} ${type} commands, the printer logged ${got}`
        };
    }
    const ok = (expected.min === undefined || got >= expected.min) &&
        (expected.max === undefined || got <= expected.max);
    const range = `${expected.min ?? 0}..${expected.max ?? '∞'}`;
    return {
        name: `count ${type}`,
        passed: ok,
        message: ok
            ? `${got} ${type} commands, within ${range}`
            : `expected ${range} ${type} commands, the printer logged ${got}`
    };
}
/** Compares the printer's commands of the listed types with the expected order. */
function checkSequence(expected, types) {
    const wanted = new Set(expected);
    const got = types.filter((t) => wanted.has(t));
    let k = 0;
    while (k < expected.length && k < got.length && expected[k] === got[k])
        k++;
    if (k === expected.length && k === got.length) {
        return {
            name: 'sequence',
            passed: true,
            message: `${got.length} commands in the expected order`
        };
    }
    const around = (list) => list.slice(Math.max(0, k - 2), k + 3).join(', ') || '(nothing)';
    return {
        name: 'sequence',
        passed: false,
        message: `the command order differs at position ${k + 1}: expected ${expected[k] ?? '(end)'}, the printer logged ` +
            `${got[k] ?? '(end)'} (expected ... ${around(expected)} ...; got ... ${around(got)} ...; ` +
            `${expected.length} expected, ${got.length} logged)`
    };
}
/** The `printer` workload runner. */
const printerRunner = {
    kind: 'printer',
    async runRepetition(def, ctx) {
        const handle = def.printer !== undefined ? ctx.fixtures.printers.get(def.printer) : undefined;
        if (def.printer !== undefined && !handle) {
            const names = [...ctx.fixtures.printers.keys()];
            throw new types/* WorkloadError */.E(`workload ${def.name}: printer "${def.printer}" is not defined under printers: ` +
                (names.length ? `(defined: ${names.join(', ')})` : '(no printers are defined)'));
        }
        const printer = isVirtual(handle) ? handle : undefined;
        if (!def.target && !handle)
            throw new types/* WorkloadError */.E(`workload ${def.name}: set printer: <name> or target: host:port`);
        const { host, port } = def.target
            ? parseTarget(def)
            : { host: handle.host, port: handle.port };
        const where = `${host}:${port}`;
        const viaProxy = def.target !== undefined;
        const timeoutMs = def.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const persistent = def.connection === 'persistent';
        const expect = def.expect ?? {};
        const profile = def.profile ?? profiles/* DEFAULT_PROFILE */.KG;
        const count = (0,profiles/* profileSize */.Rt)(profile);
        const { seed: jobSeed, ...spec } = def.jobs ?? {};
        const jobs = jobsFor((ctx.seed ^ (jobSeed ?? 0)) >>> 0, count, spec);
        // Through a proxy the printer sees the proxy's connections, so each job carries a marker line
        // that identifies it in the print history.
        const runTag = `${ctx.repetition}.${Math.floor(Math.random() * 1e9).toString(36)}`;
        const payloads = viaProxy && printer
            ? jobs.map((j) => Buffer.concat([
                Buffer.from(`${server/* MARKER_PREFIX */.Km}${runTag}.${j.index}\n`, 'latin1'),
                j.bytes
            ]))
            : jobs.map((j) => j.bytes);
        printer?.clearLog();
        const pool = [];
        const all = new Set();
        let bytesOk = 0;
        const deliverOn = async (s, bytes, upTo, index) => {
            const waitPrinted = printer
                ? viaProxy
                    ? printer.waitForMarker(`${runTag}.${index}`, timeoutMs)
                    : printer.waitForBytes(s.localPort, upTo, timeoutMs)
                : undefined;
            waitPrinted?.catch(() => undefined);
            await write(s, bytes);
            if (waitPrinted)
                return await waitPrinted;
            // No virtual printer to ask: delivery time (written) is all that can be measured.
            return performance.now();
        };
        const op = async (index) => {
            const bytes = payloads[index % payloads.length];
            if (!persistent) {
                let s;
                try {
                    s = await connect(host, port, timeoutMs, printer);
                    all.add(s);
                    s.on('error', () => undefined);
                    const end = await deliverOn(s, bytes, bytes.length, index);
                    bytesOk += bytes.length;
                    return { end };
                }
                catch (err) {
                    throw toOperationError(err, where, printer);
                }
                finally {
                    if (s) {
                        s.end();
                        all.delete(s);
                    }
                }
            }
            let conn = pool.pop();
            try {
                if (!conn) {
                    const socket = await connect(host, port, timeoutMs, printer);
                    all.add(socket);
                    conn = { socket, sent: 0 };
                    const c = conn;
                    socket.on('error', (e) => (c.error = e));
                }
                conn.sent += bytes.length;
                const end = await deliverOn(conn.socket, bytes, conn.sent, index);
                bytesOk += bytes.length;
                pool.push(conn);
                return { end };
            }
            catch (err) {
                // A broken connection is not returned to the pool; the next job opens a new one.
                if (conn) {
                    conn.socket.destroy();
                    all.delete(conn.socket);
                }
                throw toOperationError(conn?.error ?? err, where, printer);
            }
        };
        const outcome = await (0,profiles/* runProfile */.Tm)(profile, op, {
            signal: ctx.signal,
            onProgress: (0,profiles/* progressEvery */.BM)((m) => ctx.log.progress(m), def.name)
        });
        for (const c of pool.splice(0)) {
            c.socket.end();
            all.delete(c.socket);
        }
        for (const s of all)
            s.destroy();
        const checks = [];
        const durationS = outcome.durationMs / 1000;
        const details = {
            target: where,
            connection: persistent ? 'persistent' : 'per-job',
            jobs: count
        };
        if (outcome.errorSamples.length)
            details.errorSamples = outcome.errorSamples;
        if (expect.allPrinted !== false) {
            const failed = count - outcome.ok;
            checks.push({
                name: 'all jobs printed',
                passed: failed === 0,
                message: failed === 0
                    ? `${count} of ${count} jobs printed`
                    : `${outcome.ok} of ${count} jobs printed; ${Object.entries(outcome.errors)
                        .map(([k, v]) => `${v} ${k}`)
                        .join(', ')}; first error: ${outcome.errorSamples[0] ?? 'unknown'}`
            });
        }
        if (printer) {
            const leftOpen = await printer.waitForIdle(expect.noLeaks === false ? 0 : LEAK_GRACE_MS);
            const counts = printer.commandCounts();
            const status = printer.status();
            details.printer = {
                name: printer.name,
                counts,
                jobsPrinted: status.jobs,
                connections: status.connections,
                faults: status.faults
            };
            for (const [type, exp] of Object.entries(expect.counts ?? {})) {
                checks.push(checkCount(type, exp, counts[type] ?? 0));
            }
            for (const [type, per] of Object.entries(expect.countsPerJob ?? {})) {
                checks.push(checkCount(type, per * count, counts[type] ?? 0));
            }
            if (expect.sequence)
                checks.push(checkSequence(expect.sequence, printer.commandTypes()));
            if (expect.online !== false) {
                checks.push({
                    name: 'printer online',
                    passed: status.online && status.listening,
                    message: status.online && status.listening
                        ? `printer ${printer.name} is online`
                        : `expected printer ${printer.name} online after the run; it is ${status.listening ? status.faults.join(', ') : 'not listening (refuse)'}`
                });
            }
            if (expect.noLeaks !== false) {
                checks.push({
                    name: 'no leaked connections',
                    passed: leftOpen === 0,
                    message: leftOpen === 0
                        ? `all ${status.connections.opened} connections closed`
                        : `expected every connection closed ${LEAK_GRACE_MS} ms after the last job; ${leftOpen} still open (opened ${status.connections.opened}, peak ${status.connections.peak})`
                });
            }
        }
        else if (expect.counts || expect.countsPerJob || expect.sequence) {
            throw new types/* WorkloadError */.E(`workload ${def.name}: expect.counts/sequence need printer: <name> to check at (target alone cannot be verified)`);
        }
        return {
            latencies: outcome.latencies,
            ok: outcome.ok,
            errors: outcome.errors,
            durationMs: outcome.durationMs,
            metrics: {
                bytes_per_s: {
                    value: durationS > 0 ? bytesOk / durationS : 0,
                    unit: 'B/s',
                    direction: 'bigger'
                },
                jobs_per_s: {
                    value: durationS > 0 ? outcome.ok / durationS : 0,
                    unit: 'jobs/s',
                    direction: 'bigger'
                }
            },
            checks,
            details
        };
    }
};

// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/load/http.ts
var http = __webpack_require__(3446);
// EXTERNAL MODULE: ./src/load/histogram.ts
var histogram = __webpack_require__(6846);
;// CONCATENATED MODULE: ./src/load/ha-jobs.ts
/**
 * Seeded service-call data for Home Assistant's escpos_printer integration, for `${job.data}`
 * and `${job.service}` in service workload requests: the same seed and index give the same
 * call, so a PR and its baseline send identical work. Field names follow the integration's
 * services.yaml (print_text: text, align, bold; print_qr: data, size, ec; print_barcode: code,
 * bc, height, width; feed: lines; cut: mode). Pure.
 */


/** All kinds, in a stable order. */
const HA_JOB_KINDS = (/* unused pure expression or super */ null && ([
    'print_text',
    'print_qr',
    'print_barcode',
    'feed',
    'cut'
]));
/** Weights of `mixed`: mostly text, like a kitchen's traffic. */
const DEFAULT_HA_MIX = {
    print_text: 6,
    print_qr: 1,
    print_barcode: 1,
    feed: 1,
    cut: 1
};
/**
 * The job generator's receipt words without three it gained later ('Señor', '£5', 'Ümlaut'), so
 * seeded service calls stay what the committed baselines measured.
 */
const WORDS = RECEIPT_WORDS.filter((w) => w !== 'Señor' && w !== '£5' && w !== 'Ümlaut');
const ha_jobs_ALIGNS = ['left', 'center', 'right'];
const EC = ['L', 'M', 'Q', 'H'];

const withCheckDigit = (d12) => d12 + String(ean13CheckDigit(d12));
/** Picks a kind from weights with a uniform number in [0, 1). */
function pickWeighted(weights, u) {
    const entries = Object.entries(weights).filter(([, w]) => w > 0);
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = u * total;
    for (const [k, w] of entries) {
        r -= w;
        if (r < 0)
            return k;
    }
    return entries[entries.length - 1][0];
}
/**
 * Call `index` of a run with `seed`.
 * @example generateHaJob(1, 0, 'print_text') // { index: 0, service: 'print_text', data: { text: '…', align: 'center', bold: false } }
 */
function generateHaJob(seed, index, spec = 'mixed') {
    const rand = seededRandom(mixSeed(seed, index, 0x4a0b));
    const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
    const pick = (xs) => xs[Math.floor(rand() * xs.length)];
    const service = typeof spec === 'string'
        ? spec === 'mixed'
            ? pickWeighted(DEFAULT_HA_MIX, rand())
            : spec
        : pickWeighted(spec, rand());
    let data;
    switch (service) {
        case 'print_text':
            data = {
                text: Array.from({ length: int(2, 8) }, () => pick(WORDS)).join(' '),
                align: pick(ha_jobs_ALIGNS),
                bold: rand() < 0.25
            };
            break;
        case 'print_qr':
            data = {
                data: `https://example.com/r/${seed}/${index}/${int(0, 1e9)}`,
                size: int(3, 8),
                ec: pick(EC)
            };
            break;
        case 'print_barcode':
            data =
                rand() < 0.5
                    ? {
                        code: Array.from({ length: int(6, 12) }, () => pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'])).join(''),
                        bc: 'CODE128',
                        height: 60,
                        width: 2
                    }
                    : {
                        code: withCheckDigit(Array.from({ length: 12 }, () => String(int(0, 9))).join('')),
                        bc: 'EAN13',
                        height: 60,
                        width: 2
                    };
            break;
        case 'feed':
            data = { lines: int(1, 5) };
            break;
        case 'cut':
            data = { mode: rand() < 0.5 ? 'full' : 'partial' };
            break;
    }
    return { index, service, data };
}

;// CONCATENATED MODULE: ./src/workloads/service.ts






/** Above this many operations latencies go to a histogram instead of an array (bounded memory). */
const ARRAY_LIMIT = 200_000;
function isProbe(p) {
    const x = p;
    return (!!x &&
        typeof x.commandTypes === 'function' &&
        typeof x.status === 'function' &&
        typeof x.clearLog === 'function');
}
function isRunning(s) {
    return typeof s.restart === 'function';
}
/** Most concurrency a profile reaches (for the connection count). */
function concurrencyOf(p) {
    switch (p.type) {
        case 'parallel':
            return p.count;
        case 'burst':
            return p.size;
        case 'batch':
            return p.size ?? p.count;
        case 'clients':
            return p.clients;
        case 'sequential':
            return p.blocking === false ? p.count : 1;
        case 'ordered':
            return 1;
        case 'sustained':
            return 50;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Turns templates into requests: pre-rendered once when they do not depend on the job. */
class RequestBuilder {
    templates;
    mode;
    scope;
    service;
    seed;
    where;
    fixed;
    weights;
    constructor(templates, mode, scope, service, seed, where) {
        this.templates = templates;
        this.mode = mode;
        this.scope = scope;
        this.service = service;
        this.seed = seed;
        this.where = where;
        this.weights = mode === 'mix' ? templates.map((t) => t.weight ?? 1) : null;
        this.fixed = templates.map((t, i) => (usesJob(t) ? null : this.render(t, i, null)));
    }
    /** The template used for operation `index`. */
    pick(index) {
        if (!this.weights)
            return index % this.templates.length;
        const u = seededRandom(mixSeed(this.seed, index, 0x6d1f))();
        const w = {};
        this.weights.forEach((x, i) => (w[String(i)] = x));
        return Number(pickWeighted(w, u));
    }
    /** The request for operation `index`, and which template it came from. */
    build(index) {
        const t = this.pick(index);
        return { req: this.fixed[t] ?? this.render(this.templates[t], t, index), template: t };
    }
    /** Renders one template; `index` null means "no job" (the template does not use one). */
    render(t, i, index) {
        const where = `${this.where}${this.mode === 'mix' ? `.mix[${i}]` : this.templates.length > 1 ? `.requests[${i}]` : '.requests'}`;
        let scope = this.scope;
        if (index !== null) {
            const job = generateHaJob(this.seed, index, t.job ?? 'mixed');
            scope = {
                ...this.scope,
                job: { index, seed: this.seed, service: job.service, data: job.data }
            };
        }
        const target = (0,template/* renderTemplate */.Xm)(t.path ?? t.url ?? '/', scope, `${where}.path`);
        let path = target;
        if (/^https?:\/\//.test(target)) {
            const u = new URL(target);
            if (u.origin !== new URL(this.service.url).origin) {
                throw new types/* WorkloadError */.E(`${where}.path: ${target} is not on service ${this.service.name} (${this.service.url}); use a path such as /api/`);
            }
            path = `${u.pathname}${u.search}`;
        }
        const headers = {};
        for (const [k, v] of Object.entries(t.headers ?? {})) {
            headers[k.toLowerCase()] =
                typeof v === 'string' ? (0,template/* renderTemplate */.Xm)(v, scope, `${where}.headers.${k}`) : String(v);
        }
        let body;
        if (t.json !== undefined) {
            body = JSON.stringify((0,template/* renderDeep */.PQ)(t.json, scope, `${where}.json`));
            headers['content-type'] ??= 'application/json';
        }
        else if (t.body !== undefined) {
            body = (0,template/* renderTemplate */.Xm)(t.body, scope, `${where}.body`);
        }
        const method = (t.method ?? (body !== undefined ? 'POST' : 'GET')).toUpperCase();
        return { method, path, headers, body };
    }
}
function usesJob(t) {
    const mentions = (v) => typeof v === 'string'
        ? v.includes('${job')
        : Array.isArray(v)
            ? v.some(mentions)
            : v !== null && typeof v === 'object'
                ? Object.values(v).some(mentions)
                : false;
    return ((0,template/* hasTemplate */.rJ)(t) &&
        mentions({ path: t.path, url: t.url, headers: t.headers, json: t.json, body: t.body }));
}
function statusOk(status, expected) {
    if (expected === undefined)
        return !(0,http/* isErrorStatus */.tX)(status);
    return Array.isArray(expected) ? expected.includes(status) : status === expected;
}
function countCheck(label, expected, actual) {
    if (typeof expected === 'number') {
        return {
            name: label,
            passed: actual === expected,
            message: `expected ${expected}, got ${actual}`
        };
    }
    const okMin = expected.min === undefined || actual >= expected.min;
    const okMax = expected.max === undefined || actual <= expected.max;
    const range = [
        expected.min !== undefined ? `>= ${expected.min}` : '',
        expected.max !== undefined ? `<= ${expected.max}` : ''
    ]
        .filter(Boolean)
        .join(' and ');
    return { name: label, passed: okMin && okMax, message: `expected ${range}, got ${actual}` };
}
/** Where two sequences first differ, for a readable order message. */
function firstDifference(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++)
        if (a[i] !== b[i])
            return i;
    return -1;
}
/** Jobs and commands a printer has received since its log was cleared (grows with anything printed). */
function printedSoFar(p) {
    const s = p.status();
    return s.jobs + s.commands + s.droppedCommands;
}
/** Checks expectations at one printer after the calls. */
async function printerChecks(name, p, given, activeAtStart) {
    const checks = [];
    // Accept the printer workload's spellings too, so one vocabulary works for both kinds.
    const e = {
        ...given,
        commands: given.commands ?? given.counts,
        order: given.order ?? given.sequence,
        leakedConnections: given.leakedConnections ?? (given.noLeaks ? 0 : undefined)
    };
    // The whole repetition's commands: the log keeps only the latest `keepCommands` of them.
    const types = p.commandTypes();
    for (const [type, expected] of Object.entries(e.commands ?? {})) {
        checks.push(countCheck(`printer ${name}: ${type} commands`, expected, types.filter((t) => t === type).length));
    }
    if (e.order) {
        const wanted = new Set(e.order);
        const got = types.filter((t) => wanted.has(t));
        const at = firstDifference(e.order, got);
        checks.push({
            name: `printer ${name}: command order`,
            passed: at === -1,
            message: at === -1
                ? `${got.length} commands in the expected order`
                : `first difference at position ${at + 1}: expected ${e.order[at] ?? '(end)'}, got ${got[at] ?? '(end)'}; ` +
                    `expected [${e.order.join(', ')}], got [${got.slice(0, 40).join(', ')}${got.length > 40 ? ', …' : ''}]`
        });
    }
    if (e.jobs !== undefined)
        checks.push(countCheck(`printer ${name}: jobs`, e.jobs, p.status().jobs));
    if (e.online !== undefined) {
        const s = p.status();
        checks.push({
            name: `printer ${name}: online`,
            passed: s.online === e.online,
            message: s.online ? 'online' : `offline (${(s.faults ?? []).join(', ') || 'not listening'})`
        });
    }
    if (e.leakedConnections !== undefined) {
        // A well-behaved client closes its connection right after the job; give it a moment to do so.
        const deadline = performance.now() + 1000;
        let active = p.connectionStats().active;
        while (active > activeAtStart && performance.now() < deadline) {
            await sleep(20);
            active = p.connectionStats().active;
        }
        const leaked = Math.max(0, active - activeAtStart);
        checks.push({
            name: `printer ${name}: leaked connections`,
            passed: leaked <= e.leakedConnections,
            message: `${leaked} connection(s) still open 1 s after the calls (allowed ${e.leakedConnections})`
        });
    }
    return checks;
}
/** Runs the workload's fault-drill steps in order; each timed request is one operation. */
async function runSteps(def, steps, ctx, driver, service, printerOf, where) {
    const latencies = [];
    const errors = {};
    const checks = [];
    const samples = [];
    let ok = 0;
    for (let i = 0; i < steps.length; i++) {
        if (ctx.signal.aborted)
            break;
        const s = steps[i];
        const label = s.name ?? `step ${i + 1}`;
        const sw = `${where}.steps[${i}]`;
        if (s.printerError)
            await printerOf(s.printerError.printer, `${sw}.printerError`).simulateError(s.printerError.kind);
        if (s.printerReset !== undefined) {
            await printerOf(s.printerReset === true ? undefined : s.printerReset, `${sw}.printerReset`).reset();
        }
        if (s.waitMs)
            await sleep(s.waitMs);
        if (!s.request)
            continue;
        const builder = new RequestBuilder([s.request], 'list', ctx.fixtures.templateScope, service, ctx.seed, sw);
        const { req } = builder.build(i);
        const watch = s.expect?.printed !== undefined
            ? printerOf(def.expect?.printer, `${sw}.expect.printed`)
            : null;
        const before = watch ? printedSoFar(watch) : 0;
        const t0 = performance.now();
        let res = null;
        let failure = '';
        try {
            res = await driver.send(req);
        }
        catch (err) {
            const kind = err instanceof profiles/* OperationError */.OK ? err.kind : 'error';
            errors[kind] = (errors[kind] ?? 0) + 1;
            failure = err.message;
        }
        const ms = performance.now() - t0;
        latencies.push(ms);
        if (res) {
            // In a drill an error answer the step expects (ok: false, or a listed status) is the
            // outcome asked for, not an error of the service.
            const expected = s.expect?.status !== undefined
                ? statusOk(res.status, s.expect.status)
                : s.expect?.ok === false
                    ? (0,http/* isErrorStatus */.tX)(res.status)
                    : statusOk(res.status, s.request.expectStatus);
            if (expected)
                ok++;
            else {
                const kind = `http_${res.status}`;
                errors[kind] = (errors[kind] ?? 0) + 1;
                if (samples.length < 5)
                    samples.push(`${label}: ${req.method} ${req.path}: HTTP ${res.status} ${res.body.slice(0, 120)}`);
            }
        }
        else if (samples.length < 5)
            samples.push(`${label}: ${failure}`);
        const e = s.expect;
        if (!e)
            continue;
        const got = res
            ? `HTTP ${res.status}${res.body ? ` ${res.body.slice(0, 120)}` : ''}`
            : `no response (${failure})`;
        if (e.status !== undefined) {
            const want = Array.isArray(e.status) ? e.status : [e.status];
            checks.push({
                name: `${label}: status`,
                passed: !!res && want.includes(res.status),
                message: `expected ${want.join(' or ')}, got ${got}`
            });
        }
        if (e.ok !== undefined) {
            const isOk = !!res && !(0,http/* isErrorStatus */.tX)(res.status);
            checks.push({
                name: `${label}: ${e.ok ? 'succeeds' : 'fails cleanly'}`,
                // A clean failure is an HTTP error answer, not a hang or a dropped connection.
                passed: e.ok ? isOk : !!res && (0,http/* isErrorStatus */.tX)(res.status),
                message: `expected ${e.ok ? 'a success (status < 400)' : 'an error answer (status >= 400)'}, got ${got}`
            });
        }
        if (e.within !== undefined) {
            checks.push({
                name: `${label}: answered within ${e.within} ms`,
                passed: !!res && ms <= e.within,
                message: `took ${ms.toFixed(1)} ms`
            });
        }
        if (watch && e.printed !== undefined) {
            const printed = printedSoFar(watch) > before;
            checks.push({
                name: `${label}: ${e.printed ? 'printed' : 'nothing printed'}`,
                passed: printed === e.printed,
                message: printed ? 'the printer received it' : 'the printer received nothing'
            });
        }
    }
    return { latencies, ok, errors, checks, samples };
}
function resourceMetrics(r) {
    const m = {
        // Resource figures are noisy between runs: reported, and gated through budgets only.
        'memory.rss_growth': { value: r.rssGrowth, unit: 'B', direction: 'smaller', gate: false },
        'memory.rss_peak': { value: r.rssPeak, unit: 'B', direction: 'smaller', gate: false },
        'cpu.percent': { value: r.cpuPercent, unit: '%', direction: 'smaller', gate: false }
    };
    if (r.fdsStart !== null && r.fdsEnd !== null) {
        m['fds.growth'] = {
            value: r.fdsEnd - r.fdsStart,
            unit: 'count',
            direction: 'smaller',
            gate: false
        };
    }
    return m;
}
/** The `service` workload kind. */
const serviceRunner = {
    kind: 'service',
    async runRepetition(def, ctx) {
        const where = `workloads.${def.name}`;
        const svc = ctx.fixtures.services.get(def.service);
        if (!svc) {
            const known = [...ctx.fixtures.services.keys()];
            throw new types/* WorkloadError */.E(`${where}.service: no service named "${def.service}" (${known.length ? `services: ${known.join(', ')}` : 'no services are defined under services:'})`);
        }
        if (isRunning(svc)) {
            if (svc.startError !== undefined) {
                throw new types/* WorkloadError */.E(`service ${svc.name} did not start: ${svc.startError}`);
            }
            if (!svc.alive) {
                // It died in an earlier workload: that one was failed; give this one a fresh process.
                ctx.log.warn(`service ${svc.name} is not running (${svc.crash?.description ?? 'stopped'}); restarting it for ${def.name}`);
                await svc.restart().catch((err) => {
                    throw new types/* WorkloadError */.E(`service ${svc.name} could not be restarted for ${def.name}: ${err.message}`);
                });
            }
            else if (svc.restartPolicy === 'per-repetition') {
                await svc.restart();
            }
        }
        const printerOf = (name, w) => {
            const all = ctx.fixtures.printers;
            const chosen = name ?? (all.size === 1 ? [...all.keys()][0] : undefined);
            if (chosen === undefined) {
                throw new types/* WorkloadError */.E(`${w}: name the printer (printers: ${[...all.keys()].join(', ') || 'none defined'})`);
            }
            const p = all.get(chosen);
            if (!p)
                throw new types/* WorkloadError */.E(`${w}: no printer named "${chosen}" (printers: ${[...all.keys()].join(', ') || 'none'})`);
            if (!isProbe(p))
                throw new types/* WorkloadError */.E(`${w}: printer "${chosen}" is not a virtual printer perf-gate can inspect`);
            return p;
        };
        // Printers the expectations, the drill or doneAtPrinter look at; their logs start empty.
        const watched = new Map();
        const e = def.expect ?? {};
        const hasPrinterExpect = [
            'commands',
            'counts',
            'order',
            'sequence',
            'jobs',
            'online',
            'leakedConnections',
            'noLeaks'
        ].some((k) => k in e);
        if (hasPrinterExpect)
            watched.set('default', printerOf(e.printer, `${where}.expect.printer`));
        for (const name of Object.keys(e.printers ?? {}))
            watched.set(name, printerOf(name, `${where}.expect.printers`));
        const doneAt = def.doneAtPrinter === undefined || def.doneAtPrinter === false
            ? null
            : printerOf(typeof def.doneAtPrinter === 'string' ? def.doneAtPrinter : e.printer, `${where}.doneAtPrinter`);
        if (doneAt)
            watched.set('doneAt', doneAt);
        const activeAtStart = new Map();
        for (const p of new Set(watched.values())) {
            p.clearLog();
            activeAtStart.set(p, p.connectionStats().active);
        }
        const profile = def.profile ?? profiles/* DEFAULT_PROFILE */.KG;
        const connections = def.connections ?? Math.max(1, Math.min(50, concurrencyOf(profile)));
        const driver = new http/* HttpDriver */.V1(svc.url, { connections, timeoutMs: def.timeoutMs ?? 10_000 });
        const scope = ctx.fixtures.templateScope;
        const listed = def.requests === undefined ? [] : Array.isArray(def.requests) ? def.requests : [def.requests];
        const builder = def.mix || listed.length
            ? new RequestBuilder(def.mix ?? listed, def.mix ? 'mix' : 'list', scope, svc, ctx.seed, where)
            : null;
        // The run ends early if the service dies; the crash is reported below.
        const ac = new AbortController();
        const onAbort = () => ac.abort();
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        let crashWatch;
        if (isRunning(svc)) {
            crashWatch = setInterval(() => {
                if (!svc.alive)
                    ac.abort();
            }, 50);
        }
        const sampler = isRunning(svc) ? svc.sampler(def.sampleIntervalMs ?? 200) : null;
        try {
            // Open the connections before the clock starts (auth headers of the first request, so a
            // service that rejects anonymous calls still keeps the connection alive).
            const warmHeaders = builder
                ? builder.render((def.mix ?? listed)[0], 0, warmJobIndex((def.mix ?? listed)[0])).headers
                : undefined;
            await driver.warm({ method: 'GET', path: def.warmPath ?? '/', headers: warmHeaders }, connections);
            await sampler?.start();
            let out;
            const checks = [];
            const t0 = performance.now();
            if (def.steps) {
                const r = await runSteps(def, def.steps, { ...ctx, signal: ac.signal }, driver, svc, printerOf, where);
                checks.push(...r.checks);
                out = {
                    latencies: r.latencies,
                    ok: r.ok,
                    errors: r.errors,
                    durationMs: performance.now() - t0,
                    details: { errorSamples: r.samples }
                };
            }
            else {
                if (!builder)
                    throw new types/* WorkloadError */.E(`${where}: give requests, mix or steps`);
                const jobs0 = doneAt ? doneAt.status().jobs : 0;
                let printedOk = 0;
                const templates = def.mix ?? listed;
                const op = async (index) => {
                    const { req, template } = builder.build(index);
                    const res = await driver.send(req);
                    if (!statusOk(res.status, templates[template].expectStatus)) {
                        const body = res.body.replace(/\s+/g, ' ').slice(0, 160);
                        throw new profiles/* OperationError */.OK(`http_${res.status}`, `${req.method} ${req.path}: HTTP ${res.status}${body ? ` ${body}` : ''}`);
                    }
                    // Reads (GET/HEAD) print nothing: they are done when the response arrives.
                    if (!doneAt || req.method === 'GET' || req.method === 'HEAD')
                        return;
                    // Done when the printer has it: count-based (the n-th successful write is done once the
                    // printer holds n jobs since the start), which needs no marker in the printed content.
                    const n = ++printedOk;
                    const deadline = performance.now() + (def.timeoutMs ?? 10_000);
                    while (doneAt.status().jobs - jobs0 < n) {
                        if (performance.now() > deadline || ac.signal.aborted) {
                            throw new profiles/* OperationError */.OK('printer_timeout', `${req.method} ${req.path}: answered, but the printer did not get the job`);
                        }
                        await sleep(1);
                    }
                    return { end: performance.now() };
                };
                const size = (0,profiles/* profileSize */.Rt)(profile);
                const hdr = size > ARRAY_LIMIT ? new histogram/* HdrRecorder */.rE() : undefined;
                const outcome = await (0,profiles/* runProfile */.Tm)(profile, op, {
                    signal: ac.signal,
                    recorder: hdr,
                    onProgress: (0,profiles/* progressEvery */.BM)((m) => ctx.log.progress(m), def.name)
                });
                const details = { errorSamples: outcome.errorSamples, connections };
                if (outcome.achievedRate !== undefined && profile.type === 'sustained') {
                    details.askedRate = profile.rate;
                    details.achievedRate = outcome.achievedRate;
                    if (outcome.achievedRate < 0.9 * profile.rate)
                        ctx.log.warn(`${def.name}: asked ${profile.rate}/s, achieved ${outcome.achievedRate.toFixed(1)}/s: the service (with ${connections} connections) cannot keep up, so the run took ${(outcome.durationMs / 1000).toFixed(1)} s instead of ${profile.durationS} s; latencies count from the intended start and include the queue.`);
                }
                if (outcome.inFlightCapHits > 0)
                    details.inFlightCapHits = outcome.inFlightCapHits;
                out = {
                    latencies: outcome.latencies,
                    latencySummary: hdr?.summary() ?? undefined,
                    ok: outcome.ok,
                    errors: outcome.errors,
                    durationMs: outcome.durationMs,
                    details
                };
            }
            const resources = sampler ? await sampler.stop() : null;
            if (isRunning(svc) && svc.crash) {
                throw new types/* WorkloadError */.E(`service ${svc.name} died during workload ${def.name} (${svc.crash.description})`, svc.crash.output);
            }
            const metrics = {};
            const drift = out.latencies ? (0,histogram/* driftOf */.$p)(out.latencies) : null;
            if (drift) {
                metrics['latency.drift'] = {
                    value: drift.drift,
                    unit: 'ratio',
                    direction: 'smaller',
                    gate: false
                };
                metrics['latency.degradation'] = {
                    value: drift.degradation,
                    unit: 'ratio',
                    direction: 'smaller',
                    gate: false
                };
            }
            if (resources)
                Object.assign(metrics, resourceMetrics(resources));
            const total = out.ok + Object.values(out.errors).reduce((a, b) => a + b, 0);
            const failed = total - out.ok;
            const allowed = e.errorRate ?? (def.steps ? undefined : 0);
            if (allowed !== undefined && total > 0) {
                const rate = failed / total;
                const kinds = Object.entries(out.errors)
                    .map(([k, n]) => `${k}: ${n}`)
                    .join(', ');
                const sample = (out.details?.errorSamples ?? [])[0];
                checks.push({
                    name: 'error rate',
                    passed: rate <= allowed,
                    message: `${failed} of ${total} requests failed (${(rate * 100).toFixed(1)} %, allowed ${(allowed * 100).toFixed(1)} %)` +
                        (kinds ? `: ${kinds}` : '') +
                        (sample && rate > allowed ? `; e.g. ${sample}` : '')
                });
            }
            if (e.maxDegradation !== undefined) {
                checks.push({
                    name: 'response-time degradation',
                    passed: drift !== null && drift.degradation < e.maxDegradation,
                    message: drift
                        ? `median latency of the last fifth is ${drift.degradation.toFixed(2)}x the median of the whole run (must stay below ${e.maxDegradation}x)`
                        : 'too few requests to tell (need at least 10)'
                });
            }
            if (hasPrinterExpect) {
                const p = watched.get('default');
                checks.push(...(await printerChecks(e.printer ?? p.name, p, e, activeAtStart.get(p) ?? 0)));
            }
            for (const [name, pe] of Object.entries(e.printers ?? {})) {
                const p = watched.get(name);
                checks.push(...(await printerChecks(name, p, pe, activeAtStart.get(p) ?? 0)));
            }
            return {
                ...out,
                metrics,
                checks,
                details: {
                    ...out.details,
                    service: svc.name,
                    ...(resources ? { resources } : {}),
                    ...(drift ? { drift } : {})
                }
            };
        }
        finally {
            if (crashWatch)
                clearInterval(crashWatch);
            ctx.signal.removeEventListener('abort', onAbort);
            if (sampler)
                await sampler.stop().catch(() => null);
            await driver.destroy().catch(() => undefined);
        }
    }
};
/** Index to render a template with for the warm-up headers (null: it uses no job). */
function warmJobIndex(t) {
    return usesJob(t) ? 0 : null;
}

;// CONCATENATED MODULE: ./src/workloads/index.ts
/** Workload kinds by name. */




const runners = {
    command: command/* commandRunner */.c,
    import: workloads_import/* importRunner */.M,
    printer: printerRunner,
    service: serviceRunner
};

// EXTERNAL MODULE: ./src/config/references.ts
var references = __webpack_require__(566);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./src/fixtures/process-group.ts
var process_group = __webpack_require__(3937);
// EXTERNAL MODULE: ./src/fixtures/escaped.ts
var escaped = __webpack_require__(5675);
// EXTERNAL MODULE: ./node_modules/pidusage/index.js
var pidusage = __webpack_require__(7636);
var pidusage_default = /*#__PURE__*/__webpack_require__.n(pidusage);
// EXTERNAL MODULE: ./src/fixtures/proc-stat.ts
var proc_stat = __webpack_require__(1875);
;// CONCATENATED MODULE: ./src/fixtures/resources.ts
/**
 * Resource use of a service's process group while a workload runs: resident memory (start,
 * peak, end, growth), CPU % and open file descriptors, summed over every process in the group.
 *
 * On Linux this reads /proc directly: pidusage (installed) reports one pid at a time and has no
 * notion of a process group or of file descriptors, and a service is often a tree (a shell, npm,
 * the server, its workers). Elsewhere (macOS runners) it falls back to pidusage for the group
 * leader alone, without descriptor counts.
 */



// USER_HZ is 100 on every Linux architecture we run on (x86_64, arm64); /proc/<pid>/stat times
// are in those ticks, 10 ms each.
const MS_PER_TICK = 10;
/**
 * CPU time of one process in ms, from the nanosecond run time each of its threads has in
 * /proc/<pid>/task/<tid>/schedstat. /proc/<pid>/stat counts in 10 ms ticks, so a repetition of a
 * few hundred ms that used 20 ms read as 0 % or 50 % depending on where the ticks fell, and a
 * baseline of such a metric swung between 0 and tens of percent. Null when the kernel has no
 * schedstat files (then the ticks are used) or the process is gone.
 */
async function threadCpuMs(pid) {
    const tids = await (0,promises_.readdir)(`/proc/${pid}/task`).catch(() => null);
    if (!tids)
        return null;
    const times = await Promise.all(tids.map((t) => (0,promises_.readFile)(`/proc/${pid}/task/${t}/schedstat`, 'utf8').catch(() => null)));
    let ns = 0;
    let read = 0;
    for (const t of times) {
        if (t === null)
            continue;
        const first = Number(t.slice(0, t.indexOf(' ')));
        if (!Number.isFinite(first))
            return null;
        ns += first;
        read++;
    }
    return read > 0 ? ns / 1e6 : null;
}
/** Whether this kernel has per-thread schedstat files (decided once, so samples never mix units). */
let schedstat = null;
function hasSchedstat() {
    schedstat ??= threadCpuMs(process.pid).then((ms) => ms !== null && ms > 0);
    return schedstat;
}
async function pidsOfGroup(pgid) {
    const pids = [];
    const entries = await (0,promises_.readdir)('/proc');
    for (const e of entries) {
        if (e.charCodeAt(0) < 48 || e.charCodeAt(0) > 57)
            continue;
        const stat = await (0,promises_.readFile)(`/proc/${e}/stat`, 'utf8').catch(() => '');
        if (!stat)
            continue;
        const rest = (0,proc_stat/* statFields */.q)(stat);
        // Zombies (dead, not yet reaped) hold no memory and do no work.
        if (Number(rest[2]) === pgid && !(0,proc_stat/* hasEnded */.h)(rest[0]))
            pids.push(Number(e));
    }
    return pids;
}
async function sampleLinux(pgid) {
    const pids = await pidsOfGroup(pgid);
    const precise = await hasSchedstat();
    let rss = 0;
    let cpuMs = 0;
    let fds = 0;
    let processes = 0;
    for (const pid of pids) {
        const [stat, status, fdList, threadMs] = await Promise.all([
            (0,promises_.readFile)(`/proc/${pid}/stat`, 'utf8').catch(() => ''),
            (0,promises_.readFile)(`/proc/${pid}/status`, 'utf8').catch(() => ''),
            (0,promises_.readdir)(`/proc/${pid}/fd`).catch(() => []),
            precise ? threadCpuMs(pid) : Promise.resolve(null)
        ]);
        if (!stat)
            continue;
        processes++;
        // A process that exits between the two reads adds nothing rather than a value in other units.
        if (precise)
            cpuMs += threadMs ?? 0;
        else {
            const rest = (0,proc_stat/* statFields */.q)(stat);
            // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the name).
            cpuMs += (Number(rest[11]) + Number(rest[12])) * MS_PER_TICK;
        }
        const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
        if (m)
            rss += Number(m[1]) * 1024;
        fds += fdList.length;
    }
    return { at: performance.now(), rssBytes: rss, cpuMs, fds, processes };
}
async function samplePidusage(pid) {
    try {
        const s = await pidusage_default()(pid);
        return { at: performance.now(), rssBytes: s.memory, cpuMs: s.ctime, fds: null, processes: 1 };
    }
    catch {
        return { at: performance.now(), rssBytes: 0, cpuMs: 0, fds: null, processes: 0 };
    }
}
/** Takes one sample of the process group `pgid` (whose leader is `pgid` too). */
function sampleGroup(pgid) {
    return process.platform === 'linux' ? sampleLinux(pgid) : samplePidusage(pgid);
}
/**
 * Samples a process group every `intervalMs` between `start()` and `stop()`. The first and last
 * samples are taken at start and stop exactly, so short workloads still get start/end values.
 */
class ResourceSampler {
    pgid;
    intervalMs;
    samples = [];
    timer;
    pending = Promise.resolve();
    peakRss = 0;
    peakFds = null;
    first = null;
    last = null;
    count = 0;
    maxProcesses = 0;
    result = null;
    constructor(pgid, intervalMs = 200) {
        this.pgid = pgid;
        this.intervalMs = intervalMs;
    }
    async take() {
        const s = await sampleGroup(this.pgid);
        if (s.processes === 0)
            return;
        this.count++;
        this.first ??= s;
        this.last = s;
        if (s.rssBytes > this.peakRss)
            this.peakRss = s.rssBytes;
        if (s.fds !== null)
            this.peakFds = Math.max(this.peakFds ?? 0, s.fds);
        this.maxProcesses = Math.max(this.maxProcesses, s.processes);
        // Only first, last and peaks are reported; keep a short window for debugging, not all.
        this.samples.push(s);
        if (this.samples.length > 50)
            this.samples.shift();
    }
    /** Takes the first sample and starts the timer. */
    async start() {
        await this.take();
        const tick = () => {
            this.pending = this.pending.then(() => this.take()).catch(() => undefined);
            this.timer = setTimeout(tick, this.intervalMs);
            this.timer.unref();
        };
        this.timer = setTimeout(tick, this.intervalMs);
        this.timer.unref();
    }
    /** Stops, takes a last sample, and returns what the window saw (null if the group was gone throughout). */
    stop() {
        // Idempotent: a second stop (e.g. in a finally block) returns the first result.
        this.result ??= this.finish();
        return this.result;
    }
    async finish() {
        if (this.timer)
            clearTimeout(this.timer);
        await this.pending;
        await this.take();
        const a = this.first;
        const b = this.last;
        if (!a || !b)
            return null;
        const wall = b.at - a.at;
        const cpuMs = Math.max(0, b.cpuMs - a.cpuMs);
        return {
            rssStart: a.rssBytes,
            rssPeak: this.peakRss,
            rssEnd: b.rssBytes,
            rssGrowth: b.rssBytes - a.rssBytes,
            cpuPercent: wall > 0 ? (cpuMs / wall) * 100 : 0,
            cpuMs,
            fdsStart: a.fds,
            fdsPeak: this.peakFds,
            fdsEnd: b.fds,
            processes: this.maxProcesses,
            samples: this.count
        };
    }
}

;// CONCATENATED MODULE: ./src/fixtures/service.ts
/**
 * Services under test: started from perf-gate.yml with templated command, args, cwd and env, a
 * free port chosen for each, a readiness probe (HTTP status, TCP port open, or a log line), and
 * a stop that ends the whole process group. No process is left behind on any exit path.
 */








/** A service failed to start or stop; the message names the service and shows its last output. */
class ServiceError extends Error {
    output;
    constructor(message, output) {
        super(output ? `${message}\nLast output lines:\n${output}` : message);
        this.output = output;
        this.name = 'ServiceError';
    }
}
const HOST = '127.0.0.1';
/** Asks the OS for a free TCP port on loopback. */
async function freePort() {
    return new Promise((resolve, reject) => {
        const srv = external_node_net_default().createServer();
        srv.unref();
        srv.once('error', reject);
        srv.listen(0, HOST, () => {
            const port = srv.address().port;
            srv.close(() => resolve(port));
        });
    });
}
const service_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function isDirectory(dir) {
    try {
        return (await (0,promises_.stat)(dir)).isDirectory();
    }
    catch {
        return false;
    }
}
function tcpOpen(port) {
    return new Promise((resolve) => {
        const s = external_node_net_default().connect({ host: HOST, port });
        const done = (ok) => {
            s.destroy();
            resolve(ok);
        };
        s.setTimeout(1000, () => done(false));
        s.once('connect', () => done(true));
        s.once('error', () => done(false));
    });
}
/** A service started by perf-gate. Implements ServiceHandle for workloads and templates. */
class RunningService {
    name;
    port;
    def;
    resolved;
    log;
    host = HOST;
    group = null;
    stopping = false;
    /** How many times the service was started (1 after the first start). */
    starts = 0;
    /** Why the first start failed, when the run went on without it (`keepGoing`). */
    startError;
    constructor(name, port, def, resolved, log) {
        this.name = name;
        this.port = port;
        this.def = def;
        this.resolved = resolved;
        this.log = log;
    }
    /** Base URL, e.g. http://127.0.0.1:1234 */
    get url() {
        return `http://${HOST}:${this.port}`;
    }
    /** How the service is restarted between repetitions. */
    get restartPolicy() {
        return this.def.restart ?? 'per-run';
    }
    /** The process group id while running. */
    get pgid() {
        return this.group?.pgid;
    }
    /** True while the service's main process runs. */
    get alive() {
        return this.group !== null && this.group.exit === null;
    }
    /** How the service's main process ended, if it did without being stopped (a crash). */
    get crash() {
        if (!this.group || this.group.exit === null || this.stopping)
            return null;
        return { description: (0,process_group/* describeExit */.KE)(this.group.exit), output: this.tail() };
    }
    /** The last lines of the service's output. */
    tail(n = 20) {
        return this.group ? this.group.output.tail(n).join('\n') : '';
    }
    /** Starts the process and waits for the readiness probe; on failure nothing is left running. */
    async start() {
        this.stopping = false;
        const r = this.resolved;
        // Something already listening there would answer the probe and the requests: perf-gate would
        // measure that process and call it this service.
        if (await tcpOpen(this.port)) {
            throw new ServiceError(`service ${this.name}: port ${this.port} on ${HOST} is already in use by another process, which perf-gate would measure instead. Stop that process, or leave services.${this.name}.port out (or 0) to use a free port.`);
        }
        if (!(await isDirectory(r.cwd))) {
            throw new ServiceError(`service ${this.name}: its working directory ${r.cwd} does not exist. Check services.${this.name}.cwd (relative to the config file).`);
        }
        const group = new process_group/* ProcessGroup */.PT({
            command: r.command,
            args: r.args,
            cwd: r.cwd,
            env: r.env,
            label: `service ${this.name}`,
            onLine: (line) => this.log.debug(`[${this.name}] ${line}`)
        });
        this.group = group;
        this.starts++;
        try {
            await this.waitReady(group);
        }
        catch (err) {
            this.stopping = true;
            await group.stop(this.def.stopGraceMs ?? 5000);
            throw err;
        }
    }
    async waitReady(group) {
        const probe = this.def.ready ?? { tcp: true };
        const timeoutMs = this.def.readyTimeoutMs ?? 30_000;
        const deadline = Date.now() + timeoutMs;
        const logRe = probe.log !== undefined ? new RegExp(probe.log) : null;
        let lastProblem = logRe ? 'no line matched yet' : 'no answer yet';
        const what = probe.http
            ? `GET ${this.resolved.readyUrl} answering ${probe.status ?? '2xx/3xx'}`
            : logRe
                ? `an output line matching /${probe.log}/`
                : `TCP port ${this.port} accepting connections`;
        let delay = 20;
        while (true) {
            if (group.error) {
                throw new ServiceError(`service ${this.name}: could not start "${this.resolved.command}": ${group.error.message}. Check services.${this.name}.command and cwd.`);
            }
            if (group.exit) {
                // A start script that daemonizes (pg_ctl start, redis-server --daemonize yes) exits at
                // once and leaves the server outside the group: say so, rather than only "exited".
                const daemons = [...(0,escaped/* taggedProcesses */.KR)(new Set([group.tag])).values()].flat().length;
                throw new ServiceError(`service ${this.name} exited (${(0,process_group/* describeExit */.KE)(group.exit)}) before it was ready (waiting for ${what}).` +
                    (daemons > 0
                        ? ` It left ${daemons} process${daemons === 1 ? '' : 'es'} running outside its process group, as a daemon does (${daemons === 1 ? 'it is' : 'they are'} ended now): ` +
                            `run the server in the foreground (e.g. \`postgres -D <dir>\` instead of \`pg_ctl start\`, \`redis-server --daemonize no\`), so perf-gate can watch and stop it.`
                        : ''), this.tail());
            }
            if (logRe) {
                if (group.output.tail(200).some((l) => logRe.test(l)))
                    return;
            }
            else if (probe.http) {
                try {
                    const res = await (0,undici/* request */.Em)(this.resolved.readyUrl, {
                        method: 'GET',
                        headersTimeout: 1000,
                        bodyTimeout: 1000
                    });
                    await res.body.dump();
                    const ok = probe.status !== undefined
                        ? res.statusCode === probe.status
                        : res.statusCode >= 200 && res.statusCode < 400;
                    if (ok)
                        return;
                    lastProblem = `last answer: HTTP ${res.statusCode}`;
                }
                catch (err) {
                    lastProblem = `last attempt: ${err.message}`;
                }
            }
            else {
                if (await tcpOpen(this.port))
                    return;
                lastProblem = 'connection refused';
            }
            if (Date.now() >= deadline) {
                throw new ServiceError(`service ${this.name} was not ready after ${timeoutMs} ms (waiting for ${what}; ${lastProblem}). ` +
                    `Raise services.${this.name}.readyTimeoutMs or fix services.${this.name}.ready.`, this.tail());
            }
            await service_sleep(delay);
            delay = Math.min(delay * 2, 200);
        }
    }
    /** Stops the whole process group (TERM, then KILL after the grace period). */
    async stop() {
        if (!this.group)
            return;
        this.stopping = true;
        const grace = this.def.stopGraceMs ?? 5000;
        if (await this.group.stop(grace)) {
            this.log.warn(`service ${this.name}: still running ${grace} ms after SIGTERM, killed (SIGKILL); raise services.${this.name}.stopGraceMs if it needs longer to shut down.`);
        }
        if (this.group.escaped.length > 0) {
            this.log.warn(`service ${this.name}: ${(0,escaped/* describeEscaped */.xq)(this.group.escaped)} had left its process group (setsid or a daemonizing fork) and ${this.group.escaped.length === 1 ? 'was' : 'were'} ended too. ` +
                'Run the service in the foreground (e.g. `daemon off`, `--daemonize no`), so that perf-gate sees it exit and measures only it.');
        }
    }
    /** Stops and starts again on the same port. */
    async restart() {
        await this.stop();
        await this.start();
    }
    /** A resource sampler over the service's process group (start it around a workload). */
    sampler(intervalMs = 200) {
        const pgid = this.pgid;
        return pgid === undefined || !this.alive ? null : new ResourceSampler(pgid, intervalMs);
    }
}
function envValue(v) {
    return typeof v === 'string' ? v : String(v);
}
/**
 * Starts the services of a config in declaration order. Ports are chosen for all of them first,
 * so any service can point at any other (`${services.db.port}`), and `scope.services.<name>` is
 * set to `{ host, port, url }` for the templates of later services and of workloads.
 *
 * @param defs `services` from perf-gate.yml (validated).
 * @param scope template scope; `scope.services` is filled in (created if absent).
 * @param opts.baseDir directory of the config file; `cwd` resolves against it.
 * @param opts.file config file name, for messages (default `perf-gate.yml`).
 * @param opts.keepGoing a service that fails to start is marked (`startError`) and the others
 *   still start, instead of throwing.
 * @throws ServiceError or TemplateError; services started before the failure are stopped.
 */
async function startServices(defs, scope, log, opts) {
    const file = opts.file ?? 'perf-gate.yml';
    const services = new Map();
    const scopeServices = (scope.services ??= {});
    const env = (scope.env ?? process.env);
    const ports = new Map();
    for (const [name, def] of Object.entries(defs)) {
        const port = def.port && def.port > 0 ? def.port : await freePort();
        ports.set(name, port);
        scopeServices[name] = { host: HOST, port, url: `http://${HOST}:${port}` };
    }
    const set = {
        services,
        async stop() {
            // Reverse order: a service started later may depend on an earlier one.
            for (const svc of [...services.values()].reverse()) {
                await svc
                    .stop()
                    .catch((err) => log.warn(`service ${svc.name}: stop failed: ${err.message}`));
            }
        }
    };
    try {
        for (const [name, def] of Object.entries(defs)) {
            const where = `${file}: services.${name}`;
            const port = ports.get(name);
            const command = (0,template/* renderTemplate */.Xm)(def.command, scope, `${where}.command`);
            const args = def.args ? (0,template/* renderDeep */.PQ)(def.args, scope, `${where}.args`).map(String) : undefined;
            const cwd = external_node_path_default().resolve(opts.baseDir, def.cwd ? (0,template/* renderTemplate */.Xm)(def.cwd, scope, `${where}.cwd`) : '.');
            const childEnv = { ...env, PORT: String(port) };
            for (const [k, v] of Object.entries(def.env ?? {})) {
                childEnv[k] =
                    typeof v === 'string' ? (0,template/* renderTemplate */.Xm)(v, scope, `${where}.env.${k}`) : envValue(v);
            }
            let readyUrl;
            if (def.ready?.http) {
                const target = (0,template/* renderTemplate */.Xm)(def.ready.http, scope, `${where}.ready.http`);
                readyUrl = /^https?:\/\//.test(target)
                    ? target
                    : `http://${HOST}:${port}${target.startsWith('/') ? '' : '/'}${target}`;
            }
            const svc = new RunningService(name, port, def, { command, args, cwd, env: childEnv, readyUrl }, log);
            services.set(name, svc);
            log.info(`service ${name}: starting on port ${port}`);
            const t0 = Date.now();
            try {
                await svc.start();
            }
            catch (err) {
                if (!opts.keepGoing || !(err instanceof ServiceError))
                    throw err;
                // Only the workloads that use it fail (with this message); the others still run.
                svc.startError = err.message;
                log.error(err.message);
                continue;
            }
            log.info(`service ${name}: ready in ${Date.now() - t0} ms`);
        }
    }
    catch (err) {
        await set.stop();
        throw err;
    }
    return set;
}

;// CONCATENATED MODULE: ./src/printer/fixture.ts

/** A VirtualPrinter built from a `printers:` entry (not started). */
function printerFromDef(name, def) {
    return new server/* VirtualPrinter */.AT({
        name,
        host: def.host === 'localhost' ? '127.0.0.1' : def.host,
        port: def.port ?? 0,
        faults: def.status && def.status !== 'online' ? [def.status] : [],
        printSpeed: def.printSpeed,
        acceptDelayMs: def.acceptDelayMs,
        leakAfterMs: def.leakAfterMs,
        maxLogEntries: def.keepCommands,
        maxJobs: def.keepJobs,
        parser: {
            maxPayloadBytes: def.maxPayloadBytes,
            decodeRasterQr: def.decodeRasterQr,
            kanjiEncoding: def.kanjiEncoding,
            kanjiOn: def.kanjiOn
        }
    });
}
/**
 * Starts every printer; on a failure the ones already started are stopped again and the error
 * names the printer and port.
 */
async function startPrinters(defs, log) {
    const started = new Map();
    try {
        for (const [name, def] of Object.entries(defs)) {
            const p = printerFromDef(name, def ?? {});
            await p.start();
            started.set(name, p);
            log.info(`printer ${name} listening on ${p.host}:${p.port}${def?.status && def.status !== 'online' ? ` (${def.status})` : ''}`);
        }
    }
    catch (err) {
        await stopPrinters(started);
        throw err;
    }
    return started;
}
/** Stops every printer (connections still open are closed; they count as leaks in the stats). */
async function stopPrinters(printers) {
    await Promise.all([...printers.values()].map((p) => p.stop()));
}

;// CONCATENATED MODULE: ./src/fixtures-glue.ts
/**
 * Starts the fixtures a config declares (virtual printers, services) and resolves templates in
 * workload definitions against them. Kept apart from src/fixtures/ (services) and src/printer/
 * (printers) so the pipeline has one place that knows both.
 */





/**
 * Starts printers, then services (services point at printers through templates such as
 * `${printers.kitchen.port}`). If anything fails to start, what already started is stopped.
 */
async function startFixtureSet(loaded, log, opts) {
    (0,process_group/* startWatchdog */.M5)();
    const allServices = loaded.config.services;
    const wanted = opts.only ? (0,references/* servicesNeeded */.m)(opts.only, allServices) : undefined;
    const serviceDefs = wanted
        ? Object.fromEntries(Object.entries(allServices).filter(([name]) => wanted.has(name)))
        : allServices;
    const printerScope = {};
    const scope = {
        env: { ...opts.env },
        printers: printerScope,
        services: {}
    };
    const printers = await startPrinters(loaded.config.printers, log);
    for (const [name, p] of printers)
        printerScope[name] = { host: p.host, port: p.port };
    let services;
    try {
        services = await startServices(serviceDefs, scope, log, {
            baseDir: opts.baseDir,
            file: loaded.file,
            keepGoing: true
        });
    }
    catch (err) {
        await stopPrinters(printers);
        throw err;
    }
    const fixtures = { printers, services: services.services, templateScope: scope };
    return {
        fixtures,
        async stop() {
            try {
                await services.stop();
            }
            finally {
                await stopPrinters(printers);
            }
        }
    };
}
/**
 * Resolves `${...}` templates (`${printers.kitchen.port}`, `${env.X:-default}`) in command and
 * import definitions. Printer and service workloads render their own templates per job/request,
 * because `${job.data}` only exists then.
 */
function resolveTemplates(def, fixtures, where) {
    if (def.kind !== 'command' && def.kind !== 'import')
        return def;
    return (0,template/* renderDeep */.PQ)(def, fixtures.templateScope, where);
}

// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(3032);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The run pipeline shared by the action, the CLI and the A/B orchestration:
 * fixtures -> workloads (warm-up + repetitions) -> workload results -> Results.
 */












/** Keys that tune how a workload is judged or repeated, not what it does (left out of its hash). */
const NON_DEFINITION_KEYS = [
    'name',
    'description',
    'repetitions',
    'warmup',
    'threshold',
    'thresholds',
    'budgets',
    'gate'
];
/** Hash of what a workload does: a changed definition is reported as changed, not compared. */
function definitionHash(def) {
    const rest = {};
    for (const k of Object.keys(def).sort())
        if (!NON_DEFINITION_KEYS.includes(k))
            rest[k] = def[k];
    return (0,io/* shortHash */.BC)(rest);
}
/**
 * Fails before anything runs when a `${env.NAME}` the run would need is not set.
 * @throws ConfigError listing every unset variable with where it is used.
 */
function checkEnvironment(loaded, selected, env, only) {
    const issues = (0,references/* unsetEnvironment */.D)(loaded, selected, env, only);
    if (issues.length)
        throw new validate/* ConfigError */.xL(loaded.file, issues, 'environment not ready, nothing was run');
}
/**
 * Starts the printers and services the config declares: all of them, or with `only` the services
 * those workloads need. A service that fails to start fails the workloads that use it.
 */
async function startFixtures(loaded, log, opts = {}) {
    return startFixtureSet(loaded, log, {
        baseDir: opts.baseDir ?? loaded.baseDir,
        env: opts.env ?? process.env,
        only: opts.only
    });
}
/**
 * Runs a workload's warm-up and measured repetitions.
 * @throws WorkloadError when a repetition fails (the caller reports it on the workload).
 */
async function measureWorkload(def, loaded, fixtures, log, opts) {
    const runner = runners[def.kind];
    if (!runner)
        throw new types/* WorkloadError */.E(`no runner for kind "${def.kind}"`);
    const resolved = resolveTemplates(def, fixtures, `${loaded.file}: workloads.${def.name}`);
    const signal = opts.signal ?? new AbortController().signal;
    const baseDir = opts.baseDir ?? loaded.baseDir;
    const outputs = [];
    const total = opts.warmup + opts.repetitions;
    for (let i = 0; i < total; i++) {
        if (signal.aborted)
            throw new types/* WorkloadError */.E('cancelled');
        const warmup = i < opts.warmup;
        const repetition = warmup ? i - opts.warmup : (opts.firstIndex ?? 0) + i - opts.warmup;
        const [k, n] = warmup ? [i + 1, opts.warmup] : [i - opts.warmup + 1, opts.repetitions];
        const step = opts.progressStep?.(warmup, k, n) ?? `${warmup ? 'warm-up' : 'repetition'} ${k}/${n}`;
        log.progress(`${def.name}: ${step}`);
        const out = await runner.runRepetition(resolved, {
            fixtures,
            log,
            seed: opts.seed,
            repetition,
            warmup,
            signal,
            baseDir
        });
        if (!warmup)
            outputs.push(out);
    }
    return outputs;
}
/** Repetition and seed settings of a workload, with the config's defaults applied. */
function workloadSettings(def, loaded) {
    const d = loaded.config.defaults;
    return {
        repetitions: def.repetitions ?? d.repetitions,
        warmup: def.warmup ?? d.warmup,
        seed: def.seed ?? d.seed
    };
}
/** Builds a workload's result from its outputs (or its error). */
function resultFor(def, loaded, outputs, error) {
    return (0,metrics/* buildWorkloadResult */.ND)({
        name: def.name,
        kind: def.kind,
        definitionHash: definitionHash(def),
        outputs,
        error,
        gate: def.gate ?? loaded.config.defaults.gate
    });
}
/** Formats a workload failure with the tail of the process output. */
function failureText(err) {
    if (err instanceof types/* WorkloadError */.E) {
        const tail = err.output?.trim();
        return tail
            ? `${err.message}\n--- last output ---\n${tail.split('\n').slice(-20).join('\n')}`
            : err.message;
    }
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** Selects the workloads of a run (by name and shard). */
function selectWorkloads(loaded, opts) {
    let list = loaded.config.workloads;
    if (opts.only?.length) {
        const unknown = opts.only.filter((n) => !list.some((w) => w.name === n));
        if (unknown.length) {
            throw new types/* WorkloadError */.E(`${loaded.file}: no workload named ${unknown.map((u) => JSON.stringify(u)).join(', ')}. Workloads: ${list.map((w) => w.name).join(', ')}.`);
        }
        list = list.filter((w) => opts.only.includes(w.name));
    }
    if (opts.shard) {
        const m = /^(\d+)\/(\d+)$/.exec(opts.shard.trim());
        const i = m ? Number(m[1]) : 0;
        const n = m ? Number(m[2]) : 0;
        if (!m || n < 1 || i < 1 || i > n)
            throw new types/* WorkloadError */.E(`shard "${opts.shard}" is not of the form i/n with 1 <= i <= n (e.g. 2/4).`);
        list = list.filter((_, k) => k % n === i - 1);
    }
    return list;
}
/**
 * Runs the selected workloads and returns the results. A failing workload is recorded (with its
 * error) and the others still run; fixtures are always stopped.
 */
async function runAll(loaded, log, opts = {}) {
    const results = (0,io/* newResults */.VI)({ commit: opts.commit, ref: opts.ref });
    const selected = selectWorkloads(loaded, opts);
    const partial = selected.length < loaded.config.workloads.length;
    checkEnvironment(loaded, selected, process.env, partial ? selected : undefined);
    const running = await startFixtures(loaded, log, partial ? { only: selected } : {});
    try {
        for (const [i, def] of selected.entries()) {
            if (opts.signal?.aborted)
                break;
            const result = await log.group(`[${i + 1}/${selected.length}] ${def.name} (${def.kind})`, () => runOne(def, loaded, running.fixtures, log, opts));
            // Cut short by the interruption: not a result (an error here would read as a failure).
            if (opts.signal?.aborted)
                break;
            results.workloads.push(result);
            log.info(describeResult(result));
        }
    }
    finally {
        await running.stop();
    }
    return results;
}
async function runOne(def, loaded, fixtures, log, opts) {
    if (def.kind === 'import' && !def.command) {
        try {
            const data = await (0,workloads_import/* readSamplesFile */.u)(external_node_path_default().resolve(loaded.baseDir, String(def.file)), def.format);
            return (0,samples/* workloadFromSamples */.L)(data, def.name, definitionHash(def));
        }
        catch (err) {
            return resultFor(def, loaded, [], failureText(err));
        }
    }
    const settings = workloadSettings(def, loaded);
    const outputs = [];
    try {
        outputs.push(...(await measureWorkload(def, loaded, fixtures, log, {
            ...settings,
            repetitions: opts.repetitions ?? settings.repetitions,
            signal: opts.signal
        })));
        return resultFor(def, loaded, outputs);
    }
    catch (err) {
        log.error(`${def.name}: ${failureText(err)}`);
        return resultFor(def, loaded, outputs, failureText(err));
    }
}
/** One line per workload for the log. */
function describeResult(r) {
    if (r.status === 'error')
        return `  ✗ ${r.name}: error`;
    const p = r.metrics['latency.p50'];
    const p95 = r.metrics['latency.p95'];
    const parts = [(0,format/* plural */.LS)(r.repetitions.length, 'repetition')];
    if (p)
        parts.push(`p50 ${p.value.toFixed(2)} ms`);
    if (p95)
        parts.push(`p95 ${p95.value.toFixed(2)} ms`);
    const failed = r.checks.filter((c) => !c.passed);
    return `  ${failed.length ? '✗' : '✓'} ${r.name}: ${parts.join(', ')}${failed.length ? `; ${failed.length} expectation(s) failed` : ''}`;
}


/***/ }),

/***/ 7495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ commandRunner),
/* harmony export */   t: () => (/* binding */ DEFAULT_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9447);
/** The `command` workload kind: a shell command timed over repeated iterations. */


const DEFAULT_TIMEOUT_MS = 600_000;
/** Times `iterations` runs of the command; a non-zero exit fails the workload with its output tail. */
const commandRunner = {
    kind: 'command',
    async runRepetition(def, ctx) {
        const iterations = def.iterations ?? 1;
        const latencies = [];
        const t0 = performance.now();
        try {
            for (let i = 0; i < iterations; i++) {
                const run = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runTimed */ .x)(def.command, {
                    cwd: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.baseDir, def.cwd ?? '.'),
                    env: {
                        PERF_GATE_REPETITION: ctx.repetition,
                        PERF_GATE_ITERATION: i,
                        PERF_GATE_SEED: ctx.seed,
                        ...(def.env ?? {})
                    },
                    timeoutMs: def.timeoutMs ?? DEFAULT_TIMEOUT_MS,
                    signal: ctx.signal
                });
                latencies.push(run.ms);
            }
        }
        finally {
            await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .warnEscapedRuns */ .U)(def.name, ctx.log);
        }
        return { latencies, ok: iterations, errors: {}, durationMs: performance.now() - t0 };
    }
};


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ importRunner),
/* harmony export */   u: () => (/* binding */ readSamplesFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _results_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5480);
/* harmony import */ var _stats_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2303);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7495);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9447);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9783);
/**
 * The `import` workload kind: results of another benchmark tool (the generic samples format, or a
 * tool's own output: src/results/formats.ts).
 * With `command`, the command runs once per repetition and the file is read after it; without,
 * the file is read once and its `runs` become the repetitions (see src/pipeline.ts).
 */







/**
 * Reads the results file of an import workload (`format`: a tool's name, `auto` tells it from the
 * content); errors name the file, the format and the expected shape.
 */
async function readSamplesFile(file, format) {
    try {
        return await (0,_results_io_js__WEBPACK_IMPORTED_MODULE_2__/* .readImportFile */ .mF)(file, format ?? 'auto', 'results file');
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkloadError */ .E(err.message);
    }
}
const importRunner = {
    kind: 'import',
    async runRepetition(def, ctx) {
        const t0 = performance.now();
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.baseDir, def.file);
        const before = def.command ? await mtimeOf(file) : undefined;
        if (def.command) {
            try {
                await (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runTimed */ .x)(def.command, {
                    cwd: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.baseDir, def.cwd ?? '.'),
                    env: def.env,
                    timeoutMs: def.timeoutMs ?? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TIMEOUT_MS */ .t,
                    signal: ctx.signal
                });
            }
            finally {
                await (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .warnEscapedRuns */ .U)(def.name, ctx.log);
            }
        }
        if (def.command) {
            // A command that exits 0 without writing the file would have last run's figures read again.
            const after = await mtimeOf(file);
            if (after === undefined || after === before)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkloadError */ .E(`${file}: the command \`${def.command}\` did not ${after === undefined ? 'write' : 'update'} it. Check that it writes \`file\` (relative to the config), or drop \`command\` to read an existing file.`);
        }
        const data = await readSamplesFile(file, def.format);
        const metrics = {};
        for (const b of data.benchmarks) {
            const values = b.samples ?? b.runs.flat();
            metrics[b.name] = {
                value: (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .J)(values),
                unit: b.unit ?? '',
                direction: b.direction ?? 'smaller'
            };
        }
        return { ok: data.benchmarks.length, errors: {}, durationMs: performance.now() - t0, metrics };
    }
};
/** The file's modification time in ns, or undefined when it does not exist. */
async function mtimeOf(file) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file, { bigint: true })).mtimeNs;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ warnEscapedRuns),
/* harmony export */   x: () => (/* binding */ runTimed)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9783);
/* harmony import */ var _fixtures_process_group_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3937);
/* harmony import */ var _fixtures_escaped_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5675);
/**
 * Runs a shell command once and times it. Shared by the `command` and `import` kinds.
 * The child gets its own process group so a timeout or Ctrl-C ends everything it started.
 */





const TAIL_BYTES = 4096;
/** How long output may stay open after the shell exited (a background process holding it). */
const OUTPUT_GRACE_MS = 250;
const live = new Set();
/** Tags of the runs since the last `endEscapedRuns` (see ../fixtures/escaped.ts). */
const pendingTags = new Set();
/**
 * `endEscapedRuns`, with a warning naming the workload when something had escaped.
 */
async function warnEscapedRuns(workload, log) {
    const found = await endEscapedRuns();
    if (found.length > 0)
        log.warn(`${workload}: the command left ${(0,_fixtures_escaped_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEscaped */ .xq)(found)} running outside its process group (setsid or a daemonizing fork); ${found.length === 1 ? 'it was' : 'they were'} ended. ` +
            'A command workload is timed until its shell exits: start what it needs as a service instead.');
}
/**
 * Ends the processes that runs since the last call left outside their process group (a command
 * that starts a daemon), and returns them. The command and import kinds call it once per
 * repetition, after the timing.
 */
async function endEscapedRuns(graceMs = 2000) {
    if (pendingTags.size === 0)
        return [];
    const tags = new Set(pendingTags);
    pendingTags.clear();
    return (0,_fixtures_process_group_js__WEBPACK_IMPORTED_MODULE_3__/* .endEscaped */ .T2)(tags, graceMs);
}
function killGroup(pid, sig) {
    try {
        process.kill(-pid, sig);
    }
    catch {
        /* already gone */
    }
}
let hooked = false;
function hookExit() {
    if (hooked)
        return;
    hooked = true;
    // A process group left behind would keep burning the runner's CPU: end them on the way out.
    process.on('exit', () => {
        for (const pid of live)
            killGroup(pid, 'SIGKILL');
    });
}
/** Keeps the last `TAIL_BYTES` of a stream's output. */
function tailKeeper() {
    let chunks = [];
    let size = 0;
    return {
        push(b) {
            chunks.push(b);
            size += b.length;
            while (size - chunks[0].length >= TAIL_BYTES) {
                size -= chunks[0].length;
                chunks.shift();
            }
        },
        text() {
            const all = Buffer.concat(chunks);
            chunks = [all];
            return all.subarray(Math.max(0, all.length - TAIL_BYTES)).toString('utf8');
        }
    };
}
/**
 * Runs `command` with `sh -c`, returns its wall time.
 * @throws WorkloadError on non-zero exit, timeout, or abort, with the tail of its output.
 */
function runTimed(command, opts) {
    hookExit();
    return new Promise((resolve, reject) => {
        const env = { ...process.env };
        for (const [k, v] of Object.entries(opts.env ?? {}))
            env[k] = String(v);
        const tag = (0,_fixtures_escaped_js__WEBPACK_IMPORTED_MODULE_4__/* .newGroupTag */ .mI)();
        env[_fixtures_escaped_js__WEBPACK_IMPORTED_MODULE_4__/* .GROUP_TAG_VAR */ .v1] = tag;
        (0,_fixtures_process_group_js__WEBPACK_IMPORTED_MODULE_3__/* .trackTag */ .sN)(tag);
        pendingTags.add(tag);
        const tail = tailKeeper();
        const start = process.hrtime.bigint();
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', command], {
            cwd: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.cwd),
            env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const pid = child.pid;
        if (pid)
            live.add(pid);
        const guard = pid ? (0,_fixtures_process_group_js__WEBPACK_IMPORTED_MODULE_3__/* .guardGroup */ .vL)(pid) : undefined;
        child.stdout.on('data', (b) => tail.push(b));
        child.stderr.on('data', (b) => tail.push(b));
        let why;
        const stop = (reason) => {
            why = reason;
            if (pid) {
                killGroup(pid, 'SIGTERM');
                setTimeout(() => killGroup(pid, 'SIGKILL'), 2000).unref();
            }
        };
        const timer = setTimeout(() => stop(`timed out after ${opts.timeoutMs} ms (raise timeoutMs if the command is expected to take longer)`), opts.timeoutMs);
        const onAbort = () => stop('cancelled');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkloadError */ .E(`could not start \`${command}\`: ${err.message}`));
        });
        // The time is taken when the shell exits. Its output closes then too, unless a process it
        // left in the background still holds it (`sleep 60 & echo hi`): after a short grace that
        // group is ended, as it would be anyway, instead of waiting for it up to the timeout.
        let exitedAt;
        let grace;
        child.on('exit', () => {
            exitedAt = process.hrtime.bigint();
            if (pid)
                grace = setTimeout(() => killGroup(pid, 'SIGKILL'), OUTPUT_GRACE_MS);
        });
        child.on('close', (code, signal) => {
            const ms = Number((exitedAt ?? process.hrtime.bigint()) - start) / 1e6;
            clearTimeout(timer);
            clearTimeout(grace);
            opts.signal?.removeEventListener('abort', onAbort);
            if (pid) {
                // Reap anything the command left running in its group.
                killGroup(pid, 'SIGKILL');
                live.delete(pid);
                guard?.release();
            }
            const out = tail.text();
            if (why)
                reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkloadError */ .E(`\`${command}\` ${why}`, out));
            else if (code !== 0)
                reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkloadError */ .E(`\`${command}\` exited with ${code === null ? `signal ${signal}` : `code ${code}`}`, out));
            else
                resolve({ ms, tail: out });
        });
    });
}


/***/ })

};
