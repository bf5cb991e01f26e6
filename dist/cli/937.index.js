export const id = 937;
export const ids = [937];
export const modules = {

/***/ 2937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  abNotes: () => (/* binding */ abNotes),
  runCompareTo: () => (/* reexport */ cli_runCompareTo)
});

// UNUSED EXPORTS: runBaseRef

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(7775);
// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/compare/paired.ts
var paired = __webpack_require__(6714);
// EXTERNAL MODULE: ./src/pipeline.ts + 11 modules
var pipeline = __webpack_require__(9605);
// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(5480);
// EXTERNAL MODULE: ./src/results/samples.ts
var samples = __webpack_require__(4477);
// EXTERNAL MODULE: ./src/workloads/import.ts
var workloads_import = __webpack_require__(2153);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/abtest/git.ts
/**
 * A thin promise wrapper around the `git` executable.
 *
 * Why the CLI and not a library: the A/B mode needs exactly four plumbing calls (rev-parse,
 * worktree add/remove/prune). `git` is on every runner that ran actions/checkout, it honours the
 * user's own repository setup (alternates, partial clones, safe.directory, credential helpers), and
 * worktrees are not supported by the pure-JS implementations (isomorphic-git), while native
 * bindings (nodegit) would break the single-file ncc bundle. execFile passes arguments without a
 * shell, so a ref name can never be interpreted as shell syntax.
 */

/** A git command that failed, with its arguments and stderr kept for the message. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(message, args, exitCode, stderr) {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/**
 * Runs `git <args>` in `cwd` and resolves with its outcome whatever the exit code; rejects only
 * when git cannot be started at all (not installed), with a message that says so.
 */
function gitTry(cwd, args, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', [...args], 
        // LC_ALL=C keeps git's messages in English so the errors we quote are predictable.
        {
            cwd,
            timeout: timeoutMs,
            maxBuffer: 16 * 1024 * 1024,
            env: { ...process.env, LC_ALL: 'C' }
        }, (err, stdout, stderr) => {
            if (err && err.code === 'ENOENT') {
                reject(new GitError('perf-gate compare: base-ref needs the `git` command, but it was not found on PATH. ' +
                    'Install git on the runner (it is preinstalled on GitHub-hosted runners).', args, null, ''));
                return;
            }
            const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
            resolve({ code, stdout: String(stdout), stderr: String(stderr) });
        });
    });
}
/** Runs `git <args>` in `cwd`; rejects with a GitError naming the command and git's own message. */
async function git(cwd, args, timeoutMs) {
    const r = await gitTry(cwd, args, timeoutMs);
    if (r.code !== 0) {
        throw new GitError(`\`git ${args.join(' ')}\` failed in ${cwd} (exit ${r.code}): ${r.stderr.trim() || r.stdout.trim()}`, args, r.code, r.stderr);
    }
    return r.stdout;
}
/**
 * Synchronous variant for signal handlers, where the process is about to end and an async call
 * would never complete. Never throws: cleanup must go as far as it can.
 */
function gitSyncQuiet(cwd, args) {
    try {
        (0,external_node_child_process_.execFileSync)('git', [...args], {
            cwd,
            stdio: 'ignore',
            timeout: 30_000,
            env: { ...process.env, LC_ALL: 'C' }
        });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/abtest/setup.ts
/**
 * Runs the user's `setup` command (e.g. `npm ci && npm run build`) in one tree of an A/B run, with
 * a timeout, and turns a failure into an error that says which side failed, how, and the tail of
 * what the command printed.
 */

/** Default setup timeout: generous, because `npm ci` on a cold cache can take minutes. */
const DEFAULT_SETUP_TIMEOUT_MS = 15 * 60_000;
/** A setup command that failed, timed out or was interrupted. */
class SetupError extends Error {
    side;
    command;
    exitCode;
    timedOut;
    outputTail;
    constructor(message, side, command, 
    /** Exit code, or null when it ended by a signal or did not start. */
    exitCode, timedOut, 
    /** The last lines of stdout+stderr. */
    outputTail) {
        super(message);
        this.side = side;
        this.command = command;
        this.exitCode = exitCode;
        this.timedOut = timedOut;
        this.outputTail = outputTail;
        this.name = 'SetupError';
    }
}
/** Keeps the last `maxBytes` of a stream without holding the whole output (npm ci is chatty). */
class TailBuffer {
    maxBytes;
    chunks = [];
    size = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length >= this.maxBytes) {
            this.size -= this.chunks.shift().length;
        }
    }
    lines(n) {
        const text = Buffer.concat(this.chunks).toString('utf8').replace(/\r\n?/g, '\n').trimEnd();
        return text.split('\n').slice(-n).join('\n');
    }
}
const KILL_GRACE_MS = 3000;
/**
 * Runs `command` in `dir` and resolves when it exits 0.
 *
 * The command runs in its own process group (POSIX), so a timeout or an abort stops the whole tree
 * it started (`npm ci` spawns node, node-gyp, ...): SIGTERM to the group, SIGKILL after 3 s.
 *
 * @throws SetupError naming the side, the command, the exit code / timeout / signal, and the output tail.
 */
function runSetup(opts) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_SETUP_TIMEOUT_MS;
    const tailLines = opts.tailLines ?? 40;
    const label = opts.side === 'base' ? 'base (A)' : 'head (B)';
    const t0 = performance.now();
    opts.log?.info(`setup ${label}: ${opts.command} (in ${opts.dir})`);
    return new Promise((resolve, reject) => {
        const tail = new TailBuffer(64 * 1024);
        const posix = process.platform !== 'win32';
        const child = (0,external_node_child_process_.spawn)(opts.command, {
            cwd: opts.dir,
            shell: true,
            detached: posix,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, ...opts.env }
        });
        let timedOut = false;
        let aborted = false;
        let finished = false;
        let killTimer;
        const kill = () => {
            const signalTree = (sig) => {
                try {
                    if (posix && child.pid)
                        process.kill(-child.pid, sig);
                    else
                        child.kill(sig);
                }
                catch {
                    // already gone
                }
            };
            signalTree('SIGTERM');
            killTimer = setTimeout(() => signalTree('SIGKILL'), KILL_GRACE_MS);
            killTimer.unref();
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, timeoutMs);
        const onAbort = () => {
            aborted = true;
            kill();
        };
        if (opts.signal?.aborted)
            onAbort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (c) => tail.push(c));
        child.stderr.on('data', (c) => tail.push(c));
        const fail = (how, exitCode) => {
            const out = tail.lines(tailLines);
            reject(new SetupError(`setup failed on the ${label} side: \`${opts.command}\` ${how} (in ${opts.dir}).` +
                (out ? `\nLast lines of its output:\n${out}` : '\nIt printed nothing.'), opts.side, opts.command, exitCode, timedOut, out));
        };
        child.on('error', (err) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            fail(`could not be started: ${err.message}`, null);
        });
        const finish = (code, sig) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            child.stdout.destroy();
            child.stderr.destroy();
            const durationMs = performance.now() - t0;
            if (timedOut)
                return fail(`did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`, null);
            if (aborted)
                return fail('was interrupted', null);
            if (code !== 0)
                return fail(sig ? `was killed by ${sig}` : `exited with code ${code}`, code);
            opts.log?.info(`setup ${label}: done in ${(durationMs / 1000).toFixed(1)} s`);
            resolve({ side: opts.side, durationMs, outputTail: tail.lines(tailLines) });
        };
        // 'close' waits for the output pipes; a background process the command left running (a dev
        // server, a watcher) can hold them open forever, so after 'exit' wait at most 1 s for them.
        child.on('exit', (code, sig) => setTimeout(() => finish(code, sig), 1000).unref());
        child.on('close', (code, sig) => finish(code, sig));
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/abtest/worktree.ts
/**
 * The base side of `compare: base-ref`: resolve the base commit and check it out into a detached
 * git worktree in a temporary directory, next to (never instead of) the user's working tree.
 *
 * Guarantees: the user's checkout is never modified (no checkout, stash or reset in it; a worktree
 * only adds an entry under .git/worktrees); the worktree is removed on success, on failure, on
 * SIGINT/SIGTERM/SIGHUP and at process exit; nothing is fetched over the network (a missing commit
 * is an error that names the exact fetch command that fixes it).
 */





/** A base ref that cannot be used, with the fix in the message. */
class BaseRefError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BaseRefError';
    }
}
/**
 * The A/B run was cancelled (Ctrl-C, SIGTERM, or the caller's AbortSignal). The worktree has been
 * removed by the time this is thrown; a CLI maps it to exit code 130.
 */
class ABCancelledError extends Error {
    constructor(message = 'interrupted: the A/B run was cancelled and the base worktree removed; no verdict.') {
        super(message);
        this.name = 'ABCancelledError';
    }
}
/**
 * The base commit named by a GitHub event payload: `pull_request.base.sha` (pull_request and
 * pull_request_target) or `merge_group.base_sha` (merge queues). Undefined for other events.
 */
function baseShaFromEvent(event) {
    const field = (o, key) => o && typeof o === 'object' ? o[key] : undefined;
    const pr = field(field(field(event, 'pull_request'), 'base'), 'sha');
    if (typeof pr === 'string' && pr)
        return pr;
    const mg = field(field(event, 'merge_group'), 'base_sha');
    if (typeof mg === 'string' && mg)
        return mg;
    return undefined;
}
/** The top-level directory of the git checkout that contains `dir`. */
async function findRepoRoot(dir) {
    const r = await gitTry(dir, ['rev-parse', '--show-toplevel']);
    if (r.code !== 0) {
        throw new BaseRefError(`compare: base-ref needs a git checkout, but ${dir} is not inside one (${r.stderr.trim()}). ` +
            'Run perf-gate from the repository (after actions/checkout in a workflow).');
    }
    return r.stdout.trim();
}
const HEX = /^[0-9a-f]{7,64}$/i;
/** The fetch command that brings `ref` into a clone, for the "missing commit" error. */
function fetchCommandFor(ref, remotes) {
    if (HEX.test(ref)) {
        return {
            command: `git fetch --no-tags --depth=1 origin ${ref}`,
            hint: ref.length < 40
                ? 'GitHub only serves a commit by its full 40-character SHA; use the full SHA.'
                : undefined
        };
    }
    const slash = ref.indexOf('/');
    if (slash > 0 && remotes.includes(ref.slice(0, slash))) {
        const remote = ref.slice(0, slash);
        const branch = ref.slice(slash + 1);
        return {
            command: `git fetch --no-tags --depth=1 ${remote} +refs/heads/${branch}:refs/remotes/${remote}/${branch}`
        };
    }
    return {
        command: `git fetch --no-tags --depth=1 origin +refs/heads/${ref}:refs/remotes/origin/${ref}`,
        hint: `then use \`base-ref: origin/${ref}\`.`
    };
}
/**
 * Resolves the base commit: an explicit `ref` (base-ref / --compare-to: a branch such as
 * `origin/main`, a tag or a SHA) wins; otherwise the PR's base SHA from the event payload.
 *
 * @throws BaseRefError when no base is named, or the commit is not in the clone (the message gives
 *   the fetch command that fixes it and the `fetch-depth: 0` alternative).
 */
async function resolveBaseRef(repoDir, opts) {
    const explicit = opts.ref?.trim();
    const fromEvent = baseShaFromEvent(opts.event);
    const ref = explicit || fromEvent;
    if (!ref) {
        throw new BaseRefError('compare: base-ref needs a base commit, but none was given: this is not a pull_request (or merge_group) ' +
            'event and no base ref was set. Set `base-ref: origin/main` (or a SHA) in perf-gate.yml or the action ' +
            'input, or pass `perf-gate run --compare-to <ref>`.');
    }
    if (ref.startsWith('-')) {
        // Would be read by git as an option.
        throw new BaseRefError(`base-ref: "${ref}" is not a valid git ref (it starts with "-").`);
    }
    const where = explicit
        ? `base-ref "${ref}"`
        : `the pull request's base commit ${ref} (pull_request.base.sha)`;
    const r = await gitTry(repoDir, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${ref}^{commit}`
    ]);
    if (r.code === 0 && r.stdout.trim()) {
        return { sha: r.stdout.trim(), ref, source: explicit ? 'option' : 'event' };
    }
    const shallow = (await gitTry(repoDir, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    const remotes = (await gitTry(repoDir, ['remote'])).stdout
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    const fix = fetchCommandFor(ref, remotes);
    throw new BaseRefError(`compare: base-ref cannot find ${where} in the clone at ${repoDir}` +
        (shallow
            ? ' (it is a shallow clone: actions/checkout fetches only one commit by default).'
            : '.') +
        '\nFix it in one of two ways:\n' +
        `  - fetch that commit before perf-gate runs: ${fix.command}` +
        (fix.hint ? `\n    (${fix.hint})` : '') +
        '\n  - or check out the full history: actions/checkout with `fetch-depth: 0`.');
}
/**
 * Adds a detached worktree of `sha` (already resolved) in a new temporary directory.
 * Hooks are disabled for the checkout so a project's post-checkout hook (husky, lfs, ...) cannot
 * run side effects for a tree that only exists to be measured.
 */
async function addBaseWorktree(repoDir, sha, opts = {}) {
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)(opts.tmpRoot ?? (0,external_node_os_.tmpdir)(), 'perf-gate-base-'));
    const dir = (0,external_node_path_.join)(parent, 'tree');
    let removed = false;
    const removeSync = () => {
        if (removed)
            return;
        removed = true;
        gitSyncQuiet(repoDir, ['worktree', 'remove', '--force', '--force', dir]);
        try {
            (0,external_node_fs_.rmSync)(parent, { recursive: true, force: true, maxRetries: 3 });
        }
        catch {
            // best effort: the prune below still drops git's entry
        }
        gitSyncQuiet(repoDir, ['worktree', 'prune']);
    };
    const remove = async () => {
        if (removed)
            return;
        removed = true;
        // Double --force also removes a locked worktree; untracked build output (node_modules, dist) goes too.
        await gitTry(repoDir, ['worktree', 'remove', '--force', '--force', dir]);
        await (0,promises_.rm)(parent, { recursive: true, force: true, maxRetries: 3 });
        await gitTry(repoDir, ['worktree', 'prune']);
    };
    const handle = { dir, sha, repoDir, remove, removeSync };
    opts.onHandle?.(handle);
    try {
        await git(repoDir, ['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--detach', dir, sha], 600_000);
    }
    catch (err) {
        await remove();
        throw err;
    }
    return handle;
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Resolves the base commit, adds its worktree, runs `fn`, and removes the worktree whatever
 * happens: normal return, a throw, SIGINT/SIGTERM/SIGHUP (Ctrl-C, a cancelled job) or process exit.
 *
 * On a signal the AbortSignal given to `fn` fires first (so running children are stopped), then the
 * worktree is removed synchronously; if no other listener handles that signal, the signal is raised
 * again so the process ends the way it would have without perf-gate's handler.
 */
async function withBaseWorktree(opts, fn) {
    const repoRoot = await findRepoRoot((0,external_node_path_.resolve)(opts.repoDir));
    const base = await resolveBaseRef(repoRoot, { ref: opts.ref, event: opts.event });
    const exitOnSignal = opts.exitOnSignal ?? !opts.signal;
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(opts.signal?.reason);
    if (opts.signal?.aborted)
        onOuterAbort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    let wt;
    const handlers = new Map();
    const onExit = () => wt?.removeSync();
    const detach = () => {
        for (const [sig, h] of handlers)
            process.removeListener(sig, h);
        handlers.clear();
        process.removeListener('exit', onExit);
        opts.signal?.removeEventListener('abort', onOuterAbort);
    };
    for (const sig of SIGNALS) {
        const h = () => {
            controller.abort(new ABCancelledError(`interrupted by ${sig}: the A/B run was cancelled and the base worktree removed; no verdict.`));
            wt?.removeSync();
            detach();
            // Our listener replaced Node's default "exit on signal"; restore it when nobody else listens.
            if (exitOnSignal && process.listenerCount(sig) === 0)
                process.kill(process.pid, sig);
        };
        handlers.set(sig, h);
        process.on(sig, h);
    }
    process.on('exit', onExit);
    const cancelled = () => {
        const reason = controller.signal.reason;
        return reason instanceof ABCancelledError ? reason : new ABCancelledError();
    };
    try {
        if (controller.signal.aborted)
            throw cancelled();
        wt = await addBaseWorktree(repoRoot, base.sha, {
            tmpRoot: opts.tmpRoot,
            onHandle: (h) => (wt = h)
        });
        if (controller.signal.aborted)
            throw cancelled();
        return await fn({ ...wt, base, repoRoot }, controller.signal);
    }
    catch (err) {
        // Whatever a cancelled run threw on its way out (a killed child, an AbortError), the caller
        // only needs to know it was cancelled.
        if (controller.signal.aborted)
            throw cancelled();
        throw err;
    }
    finally {
        await wt?.remove();
        detach();
    }
}

;// CONCATENATED MODULE: ./src/abtest/run.ts
/**
 * Same-runner A/B orchestration (`compare: base-ref`, `perf-gate run --compare-to <ref>`).
 *
 * The base commit (A) is checked out into a temporary git worktree beside the pull request (B);
 * both are set up with the user's `setup` command, then every workload runs one repetition at a
 * time on each side, interleaved in an order that cancels a steady drift of the machine
 * (A B B A A B ...), with the same seed on both sides. Repetition k of A and repetition k of B form
 * pair k; the lead's `comparePaired(base, head, policy)` judges the pairs. Where the answer is
 * clear early the loop may stop, and where it is still ambiguous it may add pairs
 * (`sequentialStop`), bounded by minPairs..maxPairs.
 */












/** Default number of pairs when neither the options nor the config say (issue 7). */
const DEFAULT_PAIRS = 10;
/** The percentage threshold the paired compare applies to `metric` of `workload` (metric, workload, default). */
function thresholdFor(policy, workload, metric) {
    const w = policy.workloads?.[workload];
    return w?.thresholds?.[metric] ?? w?.threshold ?? policy.defaultThreshold;
}
/**
 * Runs the base commit beside the pull request on this machine and returns both sides' results,
 * paired by repetition index. The worktree is always removed (also on errors and signals).
 *
 * @throws ABCancelledError when cancelled (signal / SIGINT / SIGTERM), after the worktree is removed;
 *   BaseRefError when the base commit cannot be resolved (the message has the fetch fix),
 *   SetupError when the head side cannot be set up, ConfigError for an invalid head config.
 *   Base-side failures are not thrown: they are in `errors` and the base workloads carry them.
 */
async function runAB(opts) {
    const t0 = performance.now();
    const log = opts.log;
    const headConfigAbs = external_node_path_default().resolve(opts.headDir, opts.configFile);
    const headLoaded = opts.loaded ?? (await (0,load/* loadConfig */.Z9)(headConfigAbs));
    const policy = (0,src_policy/* policyFromConfig */.n)(headLoaded.config, { paired: true, threshold: opts.threshold });
    const d = headLoaded.config.defaults;
    const pairs = opts.pairs ?? d.pairs ?? DEFAULT_PAIRS;
    // Options first, then the config's `min-pairs` / `max-pairs`; the window always contains `pairs`.
    const minPairs = Math.max(1, Math.min(opts.minPairs ?? d.minPairs ?? pairs, pairs));
    const maxPairs = Math.max(pairs, opts.maxPairs ?? d.maxPairs ?? pairs);
    const setup = opts.setup ?? d.setup;
    const fixtureMode = opts.fixtures ?? 'per-repetition';
    const selected = (0,pipeline/* selectWorkloads */.z5)(headLoaded, { only: opts.only, shard: opts.shard });
    (0,pipeline/* checkEnvironment */.Qz)(headLoaded, selected, process.env);
    return withBaseWorktree({
        repoDir: opts.headDir,
        ref: opts.baseRef ?? d.baseRef,
        event: opts.event,
        tmpRoot: opts.tmpRoot,
        signal: opts.signal,
        exitOnSignal: opts.exitOnSignal
    }, async (wt, signal) => {
        log.info(`compare: base-ref — base ${wt.base.ref} (${wt.sha.slice(0, 12)}) checked out at ${wt.dir}`);
        const errors = [];
        const notes = [];
        // Real paths: a symlinked temp dir (/tmp -> /private/tmp on macOS) must not look "outside".
        const rel = external_node_path_default().relative((0,external_node_fs_.realpathSync)(wt.repoRoot), (0,external_node_fs_.realpathSync)(headConfigAbs));
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
            throw new BaseRefError(`compare: base-ref: the config ${opts.configFile} is outside the repository ${wt.repoRoot}, so there is no ` +
                'base version of it to run. Keep perf-gate.yml inside the repository.');
        }
        const relDir = external_node_path_default().dirname(rel);
        const headCommit = (await gitTry(wt.repoRoot, ['rev-parse', 'HEAD'])).stdout.trim() || undefined;
        const timings = { totalMs: 0 };
        // --- setup: head first (a head failure ends the run), then base (a base failure is reported).
        const head = { side: 'head', loaded: headLoaded, baseDir: headLoaded.baseDir };
        const baseDir = external_node_path_default().join(wt.dir, relDir);
        const base = { side: 'base', loaded: headLoaded, baseDir };
        if (setup && opts.setupHead !== false) {
            const r = await runSetup({
                side: 'head',
                dir: head.baseDir,
                command: setup,
                timeoutMs: opts.setupTimeoutMs,
                signal,
                log
            });
            timings.setupHeadMs = r.durationMs;
        }
        if (setup) {
            try {
                const r = await runSetup({
                    side: 'base',
                    dir: base.baseDir,
                    command: setup,
                    timeoutMs: opts.setupTimeoutMs,
                    signal,
                    log
                });
                timings.setupBaseMs = r.durationMs;
            }
            catch (err) {
                if (signal.aborted)
                    throw err;
                const message = err instanceof SetupError ? err.message : (0,pipeline/* failureText */.kY)(err);
                base.unavailable = message;
                errors.push({ side: 'base', phase: 'setup', message });
                log.error(message);
            }
        }
        // --- the base side's config: its own file when it exists and is valid, else the head's.
        let baseConfig = 'head';
        const baseConfigFile = external_node_path_default().join(wt.dir, rel);
        if ((0,external_node_fs_.existsSync)(baseConfigFile)) {
            try {
                base.loaded = await (0,load/* loadConfig */.Z9)(baseConfigFile);
                baseConfig = 'own';
            }
            catch (err) {
                notes.push(`The base commit's ${rel} could not be used (${(0,pipeline/* failureText */.kY)(err).split('\n')[0]}); the base side ran the pull request's config.`);
            }
        }
        else {
            notes.push(`The base commit has no ${rel}; the base side ran the pull request's config.`);
        }
        const baseResults = (0,io/* newResults */.VI)({ commit: wt.sha, ref: wt.base.ref });
        const headResults = (0,io/* newResults */.VI)({ commit: headCommit });
        const pairsUsed = {};
        const stopReason = {};
        for (const [i, def] of selected.entries()) {
            if (signal.aborted)
                break;
            await log.group(`[${i + 1}/${selected.length}] ${def.name} (${def.kind}) — A/B`, async () => {
                const out = await runWorkloadAB(def, {
                    head,
                    base,
                    baseConfig,
                    log,
                    signal,
                    pairs,
                    minPairs,
                    maxPairs,
                    alpha: opts.alpha ?? 0.01,
                    fixtureMode,
                    policy
                });
                if (out.base)
                    baseResults.workloads.push(out.base);
                headResults.workloads.push(out.head);
                pairsUsed[def.name] = out.pairs;
                stopReason[def.name] = out.reason;
                errors.push(...out.errors);
                notes.push(...out.notes);
                log.info(`  ${def.name}: ${out.pairs} pair(s) (${out.reason})`);
            });
        }
        if (signal.aborted)
            throw new ABCancelledError();
        timings.totalMs = performance.now() - t0;
        return {
            base: baseResults,
            head: headResults,
            pairsUsed,
            stopReason,
            errors,
            notes,
            baseCommit: wt.base,
            headCommit,
            baseConfig,
            timings
        };
    });
}
const hasFixtures = (loaded) => Object.keys(loaded.config.printers).length > 0 || Object.keys(loaded.config.services).length > 0;
/** Measures one workload pair by pair on both sides. */
async function runWorkloadAB(def, c) {
    const errors = [];
    const notes = [];
    const headSettings = (0,pipeline/* workloadSettings */.X7)(def, c.head.loaded);
    // An import without a command reads a file another step wrote: there is nothing to run per side.
    if (def.kind === 'import' && !def.command) {
        notes.push(`${def.name}: an import without a command is read once from the pull request's tree and not paired.`);
        let head;
        try {
            const data = await (0,workloads_import/* readSamplesFile */.u)(external_node_path_default().resolve(c.head.baseDir, String(def.file)), def.format);
            head = (0,samples/* workloadFromSamples */.L)(data, def.name, (0,io/* shortHash */.BC)({ kind: 'import', name: def.name }));
        }
        catch (err) {
            head = (0,pipeline/* resultFor */.T2)(def, c.head.loaded, [], (0,pipeline/* failureText */.kY)(err));
        }
        return { head, pairs: 0, reason: 'one-side', errors, notes };
    }
    const baseDef = c.baseConfig === 'own' ? c.base.loaded.config.workloads.find((w) => w.name === def.name) : def;
    const headRun = { ctx: c.head, def, outputs: [], warmedUp: false };
    let baseRun;
    if (c.base.unavailable) {
        // Reported on the base workload; the head is still measured so its own budgets and trend apply.
    }
    else if (!baseDef) {
        notes.push(`${def.name}: new in this pull request (not in the base commit's config); measured on the head only.`);
    }
    else {
        baseRun = { ctx: c.base, def: baseDef, outputs: [], warmedUp: false };
    }
    const baseUnavailable = c.base.unavailable
        ? `base side unavailable: ${c.base.unavailable}`
        : undefined;
    // Order of sides for maxPairs pairs: pair k runs order[2k] then order[2k + 1].
    const order = (0,paired/* interleaveOrder */._0)(c.maxPairs);
    const eachRepFixtures = c.fixtureMode === 'per-repetition';
    let n = 0;
    let reason = 'fixed';
    try {
        for (let k = 0; k < c.maxPairs; k++) {
            if (c.signal.aborted)
                break;
            const both = baseRun && !baseRun.error && !headRun.error;
            for (const letter of order.slice(2 * k, 2 * k + 2)) {
                const run = letter === 'A' ? baseRun : headRun;
                if (!run || run.error)
                    continue;
                await measureOne(run, k, headSettings, eachRepFixtures, c);
                if (run.error) {
                    errors.push({
                        side: run.ctx.side,
                        workload: def.name,
                        phase: run.error.startsWith('fixtures:') ? 'fixtures' : 'measure',
                        message: run.error
                    });
                }
            }
            if (headRun.error)
                break;
            n = k + 1;
            if (!both || !baseRun || baseRun.error) {
                // One side only: no pairs to judge, so measure the nominal count for the head's own result.
                reason = 'one-side';
                if (n >= c.pairs)
                    break;
                continue;
            }
            if (n >= c.maxPairs) {
                reason = n > c.pairs ? 'max' : 'fixed';
                break;
            }
            // Sequential rule only when the user widened the window around `pairs`.
            const sequential = c.minPairs < c.pairs || c.maxPairs > c.pairs;
            if (sequential && n >= c.minPairs && clearEnough(def, baseRun, headRun, c, n)) {
                reason = 'clear';
                break;
            }
        }
    }
    finally {
        await headRun.fixtures?.stop().catch(() => undefined);
        await baseRun?.fixtures?.stop().catch(() => undefined);
    }
    if (c.signal.aborted)
        throw new ABCancelledError();
    const head = (0,pipeline/* resultFor */.T2)(def, c.head.loaded, headRun.outputs, headRun.error);
    let base;
    if (baseRun) {
        // Keep exactly the pairs both sides completed, so repetition k of one is repetition k of the other.
        const pairedCount = Math.min(baseRun.outputs.length, headRun.outputs.length);
        base = (0,pipeline/* resultFor */.T2)(baseRun.def, c.base.loaded, baseRun.outputs.slice(0, baseRun.error ? baseRun.outputs.length : pairedCount), baseRun.error);
        if (!baseRun.error && !headRun.error)
            n = pairedCount;
    }
    else if (baseUnavailable) {
        base = (0,pipeline/* resultFor */.T2)(def, c.head.loaded, [], baseUnavailable);
    }
    return { base, head, pairs: n, reason, errors, notes };
}
/** Runs one measured repetition (index k) on one side, starting fixtures as the mode says. */
async function measureOne(run, k, settings, eachRepFixtures, c) {
    const { ctx } = run;
    const fresh = eachRepFixtures || !run.fixtures;
    let fixtures = run.fixtures;
    if (fresh) {
        try {
            fixtures = await (0,pipeline/* startFixtures */.dq)(ctx.loaded, c.log, { baseDir: ctx.baseDir });
        }
        catch (err) {
            run.error = `fixtures: could not start on the ${ctx.side} side: ${(0,pipeline/* failureText */.kY)(err)}`;
            return;
        }
        if (!eachRepFixtures)
            run.fixtures = fixtures;
    }
    // Warm-up once per side; again before every repetition when a fresh service or printer started,
    // since its warm state (JIT, caches, connection pools) went with the old process.
    const warmup = !run.warmedUp || (eachRepFixtures && hasFixtures(ctx.loaded)) ? settings.warmup : 0;
    try {
        const outs = await (0,pipeline/* measureWorkload */.My)(run.def, ctx.loaded, fixtures.fixtures, c.log, {
            repetitions: 1,
            warmup,
            // The same seed and repetition index on both sides: identical generated jobs in pair k.
            seed: settings.seed,
            firstIndex: k,
            progressStep: (warm, i, count) => `${warm ? `warm-up ${i}/${count}` : `pair ${k + 1}/${c.maxPairs > c.pairs ? `${c.pairs} (up to ${c.maxPairs})` : c.pairs}`}, ${ctx.side === 'base' ? 'base (A)' : 'head (B)'}`,
            baseDir: ctx.baseDir,
            signal: c.signal
        });
        run.warmedUp = true;
        run.outputs.push(...outs);
    }
    catch (err) {
        run.error = `${ctx.side === 'base' ? 'base (A)' : 'head (B)'} side failed in pair ${k + 1}: ${(0,pipeline/* failureText */.kY)(err)}`;
    }
    finally {
        if (eachRepFixtures)
            await fixtures.stop().catch(() => undefined);
    }
}
/** True when every gated metric's answer is already clear (the sequential rule says stop). */
function clearEnough(def, baseRun, headRun, c, n) {
    const h = (0,pipeline/* resultFor */.T2)(def, c.head.loaded, headRun.outputs.slice(0, n));
    const b = (0,pipeline/* resultFor */.T2)(baseRun.def, c.base.loaded, baseRun.outputs.slice(0, n));
    let any = false;
    for (const [name, m] of Object.entries(h.metrics)) {
        if (m.gate === false)
            continue;
        const bm = b.metrics[name];
        if (!bm)
            continue;
        any = true;
        const verdict = (0,paired/* sequentialStop */.Cz)(bm.repetitions, m.repetitions, {
            thresholdPct: thresholdFor(c.policy, def.name, name),
            direction: m.direction,
            alpha: c.alpha,
            minPairs: c.minPairs,
            maxPairs: c.maxPairs
        });
        if (verdict !== 'stop')
            return false;
    }
    return any;
}

;// CONCATENATED MODULE: ./src/abtest/cli.ts
/**
 * Entry points of the A/B mode for the CLI (`perf-gate run --compare-to <ref>`) and the action
 * (`compare: base-ref`): both are {@link runAB} with the config already loaded.
 */


/**
 * Runs the base commit beside the current checkout and returns `{ base, head, ... }` ready for
 * `judgePaired(base, head, config)`. Throws BaseRefError (missing commit, with the fetch fix),
 * SetupError (head setup failed); base-side failures are in `errors` and on the base workloads.
 */
function cli_runCompareTo(opts) {
    const configFile = external_node_path_default().resolve(opts.loaded.baseDir, external_node_path_default().basename(opts.loaded.file));
    return runAB({
        ...opts.more,
        headDir: opts.loaded.baseDir,
        configFile,
        loaded: opts.loaded,
        baseRef: opts.ref ?? opts.more?.baseRef,
        event: opts.event,
        log: opts.log,
        signal: opts.signal,
        only: opts.only,
        shard: opts.shard,
        threshold: opts.threshold,
        tmpRoot: opts.tmpRoot
    });
}




;// CONCATENATED MODULE: ./src/abtest-glue.ts
/** Same-runner A/B glue for the action (`compare: base-ref`) and the report. */


/** Report notes about an A/B run: base commit, pairs per workload, and what failed on which side. */
function abNotes(ab) {
    const notes = [...ab.notes];
    notes.push(`Base side: commit ${ab.baseCommit.sha.slice(0, 12)}${ab.baseConfig === 'head' ? " (ran the PR's config: the base has none or an invalid one)" : ''}.`);
    const pairs = Object.entries(ab.pairsUsed);
    if (pairs.length) {
        notes.push(`Pairs that decided each workload: ${pairs.map(([w, n]) => `${w} ${n}${ab.stopReason[w] === 'clear' ? ' (stopped early: clear)' : ab.stopReason[w] === 'max' ? ' (extended: ambiguous)' : ''}`).join(', ')}.`);
    }
    for (const e of ab.errors)
        notes.push(`${e.side} side${e.workload ? `, ${e.workload}` : ''} (${e.phase}): ${e.message.split('\n')[0]}`);
    return notes;
}
/** Runs the PR's base commit beside the head in this job. */
async function runBaseRef(opts) {
    return runCompareTo({
        ref: opts.inputs.baseRef,
        event: opts.event.payload,
        loaded: opts.loaded,
        log: opts.log,
        only: opts.inputs.workloads,
        shard: opts.inputs.shard,
        threshold: opts.inputs.threshold,
        tmpRoot: process.env.RUNNER_TEMP,
        more: opts.inputs.setup ? { setup: opts.inputs.setup } : {}
    });
}


/***/ })

};
