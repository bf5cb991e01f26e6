export const id = 363;
export const ids = [363];
export const modules = {

/***/ 3363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/results/schema.ts
var schema = __webpack_require__(6303);
;// CONCATENATED MODULE: ./src/baseline/merge.ts
const DEFAULT_HISTORY = 30;
/** Run-level values of a workload's metrics, as kept in history. */
function historyEntry(workload, results) {
    const values = {};
    for (const [k, m] of Object.entries(workload.metrics))
        if (Number.isFinite(m.value))
            values[k] = m.value;
    return {
        date: results.createdAt,
        ...(results.commit ? { commit: results.commit } : {}),
        environment: results.environment.fingerprint,
        values
    };
}
// The same run merged twice is the same entry; two runs that share a timestamp (files read in
// the same millisecond, runs of one commit) are not, so the values are part of the key.
const entryKey = (e) => `${e.date}|${e.commit ?? ''}|${JSON.stringify(e.values)}`;
/** Union of two histories (an entry = date, commit and values), oldest first, keeping the newest `limit`. */
function mergeHistory(a, b, limit) {
    const byKey = new Map();
    for (const e of [...a, ...b])
        byKey.set(entryKey(e), e);
    const all = [...byKey.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    return all.slice(Math.max(0, all.length - limit));
}
/**
 * The new baseline after a run: the run's metrics become the latest, and its run-level values are
 * appended to the history. When the workload definition changed, the history starts again (old
 * values measured other work).
 */
function updateBaseline(existing, workload, results, limit = DEFAULT_HISTORY) {
    const keep = existing && existing.definitionHash === workload.definitionHash ? existing.history : [];
    return {
        schemaVersion: 1,
        workload: workload.name,
        definitionHash: workload.definitionHash,
        environment: results.environment,
        ...(results.commit ? { commit: results.commit } : {}),
        ...(results.ref ? { ref: results.ref } : {}),
        updatedAt: results.createdAt,
        metrics: workload.metrics,
        history: mergeHistory(keep, [historyEntry(workload, results)], limit)
    };
}
/**
 * Merges a baseline written concurrently elsewhere (e.g. on the branch head after a push race)
 * with ours, so no run is lost: histories are united, the newer of the two supplies the metrics.
 */
function mergeBaselines(remote, local, limit = DEFAULT_HISTORY) {
    if (!remote || remote.definitionHash !== local.definitionHash)
        return local;
    const newer = remote.updatedAt > local.updatedAt ? remote : local;
    return { ...newer, history: mergeHistory(remote.history, local.history, limit) };
}
/**
 * A safe file name for a workload: letters, digits, `.`, `_` and `-` only, no leading dot, at most
 * 80 characters. Names that had to change get a short suffix derived from the original name, so two
 * different names never share a file (no path traversal, no collisions).
 */
function baselineFileName(workload) {
    const cleaned = workload
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 80) || 'workload';
    if (cleaned === workload)
        return `${cleaned}.json`;
    let h = 0x811c9dc5;
    for (let i = 0; i < workload.length; i++) {
        h ^= workload.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return `${cleaned}-${h.toString(16).padStart(8, '0')}.json`;
}

;// CONCATENATED MODULE: ./src/baseline/store.ts
/** Baseline files on disk: `<dir>/<workload>.json`, validated on read, written atomically. */







const store_ajv = new ajv.Ajv({ allErrors: false, strict: false });
const check = store_ajv.compile(schema/* baselineSchema */.d2);
const regenerate = (file) => `Delete it, then regenerate it with \`perf-gate baseline update --baseline ${external_node_path_default().dirname(file)} --from <results.json>\` (or let the next main-branch run write it).`;
/**
 * Parses and validates one baseline file's text.
 * @throws InputError naming the file, the problem and how to regenerate it.
 */
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new files/* InputError */.dz(`${file}: corrupt baseline (not valid JSON: ${err.message}). ${regenerate(file)}`);
    }
    const version = data?.schemaVersion;
    if (typeof version === 'number' && version > 1) {
        throw new files/* InputError */.dz(`${file}: baseline schema version ${version} is newer than this perf-gate reads (1). Upgrade perf-gate, or ${regenerate(file).replace(/^R/, 'r')}`);
    }
    if (!check(data)) {
        const e = check.errors?.[0];
        throw new files/* InputError */.dz(`${file}: invalid baseline: ${e?.instancePath || '(top level)'} ${e?.message ?? ''}. ${regenerate(file)}`);
    }
    return data;
}
/** Path of a workload's baseline file in `dir`. */
function baselinePath(dir, workload) {
    return external_node_path_default().join(dir, baselineFileName(workload));
}
/** Reads one workload's baseline; undefined when the file does not exist. */
async function readBaseline(dir, workload) {
    const file = baselinePath(dir, workload);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new files/* InputError */.dz(`${file}: cannot read baseline: ${err.message}`);
    }
    return parseBaseline(text, file);
}
/** Reads every baseline in `dir` (keyed by workload name). A missing directory is empty. */
async function readBaselineDir(dir) {
    const out = new Map();
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return out;
        throw new files/* InputError */.dz(`${dir}: cannot read baseline directory: ${err.message}`);
    }
    for (const name of names.sort()) {
        if (!name.endsWith('.json') || name.startsWith('.'))
            continue;
        const file = external_node_path_default().join(dir, name);
        const b = parseBaseline(await (0,promises_.readFile)(file, 'utf8'), file);
        out.set(b.workload, b);
    }
    return out;
}
/**
 * Writes baselines all or nothing, as far as a file system allows: every new file is first written
 * beside its target (a failure there changes nothing), then each is renamed over its target; if a
 * rename fails (a read-only or immutable file), the ones already replaced get their old content
 * back and new ones are removed. So a permission problem never leaves a half-updated set.
 *
 * @returns the files written, in order.
 * @throws InputError naming the file, the reason, and whether everything was restored.
 */
async function writeBaselines(dir, baselines) {
    const planned = [...baselines].map((b) => ({
        file: baselinePath(dir, b.workload),
        text: JSON.stringify(b, null, 2) + '\n'
    }));
    const fix = `Check that ${dir} and the files in it are writable (permissions, a read-only or immutable file).`;
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    catch (err) {
        throw new files/* InputError */.dz(`${dir}: cannot create the baseline directory (${reason(err)}). ${fix}`);
    }
    const staged = [];
    const dropTemps = () => Promise.all(staged.map((x) => (0,promises_.rm)(x.tmp, { force: true })));
    for (const p of planned) {
        try {
            // A symlinked baseline keeps its link: its target is what gets replaced.
            const target = await (0,promises_.realpath)(p.file).catch(() => p.file);
            const old = await (0,promises_.readFile)(target, 'utf8').catch((err) => {
                if (err.code === 'ENOENT')
                    return undefined;
                throw err;
            });
            const tmp = external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
            staged.push({ file: p.file, target, tmp, old });
            await (0,promises_.writeFile)(tmp, p.text);
        }
        catch (err) {
            await dropTemps();
            throw new files/* InputError */.dz(`${p.file}: cannot write the baseline (${reason(err)}); no baseline was changed. ${fix}`);
        }
    }
    const replaced = [];
    for (const x of staged) {
        try {
            await (0,promises_.rename)(x.tmp, x.target);
            replaced.push(x);
        }
        catch (err) {
            await dropTemps();
            const stuck = [];
            for (const r of replaced.reverse()) {
                try {
                    if (r.old === undefined)
                        await (0,promises_.rm)(r.target, { force: true });
                    else
                        await (0,files/* writeFileAtomic */.Zf)(r.target, r.old);
                }
                catch {
                    stuck.push(r.file);
                }
            }
            throw new files/* InputError */.dz(`${x.file}: cannot replace the baseline (${reason(err)}); ` +
                (stuck.length
                    ? `the update is half applied: ${stuck.join(', ')} could not be restored (git checkout them). `
                    : 'no baseline was changed. ') +
                fix);
        }
    }
    return planned.map((p) => p.file);
}
function reason(err) {
    const e = err;
    return e.code
        ? `${e.code}: ${e.message.replace(/^\w+: /, '').replace(/, \w+ '.*$/, '')}`
        : String(e?.message ?? err);
}

// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var load = __webpack_require__(7775);
// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(3032);
// EXTERNAL MODULE: ./src/config/references.ts
var references = __webpack_require__(566);
// EXTERNAL MODULE: ./src/names.ts
var names = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/stats/summary.ts
var summary = __webpack_require__(2303);
// EXTERNAL MODULE: ./src/stats/robust.ts
var robust = __webpack_require__(174);
;// CONCATENATED MODULE: ./src/stats/multiplicity.ts
/**
 * Multiplicity correction for a run that gates many metrics.
 *
 * Forty independent tests at 1 % each would fail a third of unchanged runs, but Bonferroni
 * (alpha / 40) is far too strict for a catalogue: its metrics share the job's machine factor and
 * move together. We estimate the *effective number of independent tests* M_eff from the
 * eigenvalues of the metrics' correlation matrix (Li & Ji 2005, Heredity 95:221–227: M_eff =
 * Σ f(|λ_i|), f(x) = 1[x >= 1] + (x − ⌊x⌋)) and apply Šidák's correction with it:
 * alpha = 1 − (1 − familyAlpha)^(1/M_eff). No library in the dependency set offers eigenvalues, so
 * a small cyclic Jacobi solver is written here (matrices are at most ~64 × 64, see below).
 */
/**
 * Eigenvalues of a real symmetric matrix (cyclic Jacobi rotations; Golub & Van Loan §8.5). The
 * input is not modified. Bounded to 100 sweeps; converges to ~1e-12 in well under that.
 */
function symmetricEigenvalues(matrix) {
    const n = matrix.length;
    const a = matrix.map((row) => [...row]);
    for (let sweep = 0; sweep < 100; sweep++) {
        let off = 0;
        for (let p = 0; p < n; p++)
            for (let q = p + 1; q < n; q++)
                off += a[p][q] * a[p][q];
        if (off < 1e-22)
            break;
        for (let p = 0; p < n - 1; p++) {
            for (let q = p + 1; q < n; q++) {
                const apq = a[p][q];
                if (Math.abs(apq) < 1e-300)
                    continue;
                const theta = (a[q][q] - a[p][p]) / (2 * apq);
                const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                const c = 1 / Math.sqrt(t * t + 1);
                const s = t * c;
                for (let k = 0; k < n; k++) {
                    const akp = a[k][p];
                    const akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (let k = 0; k < n; k++) {
                    const apk = a[p][k];
                    const aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
            }
        }
    }
    return a.map((row, i) => row[i]).sort((x, y) => y - x);
}
/** Li & Ji's effective number of tests from correlation-matrix eigenvalues. */
function liJiEffectiveTests(eigenvalues) {
    let m = 0;
    for (const raw of eigenvalues) {
        const x = Math.abs(raw);
        m += (x >= 1 ? 1 : 0) + (x - Math.floor(x));
    }
    return m;
}
/** Šidák's per-test level that keeps the family-wise error at `familyAlpha` over `tests` tests. */
function sidakAlpha(familyAlpha, tests) {
    if (!(tests > 1))
        return familyAlpha;
    // -expm1(log1p(-a)/m) is 1 - (1 - a)^(1/m) without cancellation for small a.
    return -Math.expm1(Math.log1p(-familyAlpha) / tests);
}
/** Li–Ji M_eff of m metrics that all correlate at rho (an equicorrelated block). */
function equicorrelatedEffectiveTests(m, rho) {
    if (m <= 0)
        return 0;
    const r = Math.min(1, Math.max(0, rho));
    return liJiEffectiveTests([1 + (m - 1) * r, ...new Array(m - 1).fill(1 - r)]);
}
/**
 * Effective number of independent tests among metrics, from aligned observations of each metric
 * (e.g. log run-level values keyed by the main-branch run they came from, or per-pair log ratios
 * keyed by pair index).
 *
 * Metrics with at least `minObservations` finite values and some spread form an estimated
 * correlation matrix; a value missing at a row is imputed with the metric's mean, which shrinks
 * that correlation toward 0 (the conservative side). The eigenvalues of the M × M correlation
 * matrix Zᵀ Z equal the non-zero eigenvalues of the K × K Gram matrix Z Zᵀ, so only a small
 * K × K (K = rows, ≤ 64) matrix is decomposed even for hundreds of metrics. Because K rows cannot
 * reveal more than K dimensions, the count is at least that of an equicorrelated block at the
 * metrics' (chance-corrected) root-mean-square correlation. Metrics without usable
 * observations are treated as one equicorrelated block at `defaultCorrelation`, independent of the
 * rest. The result is capped to [1, M].
 */
function effectiveTests(series, options = {}) {
    const minObs = options.minObservations ?? 8;
    const rho = options.defaultCorrelation ?? 0.5;
    const maxRows = options.maxRows ?? 64;
    const m = series.length;
    const usable = [];
    for (const s of series) {
        let n = 0;
        let first;
        let varies = false;
        for (const v of s.values()) {
            if (!Number.isFinite(v))
                continue;
            n++;
            if (first === undefined)
                first = v;
            else if (v !== first)
                varies = true;
        }
        if (n >= minObs && varies)
            usable.push(s);
    }
    const assumed = m - usable.length;
    let mEff = equicorrelatedEffectiveTests(assumed, rho);
    if (usable.length > 0)
        mEff += estimatedEffectiveTests(usable, maxRows);
    const capped = m === 0 ? 0 : Math.min(m, Math.max(1, mEff));
    return {
        metrics: m,
        effectiveTests: capped,
        estimated: usable.length,
        assumed,
        defaultCorrelation: rho
    };
}
function estimatedEffectiveTests(usable, maxRows) {
    if (usable.length === 1)
        return 1;
    const keyCount = new Map();
    for (const s of usable)
        for (const [k, v] of s)
            if (Number.isFinite(v))
                keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
    const keys = [...keyCount.entries()]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .slice(0, maxRows)
        .map(([k]) => k);
    const k = keys.length;
    if (k < 2)
        return usable.length;
    // Columns of Z: each metric centred and scaled to unit length over the chosen rows.
    const columns = [];
    for (const s of usable) {
        let sum = 0;
        let n = 0;
        for (const key of keys) {
            const v = s.get(key);
            if (v !== undefined && Number.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        if (n === 0)
            continue;
        const mean = sum / n;
        const col = new Float64Array(k);
        let ss = 0;
        for (let i = 0; i < k; i++) {
            const v = s.get(keys[i]);
            const x = v !== undefined && Number.isFinite(v) ? v - mean : 0;
            col[i] = x;
            ss += x * x;
        }
        if (ss === 0)
            continue;
        const norm = Math.sqrt(ss);
        for (let i = 0; i < k; i++)
            col[i] /= norm;
        columns.push(col);
    }
    // Columns lost here had no spread over the shared rows: count them as independent tests.
    const lost = usable.length - columns.length;
    if (columns.length < 2)
        return columns.length + lost;
    const gram = Array.from({ length: k }, () => new Array(k).fill(0));
    for (const col of columns) {
        for (let i = 0; i < k; i++) {
            const ci = col[i];
            if (ci === 0)
                continue;
            const row = gram[i];
            for (let j = i; j < k; j++)
                row[j] += ci * col[j];
        }
    }
    for (let i = 0; i < k; i++)
        for (let j = 0; j < i; j++)
            gram[i][j] = gram[j][i];
    const m = columns.length;
    const liJi = liJiEffectiveTests(symmetricEigenvalues(gram));
    // With fewer rows than metrics (10 pairs, 30 runs against 40+ metrics) the sample correlation
    // matrix has rank <= K and Li–Ji undercounts weakly correlated metrics (40 independent metrics
    // from 10 rows gave M_eff ≈ 15 and a 3–4 % whole-run false-alarm rate in the simulation). Guard
    // with a one-factor view: the root-mean-square correlation, corrected for the chance r² of K rows
    // (E r² ≈ ρ² + (1 − ρ²)/(K − 1)), taken as an equicorrelated block; keep the larger count.
    let frob = 0;
    for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++)
            frob += gram[i][j] * gram[i][j];
    const meanR2 = (frob - m) / (m * (m - 1));
    const chance = 1 / (k - 1);
    const rho2 = Math.min(1, Math.max(0, (meanR2 - chance) / (1 - chance)));
    const oneFactor = equicorrelatedEffectiveTests(m, Math.sqrt(rho2));
    return Math.max(1, liJi, oneFactor) + lost;
}

// EXTERNAL MODULE: ./src/compare/budget.ts
var budget = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/stats/distributions.ts
var distributions = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/compare/paired.ts
var paired = __webpack_require__(6714);
;// CONCATENATED MODULE: ./src/compare/history.ts



/** Judges one metric of a candidate run against its history (see the module comment). */
function historyDecision(input) {
    const hist = input.history.filter((v) => Number.isFinite(v));
    const n = hist.length;
    const c = input.current;
    if (n === 0)
        return { status: 'unchanged', method: 'none', reference: NaN, estimate: null, historyRuns: 0 };
    const positive = c > 0 && hist.every((v) => v > 0);
    if (positive)
        return logDecision(hist, input);
    return linearDecision(hist, input);
}
function decide(change, pWorse, pBetter, input) {
    const beyond = (0,paired/* beyondThreshold */.nP)(change, input.thresholdPct, input.direction);
    if (beyond.worse && pWorse < input.alpha)
        return 'regression';
    if (beyond.better && pBetter < input.alpha)
        return 'improvement';
    return 'unchanged';
}
/** Pseudo-observations the drift prior is worth with n runs of history (fades to 0). */
function priorPseudoRuns(n, weight, fadeRuns) {
    if (!(weight > 0) || n >= fadeRuns)
        return 0;
    if (fadeRuns <= 1)
        return 0;
    return (weight * (fadeRuns - Math.max(1, n))) / (fadeRuns - 1);
}
/**
 * Finds the most significant single level shift in a (log) history: the split maximising the
 * pooled two-sample |t| between the runs before and after it, with at least 3 runs on each side
 * (one odd run is noise, not a new level). It counts only when |t| exceeds the two-sided 0.1 %
 * critical value, Bonferroni-corrected for the number of candidate splits, so a stationary history
 * almost never shows one. Why: after a slowdown is accepted into main (or a speed-up lands), the
 * mean of all 30 runs would sit between the old and the new level for weeks, flagging every later
 * PR (or hiding regressions); comparing with the runs since the shift fixes that within 3 runs.
 */
function findLevelShift(logs) {
    const n = logs.length;
    if (n < 8)
        return undefined;
    const prefix = [0];
    const prefix2 = [0];
    for (const x of logs) {
        prefix.push(prefix[prefix.length - 1] + x);
        prefix2.push(prefix2[prefix2.length - 1] + x * x);
    }
    let best;
    const splits = n - 5;
    for (let j = 3; j <= n - 3; j++) {
        const n1 = j;
        const n2 = n - j;
        const m1 = prefix[j] / n1;
        const m2 = (prefix[n] - prefix[j]) / n2;
        const ss1 = Math.max(0, prefix2[j] - n1 * m1 * m1);
        const ss2 = Math.max(0, prefix2[n] - prefix2[j] - n2 * m2 * m2);
        const sp = Math.sqrt((ss1 + ss2) / (n - 2));
        if (!(sp > 0))
            continue;
        const t = (m2 - m1) / (sp * Math.sqrt(1 / n1 + 1 / n2));
        if (!best || Math.abs(t) > Math.abs(best.t))
            best = { at: j, runsSince: n2, t };
    }
    if (!best)
        return undefined;
    const critical = (0,distributions/* tQuantile */.YW)(1 - 0.001 / (2 * splits), n - 2);
    return Math.abs(best.t) > critical ? best : undefined;
}
/** No spread known (`method: 'ratio'`): the change against the threshold alone decides. */
function thresholdOnly(change, reference, n, input) {
    const beyond = (0,paired/* beyondThreshold */.nP)(change, input.thresholdPct, input.direction);
    const status = beyond.worse ? 'regression' : beyond.better ? 'improvement' : 'unchanged';
    return {
        status,
        method: 'ratio',
        reference,
        estimate: change,
        historyRuns: n,
        detectable: (0,paired/* detectableChange */.wy)(0, true, input.thresholdPct, input.direction)
    };
}
function logDecision(hist, input) {
    const logs = hist.map(Math.log);
    const n = logs.length;
    const shift = findLevelShift(logs);
    // With a level shift, the reference is the new level and the noise comes from the deviations
    // within each segment (df n - 2); otherwise the mean and spread of the whole history.
    const segments = shift ? [logs.slice(0, shift.at), logs.slice(shift.at)] : [logs];
    let ss = 0;
    for (const seg of segments) {
        const mv = (0,robust/* meanVar */.TR)(seg);
        ss += mv.variance * (mv.n - 1);
    }
    const ref = (0,robust/* meanVar */.TR)(segments[segments.length - 1]);
    const mean = ref.mean;
    const nRef = ref.n;
    const nu0 = priorPseudoRuns(n, input.priorWeight, input.priorFadeRuns ?? 10);
    const df = nu0 + n - segments.length;
    const d = Math.log(input.current) - mean;
    const change = Math.expm1(d);
    const reference = Math.exp(mean);
    // Neither history spread nor a prior: the threshold alone decides.
    if (!(df > 0))
        return thresholdOnly(change, reference, n, input);
    const s = Math.sqrt((nu0 * input.priorSigma ** 2 + ss) / df);
    const se = s * Math.sqrt(1 + 1 / nRef);
    // No spread at all (a deterministic metric with a long flat history): any change is real.
    const t = se > 0 ? d / se : d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
    const tWorse = input.direction === 'smaller' ? t : -t;
    const pWorse = (0,distributions/* tSurvival */.nJ)(tWorse, df);
    const pBetter = (0,distributions/* tSurvival */.nJ)(-tWorse, df);
    const q = (0,distributions/* tQuantile */.YW)(1 - input.alpha, df);
    const worseSide = input.direction === 'smaller' ? d >= 0 : d <= 0;
    return {
        status: decide(change, pWorse, pBetter, input),
        method: 'history-t',
        reference,
        estimate: change,
        ci: [Math.expm1(d - q * se), Math.expm1(d + q * se)],
        p: worseSide ? pWorse : pBetter,
        statistic: t,
        noise: s,
        df,
        historyRuns: n,
        detectable: (0,paired/* detectableChange */.wy)(q * se, true, input.thresholdPct, input.direction),
        levelShift: shift
            ? { runsSince: shift.runsSince, change: Math.expm1(mean - (0,robust/* meanVar */.TR)(segments[0]).mean) }
            : undefined
    };
}
function linearDecision(hist, input) {
    const { n, mean, variance } = (0,robust/* meanVar */.TR)(hist);
    const c = input.current;
    const s = Math.sqrt(variance);
    const se = s * Math.sqrt(1 + 1 / n);
    if (mean === 0) {
        // A percentage of 0 is undefined: with no spread any change counts as beyond the threshold
        // (0 -> 3 errors is a real change); with spread the significance test alone decides.
        if (c === 0)
            return {
                status: 'unchanged',
                method: 'zero-baseline',
                reference: 0,
                estimate: null,
                historyRuns: n
            };
        const worseSide = input.direction === 'smaller' ? c > 0 : c < 0;
        const message = 'the baseline is 0, so a percentage change is undefined; use a budget (e.g. "errors == 0") for counts';
        if (!(se > 0) || n < 2) {
            return {
                status: worseSide ? 'regression' : 'improvement',
                method: 'zero-baseline',
                reference: 0,
                estimate: null,
                historyRuns: n,
                message
            };
        }
        const t = c / se;
        const pT = (0,distributions/* tSurvival */.nJ)(Math.abs(t), n - 1);
        const sig = pT < input.alpha;
        return {
            status: sig ? (worseSide ? 'regression' : 'improvement') : 'unchanged',
            method: 'zero-baseline',
            reference: 0,
            estimate: null,
            p: pT,
            statistic: t,
            noise: s,
            df: n - 1,
            historyRuns: n,
            message
        };
    }
    const scale = Math.abs(mean);
    const change = (c - mean) / scale;
    if (n < 2 || !(se > 0))
        return thresholdOnly(change, mean, n, input);
    const t = (c - mean) / se;
    const df = n - 1;
    const tWorse = input.direction === 'smaller' ? t : -t;
    const pWorse = (0,distributions/* tSurvival */.nJ)(tWorse, df);
    const pBetter = (0,distributions/* tSurvival */.nJ)(-tWorse, df);
    const q = (0,distributions/* tQuantile */.YW)(1 - input.alpha, df);
    const worseSide = input.direction === 'smaller' ? t >= 0 : t <= 0;
    return {
        status: decide(change, pWorse, pBetter, input),
        method: 'history-t-linear',
        reference: mean,
        estimate: change,
        ci: [(c - mean - q * se) / scale, (c - mean + q * se) / scale],
        p: worseSide ? pWorse : pBetter,
        statistic: t,
        noise: s / scale,
        df,
        historyRuns: n,
        detectable: (0,paired/* detectableChange */.wy)((q * se) / scale, false, input.thresholdPct, input.direction)
    };
}

;// CONCATENATED MODULE: ./src/compare/index.ts










/** Defaults of the optional policy fields (documented in docs/verdict.md). */
const COMPARE_DEFAULTS = {
    familyAlpha: 0.01,
    priorDriftSigma: 0.07,
    priorWeight: 4,
    historyLimit: 30,
    unstableCv: 0.25,
    defaultCorrelation: 0.5,
    /** Below this many runs of history the prior is said to be used. */
    freshRuns: 10,
    /** Runs (or pairs) a metric needs before its correlation with others is estimated. */
    correlationRuns: 8,
    /**
     * A history whose dated runs all fall within this span (1 hour) was most likely recorded in one
     * job or one sitting: it knows that session's noise, not the drift between jobs.
     */
    sessionSpanMs: 3_600_000
};
function resolve(policy) {
    const num = (v, d, ok) => v !== undefined && Number.isFinite(v) && ok(v) ? v : d;
    return {
        defaultThreshold: num(policy.defaultThreshold, 10, (x) => x >= 0),
        familyAlpha: num(policy.familyAlpha, COMPARE_DEFAULTS.familyAlpha, (x) => x > 0 && x < 1),
        priorDriftSigma: num(policy.priorDriftSigma, COMPARE_DEFAULTS.priorDriftSigma, (x) => x > 0),
        priorWeight: num(policy.priorWeight, COMPARE_DEFAULTS.priorWeight, (x) => x >= 0),
        historyLimit: Math.floor(num(policy.historyLimit, COMPARE_DEFAULTS.historyLimit, (x) => x >= 1)),
        unstableCv: num(policy.unstableCv, COMPARE_DEFAULTS.unstableCv, (x) => x > 0),
        defaultCorrelation: num(policy.defaultCorrelation, COMPARE_DEFAULTS.defaultCorrelation, (x) => x >= 0 && x <= 1)
    };
}
function thresholdFor(policy, workload, metric, fallback) {
    const w = policy.workloads?.[workload];
    const t = w?.thresholds?.[metric] ?? w?.threshold ?? fallback;
    return Number.isFinite(t) && t >= 0 ? t : fallback;
}
function isGated(policy, workload, metric, m) {
    if (m.gate === false)
        return false;
    const list = policy.workloads?.[workload]?.gate;
    return list ? list.includes(metric) : true;
}
const fin = (x) => x !== null && x !== undefined && Number.isFinite(x) ? x : null;
/** Drops non-finite numbers so that no NaN/Infinity reaches the JSON or the report. */
function cleanStatistic(s) {
    const out = { method: s.method };
    for (const [k, v] of Object.entries(s)) {
        if (k === 'method' || v === undefined)
            continue;
        if (typeof v === 'number') {
            if (Number.isFinite(v))
                out[k] = v;
        }
        else if (Array.isArray(v)) {
            if (v.every((x) => typeof x === 'number' && Number.isFinite(x)))
                out[k] = v;
        }
        else
            out[k] = v;
    }
    return out;
}
function newVerdict(workload, metric, m, threshold, gated, status, method) {
    return {
        workload,
        metric,
        unit: m.unit,
        direction: m.direction,
        baseline: null,
        current: null,
        deltaPct: null,
        threshold,
        status,
        gated,
        statistic: { method }
    };
}
function signedPct(x) {
    return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}
function pct(x, digits = 1) {
    return `${(x * 100).toFixed(digits)}%`;
}
/** Whether a metric verdict fails the gate on its own. */
function failsGate(v) {
    if (v.status === 'budget-failed')
        return true;
    return v.gated && (v.status === 'regression' || v.status === 'error');
}
/** Budgets by workload, parsed once (throws BudgetSyntaxError on a bad expression). */
function parseBudgets(policy) {
    const global = (policy.budgets ?? []).map(budget/* parseBudget */.Nm);
    const perWorkload = new Map();
    for (const [w, p] of Object.entries(policy.workloads ?? {}))
        if (p.budgets?.length)
            perWorkload.set(w, p.budgets.map(budget/* parseBudget */.Nm));
    return { global, perWorkload };
}
/**
 * Applies global and workload budgets to the metric verdicts of one workload (current values).
 * A workload budget that names a metric the workload does not report fails, so a typo cannot
 * silently disable a limit; a global budget simply skips such workloads.
 */
function applyBudgets(w, verdicts, global, own, usedGlobal) {
    const extra = [];
    const byName = new Map(verdicts.map((v) => [v.metric, v]));
    const apply = (b, isOwn) => {
        const name = (0,budget/* resolveBudgetMetric */.cs)(b, w.metrics);
        if (name === undefined) {
            if (!isOwn)
                return;
            const v = newVerdict(w.name, b.metric, { unit: b.unit, direction: 'smaller' }, 0, false, 'budget-failed', 'budget');
            v.budgets = [{ expression: b.expression, passed: false }];
            const guess = (0,names/* closest */.k)(b.metric, Object.keys(w.metrics));
            v.message = `Budget "${b.expression}" names metric ${b.metric}, which workload ${w.name} does not report;${guess ? ` did you mean ${guess}?` : ' check the metric name.'}`;
            extra.push(v);
            return;
        }
        if (!isOwn)
            usedGlobal.add(b.expression);
        const m = w.metrics[name];
        const v = byName.get(name);
        if (!v)
            return;
        let passed;
        let problem;
        try {
            passed = (0,budget/* checkBudget */.Ik)(b, m.value, m.unit);
            if (!Number.isFinite(m.value))
                problem = `Budget "${b.expression}": the metric has no value in this run.`;
        }
        catch (err) {
            passed = false;
            problem = err.message;
        }
        v.budgets = [...(v.budgets ?? []), { expression: b.expression, passed }];
        if (!passed) {
            v.status = 'budget-failed';
            const msg = problem ?? `Budget "${b.expression}" not met: ${formatValue(m.value)} ${m.unit}.`;
            v.message = v.message ? `${msg} ${v.message}` : msg;
        }
    };
    for (const b of global)
        apply(b, false);
    for (const b of own)
        apply(b, true);
    return extra;
}
/** Every metric name a run's measured workloads report. */
function reportedMetrics(r) {
    return new Set(r.workloads.filter((w) => w.status !== 'error').flatMap((w) => Object.keys(w.metrics)));
}
/**
 * Metric names under `gate:` / `thresholds:` that the workload does not report: each is a gated
 * error, so a typo (`latency.p5O`) fails loudly instead of leaving the workload ungated. A name
 * from `defaults:` only counts when no workload of the run reports it (defaults span kinds).
 */
function unknownMetricNames(w, policy, reported, flagged) {
    if (w.status === 'error')
        return [];
    const out = [];
    const known = Object.keys(w.metrics);
    for (const { field, metric } of policy.workloads?.[w.name]?.named ?? []) {
        if (Object.hasOwn(w.metrics, metric))
            continue;
        const fromDefaults = field.startsWith('defaults.');
        if (fromDefaults && (reported.has(metric) || flagged.has(`${field}\0${metric}`)))
            continue;
        flagged.add(`${field}\0${metric}`);
        const candidates = (fromDefaults ? [...reported] : known).sort();
        const guess = (0,names/* closest */.k)(metric, candidates);
        const v = newVerdict(w.name, metric, { unit: '', direction: 'smaller' }, 0, true, 'error', 'config');
        v.message =
            `\`${field}\` names metric ${metric}, which ${fromDefaults ? 'no workload in this run reports' : `workload ${w.name} does not report`}.` +
                (guess ? ` Did you mean ${guess}?` : '') +
                ` ${fromDefaults ? 'Workloads report' : 'It reports'}: ${candidates.join(', ')}. Fix the name in perf-gate.yml.`;
        out.push(v);
    }
    return out;
}
function formatValue(x) {
    if (!Number.isFinite(x))
        return String(x);
    return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
}
function workloadStatus(w, base, verdicts) {
    const checks = w.checks ?? [];
    if (w.status === 'error')
        return {
            workload: w.name,
            status: 'error',
            checks,
            message: w.error ?? 'The workload could not be measured.'
        };
    const failedChecks = checks.filter((c) => !c.passed);
    if (w.status === 'failed' || failedChecks.length > 0) {
        const names = failedChecks.map((c) => c.name).join(', ');
        return {
            workload: w.name,
            status: 'failed',
            checks,
            message: w.error ?? (names ? `Failed checks: ${names}.` : 'The workload reported a failure.')
        };
    }
    // Metrics that fail the gate are counted on the metrics; the workload itself ran and passed its
    // checks, so it stays `ok` (a `failed` workload means broken checks, which `fail-on: budget` gates).
    const failing = verdicts.filter(failsGate);
    if (failing.length > 0)
        return {
            workload: w.name,
            status: base,
            checks,
            message: `${failing.length} metric${failing.length > 1 ? 's' : ''} failed the gate: ${failing.map((v) => v.metric).join(', ')}.`
        };
    return { workload: w.name, status: base, checks };
}
function correctionNote(eff, alpha, familyAlpha, source) {
    if (eff.metrics <= 1)
        return `One gated metric: judged at a ${pct(familyAlpha, 2)} false-alarm level.`;
    return (`${eff.metrics} gated metrics act like ${eff.effectiveTests.toFixed(1)} independent tests ` +
        `(Li–Ji effective number from ${source}` +
        (eff.assumed > 0
            ? `; ${eff.assumed} with too little data assumed correlated at ${eff.defaultCorrelation}`
            : '') +
        `), so each is judged at ${pct(alpha, 3)} and the whole run keeps about ${pct(familyAlpha, 2)} false alarms (Šidák).`);
}
/** A metric that fails only beyond this factor on its worse side counts as blind in the note. */
const BLIND_FACTOR = 1000;
/**
 * How blunt the gate is this run, in one sentence: the smallest worse change each gated metric
 * could be flagged at (statistic.detectable), as the median metric and the two extremes. Metrics
 * are ranked by that change as a factor on the worse side (a throughput −50 % ranks with a latency
 * +100 %) and shown with their own signed change. Undefined when no gated metric has one.
 */
function sensitivityNote(pending, sharpenedBy) {
    const all = pending
        .filter((t) => t.gated && t.verdict.statistic.detectable !== undefined)
        .map((t) => {
        const d = t.verdict.statistic.detectable;
        const factor = t.verdict.direction === 'smaller' ? 1 + d : d > -1 ? 1 / (1 + d) : Infinity;
        return { v: t.verdict, d, factor };
    });
    // A history or pairs too noisy for any realistic change to fail (e.g. 2 pairs at a tiny alpha
    // need ×1e276): counted, not quoted.
    const blind = all.filter((r) => !(r.factor <= BLIND_FACTOR)).length;
    const rows = all.filter((r) => r.factor <= BLIND_FACTOR).sort((a, b) => a.factor - b.factor);
    if (all.length === 0)
        return undefined;
    const name = (r) => `${signedPct(r.d)} for ${r.v.workload} ${r.v.metric}`;
    const parts = [];
    if (rows.length === 1)
        parts.push(name(rows[0]));
    else if (rows.length > 1)
        parts.push(`median ${name(rows[Math.floor((rows.length - 1) / 2)])}; from ${name(rows[0])} to ${name(rows[rows.length - 1])}`);
    if (blind > 0)
        parts.push(`${blind} gated metric${blind === 1 ? ' is' : 's are'} too noisy to fail on any change below ×${BLIND_FACTOR}`);
    return (`Sensitivity: a gated metric fails only once it is worse by at least its threshold and its noise (${parts.join('; ')}). ` +
        `Smaller changes pass as noise; ${sharpenedBy} sharpen the gate.`);
}
function finish(mode, metrics, workloads, eff, alpha, familyAlpha, notes) {
    const counts = { regressions: 0, improvements: 0, unstable: 0, budgetFailures: 0 };
    for (const v of metrics) {
        // Only gated metrics count: a report-only metric's status is information, not a finding.
        if (v.status === 'regression')
            counts.regressions += v.gated ? 1 : 0;
        else if (v.status === 'improvement')
            counts.improvements += v.gated ? 1 : 0;
        else if (v.status === 'unstable')
            counts.unstable += v.gated ? 1 : 0;
        else if (v.status === 'budget-failed')
            counts.budgetFailures++;
    }
    const fail = metrics.some(failsGate) || workloads.some((w) => w.status === 'error' || w.status === 'failed');
    for (const v of metrics) {
        v.baseline = fin(v.baseline);
        v.current = fin(v.current);
        v.deltaPct = fin(v.deltaPct);
        v.statistic = cleanStatistic(v.statistic);
    }
    return {
        verdict: fail ? 'fail' : 'pass',
        mode,
        metrics,
        workloads,
        correction: {
            method: eff.metrics > 1 ? 'sidak-effective-tests' : 'none',
            metrics: eff.metrics,
            effectiveTests: eff.effectiveTests,
            familyAlpha,
            alpha
        },
        notes,
        counts
    };
}
/**
 * Key that lines up one main-branch run across the baselines of different workloads (the same run
 * writes the same commit and date into each). Commit and date together, because seeding a
 * baseline from several runs of one commit is common.
 */
function historyKey(entry, index) {
    if (entry.commit === undefined && entry.date === undefined)
        return `#${index}`;
    return `${entry.commit ?? ''}@${entry.date ?? ''}`;
}
/**
 * Compares a run with committed baselines (history of main-branch run-level values).
 *
 * Per workload: no baseline -> metrics `new`; baseline without a current workload -> `missing`;
 * a different definition hash -> `definition-changed` (not compared). Per metric: history-t in log
 * space with a drift prior for short histories (see compare/history.ts), regression only when
 * beyond the threshold and significant at the corrected alpha; `unstable` when the repetitions
 * scatter more than `unstableCv`; budgets on current values. A workload with status error/failed
 * fails the gate.
 *
 * @throws BudgetSyntaxError when a budget in the policy cannot be parsed.
 */
function compareToBaselines(current, baselines, policy) {
    const p = resolve(policy);
    const budgets = parseBudgets(policy);
    const usedGlobal = new Set();
    const notes = [];
    const metrics = [];
    const workloads = [];
    const pending = [];
    const seen = new Set();
    const otherMachine = [];
    const oneSession = [];
    let sessionSpan = 0;
    let priorMetrics = 0;
    const after = [];
    const reported = reportedMetrics(current);
    const flagged = new Set();
    for (const w of current.workloads) {
        seen.add(w.name);
        const base = baselines.get(w.name);
        const wVerdicts = [];
        const differentMachine = base !== undefined &&
            (base.environment?.fingerprint ?? '') !== (current.environment?.fingerprint ?? '');
        if (differentMachine)
            otherMachine.push(w.name);
        const defChanged = base !== undefined && base.definitionHash !== w.definitionHash;
        const span = base && !defChanged ? sessionSpanMs(base, p.historyLimit) : undefined;
        if (span !== undefined) {
            oneSession.push(w.name);
            sessionSpan = Math.max(sessionSpan, span);
        }
        for (const [name, m] of Object.entries(w.metrics)) {
            const threshold = thresholdFor(policy, w.name, name, p.defaultThreshold);
            const gated = isGated(policy, w.name, name, m);
            const baseMetric = base?.metrics?.[name];
            const v = newVerdict(w.name, name, m, threshold, gated, 'unchanged', 'history-t');
            v.current = fin(m.value);
            wVerdicts.push(v);
            if (differentMachine)
                v.differentMachine = true;
            if (!base) {
                v.status = 'new';
                v.statistic = { method: 'none', note: 'no baseline for this workload yet' };
                continue;
            }
            v.baseline = fin(baseMetric?.value);
            if (defChanged) {
                v.status = 'definition-changed';
                v.statistic = {
                    method: 'none',
                    note: 'the workload definition changed since the baseline; not compared'
                };
                continue;
            }
            const entries = (base.history ?? []).slice(-p.historyLimit);
            const series = new Map();
            const hist = [];
            entries.forEach((e, i) => {
                const x = e.values?.[name];
                if (typeof x === 'number' && Number.isFinite(x)) {
                    hist.push(x);
                    series.set(historyKey(e, i), x);
                }
            });
            if (hist.length === 0 && baseMetric && Number.isFinite(baseMetric.value)) {
                hist.push(baseMetric.value);
                series.set('latest', baseMetric.value);
            }
            if (hist.length === 0) {
                v.status = 'new';
                v.statistic = { method: 'none', note: 'the baseline has no value for this metric' };
                continue;
            }
            if (!Number.isFinite(m.value)) {
                v.status = 'error';
                v.statistic = { method: 'none' };
                v.message = `Metric ${name} has no value in this run (${String(m.value)}).`;
                continue;
            }
            if (hist.every((x) => x > 0))
                for (const [k, x] of series)
                    series.set(k, Math.log(x));
            const run = (alpha) => {
                const hd = historyDecision({
                    history: hist,
                    current: m.value,
                    thresholdPct: threshold,
                    direction: m.direction,
                    alpha,
                    priorSigma: p.priorDriftSigma,
                    priorWeight: p.priorWeight,
                    priorFadeRuns: COMPARE_DEFAULTS.freshRuns
                });
                const usesPrior = hd.method === 'history-t' && hd.historyRuns < COMPARE_DEFAULTS.freshRuns;
                if (usesPrior)
                    priorMetrics++;
                v.baseline = fin(hd.reference) ?? v.baseline;
                v.deltaPct = hd.estimate === null ? null : hd.estimate * 100;
                v.status = hd.status;
                v.statistic = {
                    method: hd.method,
                    estimate: hd.estimate ?? undefined,
                    ci: hd.ci,
                    p: hd.p,
                    alpha,
                    statistic: hd.statistic,
                    noise: hd.noise,
                    prior: hd.method === 'history-t' ? usesPrior : undefined,
                    historyRuns: hd.historyRuns,
                    detectable: hd.detectable,
                    note: usesPrior
                        ? `only ${hd.historyRuns} run${hd.historyRuns === 1 ? '' : 's'} of history: drift prior ${pct(p.priorDriftSigma)} used`
                        : hd.levelShift
                            ? `the history changed level ${hd.levelShift.runsSince} runs ago (${signedPct(hd.levelShift.change)}): baseline = geometric mean of the ${hd.levelShift.runsSince} runs since`
                            : hd.method === 'history-t'
                                ? `baseline = geometric mean of ${hd.historyRuns} main-branch runs`
                                : hd.method === 'ratio'
                                    ? 'no spread known: the threshold alone decides'
                                    : undefined
                };
                if (hd.message)
                    v.message = hd.message;
                const cv = (0,robust/* robustCv */.hY)(m.repetitions ?? []);
                if (cv > p.unstableCv &&
                    (hd.status === 'regression' || hd.status === 'improvement' || hd.status === 'unchanged')) {
                    v.status = 'unstable';
                    v.message = `Repetitions scatter by ${pct(cv)} (robust CV), more than the ${pct(p.unstableCv)} that can be judged; not gated. Reduce noise or add repetitions.`;
                }
            };
            pending.push({ verdict: v, series, run, gated });
        }
        metrics.push(...wVerdicts);
        const own = budgets.perWorkload.get(w.name) ?? [];
        // Budgets and the workload status are settled after the tests ran (they override statuses).
        after.push(() => {
            metrics.push(...applyBudgets(w, wVerdicts, budgets.global, own, usedGlobal));
            const unknown = unknownMetricNames(w, policy, reported, flagged);
            metrics.push(...unknown);
            wVerdicts.push(...unknown);
            workloads.push(workloadStatus(w, !base ? 'new' : defChanged ? 'definition-changed' : 'ok', wVerdicts));
        });
    }
    for (const [name, base] of baselines) {
        if (seen.has(name))
            continue;
        for (const [mname, m] of Object.entries(base.metrics ?? {})) {
            const v = newVerdict(name, mname, m, thresholdFor(policy, name, mname, p.defaultThreshold), false, 'missing', 'none');
            v.baseline = fin(m.value);
            v.statistic = { method: 'none', note: 'the workload is in the baseline but not in this run' };
            metrics.push(v);
        }
        workloads.push({
            workload: name,
            status: 'missing',
            checks: [],
            message: 'In the baselines but not in this run.'
        });
    }
    const eff = effectiveTests(pending.filter((t) => t.gated).map((t) => t.series), { minObservations: COMPARE_DEFAULTS.correlationRuns, defaultCorrelation: p.defaultCorrelation });
    const alpha = sidakAlpha(p.familyAlpha, eff.effectiveTests);
    for (const t of pending)
        t.run(alpha);
    for (const f of after)
        f();
    if (pending.some((t) => t.gated)) {
        notes.push(correctionNote(eff, alpha, p.familyAlpha, 'the metrics’ history'));
        const note = sensitivityNote(pending, 'steadier workloads, a longer history from several jobs or `compare: base-ref` (same job)');
        if (note)
            notes.push(note);
    }
    if (priorMetrics > 0)
        notes.push(`${priorMetrics} metric${priorMetrics > 1 ? 's' : ''} judged with a prior drift of ${pct(p.priorDriftSigma)} between jobs ` +
            `because ${priorMetrics > 1 ? 'their baselines have' : 'its baseline has'} fewer than ${COMPARE_DEFAULTS.freshRuns} runs of history; ` +
            'verdicts get sharper as main-branch runs accumulate.');
    if (oneSession.length > 0)
        notes.push(`The history of ${listNames(oneSession)} is dated within ${minutes(sessionSpan)} (samples files are dated when read): ` +
            'if those runs ran back to back in one job or sitting, it knows that sitting’s noise, not how much runners differ ' +
            'from job to job, and a busy runner can look like a regression. Runs from several jobs (main-branch runs over a few days) make the verdict honest.');
    if (otherMachine.length > 0)
        notes.push(`The baseline of ${listNames(otherMachine)} was measured on a different machine kind ` +
            `(fingerprint differs from ${current.environment?.fingerprint ?? 'this run'}); changes may reflect the machine, not the code.`);
    for (const b of budgets.global)
        if (!usedGlobal.has(b.expression))
            notes.push(`Budget "${b.expression}" matched no metric of any workload in this run.`);
    return finish('baseline', metrics, workloads, eff, alpha, p.familyAlpha, notes);
}
/**
 * The time span of a baseline's history (the runs the comparison uses) when it has at least
 * `freshRuns` dated runs and all of them fall within `sessionSpanMs`, else undefined. Seeding a
 * baseline from runs taken back to back is the usual way there; shorter histories already get
 * the prior-drift note.
 */
function sessionSpanMs(base, historyLimit) {
    const times = (base.history ?? [])
        .slice(-historyLimit)
        .map((e) => (e.date === undefined ? NaN : Date.parse(e.date)));
    if (times.length < COMPARE_DEFAULTS.freshRuns || times.some((t) => !Number.isFinite(t)))
        return undefined;
    const span = Math.max(...times) - Math.min(...times);
    return span < COMPARE_DEFAULTS.sessionSpanMs ? span : undefined;
}
function minutes(ms) {
    const m = Math.max(1, Math.round(ms / 60_000));
    return `${m} minute${m === 1 ? '' : 's'}`;
}
function listNames(names) {
    return names.length <= 5
        ? names.join(', ')
        : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}
/**
 * Compares two results taken in the same job: repetition k of `base` paired with repetition k of
 * `head` (run interleaved, see interleaveOrder). Per metric a robust paired test (disturbed runs set
 * aside, then a paired t of log ratios; see compare/paired.ts); same statuses, budgets and multiplicity correction as compareToBaselines. When
 * the base side of a workload could not be measured, its metrics are `error` but not gated (the
 * PR is not at fault) and a note says which side failed.
 *
 * @throws BudgetSyntaxError when a budget in the policy cannot be parsed.
 */
function comparePaired(base, head, policy) {
    const p = resolve(policy);
    const budgets = parseBudgets(policy);
    const usedGlobal = new Set();
    const notes = [];
    const metrics = [];
    const workloads = [];
    const pending = [];
    const after = [];
    const baseByName = new Map(base.workloads.map((w) => [w.name, w]));
    const seen = new Set();
    const unequalPairs = [];
    const reported = reportedMetrics(head);
    const flagged = new Set();
    for (const w of head.workloads) {
        seen.add(w.name);
        const bw = baseByName.get(w.name);
        const wVerdicts = [];
        const defChanged = bw !== undefined && bw.definitionHash !== w.definitionHash;
        const baseFailed = bw !== undefined && bw.status === 'error';
        if (baseFailed)
            notes.push(`The base side of ${w.name} could not be measured: ${bw.error ?? 'no reason given'}. Its metrics are not judged.`);
        for (const [name, m] of Object.entries(w.metrics)) {
            const threshold = thresholdFor(policy, w.name, name, p.defaultThreshold);
            const gated = isGated(policy, w.name, name, m);
            const bm = bw?.metrics?.[name];
            const v = newVerdict(w.name, name, m, threshold, gated, 'unchanged', 'paired-t-robust');
            v.current = fin(m.value);
            wVerdicts.push(v);
            if (!bw || !bm) {
                v.status = 'new';
                v.statistic = {
                    method: 'none',
                    note: bw
                        ? 'the base commit does not report this metric'
                        : 'the base commit does not have this workload'
                };
                continue;
            }
            v.baseline = fin(bm.value);
            if (defChanged) {
                v.status = 'definition-changed';
                v.statistic = {
                    method: 'none',
                    note: 'the workload definition differs between base and head; not compared'
                };
                continue;
            }
            if (baseFailed) {
                v.status = 'error';
                v.gated = false;
                v.statistic = { method: 'none', note: 'the base side failed' };
                v.message = `Base side failed: ${bw.error ?? 'no reason given'}`;
                continue;
            }
            const bReps = bm.repetitions?.length ? bm.repetitions : [bm.value];
            const hReps = m.repetitions?.length ? m.repetitions : [m.value];
            if (bReps.length !== hReps.length)
                unequalPairs.push(`${w.name}/${name}`);
            const sample = (0,paired/* pairedSample */.Ey)(bReps, hReps);
            const { d, log } = sample;
            if (sample.pairs === 0) {
                v.status = 'error';
                v.statistic = { method: 'none' };
                v.message = `Metric ${name} has no finite pair of values (base ${String(bm.value)}, head ${String(m.value)}).`;
                continue;
            }
            const series = new Map();
            // Keyed by pair index so that metrics line up pair by pair in the correlation estimate.
            const kept = Array.from({ length: sample.pairs }, (_, k) => k).filter((k) => !sample.disturbed.includes(k));
            d.forEach((x, i) => series.set(String(kept[i]), x));
            const run = (alpha) => {
                const pd = (0,paired/* pairedDecision */.Wx)(bReps, hReps, {
                    thresholdPct: threshold,
                    direction: m.direction,
                    alpha,
                    unstableCv: p.unstableCv
                });
                v.baseline = fin((0,summary/* median */.J)(bReps.filter(Number.isFinite))) ?? v.baseline;
                v.current = fin((0,summary/* median */.J)(hReps.filter(Number.isFinite))) ?? v.current;
                v.deltaPct = pd.estimate * 100;
                v.status = pd.status;
                v.statistic = {
                    method: pd.method,
                    estimate: pd.estimate,
                    ci: pd.ci,
                    p: pd.method === 'ratio' ? undefined : pd.p,
                    alpha,
                    statistic: pd.statistic,
                    noise: pd.noise,
                    pairs: pd.pairs,
                    detectable: pd.detectable,
                    note: pd.method === 'ratio'
                        ? 'one pair: no spread known, the threshold alone decides'
                        : `paired t over ${log ? 'log ratios' : 'differences relative to the base median'}` +
                            (pd.disturbed.length
                                ? `; ${pd.disturbed.length} pair${pd.disturbed.length === 1 ? '' : 's'} set aside: a run far off the other runs of its side (disturbed)`
                                : '')
                };
                if (pd.status === 'unstable')
                    v.message = `Repetitions scatter more than the ${pct(p.unstableCv)} (robust CV) that can be judged; not gated.`;
            };
            pending.push({ verdict: v, series, run, gated });
        }
        if (bw) {
            for (const [name, bm] of Object.entries(bw.metrics)) {
                if (Object.hasOwn(w.metrics, name))
                    continue;
                const v = newVerdict(w.name, name, bm, thresholdFor(policy, w.name, name, p.defaultThreshold), false, 'missing', 'none');
                v.baseline = fin(bm.value);
                v.statistic = { method: 'none', note: 'reported by the base commit but not by the head' };
                wVerdicts.push(v);
            }
        }
        metrics.push(...wVerdicts);
        const own = budgets.perWorkload.get(w.name) ?? [];
        after.push(() => {
            metrics.push(...applyBudgets(w, wVerdicts, budgets.global, own, usedGlobal));
            const unknown = unknownMetricNames(w, policy, reported, flagged);
            metrics.push(...unknown);
            wVerdicts.push(...unknown);
            workloads.push(workloadStatus(w, !bw ? 'new' : defChanged ? 'definition-changed' : 'ok', wVerdicts));
        });
    }
    for (const bw of base.workloads) {
        if (seen.has(bw.name))
            continue;
        for (const [mname, m] of Object.entries(bw.metrics)) {
            const v = newVerdict(bw.name, mname, m, thresholdFor(policy, bw.name, mname, p.defaultThreshold), false, 'missing', 'none');
            v.baseline = fin(m.value);
            v.statistic = {
                method: 'none',
                note: 'the workload ran on the base commit but not on the head'
            };
            metrics.push(v);
        }
        workloads.push({
            workload: bw.name,
            status: 'missing',
            checks: [],
            message: 'Ran on the base commit but not on the head.'
        });
    }
    const eff = effectiveTests(pending.filter((t) => t.gated).map((t) => t.series), { minObservations: COMPARE_DEFAULTS.correlationRuns, defaultCorrelation: p.defaultCorrelation });
    const alpha = sidakAlpha(p.familyAlpha, eff.effectiveTests);
    for (const t of pending)
        t.run(alpha);
    for (const f of after)
        f();
    if (pending.some((t) => t.gated)) {
        notes.push(correctionNote(eff, alpha, p.familyAlpha, 'the per-pair changes'));
        const note = sensitivityNote(pending, 'steadier workloads or more pairs');
        if (note)
            notes.push(note);
    }
    if (unequalPairs.length > 0)
        notes.push(`Base and head ran a different number of repetitions for ${listNames(unequalPairs)}; only complete pairs were compared.`);
    for (const b of budgets.global)
        if (!usedGlobal.has(b.expression))
            notes.push(`Budget "${b.expression}" matched no metric of any workload in this run.`);
    return finish('paired', metrics, workloads, eff, alpha, p.familyAlpha, notes);
}

// EXTERNAL MODULE: ./src/policy.ts
var policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/markdown.ts

/** GitHub's comment body limit is 65,536 characters; stay well clear of it. */
const MAX_REPORT_CHARS = 60_000;
const ICON = {
    regression: '🔴',
    'budget-failed': '🔴',
    error: '🔴',
    improvement: '🟢',
    unchanged: '⚪',
    unstable: '🟡',
    new: '🆕',
    missing: '⚫',
    'definition-changed': '🔄'
};
const ORDER = [
    'budget-failed',
    'regression',
    'error',
    'unstable',
    'improvement',
    'definition-changed',
    'new',
    'missing',
    'unchanged'
];
const e = format/* escapeMarkdown */.FV;
/** Statuses whose message is listed under the table, at most MAX_EXPLAINED of them. */
const EXPLAINED = ['error', 'budget-failed', 'regression', 'unstable'];
const MAX_EXPLAINED = 10;
function headline(v) {
    const c = v.counts;
    const parts = [];
    if (c.regressions)
        parts.push(`${c.regressions} regression${c.regressions === 1 ? '' : 's'}`);
    if (c.budgetFailures)
        parts.push(`${c.budgetFailures} budget failure${c.budgetFailures === 1 ? '' : 's'}`);
    const errors = v.metrics.filter((m) => m.gated && m.status === 'error').length;
    if (errors)
        parts.push(`${errors} metric error${errors === 1 ? '' : 's'}`);
    const broken = v.workloads.filter((w) => w.status === 'error' || w.status === 'failed').length;
    if (broken)
        parts.push(`${broken} workload${broken === 1 ? '' : 's'} failed`);
    if (c.improvements)
        parts.push(`${c.improvements} improvement${c.improvements === 1 ? '' : 's'}`);
    if (c.unstable)
        parts.push(`${c.unstable} unstable`);
    const icon = v.verdict === 'pass' ? '✅' : '❌';
    return `### ${icon} perf-gate: **${v.verdict.toUpperCase()}**${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}
function evidence(m) {
    const s = m.statistic;
    const bits = [];
    if (s.ci)
        bits.push(`CI ${(0,format/* formatDelta */.CW)(s.ci[0] * 100)}…${(0,format/* formatDelta */.CW)(s.ci[1] * 100)}`);
    if (s.p !== undefined)
        bits.push(`p=${s.p < 0.0001 ? '<0.0001' : (0,format/* sig */.Mi)(s.p, 2)}`);
    // The smallest worse change this metric could fail at: says how blunt a "within noise" is.
    if (m.gated && s.detectable !== undefined)
        bits.push(`flags beyond ${(0,format/* formatDelta */.CW)(s.detectable * 100)}`);
    if (s.pairs)
        bits.push(`${s.pairs} pairs`);
    else if (s.historyRuns !== undefined)
        bits.push(`${s.historyRuns} runs${s.prior ? ', prior' : ''}`);
    if (m.budgets?.some((b) => !b.passed))
        bits.push(`budget ${m.budgets
            .filter((b) => !b.passed)
            .map((b) => `\`${(0,format/* escapeCodeBlock */.Og)(b.expression)}\``)
            .join(', ')}`);
    if (m.differentMachine)
        bits.push('other machine');
    return bits.join('; ') || e(s.method);
}
/**
 * The status as a reader should see it. An `unchanged` metric whose change is beyond the threshold
 * was not significant against the noise: "within noise" says so, where "unchanged" next to +60 %
 * would read as a contradiction.
 */
function statusLabel(m) {
    if (m.status === 'unchanged' && m.deltaPct !== null && Math.abs(m.deltaPct) > m.threshold)
        return 'within noise';
    return m.status;
}
function metricRow(m) {
    return `| ${ICON[m.status]} ${statusLabel(m)} | ${e(m.workload)} | ${e(m.metric)} | ${(0,format/* formatValue */.Fl)(m.baseline, m.unit)} | ${(0,format/* formatValue */.Fl)(m.current, m.unit)} | ${(0,format/* formatDelta */.CW)(m.deltaPct)} | ${m.gated && m.status !== 'error' ? `±${(0,format/* sig */.Mi)(m.threshold)}%` : '—'} | ${evidence(m)} |`;
}
const rank = (s) => ORDER.indexOf(s);
/** Gated metrics first by status severity, then by size of the change. */
function sortVerdicts(metrics) {
    return [...metrics].sort((a, b) => rank(a.status) - rank(b.status) || Math.abs(b.deltaPct ?? 0) - Math.abs(a.deltaPct ?? 0));
}
function workloadDetails(w, verdicts) {
    const lines = [];
    const failed = w.checks.filter((c) => !c.passed).length;
    const status = w.status === 'ok' ? '✓' : '✗';
    lines.push(`<details><summary>${status} <b>${e(w.name)}</b> (${w.kind}, ${(0,format/* plural */.LS)(w.repetitions.length, 'repetition')}${failed ? `, ${(0,format/* plural */.LS)(failed, 'expectation')} failed` : ''})</summary>`, '');
    if (w.error)
        lines.push('```text', (0,format/* escapeCodeBlock */.Og)(w.error.slice(-3000)), '```', '');
    const byMetric = new Map(verdicts.map((v) => [v.metric, v]));
    const names = Object.keys(w.metrics);
    if (names.length) {
        lines.push('| metric | value | repetitions | status |', '| --- | --- | --- | --- |');
        for (const name of names) {
            const m = w.metrics[name];
            const reps = m.repetitions.map((r) => (0,format/* formatValue */.Fl)(r, m.unit)).join(', ');
            const v = byMetric.get(name);
            lines.push(`| ${e(name)}${m.gate === false ? '' : ' ⚖️'} | ${(0,format/* formatValue */.Fl)(m.value, m.unit)} | ${reps} | ${v ? `${ICON[v.status]} ${statusLabel(v)}` : '—'} |`);
        }
        lines.push('');
    }
    if (w.pooled) {
        const p = w.pooled;
        lines.push(`Pooled latency over ${p.count} samples: mean ${(0,format/* formatValue */.Fl)(p.mean, 'ms')}, p50 ${(0,format/* formatValue */.Fl)(p.p50, 'ms')}, p90 ${(0,format/* formatValue */.Fl)(p.p90, 'ms')}, p95 ${(0,format/* formatValue */.Fl)(p.p95, 'ms')}, p99 ${(0,format/* formatValue */.Fl)(p.p99, 'ms')}, max ${(0,format/* formatValue */.Fl)(p.max, 'ms')}, CV ${(0,format/* sig */.Mi)(p.cv * 100)}%, ${p.outliers} outliers.`, '');
    }
    const d = w.details ?? {};
    if (typeof d.askedRate === 'number' && typeof d.achievedRate === 'number') {
        const caps = typeof d.inFlightCapHits === 'number' ? d.inFlightCapHits : 0;
        lines.push(`Sustained rate: asked ${(0,format/* sig */.Mi)(d.askedRate)}/s, achieved ${(0,format/* sig */.Mi)(d.achievedRate)}/s (${(0,format/* sig */.Mi)((d.achievedRate / d.askedRate) * 100)} %)${caps ? `; the in-flight cap was hit ${caps} times` : ''}.`, '');
    }
    if (w.checks.length) {
        lines.push('Expectations:', '');
        for (const c of w.checks)
            lines.push(`- ${c.passed ? '✅' : '❌'} ${e(c.name)}${c.passed ? '' : `: ${e(c.message)}`}`);
        lines.push('');
    }
    lines.push('</details>', '');
    return lines.join('\n');
}
/** Renders the report, truncated gracefully to `maxChars` (default 60,000). */
function renderMarkdown(verdict, opts = {}) {
    const max = opts.maxChars ?? MAX_REPORT_CHARS;
    const head = [];
    if (opts.title)
        head.push(`## ${e(opts.title)}`, '');
    head.push(headline(verdict), '');
    const gated = verdict.metrics.filter((m) => m.gated || m.status === 'budget-failed');
    const mode = opts.uncompared
        ? 'nothing (--no-compare, so every metric is new)'
        : verdict.mode === 'paired'
            ? 'same-job A/B pairs (base commit vs this commit)'
            : 'committed baselines';
    const c = verdict.correction;
    head.push(`Compared against ${mode}: ${(0,format/* plural */.LS)(verdict.workloads.length, 'workload')}, ${(0,format/* plural */.LS)(gated.length, 'gated metric')}.` +
        (c.metrics > 1
            ? ` Decisions are corrected for the ${c.metrics} gated metrics (${e(c.method)}: ${(0,format/* sig */.Mi)(c.effectiveTests)} effective tests, run-wide false-alarm budget ${(0,format/* sig */.Mi)(c.familyAlpha * 100)}%, per metric ${(0,format/* sig */.Mi)(c.alpha * 100, 2)}%).`
            : c.metrics === 1
                ? ` False-alarm budget ${(0,format/* sig */.Mi)(c.familyAlpha * 100)}%.`
                : ''), '');
    const problems = verdict.workloads.filter((w) => w.status === 'error' || w.status === 'failed');
    if (problems.length) {
        head.push('**Workloads that failed**', '');
        for (const w of problems) {
            const failedChecks = w.checks.filter((c) => !c.passed);
            head.push(`- ❌ **${e(w.workload)}**: ${e((w.message ?? 'failed').split('\n')[0].slice(0, 300))}`);
            for (const c of failedChecks.slice(0, 5))
                head.push(`  - ${e(c.name)}: ${e(c.message.slice(0, 300))}`);
        }
        head.push('');
    }
    const table = [];
    if (gated.length) {
        table.push('| status | workload | metric | baseline | current | change | threshold | evidence |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const m of sortVerdicts(gated))
            table.push(metricRow(m));
        table.push('');
        // Why a metric failed or was not judged, in words (a typo in the config, scattered repetitions).
        const why = sortVerdicts(gated).filter((m) => m.message && EXPLAINED.includes(m.status));
        if (why.length) {
            for (const m of why.slice(0, MAX_EXPLAINED))
                table.push(`- ${ICON[m.status]} ${e(m.workload)} · ${e(m.metric)}: ${e(m.message.slice(0, 400))}`);
            if (why.length > MAX_EXPLAINED)
                table.push(`- … and ${why.length - MAX_EXPLAINED} more`);
            table.push('');
        }
    }
    else {
        table.push('_No gated metrics._', '');
    }
    const charts = [];
    if (opts.chart) {
        for (const m of sortVerdicts(gated)
            .filter((x) => x.status === 'regression' || x.status === 'unstable' || x.status === 'budget-failed')
            .slice(0, 6)) {
            const c = opts.chart(m);
            if (c)
                charts.push(c, '');
        }
    }
    const notes = [];
    const allNotes = [...verdict.notes, ...(opts.notes ?? [])];
    if (allNotes.length) {
        notes.push('**Notes**', '');
        for (const n of allNotes)
            notes.push(`- ${e(n)}`);
        notes.push('');
    }
    const footer = [];
    const env = opts.results?.environment;
    const firstBaseline = opts.baselines ? [...opts.baselines.values()][0] : undefined;
    if (firstBaseline) {
        footer.push(`Baseline: ${firstBaseline.commit ? `commit \`${(0,format/* escapeCodeBlock */.Og)(firstBaseline.commit.slice(0, 12))}\`` : 'no commit recorded'}, updated ${(0,format/* escapeMarkdown */.FV)(firstBaseline.updatedAt)}, ${firstBaseline.history.length} runs of history.`);
    }
    if (env)
        footer.push(`Measured on ${(0,format/* escapeMarkdown */.FV)(env.cpuModel)} × ${env.cores}, ${(0,format/* escapeMarkdown */.FV)(env.os)}, Node ${(0,format/* escapeMarkdown */.FV)(env.node)} (runner ${(0,format/* escapeMarkdown */.FV)(env.runner)}).`);
    if (opts.runUrl)
        footer.push(`[Workflow run](${opts.runUrl}) · full results in the job summary and the results file.`);
    if (opts.refreshHint)
        footer.push(opts.refreshHint);
    const byWorkload = new Map();
    for (const m of verdict.metrics)
        byWorkload.set(m.workload, [...(byWorkload.get(m.workload) ?? []), m]);
    const details = (opts.results?.workloads ?? []).map((w) => workloadDetails(w, byWorkload.get(w.name) ?? []));
    const join = (parts) => parts.map((p) => p.join('\n')).join('\n');
    const footerText = footer.length
        ? ['', '---', '', footer.map((f) => `<sub>${f}</sub>`).join('<br>\n')]
        : [];
    let out = join([head, table, charts, notes, details, footerText]);
    if (out.length <= max)
        return out;
    // Too long: drop workload details from the end, then charts, then table rows.
    const note = (n, what) => [
        `> ✂️ ${n} ${what} left out to stay within ${max.toLocaleString('en-US')} characters; ${opts.elsewhere ?? 'see the job summary or the results file'} for everything.`,
        ''
    ];
    // Keep as many detail sections as fit, measured once (re-joining per section is quadratic).
    const fixed = join([
        head,
        table,
        charts,
        notes,
        [],
        note(details.length, 'workload detail sections'),
        footerText
    ]).length;
    let kept = 0;
    let used = fixed;
    while (kept < details.length && used + details[kept].length + 1 <= max)
        used += details[kept++].length + 1;
    out = join([
        head,
        table,
        charts,
        notes,
        details.slice(0, kept),
        note(details.length - kept, 'workload detail sections'),
        footerText
    ]);
    if (out.length > max)
        out = join([
            head,
            table,
            notes,
            note(details.length, 'workload detail sections and charts'),
            footerText
        ]);
    if (out.length > max) {
        const rows = table.slice(2, -1);
        let n = rows.length;
        while (n > 0 && out.length > max) {
            n = Math.floor(n * 0.8);
            out = join([
                head,
                [...table.slice(0, 2), ...rows.slice(0, n), ''],
                notes.slice(0, 20),
                note(rows.length - n, 'metric rows (least severe)'),
                footerText
            ]);
        }
    }
    return out.length > max ? out.slice(0, max - 20) + '\n\n✂️ (truncated)' : out;
}

;// CONCATENATED MODULE: ./src/gate.ts
/**
 * The gate as one call, shared by the CLI and the action: run (or read) results, compare them with
 * baselines or with a base run, and render the report.
 */



/**
 * Room for the full report: GitHub's job summary takes up to 1 MiB, so a repository with hundreds
 * of workloads still gets every detail there while its PR comment is cut.
 */
const FULL_REPORT_CHARS = 900_000;
/** Both sizes of the report; rendered once when the report is small enough for a comment. */
function render(verdict, opts) {
    const full = renderMarkdown(verdict, {
        ...opts,
        maxChars: FULL_REPORT_CHARS,
        elsewhere: 'see the results file'
    });
    const markdown = full.length <= MAX_REPORT_CHARS ? full : renderMarkdown(verdict, opts);
    return { verdict, markdown, full };
}
/** Compares results with committed baselines and renders the report. */
function judgeAgainstBaselines(results, baselines, config, overrides = {}, report = {}) {
    const verdict = compareToBaselines(results, baselines, (0,policy/* policyFromConfig */.n)(config, overrides));
    const relevant = new Map([...baselines].filter(([name]) => results.workloads.some((w) => w.name === name)));
    return render(verdict, { results, baselines: relevant, ...report });
}
/** Compares two results taken in the same job (base commit vs candidate, paired by repetition). */
function judgePaired(base, head, config, overrides = {}, report = {}) {
    const verdict = comparePaired(base, head, (0,policy/* policyFromConfig */.n)(config, { paired: true, ...overrides }));
    return render(verdict, { results: head, ...report });
}
/** Whether the gate fails the step under `failOn`. */
function gateFails(verdict, failOn) {
    if (failOn === 'never')
        return false;
    const broken = verdict.workloads.some((w) => w.status === 'error' || w.status === 'failed');
    if (failOn === 'budget')
        return broken || verdict.counts.budgetFailures > 0;
    return verdict.verdict === 'fail';
}

;// CONCATENATED MODULE: ./src/log.ts
/**
 * A plain logger for terminals and CI logs. Groups print as headings; progress lines are
 * rewritten in place on a TTY and throttled to one every 2 s elsewhere, so long workloads show
 * they are alive without flooding the log.
 */
function consoleLogger(stream = process.stderr, verbose = false) {
    let lastProgress = 0;
    let inPlace = false;
    const write = (s) => {
        if (inPlace) {
            stream.write('\n');
            inPlace = false;
        }
        stream.write(s + '\n');
    };
    return {
        info: (m) => write(m),
        warn: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
        async group(name, fn) {
            write(`▶ ${name}`);
            const t0 = Date.now();
            try {
                return await fn();
            }
            finally {
                write(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
            }
        },
        progress(m) {
            const now = Date.now();
            if (stream.isTTY) {
                stream.write(`\r\x1b[2K  ${m}`);
                inPlace = true;
            }
            else if (now - lastProgress >= 2000) {
                lastProgress = now;
                write(`  ${m}`);
            }
        }
    };
}
/** A logger that records messages (for tests and for embedding). */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => void lines.push(m),
        warn: (m) => void lines.push(`warning: ${m}`),
        error: (m) => void lines.push(`error: ${m}`),
        debug: () => undefined,
        async group(name, fn) {
            lines.push(`group: ${name}`);
            return fn();
        },
        progress: () => undefined
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The report as plain text for a terminal (`perf-gate run --format text`): the markdown report
 * with its markup taken off, tables aligned in columns, charts left out. Pure.
 */
/** Undoes the report's markdown escapes (`\|`, `\*`, `\_`, …) and inline markup. */
function plain(s) {
    return s
        .replace(/\\`/g, '\u0000')
        .replace(/<br\s*\/?>/g, ' ')
        .replace(/<\/?(b|sub|sup|code)>/g, '')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\([\\*_{}[\]()#+\-.!|<>@~])/g, '$1')
        .replace(/\u0000/g, '`')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
}
/** Splits a markdown table row into cells (a `\|` inside a cell is not a separator). */
function cells(row) {
    const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
    return inner.split(/(?<!\\)\|/).map((c) => plain(c.trim()));
}
function table(rows) {
    const body = rows.filter((r) => !/^\|(\s*:?-+:?\s*\|)+\s*$/.test(r.trim())).map(cells);
    const widths = [];
    for (const r of body)
        r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
    return body.map((r) => r
        .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length)))
        .join('  ')
        .trimEnd());
}
/** Converts the markdown report into plain text. */
function markdownToText(md) {
    const out = [];
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('```mermaid')) {
            while (i < lines.length && lines[i] !== '```')
                i++;
            continue;
        }
        if (line.trimStart().startsWith('|')) {
            const rows = [];
            while (i < lines.length && lines[i].trimStart().startsWith('|'))
                rows.push(lines[i++]);
            i--;
            out.push(...table(rows));
            continue;
        }
        if (line.startsWith('```'))
            continue;
        if (line === '</details>')
            continue;
        const summary = /^<details><summary>(.*)<\/summary>$/.exec(line);
        if (summary) {
            out.push(plain(summary[1]));
            continue;
        }
        out.push(plain(line.replace(/^#{1,6}\s+/, '')));
    }
    return out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}

// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(5480);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/workloads/types.ts
var types = __webpack_require__(9783);
;// CONCATENATED MODULE: ./src/cli-commands.ts
/**
 * Subcommands provided by other modules (virtual printers, ad-hoc HTTP load), loaded only when
 * used so `run`/`compare` do not pay for the printer parser, QR decoder or HTTP driver at start.
 */
const subcommands = {
    printer: async (argv) => (await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(547), __webpack_require__.e(122)]).then(__webpack_require__.bind(__webpack_require__, 2122))).printerCommand(argv),
    load: async (argv) => (await Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(237), __webpack_require__.e(465)]).then(__webpack_require__.bind(__webpack_require__, 465))).loadCommand(argv)
};

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The `perf-gate` command line: the same pipeline as the action, so a CI verdict can be
 * reproduced locally. Exit codes: 0 pass, 1 the gate failed, 2 usage or input error.
 */

















const USAGE = `perf-gate ${version/* VERSION */.x} — gate pull requests on performance

Usage:
  perf-gate run [--config perf-gate.yml] [--baseline baselines] [--output perf-results.json]
                [--report perf-report.md] [--format text|markdown|json] [--threshold <percent>]
                [--only <workload>[,<workload>...]] [--shard i/n] [--repetitions N]
                [--compare-to <git ref>] [--no-compare]
  perf-gate compare --baseline <dir> --current <results.json> [--current <more.json|pattern> ...] [--threshold <percent>] [--format json|markdown]
  perf-gate compare --base-results <base.json> --current <results.json> [--threshold <percent>] [--format json|markdown]
  perf-gate baseline update [--baseline baselines] --from <results.json> [more.json ...] [--history 30]
  perf-gate validate [--config perf-gate.yml]
  perf-gate printer --printer <name>[:port] [--printer ...] [--control-port 0]
  perf-gate load <url> [--connections N] [--duration s | --requests N] [--rate r] ...
  perf-gate --version | --help

Every command reads perf-gate.yml unless --config names another file. Results files may also be
in the generic samples format {"benchmarks":[{"name","unit","direction","samples":[...]}]}.
Exit codes: 0 pass, 1 the gate failed, 2 usage or input error.`;
class UsageError extends Error {
}
/** Errors whose message is written for the user (shown without a stack trace). */
const USER_ERRORS = new Set([
    'TemplateError',
    'BaseRefError',
    'SetupError',
    'BudgetSyntaxError',
    'BudgetUnitError',
    'GitError',
    'ServiceError',
    'InputValueError'
]);
function parse(argv, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(err.message.replace(/\. To specify a positional.*$/, '.'));
    }
}
function parseThreshold(v) {
    if (v === undefined)
        return undefined;
    const n = Number(String(v).replace('%', '').trim());
    if (!Number.isFinite(n) || n < 0)
        throw new UsageError(`--threshold: "${v}" is not a percentage (e.g. 10 or 10%).`);
    return n;
}
async function loadOptionalConfig(file) {
    if (file)
        return (0,load/* loadConfig */.Z9)(file);
    return (0,external_node_fs_.existsSync)(load/* DEFAULT_CONFIG */.PV) ? (0,load/* loadConfig */.Z9)(load/* DEFAULT_CONFIG */.PV) : undefined;
}
function output(verdict, markdown, format) {
    if (format === 'json')
        process.stdout.write(JSON.stringify(verdict, null, 2) + '\n');
    else if (format === 'text')
        process.stdout.write(markdownToText(markdown) + '\n');
    else
        process.stdout.write(markdown + '\n');
}
function checkFormat(v, allowed) {
    const f = String(v);
    if (!allowed.includes(f))
        throw new UsageError(`--format: "${f}" is not one of ${allowed.join(', ')}.`);
    return f;
}
async function cmdRun(argv) {
    const { values } = parse(argv, {
        config: { type: 'string' },
        baseline: { type: 'string', default: 'baselines' },
        output: { type: 'string', default: 'perf-results.json' },
        report: { type: 'string' },
        format: { type: 'string', default: 'markdown' },
        threshold: { type: 'string' },
        only: { type: 'string' },
        shard: { type: 'string' },
        repetitions: { type: 'string' },
        'compare-to': { type: 'string' },
        'no-compare': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false }
    });
    const format = checkFormat(values.format, ['text', 'markdown', 'json']);
    const threshold = parseThreshold(values.threshold);
    if (values['compare-to'] !== undefined && values['no-compare'])
        throw new UsageError('--compare-to runs the base commit to compare against, --no-compare compares nothing: give one of them.');
    // Before anything runs: a directory there would only fail after every workload ran.
    for (const flag of ['output', 'report']) {
        const f = values[flag];
        if (f && (0,external_node_fs_.existsSync)(f) && (0,external_node_fs_.statSync)(f).isDirectory())
            throw new UsageError(`--${flag}: ${f} is a directory; give a file path (e.g. ${external_node_path_default().join(f, flag === 'output' ? 'perf-results.json' : 'perf-report.md')}).`);
    }
    const loaded = await (0,load/* loadConfig */.Z9)(values.config ?? load/* DEFAULT_CONFIG */.PV);
    const log = consoleLogger(process.stderr, values.verbose);
    const controller = new AbortController();
    const onSignal = () => {
        log.warn('interrupted: stopping workloads and fixtures…');
        controller.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        let repetitions;
        if (values.repetitions !== undefined) {
            repetitions = Number(values.repetitions);
            if (!Number.isInteger(repetitions) || repetitions < 1)
                throw new UsageError(`--repetitions: "${values.repetitions}" is not a whole number >= 1.`);
        }
        const only = values.only === undefined
            ? undefined
            : (0,names/* splitNames */.b)(String(values.only), loaded.config.workloads.map((w) => w.name));
        // The pipeline (printer parser, QR decoder, HTTP driver, A/B orchestration) loads only for
        // `run`, so `compare`, `baseline` and `validate` start quickly.
        const { runAll } = await Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(271), __webpack_require__.e(63), __webpack_require__.e(547), __webpack_require__.e(237), __webpack_require__.e(605)]).then(__webpack_require__.bind(__webpack_require__, 9605));
        if (values['compare-to']) {
            const { abNotes, runCompareTo } = await Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(271), __webpack_require__.e(63), __webpack_require__.e(547), __webpack_require__.e(237), __webpack_require__.e(605), __webpack_require__.e(937)]).then(__webpack_require__.bind(__webpack_require__, 2937));
            const ab = await runCompareTo({
                ref: String(values['compare-to']),
                loaded,
                log,
                signal: controller.signal,
                only,
                shard: values.shard,
                threshold
            });
            await (0,io/* writeResults */.KB)(values.output, ab.head);
            const judged = judgePaired(ab.base, ab.head, loaded.config, { threshold }, { notes: abNotes(ab) });
            if (values.report)
                await (0,files/* writeFileAtomic */.Zf)(values.report, judged.markdown + '\n');
            output(judged.verdict, judged.markdown, format);
            return gateFails(judged.verdict, 'regression') ? 1 : 0;
        }
        const results = await runAll(loaded, log, {
            only,
            shard: values.shard,
            signal: controller.signal,
            repetitions
        });
        if (controller.signal.aborted) {
            // What finished is kept (never a dropped result), but there is no verdict on a part.
            if (results.workloads.length) {
                await (0,io/* writeResults */.KB)(values.output, { ...results, interrupted: true });
                log.error(`interrupted: no verdict. The ${results.workloads.length} finished workload(s) are in ${values.output}; do not update baselines from it.`);
            }
            else
                log.error('interrupted: no verdict, no workload finished.');
            return 130;
        }
        await (0,io/* writeResults */.KB)(values.output, results);
        log.info(`results written to ${values.output}`);
        const baselines = values['no-compare']
            ? new Map()
            : await readBaselineDir(values.baseline);
        const judged = judgeAgainstBaselines(results, baselines, loaded.config, { threshold }, {
            refreshHint: `Refresh baselines: \`perf-gate baseline update --baseline ${values.baseline} --from ${values.output}\`.`,
            uncompared: values['no-compare'] === true
        });
        if (values.report)
            await (0,files/* writeFileAtomic */.Zf)(values.report, judged.markdown + '\n');
        output(judged.verdict, judged.markdown, format);
        return gateFails(judged.verdict, 'regression') ? 1 : 0;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function cmdCompare(argv) {
    const { values } = parse(argv, {
        config: { type: 'string' },
        baseline: { type: 'string' },
        current: { type: 'string', multiple: true },
        'base-results': { type: 'string' },
        threshold: { type: 'string' },
        format: { type: 'string', default: 'markdown' }
    });
    const format = checkFormat(values.format, ['json', 'markdown']);
    const threshold = parseThreshold(values.threshold);
    const currentFiles = values.current ?? [];
    if (currentFiles.length === 0)
        throw new UsageError('compare needs --current <results.json>.');
    if (!values.baseline === !values['base-results'])
        throw new UsageError('compare needs exactly one of --baseline <dir> or --base-results <base.json>.');
    const loaded = await loadOptionalConfig(values.config);
    // Several --current files (or patterns: shards of one run) are judged as one run.
    const { gatherResults } = await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 4003));
    const current = await gatherResults(currentFiles, process.cwd(), {
        label: '--current',
        hint: 'Quote the pattern so that perf-gate expands it, or check the path.'
    });
    if (values['base-results']) {
        const base = await (0,io/* readResults */.x8)(values['base-results']);
        const judged = judgePaired(base, current, loaded?.config, { threshold });
        output(judged.verdict, judged.markdown, format);
        return judged.verdict.verdict === 'fail' ? 1 : 0;
    }
    const dir = values.baseline;
    if (!(0,external_node_fs_.existsSync)(dir))
        throw new files/* InputError */.dz(`--baseline ${dir}: directory not found. Create baselines with \`perf-gate baseline update --baseline ${dir} --from <results.json>\`.`);
    const judged = judgeAgainstBaselines(current, await readBaselineDir(dir), loaded?.config, {
        threshold
    });
    output(judged.verdict, judged.markdown, format);
    return judged.verdict.verdict === 'fail' ? 1 : 0;
}
async function cmdBaseline(argv) {
    const [action, ...rest] = argv;
    if (action !== 'update')
        throw new UsageError(`baseline: unknown action "${action ?? ''}". Use \`perf-gate baseline update --from <results.json>\`.`);
    const { values, positionals } = parse(rest, {
        baseline: { type: 'string', default: 'baselines' },
        from: { type: 'string', multiple: true },
        history: { type: 'string' },
        config: { type: 'string' }
    });
    const files = [...(values.from ?? []), ...positionals];
    if (!files.length)
        throw new UsageError('baseline update needs --from <results.json> [more.json ...].');
    const loaded = await loadOptionalConfig(values.config);
    const limit = values.history !== undefined
        ? Number(values.history)
        : (loaded?.config.defaults.history ?? DEFAULT_HISTORY);
    if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--history: "${values.history}" is not a whole number >= 1.`);
    // Read and validate everything first: a bad file must not leave some baselines updated.
    const inputs = [];
    for (const f of files)
        inputs.push(await (0,io/* readResults */.x8)(f));
    const dir = values.baseline;
    const updated = new Map();
    for (const results of inputs) {
        for (const w of results.workloads) {
            if (w.status === 'error') {
                process.stderr.write(`skipping ${w.name} from ${files[inputs.indexOf(results)]}: the workload failed (${w.error?.split('\n')[0]}).\n`);
                continue;
            }
            const existing = updated.get(w.name) ?? (await readBaseline(dir, w.name));
            updated.set(w.name, updateBaseline(existing, w, results, limit));
        }
    }
    const written = await writeBaselines(dir, updated.values());
    for (const f of written)
        process.stdout.write(`wrote ${f}\n`);
    return 0;
}
async function cmdValidate(argv) {
    const { values } = parse(argv, { config: { type: 'string' } });
    const file = values.config ?? load/* DEFAULT_CONFIG */.PV;
    const loaded = await (0,load/* loadConfig */.Z9)(file);
    const c = loaded.config;
    process.stdout.write(`${external_node_path_default().relative(process.cwd(), external_node_path_default().resolve(file)) || file}: valid — ${c.workloads.length} workloads, ${Object.keys(c.printers).length} printers, ${Object.keys(c.services).length} services.\n`);
    // Not an error here: secrets are often set only in CI. `run` refuses to start without them.
    for (const issue of (0,references/* unsetEnvironment */.D)(loaded, c.workloads, process.env))
        process.stderr.write(`warning: ${file}: ${issue.path}: ${issue.message} \`run\` will not start until it is set.\n`);
    return 0;
}
/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
async function main(argv) {
    const [cmd, ...rest] = argv;
    try {
        switch (cmd) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                process.stdout.write(USAGE + '\n');
                return cmd === undefined ? 2 : 0;
            case '-v':
            case '--version':
                process.stdout.write(version/* VERSION */.x + '\n');
                return 0;
            case 'run':
                return await cmdRun(rest);
            case 'compare':
                return await cmdCompare(rest);
            case 'baseline':
                return await cmdBaseline(rest);
            case 'validate':
                return await cmdValidate(rest);
            default: {
                const sub = subcommands[cmd];
                if (sub)
                    return await sub(rest);
                throw new UsageError(`unknown command "${cmd}". Commands: run, compare, baseline update, validate, ${Object.keys(subcommands).join(', ')}.`);
            }
        }
    }
    catch (err) {
        if (err?.name === 'ABCancelledError') {
            process.stderr.write(`perf-gate: ${err.message}\n`);
            return 130;
        }
        if (err instanceof UsageError) {
            process.stderr.write(`perf-gate: ${err.message}\nRun \`perf-gate --help\` for usage.\n`);
            return 2;
        }
        if (err instanceof validate/* ConfigError */.xL ||
            err instanceof files/* InputError */.dz ||
            err instanceof types/* WorkloadError */.E ||
            USER_ERRORS.has(err?.name)) {
            process.stderr.write(`perf-gate: ${err.message}\n`);
            return 2;
        }
        process.stderr.write(`perf-gate: unexpected error: ${err?.message ?? String(err)}\n`);
        if (process.env.PERF_GATE_DEBUG)
            process.stderr.write(`${err?.stack}\n`);
        return 2;
    }
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ checkBudget),
/* harmony export */   Nm: () => (/* binding */ parseBudget),
/* harmony export */   cs: () => (/* binding */ resolveBudgetMetric)
/* harmony export */ });
/* unused harmony exports BudgetSyntaxError, BudgetUnitError, unitInfo, convertToBudgetUnit */
/**
 * Absolute budgets: `latency.p95 < 150ms`, `errors == 0`, `throughput > 500/s`,
 * `memory.rss_growth < 20MB`. A budget fails the gate whatever the comparison mode, because it
 * states a limit the team chose, not a change against history.
 *
 * Hand-written: the grammar is one comparison, and a parser generator would cost more than it
 * saves; the point is error messages that say exactly what is wrong.
 */
/** A budget expression that cannot be parsed; the message names the problem and the allowed forms. */
class BudgetSyntaxError extends Error {
    expression;
    constructor(expression, problem) {
        super(`Invalid budget "${expression}": ${problem}. ${ALLOWED_FORMS}`);
        this.expression = expression;
        this.name = 'BudgetSyntaxError';
    }
}
/** A budget whose unit cannot be compared with the metric's unit (e.g. `ms` against bytes). */
class BudgetUnitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BudgetUnitError';
    }
}
const ALLOWED_FORMS = 'Write "<metric> <op> <number>[unit]" with <op> one of < <= > >= == != and unit one of ' +
    'ms, s, us, ns (time), B, KB, MB, GB (bytes, 1 KB = 1024 B), % (percent), /s (per second), or ' +
    'no unit for counts; for example "latency.p95 < 150ms", "errors == 0", "throughput > 500/s", ' +
    '"memory.rss_growth < 20MB".';
const UNIT_TABLE = [
    [['ns', 'nanoseconds'], { canonical: 'ns', kind: 'time', factor: 1e-6 }],
    [['us', 'µs', 'μs', 'microseconds'], { canonical: 'us', kind: 'time', factor: 1e-3 }],
    [['ms', 'msec', 'milliseconds'], { canonical: 'ms', kind: 'time', factor: 1 }],
    [['s', 'sec', 'secs', 'seconds'], { canonical: 's', kind: 'time', factor: 1000 }],
    [['b', 'byte', 'bytes'], { canonical: 'B', kind: 'bytes', factor: 1 }],
    [['kb', 'kib'], { canonical: 'KB', kind: 'bytes', factor: 1024 }],
    [['mb', 'mib'], { canonical: 'MB', kind: 'bytes', factor: 1024 ** 2 }],
    [['gb', 'gib'], { canonical: 'GB', kind: 'bytes', factor: 1024 ** 3 }],
    [['%', 'percent', 'pct'], { canonical: '%', kind: 'percent', factor: 1 }],
    [
        ['/s', 'per second', 'ops/s', 'req/s', 'requests/s', 'jobs/s', 'rps', 'hz'],
        { canonical: '/s', kind: 'rate', factor: 1 }
    ],
    [['', 'count', 'errors', 'requests', 'jobs', 'runs'], { canonical: '', kind: 'count', factor: 1 }]
];
const UNITS = new Map();
for (const [names, info] of UNIT_TABLE)
    for (const name of names)
        UNITS.set(name, info);
/**
 * Looks up a unit as a budget or a metric writes it (case-insensitive for letters except that
 * `B`/`b` both mean bytes; `/s` suffixes such as `req/s` are rates). Undefined when unknown.
 */
function unitInfo(unit) {
    const u = unit.trim();
    const hit = UNITS.get(u) ?? UNITS.get(u.toLowerCase());
    if (hit)
        return hit;
    if (/^[a-z]+\/s(ec)?$/i.test(u))
        return UNITS.get('/s');
    return undefined;
}
const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'];
const METRIC_RE = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;
const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
/**
 * Parses a budget expression.
 *
 * @throws BudgetSyntaxError naming what is wrong (missing operator, bad metric name, missing or
 *   malformed number, unknown unit, trailing text) and the allowed forms.
 */
function parseBudget(expr) {
    if (typeof expr !== 'string')
        throw new BudgetSyntaxError(String(expr), 'a budget must be a string');
    const expression = expr.trim();
    if (expression === '')
        throw new BudgetSyntaxError(expr, 'the expression is empty');
    const at = findOperator(expression);
    if (!at) {
        if (/(^|[^=!<>])=([^=]|$)/.test(expression))
            throw new BudgetSyntaxError(expression, 'a single "=" is not a comparison; use "==" for equality');
        throw new BudgetSyntaxError(expression, 'no comparison operator (< <= > >= == !=) was found');
    }
    const metric = expression.slice(0, at.index).trim();
    const rest = expression.slice(at.index + at.op.length).trim();
    if (metric === '')
        throw new BudgetSyntaxError(expression, `no metric name before "${at.op}"`);
    if (!METRIC_RE.test(metric))
        throw new BudgetSyntaxError(expression, `"${metric}" is not a metric name (letters, digits, "_", "-", "." and "/", starting with a letter)`);
    if (rest === '')
        throw new BudgetSyntaxError(expression, `no number after "${at.op}"`);
    if (findOperator(rest))
        throw new BudgetSyntaxError(expression, 'only one comparison is allowed');
    const num = NUMBER_RE.exec(rest);
    if (!num)
        throw new BudgetSyntaxError(expression, `"${rest}" does not start with a number`);
    const value = Number(num[0]);
    if (!Number.isFinite(value))
        throw new BudgetSyntaxError(expression, `"${num[0]}" is not a finite number`);
    const unitText = rest.slice(num[0].length).trim();
    const info = unitInfo(unitText);
    if (!info) {
        const problem = /\s/.test(unitText)
            ? `unexpected text "${unitText}" after the number`
            : `unknown unit "${unitText}"`;
        throw new BudgetSyntaxError(expression, problem);
    }
    return { expression, metric, operator: at.op, value, unit: info.canonical, kind: info.kind };
}
function findOperator(s) {
    for (let i = 0; i < s.length; i++) {
        for (const op of OPERATORS)
            if (s.startsWith(op, i))
                return { index: i, op };
    }
    return undefined;
}
/**
 * Converts `value` measured in `unit` to the budget's unit.
 *
 * @throws BudgetUnitError when the kinds differ (time vs bytes ...) or the metric's unit is unknown
 *   while the budget has one.
 */
function convertToBudgetUnit(b, value, unit) {
    const from = unitInfo(unit);
    const to = unitInfo(b.unit);
    if (!to)
        throw new BudgetUnitError(`Budget "${b.expression}" has an unknown unit "${b.unit}".`);
    // A unitless budget compares the number as the metric reports it, whatever its unit.
    if (b.kind === 'count')
        return value;
    if (!from)
        throw new BudgetUnitError(`Budget "${b.expression}" is in ${b.unit} but metric ${b.metric} is reported in "${unit}", ` +
            'which perf-gate cannot convert; write the budget without a unit to compare the raw number.');
    if (from.kind !== to.kind)
        throw new BudgetUnitError(`Budget "${b.expression}" is a ${to.kind} limit (${b.unit}) but metric ${b.metric} is ${from.kind} ` +
            `(${unit || 'no unit'}); use a ${from.kind} unit in the budget.`);
    return (value * from.factor) / to.factor;
}
/**
 * Whether a metric value meets a budget. `unit` is the metric's unit; it is converted to the
 * budget's (ms/s/us/ns, B/KB/MB/GB, %, /s). A non-finite value never meets a budget.
 * Equality (`==`, `!=`) uses a relative tolerance of 1e-9 so that unit conversion cannot break it.
 *
 * @throws BudgetUnitError when the units cannot be compared.
 */
function checkBudget(b, value, unit) {
    if (!Number.isFinite(value))
        return false;
    const v = convertToBudgetUnit(b, value, unit);
    const eq = Math.abs(v - b.value) <= 1e-9 * Math.max(1, Math.abs(b.value));
    switch (b.operator) {
        case '<':
            return v < b.value && !eq;
        case '<=':
            return v <= b.value || eq;
        case '>':
            return v > b.value && !eq;
        case '>=':
            return v >= b.value || eq;
        case '==':
            return eq;
        case '!=':
            return !eq;
    }
}
/**
 * The metric a budget names within a workload's metrics: the exact name, else `latency.<name>`
 * (so the short `p95 < 150ms` of the docs works). Undefined when neither exists.
 */
function resolveBudgetMetric(b, metrics) {
    if (Object.hasOwn(metrics, b.metric))
        return b.metric;
    const long = `latency.${b.metric}`;
    if (Object.hasOwn(metrics, long))
        return long;
    return undefined;
}


/***/ }),

/***/ 6714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ sequentialStop),
/* harmony export */   Ey: () => (/* binding */ pairedSample),
/* harmony export */   Wx: () => (/* binding */ pairedDecision),
/* harmony export */   _0: () => (/* binding */ interleaveOrder),
/* harmony export */   nP: () => (/* binding */ beyondThreshold),
/* harmony export */   wy: () => (/* binding */ detectableChange)
/* harmony export */ });
/* unused harmony export DISTURBED_Z */
/* harmony import */ var _stats_robust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(174);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9808);
/* harmony import */ var _stats_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2303);



/** Robust z above which a run counts as disturbed within its own side. */
const DISTURBED_Z = 4;
/** At most this share of the pairs is set aside as disturbed. */
const MAX_DISTURBED_SHARE = 0.3;
/**
 * Flags disturbed runs within one side. Residuals are taken from a Theil–Sen line over the run
 * index (median of pairwise slopes), so a steady drift across the job (a runner heating up) does
 * not widen the spread and hide a disturbed run, nor make the first and last runs look disturbed.
 */
function disturbedFlags(x, z) {
    const n = x.length;
    if (n < 5)
        return x.map(() => false);
    const slopes = [];
    for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
            slopes.push((x[j] - x[i]) / (j - i));
    const slope = (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .J)(slopes);
    const intercept = (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .J)(x.map((v, i) => v - slope * i));
    const res = x.map((v, i) => v - intercept - slope * i);
    const m = (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .J)(res);
    const s = 1.4826 * (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .J)(res.map((r) => Math.abs(r - m)));
    return res.map((r) => s > 0 && Math.abs(r - m) > z * s);
}
/**
 * Pairs base[k] with head[k] (non-finite pairs dropped), flags disturbed runs within each side and
 * returns the changes of the kept pairs. Positive values use log ratios; when a value is zero or
 * negative, differences relative to the base median are used instead (no log of <= 0).
 */
function pairedSample(base, head, disturbedZ = DISTURBED_Z) {
    const n = Math.min(base.length, head.length);
    const a = [];
    const b = [];
    for (let k = 0; k < n; k++)
        if (Number.isFinite(base[k]) && Number.isFinite(head[k])) {
            a.push(base[k]);
            b.push(head[k]);
        }
    const log = a.every((x) => x > 0) && b.every((x) => x > 0);
    let xa;
    let xb;
    if (log) {
        xa = a.map(Math.log);
        xb = b.map(Math.log);
    }
    else {
        const ref = a.length ? Math.abs((0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .J)(a)) : 0;
        const scale = ref > 0 ? ref : 1;
        xa = a.map((x) => x / scale);
        xb = b.map((x) => x / scale);
    }
    const fa = disturbedFlags(xa, disturbedZ);
    const fb = disturbedFlags(xb, disturbedZ);
    let disturbed = [];
    for (let k = 0; k < xa.length; k++)
        if (fa[k] || fb[k])
            disturbed.push(k);
    if (disturbed.length > Math.floor(MAX_DISTURBED_SHARE * xa.length))
        disturbed = [];
    const skip = new Set(disturbed);
    const d = [];
    for (let k = 0; k < xa.length; k++)
        if (!skip.has(k))
            d.push(xb[k] - xa[k]);
    return { d, log, pairs: xa.length, disturbed };
}
/**
 * Setting pairs aside after looking at the data makes the remaining spread look a little smaller
 * than it is (a normal run that merely looked extreme may be dropped); charge one degree of
 * freedom per dropped pair, as a trimmed t does for trimmed values.
 */
function penalise(r, dropped) {
    if (dropped === 0 || !(r.df > 0))
        return r;
    return { ...r, df: Math.max(1, r.df - dropped) };
}
/** Converts a change on the d scale to a ratio − 1. */
function toRatio(x, log) {
    return log ? Math.expm1(x) : x;
}
/**
 * The smallest change on the worse side (ratio − 1, signed like a change: +0.4 for a latency 40 %
 * up, −0.3 for a throughput 30 % down) that a test flags as a regression: beyond the threshold and
 * beyond `reach`, the one-sided critical distance q·se in the test's units (log when `log`, else a
 * fraction of the reference). With no spread known, `reach` is 0 and the threshold alone decides.
 */
function detectableChange(reach, log, thresholdPct, direction) {
    const thr = thresholdPct / 100;
    return direction === 'smaller'
        ? Math.max(toRatio(reach, log), thr)
        : Math.min(toRatio(-reach, log), -thr);
}
/** Whether a change (ratio − 1) is beyond the threshold on the worse / better side. */
function beyondThreshold(change, thresholdPct, direction) {
    const thr = thresholdPct / 100;
    const worse = direction === 'smaller' ? change > thr : change < -thr;
    const better = direction === 'smaller' ? change < -thr : change > thr;
    return { worse, better };
}
/**
 * Paired decision over repetition pairs (k-th base with k-th head; see {@link pairedSample}).
 * Regression: the mean change of the kept pairs is beyond the threshold in the worse direction and
 * the one-sided paired t p-value is below alpha; improvement likewise in the better direction;
 * `unstable` when either side's repetitions scatter more than `unstableCv` (robust CV, so one
 * disturbed run does not count) and the test could not decide. One pair: threshold only.
 */
function pairedDecision(base, head, opts) {
    const { d, log, pairs, disturbed } = pairedSample(base, head, opts.disturbedZ);
    const n = d.length;
    const unstable = (0,_stats_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .robustCv */ .hY)(base) > (opts.unstableCv ?? 0.25) || (0,_stats_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .robustCv */ .hY)(head) > (opts.unstableCv ?? 0.25);
    if (n === 0) {
        return {
            status: 'unstable',
            estimate: 0,
            ci: [0, 0],
            p: 1,
            pairs,
            noise: 0,
            statistic: 0,
            method: 'none',
            disturbed
        };
    }
    const r = penalise((0,_stats_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .trimmedT */ .ju)(d, 0), disturbed.length);
    const estimate = toRatio(r.estimate, log);
    const beyond = beyondThreshold(estimate, opts.thresholdPct, opts.direction);
    if (n === 1 || !(r.df > 0)) {
        const status = unstable
            ? 'unstable'
            : beyond.worse
                ? 'regression'
                : beyond.better
                    ? 'improvement'
                    : 'unchanged';
        return {
            status,
            estimate,
            ci: [estimate, estimate],
            p: 1,
            pairs,
            noise: 0,
            statistic: 0,
            method: 'ratio',
            disturbed,
            detectable: detectableChange(0, log, opts.thresholdPct, opts.direction)
        };
    }
    const tWorse = opts.direction === 'smaller' ? r.t : -r.t;
    const pWorse = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .tSurvival */ .nJ)(tWorse, r.df);
    const pBetter = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .tSurvival */ .nJ)(-tWorse, r.df);
    const [lo, hi] = (0,_stats_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .trimmedTInterval */ .oC)(r, opts.alpha);
    let status = 'unchanged';
    if (beyond.worse && pWorse < opts.alpha)
        status = 'regression';
    else if (beyond.better && pBetter < opts.alpha)
        status = 'improvement';
    // Scattered repetitions widen the paired interval, so a change that is still significant and
    // beyond the threshold stands; only an undecided metric is flagged as too noisy to judge.
    if (unstable && status === 'unchanged')
        status = 'unstable';
    const worseSide = opts.direction === 'smaller' ? r.estimate >= 0 : r.estimate <= 0;
    return {
        status,
        estimate,
        ci: [toRatio(lo, log), toRatio(hi, log)],
        p: worseSide ? pWorse : pBetter,
        pairs,
        noise: Number.isFinite(r.se) ? r.se * Math.sqrt(r.n) : 0,
        statistic: Number.isFinite(r.t) ? r.t : 0,
        method: 'paired-t-robust',
        disturbed,
        detectable: detectableChange((hi - lo) / 2, log, opts.thresholdPct, opts.direction)
    };
}
/**
 * Sequential rule for same-job pairs: after each pair (from `minPairs` on) decide whether the
 * answer is already clear. Stop when the change is clearly beyond the threshold (its (1 − alpha)
 * confidence bound is beyond it: then the paired decision is a significant regression or
 * improvement) or clearly within it (both one-sided (1 − withinLevel) bounds inside ±threshold: no
 * decision at `alpha` could call it a regression any more, the paired decision says unchanged).
 * Otherwise continue, up to `maxPairs`, where the regular paired decision at `alpha` is taken.
 * An early "beyond" stop needs the whole (1 − alpha) interval past the threshold, which under no
 * change almost never happens at any look, and a "within" stop always ends in a pass, so repeated
 * looks do not inflate false alarms: the simulation (scripts/bench-verdict.ts) measures 0 % typical
 * and ~1 % noisy at 6–20 pairs. The caller takes the verdict with `pairedDecision` on the pairs run.
 */
function sequentialStop(base, head, opts) {
    const { d, log, pairs, disturbed } = pairedSample(base, head, opts.disturbedZ);
    if (pairs >= opts.maxPairs)
        return 'stop';
    if (pairs < Math.max(2, opts.minPairs))
        return 'continue';
    const r = penalise((0,_stats_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .trimmedT */ .ju)(d, 0), disturbed.length);
    if (!(r.df > 0) || !Number.isFinite(r.se))
        return 'continue';
    const qStrict = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .tQuantile */ .YW)(1 - opts.alpha, r.df);
    const qWithin = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .tQuantile */ .YW)(1 - (opts.withinLevel ?? 0.1), r.df);
    const lowStrict = toRatio(r.estimate - qStrict * r.se, log);
    const highStrict = toRatio(r.estimate + qStrict * r.se, log);
    const lowWithin = toRatio(r.estimate - qWithin * r.se, log);
    const highWithin = toRatio(r.estimate + qWithin * r.se, log);
    const thr = opts.thresholdPct / 100;
    if (lowStrict > thr || highStrict < -thr)
        return 'stop';
    if (highWithin < thr && lowWithin > -thr)
        return 'stop';
    return 'continue';
}
/**
 * Run order for `pairs` A/B pairs: the blocks ABBA BAAB repeated (A = base, B = head). Every pair
 * of slots holds one A and one B, so pairs are formed as runs go; within each block of 4 runs a
 * linear drift cancels exactly (A at 0 and 3, B at 1 and 2), and over 8 runs a quadratic one does
 * too. Plain ABAB would put every B after its A and turn a drift into a bias.
 */
function interleaveOrder(pairs) {
    const pattern = ['A', 'B', 'B', 'A', 'B', 'A', 'A', 'B'];
    const n = Math.max(0, Math.floor(pairs)) * 2;
    const out = [];
    for (let i = 0; i < n; i++)
        out.push(pattern[i % 8]);
    return out;
}


/***/ }),

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ common),
/* harmony export */   il: () => (/* binding */ importWorkloadSchema),
/* harmony export */   kX: () => (/* binding */ commandWorkloadSchema)
/* harmony export */ });
/* harmony import */ var _results_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6122);
/** JSON Schemas of the `command` and `import` workload kinds. */

/** How a percentage is written, for messages. */
const PERCENT = 'a percentage such as 10 or 10%';
const common = {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    kind: { type: 'string' },
    description: { type: 'string' },
    repetitions: { type: 'integer', minimum: 1, maximum: 1000 },
    warmup: { type: 'integer', minimum: 0, maximum: 100 },
    threshold: {
        anyOf: [
            { type: 'number', minimum: 0 },
            { type: 'string', pattern: '^\\s*[0-9]+(\\.[0-9]+)?\\s*%?\\s*$', description: PERCENT }
        ]
    },
    thresholds: {
        type: 'object',
        additionalProperties: {
            anyOf: [
                { type: 'number', minimum: 0 },
                { type: 'string', pattern: '^\\s*[0-9]+(\\.[0-9]+)?\\s*%?\\s*$', description: PERCENT }
            ]
        }
    },
    budgets: { type: 'array', items: { type: 'string', minLength: 3 } },
    gate: { type: 'array', items: { type: 'string', minLength: 1 } },
    seed: { type: 'integer' }
};
const processKeys = {
    timeoutMs: {
        type: 'integer',
        minimum: 1,
        description: 'Per-run timeout in ms (default 600000).'
    },
    env: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    cwd: { type: 'string', description: 'Working directory, relative to the config file.' }
};
const commandWorkloadSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'kind', 'command'],
    properties: {
        ...common,
        kind: { const: 'command' },
        command: {
            type: 'string',
            minLength: 1,
            description: 'Shell command (sh -c), timed per iteration.'
        },
        iterations: {
            type: 'integer',
            minimum: 1,
            maximum: 100000,
            description: 'Timed runs per repetition (default 1).'
        },
        ...processKeys
    }
};
const importWorkloadSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'kind', 'file'],
    properties: {
        ...common,
        kind: { const: 'import' },
        file: { type: 'string', minLength: 1, description: 'Results file of another tool.' },
        format: {
            enum: [..._results_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .IMPORT_FORMATS */ .pP],
            description: 'Which tool wrote `file` (default auto: told from the content).'
        },
        command: {
            type: 'string',
            minLength: 1,
            description: 'Writes `file`; run once per repetition.'
        },
        ...processKeys
    }
};



/***/ }),

/***/ 7775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PV: () => (/* binding */ DEFAULT_CONFIG),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: parseConfigText

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(3032);
// EXTERNAL MODULE: ./src/config/kinds.ts
var kinds = __webpack_require__(7325);
;// CONCATENATED MODULE: ./src/workloads/profile-schema.ts
/**
 * JSON Schema of a load profile (src/workloads/profiles.ts), shared by every workload kind that
 * has one. A `discriminator` on `type` makes ajv check only the branch the user chose, so an error
 * speaks of that profile instead of listing why each of the seven others does not match.
 */
const posInt = { type: 'integer', minimum: 1 };
const ms = { type: 'number', minimum: 0 };
const loadProfileSchema = {
    type: 'object',
    description: 'Load profile: when operations start (parallel, sequential, burst, sustained, batch, ordered, clients).',
    required: ['type'],
    discriminator: { propertyName: 'type' },
    oneOf: [
        {
            additionalProperties: false,
            required: ['type', 'count'],
            properties: { type: { const: 'parallel' }, count: posInt }
        },
        {
            additionalProperties: false,
            required: ['type', 'count'],
            properties: {
                type: { const: 'sequential' },
                count: posInt,
                blocking: { type: 'boolean' },
                intervalMs: ms
            }
        },
        {
            additionalProperties: false,
            required: ['type', 'bursts', 'size'],
            properties: { type: { const: 'burst' }, bursts: posInt, size: posInt, pauseMs: ms }
        },
        {
            additionalProperties: false,
            required: ['type', 'rate', 'durationS'],
            properties: {
                type: { const: 'sustained' },
                rate: { type: 'number', exclusiveMinimum: 0 },
                durationS: { type: 'number', exclusiveMinimum: 0 },
                maxInFlight: posInt
            }
        },
        {
            additionalProperties: false,
            required: ['type', 'count'],
            properties: { type: { const: 'batch' }, count: posInt, size: posInt }
        },
        {
            additionalProperties: false,
            required: ['type', 'count'],
            properties: { type: { const: 'ordered' }, count: posInt }
        },
        {
            additionalProperties: false,
            required: ['type', 'clients', 'requests'],
            properties: { type: { const: 'clients' }, clients: posInt, requests: posInt }
        }
    ]
};

// EXTERNAL MODULE: ./src/printer/commands.ts
var commands = __webpack_require__(6248);
;// CONCATENATED MODULE: ./src/printer/config.ts



const FAULTS = ['offline', 'paper_out', 'paper_near_end', 'cover_open', 'cutter_error'];
/** JSON Schema of one `printers:` entry. */
const printerFixtureSchema = {
    type: 'object',
    additionalProperties: false,
    description: 'A virtual ESC/POS network printer started for the run.',
    properties: {
        port: {
            type: 'integer',
            minimum: 0,
            maximum: 65535,
            description: 'TCP port; 0 (default) picks a free one.'
        },
        host: {
            type: 'string',
            enum: ['127.0.0.1', 'localhost', '::1'],
            description: 'Loopback address (default 127.0.0.1).'
        },
        status: { enum: ['online', ...FAULTS], description: 'Initial state (default online).' },
        printSpeed: {
            type: 'object',
            additionalProperties: false,
            description: 'Shapes time-to-print like hardware.',
            properties: {
                bytesPerSecond: {
                    type: 'number',
                    minimum: 0,
                    description: 'Receive/print rate (0: unlimited).'
                },
                linesPerSecond: {
                    type: 'number',
                    minimum: 0,
                    description: 'Paper feed rate (0: unlimited).'
                }
            }
        },
        acceptDelayMs: {
            type: 'integer',
            minimum: 0,
            maximum: 60000,
            description: 'Delay before a new connection is read.'
        },
        maxPayloadBytes: {
            type: 'integer',
            minimum: 1024,
            maximum: 67108864,
            description: 'Largest payload a command may announce before it is skipped and logged as oversize.'
        },
        decodeRasterQr: {
            type: 'boolean',
            description: 'Decode QR codes sent as raster images (default true).'
        },
        kanjiEncoding: {
            enum: [...commands/* KANJI_ENCODINGS */.f],
            description: 'Double-byte character set of Kanji mode (FS &), default gb18030.'
        },
        kanjiOn: {
            type: 'boolean',
            description: 'Kanji mode on from the start and after ESC @ (Chinese-market printers).'
        },
        leakAfterMs: {
            type: 'integer',
            minimum: 0,
            description: 'An idle open connection counts as leaked after this long.'
        },
        keepCommands: {
            type: 'integer',
            minimum: 0,
            maximum: 10000000,
            description: 'Commands kept in the log for inspection (default 10000); counts and order are kept regardless.'
        },
        keepJobs: {
            type: 'integer',
            minimum: 0,
            maximum: 1000000,
            description: 'Printed jobs kept in the history (default 200).'
        }
    }
};
/** An expected command count: exact, or `{ min, max }` (shared with service expectations). */
const countValue = {
    anyOf: [
        { type: 'integer', minimum: 0 },
        {
            type: 'object',
            additionalProperties: false,
            properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } }
        }
    ]
};
const commandTypeNames = { type: 'string', enum: [...commands/* COMMAND_TYPES */.a] };
/** JSON Schema of a `kind: printer` workload. */
const printerWorkloadSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'kind'],
    anyOf: [{ required: ['printer'] }, { required: ['target'] }],
    description: 'Delivers seeded ESC/POS print jobs over TCP and measures time-to-print at the virtual printer.',
    properties: {
        ...kinds/* commonKindProperties */.VF,
        kind: { const: 'printer' },
        printer: { type: 'string', minLength: 1, description: 'Name of a printer under `printers:`.' },
        target: {
            type: 'string',
            pattern: '^(\\$\\{[^}]+\\}|[A-Za-z0-9.\\-:\\[\\]]+):(\\$\\{[^}]+\\}|[0-9]+)$',
            description: 'host:port to send to, e.g. 127.0.0.1:9100 or 127.0.0.1:${services.proxy.port} (a print proxy under test); verified at `printer` when set'
        },
        jobs: {
            type: 'object',
            additionalProperties: false,
            description: 'Seeded job generator.',
            properties: {
                seed: { type: 'integer', description: 'Mixed with the run seed.' },
                elements: {
                    type: 'integer',
                    minimum: 0,
                    maximum: 1000,
                    description: 'Elements per job before the cut (default 6).'
                },
                mix: {
                    type: 'object',
                    additionalProperties: false,
                    description: 'Relative weights; kinds not named are left out (default when absent: text 6, qr 1, barcode 1, feed 1).',
                    properties: {
                        text: { type: 'number', minimum: 0 },
                        qr: { type: 'number', minimum: 0 },
                        barcode: { type: 'number', minimum: 0 },
                        feed: { type: 'number', minimum: 0 },
                        image: { type: 'number', minimum: 0 }
                    }
                },
                cut: {
                    enum: ['full', 'partial', 'mixed'],
                    description: 'How each job ends (default partial).'
                },
                columns: { type: 'integer', minimum: 16, maximum: 96 }
            }
        },
        profile: loadProfileSchema,
        connection: {
            enum: ['per-job', 'persistent'],
            description: 'New TCP connection per job (default) or reused ones.'
        },
        expect: {
            type: 'object',
            additionalProperties: false,
            description: 'Checks at the printer after each repetition.',
            properties: {
                counts: {
                    type: 'object',
                    propertyNames: commandTypeNames,
                    additionalProperties: countValue
                },
                countsPerJob: {
                    type: 'object',
                    propertyNames: commandTypeNames,
                    additionalProperties: { type: 'integer', minimum: 0 }
                },
                sequence: { type: 'array', items: commandTypeNames, maxItems: 100000 },
                online: { type: 'boolean' },
                noLeaks: { type: 'boolean' },
                allPrinted: { type: 'boolean' }
            }
        },
        timeoutMs: {
            type: 'integer',
            minimum: 1,
            description: 'Per-job time-to-print limit (default 10000).'
        }
    }
};

;// CONCATENATED MODULE: ./src/fixtures/config.ts
/**
 * JSON Schema fragments for `services.<name>` and `kind: service` workloads in perf-gate.yml
 * (validated with ajv by src/config/validate.ts). Pure data.
 */



const positiveInt = { type: 'integer', minimum: 1 };
/** `services.<name>`: a process perf-gate starts, probes and stops. */
const serviceFixtureSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['command'],
    properties: {
        command: {
            type: 'string',
            minLength: 1,
            description: 'Executable (with `args`) or a shell command line (without). Templates allowed.'
        },
        args: {
            type: 'array',
            items: { type: ['string', 'number'] },
            description: 'Arguments; templates allowed.'
        },
        cwd: { type: 'string', description: 'Working directory, relative to the config file.' },
        env: {
            type: 'object',
            additionalProperties: { type: ['string', 'number', 'boolean'] },
            description: 'Extra environment, e.g. PRINTER_PORT: ${printers.kitchen.port}. PORT is set to the chosen port.'
        },
        port: {
            type: 'integer',
            minimum: 0,
            maximum: 65535,
            description: 'Port of the service; 0 (default) picks a free one, available as ${services.<name>.port}.'
        },
        ready: {
            type: 'object',
            additionalProperties: false,
            description: 'Readiness probe (default: the port accepts TCP connections).',
            properties: {
                http: {
                    type: 'string',
                    minLength: 1,
                    description: 'URL or path polled with GET, e.g. /api/.'
                },
                status: {
                    type: 'integer',
                    minimum: 100,
                    maximum: 599,
                    description: 'Expected status (default any 2xx/3xx).'
                },
                tcp: { const: true, description: 'Wait for the port to accept connections.' },
                log: {
                    type: 'string',
                    minLength: 1,
                    description: 'Regular expression matched against output lines.'
                }
            }
        },
        readyTimeoutMs: {
            ...positiveInt,
            description: 'How long to wait for readiness (default 30000).'
        },
        stopGraceMs: {
            type: 'integer',
            minimum: 0,
            description: 'SIGTERM to SIGKILL grace (default 5000).'
        },
        restart: {
            enum: ['per-run', 'per-repetition'],
            description: 'per-run (default): one process for all workloads; per-repetition: restarted before each repetition.'
        }
    }
};

const jobKinds = ['print_text', 'print_qr', 'print_barcode', 'feed', 'cut'];
/** One request template of a service workload. */
const requestTemplateSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        method: {
            type: 'string',
            pattern: '^[A-Za-z]+$',
            description: 'an HTTP method such as GET or POST (default GET, or POST with a body)'
        },
        path: {
            type: 'string',
            minLength: 1,
            description: 'Path on the service (/api/...), or a full URL. Templates allowed.'
        },
        url: { type: 'string', minLength: 1, description: 'Alias of path for a full URL.' },
        headers: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
        json: { description: 'JSON body; `"${job.data}"` inserts the generated service-call data.' },
        body: { type: 'string', description: 'Raw text body.' },
        job: {
            description: 'Which Home Assistant escpos_printer call `${job.data}` / `${job.service}` generate: one kind, or weights.',
            anyOf: [
                { enum: [...jobKinds, 'mixed'] },
                {
                    type: 'object',
                    additionalProperties: false,
                    properties: Object.fromEntries(jobKinds.map((k) => [k, { type: 'number', minimum: 0 }]))
                }
            ]
        },
        weight: {
            type: 'number',
            exclusiveMinimum: 0,
            description: 'Share of this request in a `mix`.'
        },
        name: { type: 'string', description: 'Label in the report (default METHOD path).' },
        expectStatus: {
            description: 'Status(es) that count as success (default: any status below 400).',
            anyOf: [{ type: 'integer' }, { type: 'array', items: { type: 'integer' }, minItems: 1 }]
        }
    }
};
/** Expectations checked after each repetition. */
const serviceExpectSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        printer: {
            type: 'string',
            description: 'Printer the expectations below look at (default: the only printer).'
        },
        commands: {
            type: 'object',
            additionalProperties: countValue,
            description: 'Command counts by type at the printer after the calls, e.g. { text: 10, cut: 10 }.'
        },
        order: {
            type: 'array',
            items: { type: 'string' },
            description: 'Exact sequence of command types at the printer (init and formatting ignored unless listed).'
        },
        jobs: {
            ...countValue,
            description: 'Print jobs (ended by a cut or a closed connection).'
        },
        counts: {
            type: 'object',
            additionalProperties: countValue,
            description: 'Same as commands (the printer workload spelling).'
        },
        sequence: {
            type: 'array',
            items: { type: 'string' },
            description: 'Same as order (the printer workload spelling).'
        },
        noLeaks: { type: 'boolean', description: 'true: same as leakedConnections: 0.' },
        online: { type: 'boolean', description: 'Printer online after the run.' },
        leakedConnections: {
            type: 'integer',
            minimum: 0,
            description: 'Most connections left open at the printer (usually 0).'
        },
        errorRate: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'Highest allowed share of failed requests (default 0).'
        },
        maxDegradation: {
            type: 'number',
            exclusiveMinimum: 0,
            description: 'Response-time degradation: median latency of the last fifth over the median of the whole run must stay below this (e.g. 2).'
        },
        printers: {
            type: 'object',
            description: 'Per-printer expectations for several printers at once: { kitchen: { commands: {...} } }.',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    commands: { type: 'object', additionalProperties: countValue },
                    counts: { type: 'object', additionalProperties: countValue },
                    order: { type: 'array', items: { type: 'string' } },
                    sequence: { type: 'array', items: { type: 'string' } },
                    noLeaks: { type: 'boolean' },
                    jobs: countValue,
                    online: { type: 'boolean' },
                    leakedConnections: { type: 'integer', minimum: 0 }
                }
            }
        }
    }
};
/** A fault-drill step. */
const serviceStepSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        name: { type: 'string' },
        printerError: {
            type: 'object',
            additionalProperties: false,
            required: ['kind'],
            properties: { printer: { type: 'string' }, kind: { type: 'string' } },
            description: 'Simulate a printer fault: { kind: offline | paper_out | cover_open | refuse | disconnect }.'
        },
        printerReset: {
            anyOf: [{ const: true }, { type: 'string' }],
            description: 'Reset a printer (true: the default printer; or its name).'
        },
        request: { ...requestTemplateSchema, description: 'One request, timed as one operation.' },
        expect: {
            type: 'object',
            additionalProperties: false,
            properties: {
                status: { anyOf: [{ type: 'integer' }, { type: 'array', items: { type: 'integer' } }] },
                ok: {
                    type: 'boolean',
                    description: 'true: status < 400; false: status >= 400 (a clean failure).'
                },
                within: {
                    type: 'integer',
                    minimum: 1,
                    description: 'The response must arrive within this many ms.'
                },
                printed: {
                    type: 'boolean',
                    description: 'The call reached the printer (new commands appeared).'
                }
            }
        },
        waitMs: { type: 'integer', minimum: 0, maximum: 60000 }
    }
};
/** `kind: service` workloads. */
const serviceWorkloadSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'kind', 'service'],
    properties: {
        ...kinds/* commonKindProperties */.VF,
        kind: { const: 'service' },
        service: { type: 'string', minLength: 1, description: 'Name of a service under `services:`.' },
        requests: {
            description: 'One request, or a list sent in turn (request i uses entry i mod n).',
            anyOf: [requestTemplateSchema, { type: 'array', items: requestTemplateSchema, minItems: 1 }]
        },
        mix: {
            type: 'array',
            minItems: 1,
            items: { ...requestTemplateSchema, required: ['weight'] },
            description: 'Weighted request mix, e.g. 80 % reads, 20 % writes (seeded choice).'
        },
        profile: {
            ...loadProfileSchema,
            description: 'Load profile (parallel, sequential, burst, sustained, batch, ordered, clients).'
        },
        connections: {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            description: 'HTTP connections (default: up to 50).'
        },
        timeoutMs: { type: 'integer', minimum: 1, description: 'Per-request timeout (default 10000).' },
        expect: serviceExpectSchema,
        steps: {
            type: 'array',
            items: serviceStepSchema,
            minItems: 1,
            description: 'A fault drill, run in order.'
        },
        doneAtPrinter: {
            anyOf: [{ type: 'boolean' }, { type: 'string' }],
            description: 'A write (not GET/HEAD) is done when the printer has its job (true: the expect.printer; or a printer name), not when the HTTP response arrives.'
        },
        warmPath: {
            type: 'string',
            description: 'Path requested to open connections before timing (default: the ready path or /).'
        },
        sampleIntervalMs: {
            type: 'integer',
            minimum: 20,
            description: 'Resource sampling interval (default 200).'
        }
    },
    anyOf: [{ required: ['requests'] }, { required: ['mix'] }, { required: ['steps'] }]
};

;// CONCATENATED MODULE: ./src/config/registry.ts
/**
 * Schemas contributed by the workload kinds and fixtures beyond the built-in command and import
 * kinds. Kept in one place so the validator stays pure and knows every kind.
 */


const registry = {
    kinds: { printer: printerWorkloadSchema, service: serviceWorkloadSchema },
    printer: printerFixtureSchema,
    service: serviceFixtureSchema
};

// EXTERNAL MODULE: ./src/compare/budget.ts
var budget = __webpack_require__(3386);
;// CONCATENATED MODULE: ./src/compare/budget-check.ts
/**
 * Budget syntax check used by config validation. Delegates to the budget parser; kept as a tiny
 * adapter so the validator does not depend on the parser's error type.
 */

/** Returns a user-facing problem with a budget expression, or undefined when it parses. */
function budgetProblem(expression) {
    try {
        (0,budget/* parseBudget */.Nm)(expression);
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads perf-gate.yml (YAML or JSON) from disk and validates it. Line numbers in errors come from
 * the YAML parser's node ranges.
 */






/** Default config file name, relative to the working directory. */
const DEFAULT_CONFIG = 'perf-gate.yml';
/**
 * Loads and validates a config file.
 * @throws ConfigError (missing file, YAML syntax, schema problems) with a message naming the file.
 */
async function loadConfig(file = DEFAULT_CONFIG, cwd = process.cwd()) {
    const abs = external_node_path_default().resolve(cwd, file);
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new validate/* ConfigError */.xL(file, [
            {
                path: '',
                message: code === 'ENOENT'
                    ? `file not found (looked at ${abs}). Create it, or pass --config <file> (action input \`config\`).`
                    : `cannot read it: ${err.message}`
            }
        ]);
    }
    return { file, baseDir: external_node_path_default().dirname(abs), config: parseConfigText(text, file) };
}
/** Parses and validates config text (YAML or JSON). */
function parseConfigText(text, file) {
    // Editors on Windows can save UTF-16; read as UTF-8 it is a NUL between every character.
    // (Its byte order mark FF FE / FE FF reads as two replacement characters.)
    if (text.slice(0, 64).includes('\u0000') || text.startsWith('\uFFFD\uFFFD'))
        throw new validate/* ConfigError */.xL(file, [
            {
                path: '',
                message: 'the file is UTF-16 encoded; save it as UTF-8 (perf-gate reads YAML in UTF-8).'
            }
        ]);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        // YAML 1.1 merge keys (`<<: *defaults`) are common in CI files; the yaml library supports them.
        merge: true
    });
    if (doc.errors.length) {
        throw new validate/* ConfigError */.xL(file, doc.errors.slice(0, 5).map((e) => ({
            path: '',
            line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
            message: e.code === 'MULTIPLE_DOCS'
                ? 'a second YAML document starts here (a `---` line); perf-gate.yml holds one document. Remove the `---`, or move what follows into the first document.'
                : `YAML syntax error: ${e.message.split('\n')[0]}`
        })));
    }
    const locate = (parts) => {
        for (let n = parts.length; n >= 0; n--) {
            const node = doc.getIn(parts.slice(0, n), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range)
                return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
    };
    let data;
    try {
        data = doc.toJS();
    }
    catch (err) {
        // The yaml library stops alias expansion that would grow without bound ("billion laughs").
        throw new validate/* ConfigError */.xL(file, [
            {
                path: '',
                message: `cannot expand the YAML aliases (${err.message}): \`*name\` references that nest other references multiply the content. Write the repeated parts out, or use fewer nested aliases.`
            }
        ]);
    }
    return (0,validate/* validateConfig */.$r)(data, { file, locate, registry: registry, checkBudget: budgetProblem });
}


/***/ }),

/***/ 566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ unsetEnvironment),
/* harmony export */   m: () => (/* binding */ servicesNeeded)
/* harmony export */ });
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9030);
/**
 * What a config's templates and workloads refer to: the services a selection of workloads needs,
 * and the environment variables a run needs. Pure (the caller passes the environment) and light,
 * so `validate` can use it without loading the fixtures.
 */

/**
 * The services a selection of workloads needs (`--only`, `--shard`): those a workload names as
 * its `service` or in a template (`${services.api.url}`), and those these services name in
 * their own templates, transitively.
 */
function servicesNeeded(workloads, services) {
    const mentioned = (v) => [...JSON.stringify(v).matchAll(/\$\{\s*services\.([\w-]+)/g)].map((m) => m[1]);
    const need = new Set();
    const queue = [];
    for (const w of workloads) {
        const named = w.service;
        queue.push(...(typeof named === 'string' ? [named] : []), ...mentioned(w));
    }
    while (queue.length) {
        const name = queue.pop();
        if (need.has(name) || !(name in services))
            continue;
        need.add(name);
        queue.push(...mentioned(services[name]));
    }
    return need;
}
/**
 * `${env.NAME}` references (without a `:-default`) whose variable is not set, in the selected
 * workloads, the printers and the services that will start. Checked before anything runs, so a
 * missing secret fails the run at once instead of after the workloads before it have run.
 * A variable set to the empty string counts as set (the template then renders as empty).
 *
 * @param only the selected workloads when the run is partial (`--only`, `--shard`); undefined
 *   when every workload runs (then every service starts).
 */
function unsetEnvironment(loaded, selected, env, only) {
    const issues = [];
    const seen = new Set();
    const visit = (v, where) => {
        if (typeof v === 'string') {
            for (const ref of (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .templateReferences */ .xo)(v)) {
                const [root, name, ...more] = ref.path.split('.');
                if (root !== 'env' || name === undefined || more.length || ref.fallback !== undefined)
                    continue;
                if (env[name] !== undefined || seen.has(`${where}\0${name}`))
                    continue;
                seen.add(`${where}\0${name}`);
                issues.push({
                    path: where,
                    message: `environment variable ${name} is not set (used as \${env.${name}}). Set it where perf-gate runs ` +
                        `(in a workflow: an \`env:\` entry on the perf-gate step), or give a default: \${env.${name}:-value}.`
                });
            }
        }
        else if (Array.isArray(v))
            v.forEach((x, i) => visit(x, `${where}[${i}]`));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                visit(x, `${where}.${k}`);
    };
    for (const [name, def] of Object.entries(loaded.config.printers))
        visit(def, `printers.${name}`);
    const wanted = only ? servicesNeeded(only, loaded.config.services) : undefined;
    for (const [name, def] of Object.entries(loaded.config.services))
        if (!wanted || wanted.has(name))
            visit(def, `services.${name}`);
    for (const w of selected)
        visit(w, `workloads.${w.name}`);
    return issues;
}


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lj: () => (/* binding */ TEMPLATE_TOKEN),
/* harmony export */   PQ: () => (/* binding */ renderDeep),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   hp: () => (/* binding */ TEMPLATE_PATH),
/* harmony export */   rJ: () => (/* binding */ hasTemplate),
/* harmony export */   xo: () => (/* binding */ templateReferences)
/* harmony export */ });
/* unused harmony export TemplateError */
/**
 * Templates in perf-gate.yml: `${printers.kitchen.port}`, `${services.api.url}`,
 * `${env.HA_TOKEN}`, `${env.SLOWDOWN_MS:-0}`, `${job.data}`.
 *
 * A template is a dotted path looked up in a scope object, nothing more: there is no code
 * evaluation, so a config file can never run code through a template. Pure module (no I/O, no
 * env): the caller passes the scope, including `env` when it wants environment variables.
 *
 * Syntax:
 * - `${a.b.c}` — the value at that path; numbers and booleans are written as text, objects as JSON.
 * - `${a.b:-text}` — `text` when the path is missing, null or empty (shell-style default).
 * - `$${` — a literal `${` (escape).
 */
/** A template referenced a variable that does not exist, or was malformed. The message is user-facing. */
class TemplateError extends Error {
    variable;
    where;
    constructor(message, 
    /** The variable as written, e.g. `printers.kitchn.port`. */
    variable, 
    /** Where the template was, e.g. `perf-gate.yml: services.api.env.PRINTER_PORT`. */
    where) {
        super(message);
        this.variable = variable;
        this.where = where;
        this.name = 'TemplateError';
    }
}
/** `$${` is matched first so it can be kept as a literal; otherwise `${ path [:- default] }`. */
const TEMPLATE_TOKEN = /\$\$\{|\$\{([^}]*)\}/g;
/** What may stand inside `${…}`: a dotted name. */
const TEMPLATE_PATH = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/;
const TOKEN = TEMPLATE_TOKEN;
const PATH = TEMPLATE_PATH;
/** The variables a text refers to, in order; malformed `${…}` and `$${` escapes are skipped. */
function templateReferences(text) {
    const out = [];
    for (const m of text.matchAll(TOKEN)) {
        if (m[1] === undefined)
            continue;
        const sep = m[1].indexOf(':-');
        const name = (sep >= 0 ? m[1].slice(0, sep) : m[1]).trim();
        if (PATH.test(name))
            out.push(sep >= 0 ? { path: name, fallback: m[1].slice(sep + 2) } : { path: name });
    }
    return out;
}
const SINGLE = /^\$\{([^}]*)\}$/;
const MISSING = Symbol('missing');
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map);
}
function keysOf(v) {
    if (v instanceof Map)
        return [...v.keys()].map(String);
    if (Array.isArray(v))
        return v.map((_, i) => String(i));
    if (isRecord(v))
        return Object.keys(v);
    return [];
}
function child(v, key) {
    if (v instanceof Map)
        return v.has(key) ? v.get(key) : MISSING;
    if (Array.isArray(v))
        return /^\d+$/.test(key) && Number(key) < v.length ? v[Number(key)] : MISSING;
    if (isRecord(v))
        return Object.prototype.hasOwnProperty.call(v, key) ? v[key] : MISSING;
    return MISSING;
}
/** Up to `limit` names, sorted, with a count of the rest (env can hold hundreds). */
function listNames(names, limit = 15) {
    if (names.length === 0)
        return '(none)';
    const sorted = [...names].sort();
    const shown = sorted.slice(0, limit).join(', ');
    return sorted.length > limit ? `${shown}, … (${sorted.length - limit} more)` : shown;
}
function parseExpression(expr, text, where) {
    const trimmed = expr.trim();
    const sep = trimmed.indexOf(':-');
    const path = (sep >= 0 ? trimmed.slice(0, sep) : trimmed).trim();
    if (!PATH.test(path)) {
        throw new TemplateError(`${where}: "\${${expr}}" in "${text}" is not a variable. Templates are dotted names such as ` +
            '${printers.kitchen.port} or ${env.HA_TOKEN:-default}; no expressions are evaluated.', expr, where);
    }
    return sep >= 0 ? { path, fallback: trimmed.slice(sep + 2) } : { path };
}
function lookup(scope, parsed, text, where) {
    const parts = parsed.path.split('.');
    let cur = scope;
    for (let i = 0; i < parts.length; i++) {
        const next = child(cur, parts[i]);
        if (next === MISSING || next === undefined) {
            if (parsed.fallback !== undefined)
                return parsed.fallback;
            const at = parts.slice(0, i).join('.');
            const known = i === 0 ? keysOf(scope) : keysOf(cur);
            let hint = at ? `${at} has: ${listNames(known)}` : `known names: ${listNames(known)}`;
            if (parts[0] === 'env' && i === 1) {
                hint = `set ${parts[1]} in the environment, or give a default: \${${parsed.path}:-value}`;
            }
            throw new TemplateError(`${where}: unknown variable "${parsed.path}" in "${text}" (${hint}).`, parsed.path, where);
        }
        cur = next;
    }
    if ((cur === null || cur === '') && parsed.fallback !== undefined)
        return parsed.fallback;
    return cur;
}
function toText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return String(v);
    if (v === null)
        return 'null';
    return JSON.stringify(v);
}
/**
 * Replaces every `${...}` in `text` with its value from `scope`.
 *
 * @param text the template.
 * @param scope nested values, e.g. `{ printers: { kitchen: { host, port } }, env: process.env }`.
 * @param where where the text came from, for error messages (`perf-gate.yml: services.api.env.PORT`).
 * @returns the rendered text.
 * @throws TemplateError naming the variable, `where` and the names that do exist.
 */
function renderTemplate(text, scope, where) {
    if (!text.includes('${'))
        return text;
    return text.replace(TOKEN, (match, expr) => {
        if (match === '$${')
            return '${';
        return toText(lookup(scope, parseExpression(expr ?? '', text, where), text, where));
    });
}
/**
 * Renders every string inside `value` (objects and arrays, recursively; keys are left alone).
 * A string that is exactly one `${x}` keeps the type of `x` — a number stays a number and an
 * object stays an object — so JSON request bodies such as `{ "data": "${job.data}" }` carry the
 * job's own data rather than its text form.
 *
 * @param value any JSON-like value; not modified.
 * @param where prefix of the location used in error messages; nested keys are appended.
 */
function renderDeep(value, scope, where) {
    return deep(value, scope, where);
}
function deep(value, scope, where) {
    if (typeof value === 'string') {
        const single = SINGLE.exec(value);
        if (single)
            return lookup(scope, parseExpression(single[1], value, where), value, where);
        return renderTemplate(value, scope, where);
    }
    if (Array.isArray(value))
        return value.map((v, i) => deep(v, scope, `${where}[${i}]`));
    if (isRecord(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = deep(v, scope, `${where}.${k}`);
        return out;
    }
    return value;
}
/** True when `text` contains a template (`${`), so callers can skip rendering work per request. */
function hasTemplate(value) {
    if (typeof value === 'string')
        return value.includes('${');
    if (Array.isArray(value))
        return value.some(hasTemplate);
    if (isRecord(value))
        return Object.values(value).some(hasTemplate);
    return false;
}


/***/ }),

/***/ 3032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  lo: () => (/* binding */ parsePercent),
  $r: () => (/* binding */ validateConfig)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/config/kinds.ts
var kinds = __webpack_require__(7325);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * JSON Schemas of perf-gate.yml. The top level and the keys common to every workload are checked
 * first; then each workload is checked against the schema of its `kind`, so an error speaks of the
 * one kind the user meant instead of listing why every kind failed (which is what a `oneOf` says).
 */

/** Keys shared by every workload kind. */
const commonWorkloadProperties = kinds/* commonKindProperties */.VF;
const topLevelSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['workloads'],
    properties: {
        version: { const: 1, description: 'Config format version (1).' },
        defaults: {
            type: 'object',
            additionalProperties: false,
            properties: {
                repetitions: commonWorkloadProperties.repetitions,
                warmup: commonWorkloadProperties.warmup,
                threshold: commonWorkloadProperties.threshold,
                thresholds: commonWorkloadProperties.thresholds,
                budgets: commonWorkloadProperties.budgets,
                gate: commonWorkloadProperties.gate,
                history: { type: 'integer', minimum: 1, maximum: 1000 },
                seed: { type: 'integer' },
                compare: { enum: ['baseline', 'base-ref'] },
                'base-ref': { type: 'string', minLength: 1 },
                setup: { type: 'string' },
                pairs: { type: 'integer', minimum: 2, maximum: 100 },
                // Sequential rule of compare: base-ref: stop after min-pairs when clear, extend to max-pairs when ambiguous.
                'min-pairs': { type: 'integer', minimum: 2, maximum: 100 },
                'max-pairs': { type: 'integer', minimum: 2, maximum: 100 }
            }
        },
        printers: { type: 'object', additionalProperties: { type: 'object' } },
        services: { type: 'object', additionalProperties: { type: 'object' } },
        workloads: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['name', 'kind'],
                properties: {
                    name: commonWorkloadProperties.name,
                    kind: { type: 'string' }
                }
            }
        }
    }
};
/** Schema of each workload kind, by `kind`. Other modules register theirs in src/config/registry.ts. */
const builtinKindSchemas = {
    command: kinds/* commandWorkloadSchema */.kX,
    import: kinds/* importWorkloadSchema */.il
};

// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/names.ts
var src_names = __webpack_require__(6455);
// EXTERNAL MODULE: ./src/metrics.ts
var metrics = __webpack_require__(5670);
;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * Validation of a parsed perf-gate.yml against the JSON Schemas (ajv), with errors a user can act
 * on: file, line, field path, what was found and what is allowed. Pure: the loader does the I/O.
 */





/** Metrics of sustained service workloads (src/workloads/service.ts) besides LATENCY_METRICS. */
const SUSTAINED_LATENCY_METRICS = ['latency.drift', 'latency.degradation'];
/** Thrown for an invalid config; `message` lists every issue, one per line. */
class ConfigError extends Error {
    file;
    issues;
    constructor(file, issues, 
    /** What is wrong as a whole, before the list. */
    summary = 'invalid configuration') {
        super(`${file}: ${summary} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
            issues
                .map((i) => `  ${file}${i.line ? `:${i.line}` : ''}: ${i.path || '(top level)'}: ${i.message}`)
                .join('\n'));
        this.file = file;
        this.issues = issues;
        this.name = 'ConfigError';
    }
}
const DEFAULTS = {
    repetitions: 5,
    warmup: 1,
    threshold: 10,
    thresholds: {},
    budgets: [],
    history: 30,
    seed: 1,
    compare: 'baseline'
};
const validate_ajv = new ajv.Ajv({ allErrors: true, strict: false, discriminator: true });
const compiled = new WeakMap();
function validator(schema) {
    let v = compiled.get(schema);
    if (!v) {
        v = validate_ajv.compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
/** `10`, `"10%"`, `" 7.5 % "` -> percent number. */
function parsePercent(value) {
    return typeof value === 'number' ? value : Number(value.replace('%', '').trim());
}
function pathToString(parts) {
    let s = '';
    for (const p of parts)
        s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
    return s;
}
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${JSON.stringify(value)} (${typeof value})`;
}
function valueAt(root, parts) {
    let v = root;
    for (const p of parts)
        v = v == null ? undefined : v[p];
    return v;
}
function schemaAt(schema, schemaPath) {
    let s = schema;
    for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
        if (!part)
            continue;
        s = s?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))];
    }
    return s;
}
/** The kind of JSON value an anyOf branch takes (as `typeof` names it), if it says. */
function branchKind(b) {
    const t = b.type;
    if (t === 'integer' || t === 'number')
        return 'number';
    if (typeof t === 'string')
        return t;
    if (b.properties)
        return 'object';
    if (b.items)
        return 'array';
    return undefined;
}
/** Turns ajv errors into user-facing issues (deduplicated, anyOf branches collapsed). */
function toIssues(errors, data, schema, prefix, opts) {
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    const out = [];
    const seen = new Set();
    for (const e of errors) {
        if (e.keyword !== 'anyOf' && anyOfPaths.has(e.instancePath))
            continue;
        const rel = e.instancePath
            .split('/')
            .slice(1)
            .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
        const parts = [...prefix, ...rel];
        const found = valueAt(data, rel);
        let path = pathToString(parts);
        let message;
        switch (e.keyword) {
            case 'required':
                path = pathToString([...parts, e.params.missingProperty]);
                message = `required field is missing. Add \`${e.params.missingProperty}:\`.`;
                break;
            case 'additionalProperties': {
                const key = e.params.additionalProperty;
                const props = Object.keys(schemaAt(schema, e.schemaPath)?.properties ?? {});
                const guess = (0,src_names/* closest */.k)(key, props);
                path = pathToString([...parts, key]);
                message =
                    `unknown field \`${key}\`.` +
                        (guess ? ` Did you mean \`${guess}\`?` : '') +
                        (props.length ? ` Allowed here: ${props.join(', ')}.` : '');
                break;
            }
            case 'type':
                message = `found ${describe(found)}; expected ${e.params.type}.`;
                break;
            case 'enum':
                message = `found ${describe(found)}; expected one of: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}.`;
                break;
            case 'const':
                message = `found ${describe(found)}; expected ${JSON.stringify(e.params.allowedValue)}.`;
                break;
            case 'minimum':
            case 'maximum':
            case 'exclusiveMinimum':
            case 'exclusiveMaximum':
                message = `found ${describe(found)}; must be ${e.params.comparison} ${e.params.limit}.`;
                break;
            case 'pattern': {
                const s = schemaAt(schema, e.schemaPath);
                message = `found ${describe(found)}; expected ${s?.description ?? `text matching ${e.params.pattern}`}.`;
                break;
            }
            case 'minLength':
                message =
                    found === ''
                        ? 'is empty; give a value.'
                        : `found ${describe(found)}; must be at least ${e.params.limit} characters.`;
                break;
            case 'maxLength':
                message = `is ${String(found).length} characters long; at most ${e.params.limit} are allowed.`;
                break;
            case 'minItems':
                message = `is empty; give at least ${e.params.limit === 1 ? 'one entry' : `${e.params.limit} entries`}.`;
                break;
            case 'discriminator': {
                const s = schemaAt(schema, e.schemaPath);
                const allowed = (s?.oneOf ?? [])
                    .map((b) => b.properties?.type?.const)
                    .filter(Boolean);
                const tag = e.params.tag ?? 'type';
                const value = found?.[tag];
                const guess = typeof value === 'string' ? (0,src_names/* closest */.k)(value, allowed) : undefined;
                path = pathToString([...parts, tag]);
                message = `found ${describe(value)}; expected one of: ${allowed.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`;
                break;
            }
            case 'anyOf': {
                const parent = schemaAt(schema, e.schemaPath);
                const branches = parent?.anyOf ?? [];
                const requiredOnly = branches.every((b) => Array.isArray(b.required) && Object.keys(b).length === 1);
                if (branches.length && requiredOnly) {
                    message = `needs one of: ${branches.map((b) => `\`${b.required.join('`, `')}:\``).join(', ')}.`;
                    break;
                }
                // One branch takes this kind of value (a mapping, a list, ...): its own problems say
                // what is wrong ("unknown field `methd`") better than "none of the forms matched".
                const kind = Array.isArray(found) ? 'array' : found === null ? 'null' : typeof found;
                const fits = branches.filter((b) => branchKind(b) === kind);
                if (fits.length === 1) {
                    const v = validator(fits[0]);
                    if (!v(found)) {
                        out.push(...toIssues(v.errors ?? [], found, fits[0], parts, opts));
                        continue;
                    }
                }
                message = `found ${describe(found)}; expected ${parent?.description ?? 'a different value'}.`;
                break;
            }
            default:
                message = `found ${describe(found)}; ${e.message ?? 'is not allowed'}.`;
        }
        const k = path + message;
        if (seen.has(k))
            continue;
        seen.add(k);
        const where = e.keyword === 'additionalProperties'
            ? [...parts, e.params.additionalProperty]
            : parts;
        out.push({ path, line: opts.locate?.(where) ?? opts.locate?.(parts), message });
    }
    // A branch's own errors can come both from ajv and from the branch re-checked above.
    return out.filter((x, i) => out.findIndex((y) => y.path === x.path && y.message === x.message) === i);
}
const FIELDS = {
    printers: ['host', 'port'],
    services: ['host', 'port', 'url'],
    job: ['data', 'service', 'index', 'seed']
};
function namesOf(section) {
    return section && typeof section === 'object' && !Array.isArray(section)
        ? Object.keys(section)
        : [];
}
/**
 * What `run` would only find once printers and services are up: references to a printer or
 * service that is not defined, template variables that cannot exist, and `ready.log` patterns
 * that are no regular expression. Checked here so `validate` and the start of `run` say it
 * with the file, line and field (env variables are looked up at run time; a `:-` default covers
 * a missing one).
 */
function referenceIssues(raw, opts) {
    const issues = [];
    const defined = {
        printers: namesOf(raw.printers),
        services: namesOf(raw.services)
    };
    const add = (parts, message) => {
        issues.push({ path: pathToString(parts), line: opts.locate?.(parts), message });
    };
    const unknownName = (section, name) => {
        const known = defined[section];
        if (known.length === 0)
            return `no ${section} are defined; add a \`${section}:\` section with "${name}".`;
        const guess = (0,src_names/* closest */.k)(name, known);
        return `no ${section.slice(0, -1)} named "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Defined: ${known.join(', ')}.`;
    };
    const checkString = (text, parts, jobAllowed) => {
        for (const m of text.matchAll(template/* TEMPLATE_TOKEN */.Lj)) {
            if (m[1] === undefined)
                continue;
            const [expr, fallback] = m[1].split(':-', 2);
            const name = expr.trim();
            if (!template/* TEMPLATE_PATH */.hp.test(name)) {
                add(parts, `"\${${m[1]}}" is not a template variable: templates are dotted names such as \${services.api.port}, with no expressions. Write $\${ for a literal \${.`);
                continue;
            }
            if (fallback !== undefined)
                continue;
            const [root, entry, field] = name.split('.');
            if (root === 'env')
                continue;
            if (root === 'job' && jobAllowed) {
                if (entry !== undefined && !FIELDS.job.includes(entry))
                    add(parts, `unknown variable "${name}": job has ${FIELDS.job.join(', ')}.`);
                continue;
            }
            if (root === 'printers' || root === 'services') {
                if (entry === undefined)
                    continue;
                if (!defined[root].includes(entry))
                    add(parts, `unknown variable "${name}": ${unknownName(root, entry)}`);
                else if (field !== undefined && !FIELDS[root].includes(field))
                    add(parts, `unknown variable "${name}": ${root}.${entry} has ${FIELDS[root].join(', ')}.`);
                continue;
            }
            const roots = ['env', 'printers', 'services', ...(jobAllowed ? ['job'] : [])];
            const guess = (0,src_names/* closest */.k)(root, roots);
            add(parts, `unknown variable "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Templates can use ${roots.map((r) => (r === 'env' ? 'env.NAME' : r === 'job' ? 'job.data' : `${r}.<name>.${FIELDS[r][1]}`)).join(', ')}.`);
        }
    };
    const walk = (v, parts, jobAllowed) => {
        if (typeof v === 'string')
            checkString(v, parts, jobAllowed);
        else if (Array.isArray(v))
            v.forEach((x, i) => walk(x, [...parts, i], jobAllowed));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                walk(x, [...parts, k], jobAllowed);
    };
    for (const section of ['printers', 'services']) {
        const entries = raw[section];
        if (entries && typeof entries === 'object')
            walk(entries, [section], false);
    }
    const services = (raw.services ?? {});
    for (const [name, def] of Object.entries(services)) {
        const log = def?.ready?.log;
        if (typeof log !== 'string')
            continue;
        try {
            new RegExp(log);
        }
        catch (err) {
            add(['services', name, 'ready', 'log'], `not a valid regular expression (${err.message.replace(/^Invalid regular expression: /, '')}). Escape characters such as ( ) [ ] . * with a backslash to match them literally.`);
        }
    }
    const workloads = Array.isArray(raw.workloads) ? raw.workloads : [];
    // `latency.*` names are fixed for the built-in kinds, so a typo there is caught before running
    // (other names are checked against what the workload reports, when compared).
    const latencyNames = (kind) => kind === 'command' || kind === 'printer'
        ? [...metrics/* LATENCY_METRICS */.Z$]
        : kind === 'service'
            ? [...metrics/* LATENCY_METRICS */.Z$, ...SUSTAINED_LATENCY_METRICS]
            : undefined;
    /** `entries`: [key under `parts`, metric name] (list index for `gate`, the name for `thresholds`). */
    const checkMetricNames = (entries, parts, known) => {
        for (const [key, name] of entries) {
            if (!name.startsWith('latency.') || known.includes(name))
                continue;
            const guess = (0,src_names/* closest */.k)(name, known);
            add([...parts, key], `no metric "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Latency metrics: ${known.join(', ')}.`);
        }
    };
    workloads.forEach((w, i) => {
        if (!w || typeof w !== 'object')
            return;
        const def = w;
        const known = latencyNames(def.kind);
        if (known) {
            if (Array.isArray(def.gate))
                checkMetricNames(def.gate.map((m, j) => [j, String(m)]), ['workloads', i, 'gate'], known);
            if (def.thresholds && typeof def.thresholds === 'object')
                checkMetricNames(Object.keys(def.thresholds).map((m) => [m, m]), ['workloads', i, 'thresholds'], known);
        }
        if (def.kind === 'service' &&
            typeof def.service === 'string' &&
            !defined.services.includes(def.service))
            add(['workloads', i, 'service'], unknownName('services', def.service));
        if (def.kind === 'printer' &&
            typeof def.printer === 'string' &&
            !defined.printers.includes(def.printer))
            add(['workloads', i, 'printer'], unknownName('printers', def.printer));
        walk(def, ['workloads', i], def.kind === 'service');
    });
    return issues;
}
/**
 * Validates parsed config data and returns it with defaults applied.
 * @throws ConfigError listing every problem found (not just the first).
 */
function validateConfig(data, opts) {
    const kinds = { ...builtinKindSchemas, ...(opts.registry?.kinds ?? {}) };
    const issues = [];
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new ConfigError(opts.file, [
            {
                path: '',
                message: `found ${describe(data)}; expected a mapping with at least \`workloads:\`.`
            }
        ]);
    }
    const top = validator(topLevelSchema);
    if (!top(data))
        issues.push(...toIssues(top.errors ?? [], data, topLevelSchema, [], opts));
    const raw = data;
    const workloads = Array.isArray(raw.workloads) ? raw.workloads : [];
    const names = new Map();
    workloads.forEach((w, i) => {
        if (!w || typeof w !== 'object')
            return;
        const kind = w.kind;
        if (typeof kind === 'string') {
            const schema = kinds[kind];
            if (!schema) {
                const guess = (0,src_names/* closest */.k)(kind, Object.keys(kinds));
                issues.push({
                    path: `workloads[${i}].kind`,
                    line: opts.locate?.(['workloads', i, 'kind']),
                    message: `unknown kind ${JSON.stringify(kind)}.${guess ? ` Did you mean "${guess}"?` : ''} Allowed: ${Object.keys(kinds).join(', ')}.`
                });
            }
            else {
                const v = validator(schema);
                if (!v(w))
                    issues.push(...toIssues(v.errors ?? [], w, schema, ['workloads', i], opts));
            }
        }
        if (typeof w.name === 'string') {
            if (names.has(w.name)) {
                issues.push({
                    path: `workloads[${i}].name`,
                    line: opts.locate?.(['workloads', i, 'name']),
                    message: `duplicate workload name ${JSON.stringify(w.name)} (also workloads[${names.get(w.name)}]). Names must be unique: they name the baseline files.`
                });
            }
            else
                names.set(w.name, i);
        }
        const budgets = Array.isArray(w.budgets) ? w.budgets : [];
        budgets.forEach((b, j) => {
            const err = typeof b === 'string' ? opts.checkBudget?.(b) : undefined;
            if (err)
                issues.push({
                    path: `workloads[${i}].budgets[${j}]`,
                    line: opts.locate?.(['workloads', i, 'budgets', j]),
                    message: err
                });
        });
    });
    for (const [section, schema] of [
        ['printers', opts.registry?.printer],
        ['services', opts.registry?.service]
    ]) {
        const entries = raw[section];
        if (!schema || !entries || typeof entries !== 'object')
            continue;
        const v = validator(schema);
        for (const [name, def] of Object.entries(entries)) {
            if (!v(def))
                issues.push(...toIssues(v.errors ?? [], def, schema, [section, name], opts));
        }
    }
    const d = (raw.defaults ?? {});
    for (const [j, b] of (Array.isArray(d.budgets) ? d.budgets : []).entries()) {
        const err = typeof b === 'string' ? opts.checkBudget?.(b) : undefined;
        if (err)
            issues.push({
                path: `defaults.budgets[${j}]`,
                line: opts.locate?.(['defaults', 'budgets', j]),
                message: err
            });
    }
    // The sequential window must contain the nominal pair count (10 unless `pairs` says otherwise).
    const nominal = typeof d.pairs === 'number' ? d.pairs : 10;
    if (typeof d['min-pairs'] === 'number' && d['min-pairs'] > nominal) {
        issues.push({
            path: 'defaults.min-pairs',
            line: opts.locate?.(['defaults', 'min-pairs']),
            message: `min-pairs ${d['min-pairs']} is more than pairs ${nominal}${typeof d.pairs === 'number' ? '' : ' (the default)'}; set min-pairs <= pairs <= max-pairs.`
        });
    }
    if (typeof d['max-pairs'] === 'number' && d['max-pairs'] < nominal) {
        issues.push({
            path: 'defaults.max-pairs',
            line: opts.locate?.(['defaults', 'max-pairs']),
            message: `max-pairs ${d['max-pairs']} is less than pairs ${nominal}${typeof d.pairs === 'number' ? '' : ' (the default)'}; set min-pairs <= pairs <= max-pairs.`
        });
    }
    if (issues.length === 0)
        issues.push(...referenceIssues(raw, opts));
    // One problem can surface twice (the kind's schema and the common keys both require `name`).
    const unique = issues.filter((x, i) => issues.findIndex((y) => y.path === x.path && y.message === x.message) === i);
    if (unique.length)
        throw new ConfigError(opts.file, unique);
    const thresholds = {};
    for (const [k, v] of Object.entries((d.thresholds ?? {})))
        thresholds[k] = parsePercent(v);
    const defaults = {
        ...DEFAULTS,
        ...d,
        threshold: d.threshold !== undefined ? parsePercent(d.threshold) : DEFAULTS.threshold,
        thresholds,
        budgets: d.budgets ?? [],
        baseRef: d['base-ref'],
        minPairs: d['min-pairs'],
        maxPairs: d['max-pairs']
    };
    for (const k of ['base-ref', 'min-pairs', 'max-pairs'])
        delete defaults[k];
    return {
        version: 1,
        defaults,
        printers: (raw.printers ?? {}),
        services: (raw.services ?? {}),
        workloads: workloads
    };
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony export readJsonFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Small filesystem helpers shared by the shell modules. */



/**
 * Writes a file atomically: a temp file in the same directory, then rename. A crash or a full
 * disk leaves the old file intact, never a half-written one.
 */
async function writeFileAtomic(file, content) {
    // A rename would replace what is there: a device (`--output /dev/null`), a FIFO or a symlink
    // would become a regular file. Those are written through; a symlink's target is replaced.
    let existing;
    try {
        existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    }
    catch {
        existing = undefined;
    }
    if (existing?.isDirectory())
        throw new InputError(`${file} is a directory; give a file path (e.g. ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(file, 'out.json')}).`);
    if (existing && !existing.isFile()) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, content);
        return;
    }
    if (existing)
        file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, content);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
}
/** A user-facing input problem (exit code 2 in the CLI): the message is shown as-is. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/** Reads a text file, turning every failure into an InputError naming the file. */
async function readTextFile(file, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new InputError(code === 'ENOENT'
            ? `${file}: ${what} not found.`
            : `${file}: cannot read ${what}: ${err.message}`);
    }
}
/** Reads and parses a JSON file, turning every failure into an InputError naming the file. */
async function readJsonFile(file, what) {
    const text = await readTextFile(file, what);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new InputError(`${file}: ${what} is not valid JSON (${err.message}).`);
    }
}


/***/ }),

/***/ 5670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ buildWorkloadResult),
/* harmony export */   Z$: () => (/* binding */ LATENCY_METRICS)
/* harmony export */ });
/* unused harmony exports DEFAULT_GATE, mergeChecks */
/* harmony import */ var _stats_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2303);
/**
 * From what a workload's repetitions produced to the metrics of a results file. Pure.
 *
 * Every metric has one value per repetition; its run-level value is the median over the
 * repetitions (robust to one disturbed repetition).
 */

/** Metrics gated by default when the config says nothing, by workload kind. */
const DEFAULT_GATE = {
    command: ['latency.p50'],
    import: [],
    printer: ['latency.p50', 'latency.p95', 'throughput'],
    service: ['latency.p50', 'latency.p95', 'throughput']
};
const LATENCY_KEYS = [
    ['latency.mean', 'mean'],
    ['latency.p50', 'p50'],
    ['latency.p90', 'p90'],
    ['latency.p95', 'p95'],
    ['latency.p99', 'p99'],
    ['latency.max', 'max']
];
/** The latency metrics every command, printer and service workload reports. */
const LATENCY_METRICS = LATENCY_KEYS.map(([name]) => name);
/** Builds a workload result from its measured repetitions. */
function buildWorkloadResult(input) {
    const { outputs } = input;
    const reps = [];
    const perRep = [];
    const pooledSamples = [];
    let allHaveSamples = outputs.length > 0;
    outputs.forEach((o, index) => {
        const latency = o.latencySummary ?? (o.latencies ? (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .e)(o.latencies) : null);
        if (o.latencies)
            for (const v of o.latencies)
                pooledSamples.push(v);
        else
            allHaveSamples = false;
        const errorCount = Object.values(o.errors).reduce((a, b) => a + b, 0);
        reps.push({ index, durationMs: o.durationMs, latency, errors: errorCount });
        const m = {};
        if (latency) {
            for (const [key, field] of LATENCY_KEYS)
                m[key] = { value: latency[field], unit: 'ms', direction: 'smaller' };
            m.throughput = {
                value: o.durationMs > 0 ? (o.ok / o.durationMs) * 1000 : 0,
                unit: '/s',
                direction: 'bigger'
            };
        }
        m.errors = { value: errorCount, unit: 'count', direction: 'smaller', gate: false };
        const total = o.ok + errorCount;
        if (total > 0)
            m['errors.rate'] = {
                value: (errorCount / total) * 100,
                unit: '%',
                direction: 'smaller',
                gate: false
            };
        for (const [k, x] of Object.entries(o.metrics ?? {}))
            m[k] = x;
        perRep.push(m);
    });
    const names = new Set(perRep.flatMap((m) => Object.keys(m)));
    const gate = input.gate ?? (input.kind === 'import' ? undefined : DEFAULT_GATE[input.kind]);
    const metrics = {};
    for (const name of names) {
        const first = perRep.find((m) => m[name])[name];
        const values = perRep.map((m) => m[name]?.value ?? NaN);
        const finite = values.filter((v) => Number.isFinite(v));
        const gated = first.gate !== false && (gate ? gate.includes(name) : true);
        metrics[name] = {
            unit: first.unit,
            direction: first.direction,
            value: finite.length ? (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .J)(finite) : NaN,
            repetitions: values,
            ...(gated ? {} : { gate: false })
        };
    }
    const checks = mergeChecks(outputs.flatMap((o) => o.checks ?? []));
    const details = {};
    outputs.forEach((o) => Object.assign(details, o.details ?? {}));
    const errorsByKind = {};
    for (const o of outputs)
        for (const [k, v] of Object.entries(o.errors))
            errorsByKind[k] = (errorsByKind[k] ?? 0) + v;
    if (Object.keys(errorsByKind).length)
        details.errorsByKind = errorsByKind;
    return {
        name: input.name,
        kind: input.kind,
        status: input.error ? 'error' : checks.some((c) => !c.passed) ? 'failed' : 'ok',
        ...(input.error ? { error: input.error } : {}),
        definitionHash: input.definitionHash,
        repetitions: reps,
        pooled: allHaveSamples ? (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .e)(pooledSamples) : null,
        metrics,
        checks,
        ...(Object.keys(details).length ? { details } : {})
    };
}
/** One entry per check name: it passes only if it passed in every repetition. */
function mergeChecks(checks) {
    const byName = new Map();
    for (const c of checks) {
        const prev = byName.get(c.name);
        if (!prev || (prev.passed && !c.passed))
            byName.set(c.name, c);
    }
    return [...byName.values()];
}


/***/ }),

/***/ 6455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ splitNames),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var leven__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7785);
/** "Did you mean …?" for user-written names (config keys, metric names). Pure. */

/**
 * Workload names from a list the user typed (`--only`, the `workloads` input): one per line or
 * separated by commas, except that a whole line that is the name of a workload stays one name,
 * so names with commas can be selected. Pure.
 */
function splitNames(text, known) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .flatMap((line) => (known.includes(line) ? [line] : line.split(',').map((s) => s.trim())))
        .filter(Boolean);
}
/**
 * The option closest to `word` (case-insensitive edit distance), when it is close enough to be a
 * likely typo: at most 2 edits, or a third of the word for long names.
 */
function closest(word, options) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    let bestD = limit + 1;
    for (const o of options) {
        const d = (0,leven__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(word.toLowerCase(), o.toLowerCase());
        if (d < bestD)
            [best, bestD] = [o, d];
    }
    return best;
}


/***/ }),

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ policyFromConfig)
/* harmony export */ });
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3032);

/** The compare policy for a config (or the defaults when there is no config). */
function policyFromConfig(config, overrides = {}) {
    const d = config?.defaults;
    const defaultThreshold = overrides.threshold ?? (overrides.paired ? 5 : (d?.threshold ?? 10));
    const workloads = {};
    for (const w of config?.workloads ?? []) {
        const thresholds = {};
        if (overrides.threshold === undefined) {
            for (const [k, v] of Object.entries(d?.thresholds ?? {}))
                thresholds[k] = v;
            for (const [k, v] of Object.entries(w.thresholds ?? {}))
                thresholds[k] = (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePercent */ .lo)(v);
        }
        workloads[w.name] = {
            ...(overrides.threshold === undefined && w.threshold !== undefined
                ? { threshold: (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePercent */ .lo)(w.threshold) }
                : {}),
            thresholds,
            budgets: w.budgets ?? [],
            ...((w.gate ?? d?.gate) ? { gate: w.gate ?? d?.gate } : {}),
            named: [
                ...(w.gate
                    ? w.gate.map((metric) => ({ field: 'gate', metric }))
                    : (d?.gate ?? []).map((metric) => ({ field: 'defaults.gate', metric }))),
                ...Object.keys(w.thresholds ?? {}).map((metric) => ({ field: 'thresholds', metric })),
                ...Object.keys(d?.thresholds ?? {})
                    .filter((k) => !Object.hasOwn(w.thresholds ?? {}, k))
                    .map((metric) => ({ field: 'defaults.thresholds', metric }))
            ]
        };
    }
    return {
        defaultThreshold,
        workloads,
        budgets: d?.budgets ?? [],
        historyLimit: d?.history ?? 30
    };
}


/***/ }),

/***/ 6248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ COMMAND_TYPES),
/* harmony export */   f: () => (/* binding */ KANJI_ENCODINGS)
/* harmony export */ });
/**
 * The ESC/POS command log model: what the streaming parser emits for each command it recognises.
 *
 * Every entry carries `type` (what users count and order in expectations) and `offset` (byte
 * offset of the command's first byte in its connection's stream). The virtual printer adds the
 * connection id and a timestamp when it logs an entry (see `LoggedCommand`).
 */
/** Every command type, for schemas and docs. */
const COMMAND_TYPES = [
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
];
/** Double-byte character sets for Kanji mode (iconv-lite names; the parser's `kanjiEncoding`). */
const KANJI_ENCODINGS = ['gb18030', 'shift_jis', 'big5', 'euc-kr'];


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Mi: () => (/* binding */ sig),
/* harmony export */   Og: () => (/* binding */ escapeCodeBlock)
/* harmony export */ });
/** Number and text formatting for reports. Pure. Rounding happens here and nowhere else. */
/** Three significant digits, no exponent for everyday magnitudes. */
function sig(value, digits = 3) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    if (abs >= 10 ** digits)
        return Math.round(value).toLocaleString('en-US');
    return Number(value.toPrecision(digits)).toString();
}
/** A value with its unit, scaled to a readable magnitude (ms -> µs/s, B -> KB/MB). */
function formatValue(value, unit) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '—';
    switch (unit) {
        case 'ms':
            if (Math.abs(value) >= 1000)
                return `${sig(value / 1000)} s`;
            if (Math.abs(value) < 1 && value !== 0)
                return `${sig(value * 1000)} µs`;
            return `${sig(value)} ms`;
        case 'us':
        case 'µs':
            return Math.abs(value) >= 1000 ? formatValue(value / 1000, 'ms') : `${sig(value)} µs`;
        case 's':
            return formatValue(value * 1000, 'ms');
        case 'B':
        case 'bytes': {
            const abs = Math.abs(value);
            if (abs >= 2 ** 30)
                return `${sig(value / 2 ** 30)} GiB`;
            if (abs >= 2 ** 20)
                return `${sig(value / 2 ** 20)} MiB`;
            if (abs >= 2 ** 10)
                return `${sig(value / 2 ** 10)} KiB`;
            return `${sig(value)} B`;
        }
        case '%':
            return `${sig(value)}%`;
        case '/s':
            return `${sig(value)}/s`;
        case 'count':
        case '':
            return sig(value);
        default:
            return `${sig(value)} ${escapeMarkdown(unit)}`;
    }
}
/** "1 workload", "3 workloads". */
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** A signed percentage, e.g. "+12.3%". */
function formatDelta(pct) {
    if (pct === null || pct === undefined || !Number.isFinite(pct))
        return '—';
    const s = Math.abs(pct) >= 100 ? Math.round(pct).toString() : pct.toFixed(1);
    return `${pct > 0 ? '+' : ''}${s}%`;
}
/**
 * Escapes text from users (workload and metric names, error output) for markdown tables: no
 * markdown, no HTML, no @-mentions or #-references can be injected through a name.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~-])/g, '\\$1')
        .replace(/@/g, '@\u200b');
}
/** Escapes text placed inside a fenced code block (no fence can be closed early). */
function escapeCodeBlock(text) {
    return text.replace(/```/g, "'''").replace(/@/g, '@\u200b');
}


/***/ }),

/***/ 6122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ convertToolOutput),
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   XI: () => (/* binding */ detectJsonFormat),
/* harmony export */   YG: () => (/* binding */ detectTextFormat),
/* harmony export */   pP: () => (/* binding */ IMPORT_FORMATS)
/* harmony export */ });
const IMPORT_FORMATS = [
    'auto',
    'samples',
    'hyperfine',
    'pytest-benchmark',
    'google-benchmark',
    'go',
    'benchmarkjs',
    'bencher',
    'custom-smaller',
    'custom-bigger'
];
/** A file that does not hold what its format promises; the message says what was found. */
class FormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FormatError';
    }
}
/** Collects metrics in first-seen order; each `add` is one run's samples of one metric. */
class Collector {
    byName = new Map();
    add(name, unit, direction, samples) {
        const finite = samples.filter((v) => Number.isFinite(v));
        if (finite.length === 0)
            return;
        let b = this.byName.get(name);
        if (!b) {
            b = { name, unit, direction, runs: [] };
            this.byName.set(name, b);
        }
        else if (b.unit !== unit) {
            throw new FormatError(`"${name}" is reported in ${b.unit} and in ${unit}; a metric keeps one unit.`);
        }
        b.runs.push(finite);
    }
    result(what) {
        if (this.byName.size === 0)
            throw new FormatError(`no ${what} results found.`);
        return {
            benchmarks: [...this.byName.values()].map((b) => b.runs.length === 1
                ? { name: b.name, unit: b.unit, direction: b.direction, samples: b.runs[0] }
                : b)
        };
    }
}
function isObject(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
function num(v) {
    return typeof v === 'number' ? v : Number.NaN;
}
/** Numbers as tools print them: "1,234.5", "1_234". */
function parseNumber(s) {
    return Number(s.replace(/[,_]/g, ''));
}
/** `name`, then `name #2`, `name #3` for repeats within one file (kept apart, never merged). */
function uniqueNamer() {
    const seen = new Map();
    return (name) => {
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        return n === 1 ? name : `${name} #${n}`;
    };
}
// ---------------------------------------------------------------- hyperfine --export-json
function fromHyperfine(data) {
    const results = isObject(data) ? data.results : undefined;
    if (!Array.isArray(results))
        throw new FormatError('expected {"results": [...]} (hyperfine --export-json).');
    const out = new Collector();
    const unique = uniqueNamer();
    for (const r of results) {
        if (!isObject(r) || typeof r.command !== 'string') {
            throw new FormatError('a hyperfine result without "command".');
        }
        // hyperfine reports seconds; milliseconds read better for commands and keep one unit.
        const times = Array.isArray(r.times) ? r.times.map(num) : [num(r.median ?? r.mean)];
        out.add(unique(r.command), 'ms', 'smaller', times.map((t) => t * 1000));
    }
    return out.result('hyperfine');
}
// ---------------------------------------------------------------- pytest-benchmark --benchmark-json
function fromPytestBenchmark(data) {
    const list = isObject(data) ? data.benchmarks : undefined;
    if (!Array.isArray(list))
        throw new FormatError('expected {"benchmarks": [...]} (pytest --benchmark-json).');
    const out = new Collector();
    const unique = uniqueNamer();
    for (const b of list) {
        if (!isObject(b) || !isObject(b.stats))
            throw new FormatError('a pytest-benchmark entry without "stats".');
        const name = typeof b.fullname === 'string' ? b.fullname : String(b.name);
        const raw = Array.isArray(b.stats.data) ? b.stats.data.map(num) : [num(b.stats.median)];
        // Seconds per call; microseconds keep typical Python benchmarks readable and the unit fixed.
        out.add(unique(name), 'µs', 'smaller', raw.map((s) => s * 1e6));
    }
    return out.result('pytest-benchmark');
}
// ---------------------------------------------------------------- Google Benchmark JSON
function fromGoogleBenchmark(data) {
    const list = isObject(data) ? data.benchmarks : undefined;
    if (!Array.isArray(list))
        throw new FormatError('expected {"context": …, "benchmarks": [...]} (--benchmark_format=json).');
    const iterations = new Map();
    const aggregates = new Map();
    for (const b of list) {
        if (!isObject(b))
            continue;
        const name = String(b.run_name ?? b.name);
        if (b.error_occurred === true) {
            throw new FormatError(`benchmark "${name}" failed: ${String(b.error_message ?? 'error_occurred')}; fix it or skip it.`);
        }
        if (b.run_type === 'aggregate') {
            const kinds = aggregates.get(name) ?? new Map();
            kinds.set(String(b.aggregate_name), b);
            aggregates.set(name, kinds);
        }
        else {
            iterations.set(name, [...(iterations.get(name) ?? []), b]);
        }
    }
    const out = new Collector();
    const names = new Set([...iterations.keys(), ...aggregates.keys()]);
    for (const name of names) {
        // Each repetition is a run. With --benchmark_report_aggregates_only only the aggregates are
        // there: the median (else the mean) then stands for one run.
        const its = iterations.get(name);
        const agg = aggregates.get(name);
        const runs = its?.length ? its : [agg?.get('median') ?? agg?.get('mean')].filter(isObject);
        for (const r of runs) {
            out.add(name, String(r.time_unit ?? 'ns'), 'smaller', [num(r.real_time)]);
            if (typeof r.bytes_per_second === 'number')
                out.add(`${name} bytes/s`, 'B/s', 'bigger', [r.bytes_per_second]);
            if (typeof r.items_per_second === 'number')
                out.add(`${name} items/s`, 'items/s', 'bigger', [r.items_per_second]);
        }
    }
    return out.result('Google Benchmark');
}
// ---------------------------------------------------------------- go test -bench (text or -json)
const GO_LINE = /^(Benchmark\S*)\s+(\d+)\s+(\S+\s+\S+(?:\s+\S+\s+\S+)*)\s*$/;
/**
 * `go test -json` wraps the text in events: the benchmark lines are the `Output` fields in order
 * (a result can arrive in two events). Lines that are not events are kept as text.
 */
function goText(text) {
    let joined = '';
    for (const line of text.split('\n')) {
        let ev;
        if (line.startsWith('{')) {
            try {
                ev = JSON.parse(line);
            }
            catch {
                ev = undefined;
            }
        }
        joined += isObject(ev) && typeof ev.Output === 'string' ? ev.Output : `${line}\n`;
    }
    return joined;
}
function fromGo(text) {
    const rows = [];
    for (const line of goText(text).split(/\r?\n/)) {
        const m = GO_LINE.exec(line.trim());
        if (!m)
            continue;
        const fields = m[3].trim().split(/\s+/);
        const pairs = [];
        for (let i = 0; i + 1 < fields.length; i += 2)
            pairs.push([parseNumber(fields[i]), fields[i + 1]]);
        if (pairs.some(([v]) => Number.isNaN(v)))
            continue;
        rows.push({ name: m[1], pairs });
    }
    // The "-8" suffix is GOMAXPROCS: dropped so that a runner with other cores still matches its
    // baseline. Only when every line carries the same one: with GOMAXPROCS=1 there is none (and a
    // sub-benchmark's own "-64" must stay), and `go test -cpu 1,2,4` runs one benchmark at several.
    const suffixes = new Set(rows.map((r) => /-\d+$/.exec(r.name)?.[0] ?? ''));
    const common = suffixes.size === 1 ? [...suffixes][0] : '';
    const out = new Collector();
    for (const r of rows) {
        const name = common ? r.name.slice(0, -common.length) : r.name;
        for (const [value, unit] of r.pairs) {
            const direction = /\/s$/.test(unit) ? 'bigger' : 'smaller';
            out.add(unit === 'ns/op' ? name : `${name} ${unit}`, unit, direction, [value]);
        }
    }
    return out.result('`go test -bench`');
}
// ---------------------------------------------------------------- benchmark.js console output
const BENCHMARKJS_LINE = /^(.+?) x ([\d,.]+) ops\/sec (?:±|\+\/-)\s*([\d.]+)% \((\d+) runs? sampled\)/;
function fromBenchmarkjs(text) {
    const out = new Collector();
    const unique = uniqueNamer();
    for (const line of text.split(/\r?\n/)) {
        const m = BENCHMARKJS_LINE.exec(line.trim());
        if (m)
            out.add(unique(m[1]), 'ops/s', 'bigger', [parseNumber(m[2])]);
    }
    return out.result('benchmark.js');
}
// ---------------------------------------------------------------- libtest / criterion "bencher"
const BENCHER_LINE = /^test (\S+)\s+\.\.\. bench:\s+([\d,._]+) ns\/iter(?: \(\+\/- ([\d,._]+)\))?/;
function fromBencher(text) {
    const out = new Collector();
    for (const line of text.split(/\r?\n/)) {
        const m = BENCHER_LINE.exec(line.trim());
        if (m)
            out.add(m[1], 'ns', 'smaller', [parseNumber(m[2])]);
    }
    return out.result('bencher (`cargo bench`)');
}
// ---------------------------------------------------------------- github-action-benchmark custom JSON
function fromCustom(data, direction) {
    if (!Array.isArray(data)) {
        throw new FormatError('expected [{"name": …, "unit": …, "value": …}, …] (github-action-benchmark custom JSON).');
    }
    const out = new Collector();
    for (const e of data) {
        if (!isObject(e) || typeof e.name !== 'string' || typeof e.value !== 'number') {
            throw new FormatError('each entry needs "name" (a string) and "value" (a number).');
        }
        out.add(e.name, typeof e.unit === 'string' ? e.unit : '', direction, [e.value]);
    }
    return out.result('custom');
}
// ---------------------------------------------------------------- detection
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
    }
    catch (err) {
        return { ok: false, error: err.message };
    }
}
function firstOf(list) {
    return Array.isArray(list) ? list.find(isObject) : undefined;
}
/** The tool format of parsed JSON, or undefined (not told apart: github-action-benchmark's custom JSON). */
function detectJsonFormat(d) {
    if (!isObject(d))
        return undefined;
    const b = firstOf(d.benchmarks);
    if (b && ('samples' in b || 'runs' in b))
        return 'samples';
    if (b && isObject(b.stats))
        return 'pytest-benchmark';
    if (b && ('real_time' in b || 'run_type' in b || 'aggregate_name' in b))
        return 'google-benchmark';
    const r = firstOf(d.results);
    if (r && typeof r.command === 'string' && ('times' in r || 'mean' in r))
        return 'hyperfine';
    if (Array.isArray(d.benchmarks) && d.benchmarks.length === 0 && isObject(d.context))
        return 'google-benchmark';
    return undefined;
}
/** The format of text that is not JSON (a tool's line output), or undefined. */
function detectTextFormat(text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{"') && /"Action"\s*:/.test(trimmed.slice(0, 400)))
        return 'go';
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    if (lines.some((l) => GO_LINE.test(l)))
        return 'go';
    if (lines.some((l) => BENCHMARKJS_LINE.test(l)))
        return 'benchmarkjs';
    if (lines.some((l) => BENCHER_LINE.test(l)))
        return 'bencher';
    return undefined;
}
/**
 * Tells the format from the content, or undefined. github-action-benchmark's custom JSON is not
 * told apart: it does not say which direction is better.
 */
function detectFormat(text) {
    const json = parseJson(text);
    return json.ok ? detectJsonFormat(json.value) : detectTextFormat(text);
}
const KNOWN = 'samples, hyperfine, pytest-benchmark, google-benchmark, go, benchmarkjs, bencher, custom-smaller, custom-bigger';
/**
 * Converts a tool's output into the samples format.
 * @throws FormatError saying what is wrong (the caller adds the file name).
 */
function convertToolOutput(text, format = 'auto') {
    let f = format;
    if (f === 'auto') {
        f = detectFormat(text);
        if (!f) {
            const json = parseJson(text);
            const start = text.replace(/^\uFEFF/, '').trimStart()[0];
            throw new FormatError(json.ok && Array.isArray(json.value)
                ? 'looks like github-action-benchmark custom JSON, which does not say whether smaller or bigger is better: set `format: custom-smaller` or `format: custom-bigger`.'
                : !json.ok && (start === '{' || start === '[')
                    ? // Every JSON format starts so; a tool killed mid-write leaves such a file.
                        `starts as JSON but is not valid JSON (${json.error}); was it cut short? Run the tool again to the end.`
                    : `could not tell which tool wrote it; set \`format:\` to one of ${KNOWN}, or write the samples format.`);
        }
    }
    const needJson = () => {
        const json = parseJson(text);
        if (!json.ok)
            throw new FormatError(`not valid JSON, which the ${f} format is.`);
        return json.value;
    };
    switch (f) {
        case 'samples':
            return needJson();
        case 'hyperfine':
            return fromHyperfine(needJson());
        case 'pytest-benchmark':
            return fromPytestBenchmark(needJson());
        case 'google-benchmark':
            return fromGoogleBenchmark(needJson());
        case 'custom-smaller':
            return fromCustom(needJson(), 'smaller');
        case 'custom-bigger':
            return fromCustom(needJson(), 'bigger');
        case 'go':
            return fromGo(text);
        case 'benchmarkjs':
            return fromBenchmarkjs(text);
        case 'bencher':
            return fromBencher(text);
    }
}


/***/ }),

/***/ 5480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   KB: () => (/* binding */ writeResults),
/* harmony export */   VI: () => (/* binding */ newResults),
/* harmony export */   mF: () => (/* binding */ readImportFile),
/* harmony export */   x8: () => (/* binding */ readResults)
/* harmony export */ });
/* unused harmony export collectEnvironment */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9148);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6303);
/* harmony import */ var _samples_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4477);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6122);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
/** Reading and writing results files; the samples import format is accepted wherever results are. */









const ajv = new ajv__WEBPACK_IMPORTED_MODULE_7__.Ajv({ allErrors: false, strict: false });
const checkResults = ajv.compile(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsSchema */ .sy);
const checkSamples = ajv.compile(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .samplesSchema */ .$4);
function firstError(errors) {
    const e = errors?.[0];
    if (!e)
        return 'unknown problem';
    return `${e.instancePath || '(top level)'} ${e.message ?? ''}`.trim();
}
/** Stable hash used for definitions and fingerprints (12 hex chars). */
function shortHash(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}
/** Describes this machine. Same fingerprint = same machine kind (OS, arch, CPU, cores, memory). */
function collectEnvironment(env = process.env) {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_1___default().cpus();
    const cpuModel = (cpus[0]?.model ?? 'unknown').trim();
    const memGiB = Math.round(node_os__WEBPACK_IMPORTED_MODULE_1___default().totalmem() / 2 ** 30);
    const base = {
        os: `${node_os__WEBPACK_IMPORTED_MODULE_1___default().type()} ${node_os__WEBPACK_IMPORTED_MODULE_1___default().release()}`,
        arch: node_os__WEBPACK_IMPORTED_MODULE_1___default().arch(),
        cpuModel,
        cores: cpus.length,
        memoryBytes: node_os__WEBPACK_IMPORTED_MODULE_1___default().totalmem(),
        node: process.version,
        runner: env.RUNNER_NAME ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname()
    };
    return { ...base, fingerprint: shortHash([node_os__WEBPACK_IMPORTED_MODULE_1___default().type(), base.arch, cpuModel, base.cores, memGiB]) };
}
/** Creates an empty results object for this machine and commit. */
function newResults(meta = {}) {
    return {
        schemaVersion: 1,
        tool: { name: 'perf-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x },
        createdAt: new Date().toISOString(),
        ...(meta.commit ? { commit: meta.commit } : {}),
        ...(meta.ref ? { ref: meta.ref } : {}),
        environment: collectEnvironment(),
        workloads: []
    };
}
const SAMPLES_SHAPE = '{"benchmarks":[{"name":"…","unit":"ms","direction":"smaller","samples":[…]}]} (or "runs": [[…],[…]] instead of "samples")';
/** Validates samples-format data; the error names the file, the field and the expected shape. */
function checkedSamples(file, data, converted) {
    // JSON has no Infinity, but 1e999 parses to it; a baseline would store it as null.
    const list = data?.benchmarks;
    const values = (b) => [
        ...(Array.isArray(b?.samples) ? b.samples : []),
        ...(Array.isArray(b?.runs) ? b.runs.flatMap((r) => (Array.isArray(r) ? r : [])) : [])
    ];
    const bad = Array.isArray(list)
        ? list.find((b) => values(b).some((v) => typeof v === 'number' && !Number.isFinite(v)))
        : undefined;
    if (bad)
        throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: benchmark "${bad.name}" has a value too large to be a number (such as 1e999); give finite numbers.`);
    if (!checkSamples(data)) {
        throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(converted
            ? `${file}: the ${converted} results did not convert: ${firstError(checkSamples.errors)}.`
            : `${file}: not a valid samples file: ${firstError(checkSamples.errors)}. Expected ${SAMPLES_SHAPE}.`);
    }
    const samples = data;
    // A later benchmark of the same name would silently replace the earlier one's figures.
    const first = new Map();
    for (const [i, b] of samples.benchmarks.entries()) {
        const j = first.get(b.name);
        if (j === undefined) {
            first.set(b.name, i);
            continue;
        }
        throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: benchmark "${b.name}" appears twice (benchmarks[${j}] and benchmarks[${i}])${converted ? ` in the ${converted} results` : ''}; one would silently replace the other. ` +
            (converted
                ? 'Give the two benchmarks different names in the tool (hyperfine: --command-name), or split them into two files.'
                : 'Give each benchmark its own name, or put repeated measurements of one benchmark in its "runs": [[…],[…]].'));
    }
    return samples;
}
/**
 * Reads another tool's results (or the samples format) as samples: `format` names the tool, `auto`
 * tells it from the content (src/results/formats.ts).
 * @throws InputError naming the file, the format and the fix.
 */
async function readImportFile(file, format = 'auto', what = 'results file') {
    return samplesFromText(file, await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(file, what), format);
}
function samplesFromText(file, text, format) {
    // Told once here; `auto` is passed on only when nothing was recognised (for its message).
    const used = format === 'auto' ? (0,_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectFormat */ .Tz)(text) : format;
    const tool = used && used !== 'samples' ? used : undefined;
    let data;
    try {
        data = (0,_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .convertToolOutput */ .BL)(text, used ?? 'auto');
    }
    catch (err) {
        if (!(err instanceof _formats_js__WEBPACK_IMPORTED_MODULE_6__/* .FormatError */ .IF))
            throw err;
        throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: ${tool ? `${tool} format: ` : ''}${err.message}`);
    }
    return checkedSamples(file, data, tool);
}
/**
 * Reads a perf-gate results file, a generic samples file, or another tool's results (see
 * `readImportFile`); the last two become one workload named by the samples' `name` field or,
 * failing that, the file's base name.
 * @throws InputError naming the file and what is wrong.
 */
async function readResults(file) {
    const text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(file, 'results file');
    let data;
    let tool;
    try {
        data = JSON.parse(text);
        tool = (0,_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectJsonFormat */ .XI)(data);
    }
    catch (err) {
        tool = (0,_formats_js__WEBPACK_IMPORTED_MODULE_6__/* .detectTextFormat */ .YG)(text);
        if (!tool) {
            throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: results file is not valid JSON (${err.message}).`);
        }
    }
    if (tool !== undefined || (0,_samples_js__WEBPACK_IMPORTED_MODULE_5__/* .isSamplesFile */ .a)(data)) {
        const samples = tool && tool !== 'samples'
            ? samplesFromText(file, text, tool)
            : checkedSamples(file, data, undefined);
        const name = samples.name ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file).replace(/\.[^.]+$/, '');
        const results = newResults();
        results.workloads.push((0,_samples_js__WEBPACK_IMPORTED_MODULE_5__/* .workloadFromSamples */ .L)(samples, name, shortHash({ kind: 'import', name })));
        return results;
    }
    const version = data?.schemaVersion;
    if (typeof version === 'number' && version > 1) {
        throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: results schema version ${version} is newer than this perf-gate (${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}) reads. Upgrade perf-gate.`);
    }
    if (!checkResults(data)) {
        throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: not a perf-gate results file nor a samples file: ${firstError(checkResults.errors)}. Produce it with \`perf-gate run\`, write the samples format, or give the output of a tool perf-gate reads (hyperfine, pytest-benchmark, Google Benchmark, go test -bench, benchmark.js, bencher).`);
    }
    const results = data;
    if (results.interrupted)
        throw new _files_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: results of an interrupted run (${results.workloads.length} workload${results.workloads.length === 1 ? '' : 's'} finished before it stopped). ` +
            'A part of a run gets no verdict and updates no baselines: run the workloads again to the end.');
    return results;
}
/** Writes a results file atomically. */
async function writeResults(file, results) {
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(file, JSON.stringify(results, null, 2) + '\n');
}


/***/ }),

/***/ 4477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ workloadFromSamples),
/* harmony export */   a: () => (/* binding */ isSamplesFile)
/* harmony export */ });
/* harmony import */ var _stats_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2303);
/**
 * The generic samples import format, `{"benchmarks":[{"name","unit","direction","samples":[...]}]}`
 * (or `"runs": [[...],[...]]` for repeated runs), converted into a perf-gate workload result. Pure.
 *
 * Each benchmark becomes one metric named after it. A run's value is the median of its samples
 * (robust to the odd outlier a tool reports); without `runs`, the samples are one run. The
 * run-level value is the median over runs, as for every other workload kind.
 */

/**
 * Converts a samples file into a workload result.
 * @param definitionHash identifies the import (its name): adding a benchmark shows it as `new`
 *   instead of marking the whole workload as changed.
 */
function workloadFromSamples(data, workload, definitionHash) {
    const metrics = {};
    const details = {};
    let runCount = 0;
    for (const b of data.benchmarks) {
        const runs = b.runs ?? [b.samples ?? []];
        const perRun = runs.map((r) => (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .J)(r));
        runCount = Math.max(runCount, runs.length);
        metrics[b.name] = {
            unit: b.unit ?? '',
            direction: b.direction ?? 'smaller',
            value: (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .J)(perRun),
            repetitions: perRun
        };
        details[b.name] = (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .e)(runs.flat());
    }
    return {
        name: workload,
        kind: 'import',
        status: 'ok',
        definitionHash,
        repetitions: Array.from({ length: runCount }, (_, index) => ({
            index,
            durationMs: 0,
            latency: null,
            errors: 0
        })),
        pooled: null,
        metrics,
        checks: [],
        details: { benchmarks: details }
    };
}
/** True when parsed JSON looks like the samples format rather than a perf-gate results file. */
function isSamplesFile(data) {
    return !!data && typeof data === 'object' && Array.isArray(data.benchmarks);
}


/***/ }),

/***/ 6303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ samplesSchema),
/* harmony export */   d2: () => (/* binding */ baselineSchema),
/* harmony export */   sy: () => (/* binding */ resultsSchema)
/* harmony export */ });
/** JSON Schemas of perf-gate's own files: results (perf-results.json) and baselines. */
const summary = {
    type: ['object', 'null'],
    required: ['count', 'min', 'max', 'mean', 'p50', 'p95'],
    properties: {
        count: { type: 'number' },
        min: { type: 'number' },
        max: { type: 'number' },
        mean: { type: 'number' },
        p50: { type: 'number' },
        p95: { type: 'number' }
    }
};
const metric = {
    type: 'object',
    required: ['unit', 'direction', 'value', 'repetitions'],
    properties: {
        unit: { type: 'string' },
        direction: { enum: ['smaller', 'bigger'] },
        value: { type: ['number', 'null'] },
        repetitions: { type: 'array', items: { type: ['number', 'null'] } },
        gate: { type: 'boolean' }
    }
};
const environment = {
    type: 'object',
    required: ['os', 'cpuModel', 'cores', 'fingerprint'],
    properties: {
        os: { type: 'string' },
        arch: { type: 'string' },
        cpuModel: { type: 'string' },
        cores: { type: 'number' },
        memoryBytes: { type: 'number' },
        node: { type: 'string' },
        runner: { type: 'string' },
        fingerprint: { type: 'string' }
    }
};
const resultsSchema = {
    type: 'object',
    required: ['schemaVersion', 'tool', 'createdAt', 'environment', 'workloads'],
    properties: {
        schemaVersion: { const: 1 },
        tool: { type: 'object', required: ['name', 'version'] },
        createdAt: { type: 'string' },
        commit: { type: 'string' },
        ref: { type: 'string' },
        interrupted: { const: true },
        environment,
        workloads: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'kind', 'status', 'definitionHash', 'metrics', 'checks', 'repetitions'],
                properties: {
                    name: { type: 'string', minLength: 1 },
                    kind: { enum: ['command', 'import', 'printer', 'service'] },
                    status: { enum: ['ok', 'failed', 'error'] },
                    error: { type: 'string' },
                    definitionHash: { type: 'string' },
                    repetitions: { type: 'array' },
                    pooled: summary,
                    metrics: { type: 'object', additionalProperties: metric },
                    checks: {
                        type: 'array',
                        items: { type: 'object', required: ['name', 'passed', 'message'] }
                    }
                }
            }
        }
    }
};
const baselineSchema = {
    type: 'object',
    required: [
        'schemaVersion',
        'workload',
        'definitionHash',
        'environment',
        'updatedAt',
        'metrics',
        'history'
    ],
    properties: {
        schemaVersion: { const: 1 },
        workload: { type: 'string', minLength: 1 },
        definitionHash: { type: 'string' },
        environment,
        commit: { type: 'string' },
        ref: { type: 'string' },
        updatedAt: { type: 'string' },
        metrics: { type: 'object', additionalProperties: metric },
        history: {
            type: 'array',
            items: {
                type: 'object',
                required: ['date', 'values'],
                properties: {
                    date: { type: 'string' },
                    commit: { type: 'string' },
                    environment: { type: 'string' },
                    values: { type: 'object', additionalProperties: { type: ['number', 'null'] } }
                }
            }
        }
    }
};
/** Generic samples format: the simplest way for any tool to feed the gate. */
const samplesSchema = {
    type: 'object',
    required: ['benchmarks'],
    properties: {
        name: { type: 'string' },
        benchmarks: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['name'],
                properties: {
                    name: { type: 'string', minLength: 1 },
                    unit: { type: 'string' },
                    direction: { enum: ['smaller', 'bigger'] },
                    samples: { type: 'array', minItems: 1, items: { type: 'number' } },
                    runs: {
                        type: 'array',
                        minItems: 1,
                        items: { type: 'array', minItems: 1, items: { type: 'number' } }
                    }
                },
                oneOf: [{ required: ['samples'] }, { required: ['runs'] }]
            }
        }
    }
};


/***/ }),

/***/ 9808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YW: () => (/* binding */ tQuantile),
/* harmony export */   nJ: () => (/* binding */ tSurvival)
/* harmony export */ });
/* unused harmony exports logGamma, incompleteBeta, normalCdf, normalQuantile, tPdf, tCdf */
/**
 * Student's t and normal distributions: CDFs and quantiles.
 *
 * simple-statistics has the normal CDF/quantile but no t distribution, and the verdict needs
 * t-quantiles for small degrees of freedom (a fresh baseline has 1–5 runs of history, a paired
 * comparison 10 pairs). The t CDF goes through the regularized incomplete beta function, evaluated
 * with the continued fraction of Numerical Recipes §6.4 (modified Lentz), and the quantile inverts
 * it with safeguarded Newton steps. Accuracy is ~1e-10, checked against R's `pt`/`qt` in the tests.
 */
const LANCZOS = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];
/** Natural log of the gamma function for x > 0 (Lanczos approximation, g = 7, n = 9). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = 0.99999999999980993;
    const t = z + 7.5;
    for (let i = 0; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i + 1);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Continued fraction for the incomplete beta function (modified Lentz, bounded iterations). */
function betaContinuedFraction(x, a, b) {
    const tiny = 1e-300;
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularized incomplete beta function I_x(a, b) for a, b > 0 and x in [0, 1]. */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    const front = Math.exp(lnFront);
    // The continued fraction converges fast only on one side of the mean; use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(x, a, b)) / a;
    return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
/** Standard normal CDF Φ(z). */
function normalCdf(z) {
    if (z === Infinity)
        return 1;
    if (z === -Infinity)
        return 0;
    // simple-statistics tabulates Φ to 4 decimals only, too coarse for p-values near 0.001.
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** Complementary error function: the Chebyshev fit of Numerical Recipes §6.2 (relative error < 1.2e-7). */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t *
                                                        (-1.13520398 +
                                                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
// Coefficients of P. J. Acklam's rational approximation of the normal quantile (relative error
// < 1.15e-9). simple-statistics' `probit` goes through an inverse-erf approximation that is off by
// ~5e-4 at p = 0.9, too coarse for critical values.
const ACKLAM_A = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239
];
const ACKLAM_B = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572
];
const ACKLAM_C = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783
];
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
/** Standard normal quantile Φ⁻¹(p) (Acklam's algorithm). */
function normalQuantile(p) {
    if (!(p > 0))
        return p === 0 ? -Infinity : NaN;
    if (!(p < 1))
        return p === 1 ? Infinity : NaN;
    const a = ACKLAM_A;
    const b = ACKLAM_B;
    const c = ACKLAM_C;
    const d = ACKLAM_D;
    const tail = (q) => (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    if (p < 0.02425)
        return tail(Math.sqrt(-2 * Math.log(p)));
    if (p > 1 - 0.02425)
        return -tail(Math.sqrt(-2 * Math.log1p(-p)));
    const q = p - 0.5;
    const r = q * q;
    return (((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1));
}
/** Density of Student's t with `df` degrees of freedom. */
function tPdf(t, df) {
    const lnC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    return Math.exp(lnC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
/** CDF of Student's t with `df` > 0 degrees of freedom (df may be fractional). */
function tCdf(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return NaN;
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    if (df > 1e7)
        return normalCdf(t);
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? 1 - tail : tail;
}
/** Upper tail P(T > t) of Student's t, accurate for large t (no 1 - x cancellation). */
function tSurvival(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return NaN;
    if (t === Infinity)
        return 0;
    if (t === -Infinity)
        return 1;
    if (df > 1e7)
        return 1 - normalCdf(t);
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? tail : 1 - tail;
}
const quantileCache = new Map();
/**
 * Quantile of Student's t: the t with P(T <= t) = p. Memoised (the verdict asks for the same few
 * (p, df) pairs thousands of times in the simulation); the cache is bounded.
 */
function tQuantile(p, df) {
    if (!(p > 0 && p < 1) || !(df > 0)) {
        if (p === 0)
            return -Infinity;
        if (p === 1)
            return Infinity;
        return NaN;
    }
    if (p < 0.5)
        return -tQuantile(1 - p, df);
    if (p === 0.5)
        return 0;
    const key = `${p}:${df}`;
    const hit = quantileCache.get(key);
    if (hit !== undefined)
        return hit;
    let x;
    if (df === 1)
        x = Math.tan(Math.PI * (p - 0.5));
    else if (df === 2)
        x = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
    else
        x = newtonTQuantile(p, df);
    if (quantileCache.size > 4096)
        quantileCache.clear();
    quantileCache.set(key, x);
    return x;
}
function newtonTQuantile(p, df) {
    // Start from the Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5).
    const z = normalQuantile(p);
    const z3 = z * z * z;
    let x = z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
    let lo = 0;
    let hi = Math.max(2 * x, 10);
    while (tCdf(hi, df) < p && hi < 1e12)
        hi *= 2;
    for (let i = 0; i < 100; i++) {
        const f = tCdf(x, df) - p;
        if (Math.abs(f) < 1e-14)
            break;
        if (f > 0)
            hi = x;
        else
            lo = x;
        const step = f / tPdf(x, df);
        let next = x - step;
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (Math.abs(next - x) < 1e-13 * Math.max(1, Math.abs(x))) {
            x = next;
            break;
        }
        x = next;
    }
    return x;
}


/***/ }),

/***/ 174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TR: () => (/* binding */ meanVar),
/* harmony export */   hY: () => (/* binding */ robustCv),
/* harmony export */   ju: () => (/* binding */ trimmedT),
/* harmony export */   oC: () => (/* binding */ trimmedTInterval)
/* harmony export */ });
/* unused harmony exports trimCount, trimmedTPValue */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5521);
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9808);
/**
 * Robust location tests for small samples of log ratios.
 *
 * Same-job pairs are few (10 by default) and a noisy neighbour occasionally slows one process run
 * by 20–60 %. One such run inflates the standard deviation of a paired t-test and hides a real +10 %
 * change (issue 3 measured ~82 % detection for the paired t and for Wilcoxon). Yuen's trimmed-mean t
 * (Tukey & McLaughlin 1963; Wilcox, "Introduction to Robust Estimation and Hypothesis Testing",
 * ch. 4.4) drops the g most extreme values on each side from the mean and uses the winsorized
 * variance for the standard error, so one disturbed run neither drags the estimate nor inflates the
 * noise, while on clean normal data it keeps ~95 % of the t-test's efficiency.
 */


/**
 * How many values to trim from each end for n values: 10 % of n, at least 1 once n >= 5 (so one
 * disturbed run is always removed), and none below 5 values (too few to spare any).
 */
function trimCount(n) {
    if (n < 5)
        return 0;
    return Math.max(1, Math.floor(0.1 * n + 1e-9));
}
/**
 * Yuen's one-sample trimmed t. Non-finite values are ignored. With fewer than 2 values the
 * standard error is NaN and df 0 (callers treat that as "no spread known").
 *
 * @param values sample (e.g. per-pair log ratios); not modified.
 * @param g values to trim from each end (default `trimCount(n)`).
 */
function trimmedT(values, g) {
    const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    const n = sorted.length;
    if (n === 0)
        return { n: 0, trimmed: 0, estimate: NaN, se: NaN, df: 0, t: NaN };
    const k = Math.min(g ?? trimCount(n), Math.floor((n - 1) / 2));
    let sum = 0;
    for (let i = k; i < n - k; i++)
        sum += sorted[i];
    const h = n - 2 * k;
    const estimate = sum / h;
    if (n < 2)
        return { n, trimmed: k, estimate, se: NaN, df: 0, t: NaN };
    // Winsorize: replace the k lowest by the (k+1)-th lowest, likewise at the top.
    const lo = sorted[k];
    const hi = sorted[n - 1 - k];
    let wsum = 0;
    for (let i = 0; i < n; i++)
        wsum += Math.min(hi, Math.max(lo, sorted[i]));
    const wmean = wsum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const w = Math.min(hi, Math.max(lo, sorted[i])) - wmean;
        ss += w * w;
    }
    const wvar = ss / (n - 1);
    const se = Math.sqrt(wvar) / ((h / n) * Math.sqrt(n));
    const df = h - 1;
    const t = se > 0 ? estimate / se : estimate === 0 ? 0 : estimate > 0 ? Infinity : -Infinity;
    return { n, trimmed: k, estimate, se, df, t };
}
/** One-sided p-value P(T >= t) for a TrimmedT (NaN without spread). */
function trimmedTPValue(r) {
    if (!(r.df > 0))
        return NaN;
    return tSurvival(r.t, r.df);
}
/** Two-sided (1 - 2·alpha) confidence interval of the trimmed mean: [est ∓ t_{1-alpha} · se]. */
function trimmedTInterval(r, alpha) {
    if (!(r.df > 0) || !Number.isFinite(r.se))
        return [r.estimate, r.estimate];
    const q = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .tQuantile */ .YW)(1 - alpha, r.df);
    return [r.estimate - q * r.se, r.estimate + q * r.se];
}
/**
 * Robust coefficient of variation: 1.4826 · MAD / |median| (the MAD scaled to estimate σ for
 * normal data). One disturbed repetition barely moves it, unlike stddev / mean. 0 when the median
 * is 0 or fewer than 3 finite values are given (no spread can be judged).
 */
function robustCv(values) {
    const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    if (sorted.length < 3)
        return 0;
    const med = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(sorted, 0.5);
    if (med === 0)
        return 0;
    const dev = sorted.map((v) => Math.abs(v - med)).sort((a, b) => a - b);
    return (1.4826 * (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(dev, 0.5)) / Math.abs(med);
}
/** Arithmetic mean and sample variance (n - 1) in one pass over finite values; variance 0 for n < 2. */
function meanVar(values) {
    let n = 0;
    let mean = 0;
    let m2 = 0;
    for (const v of values) {
        if (!Number.isFinite(v))
            continue;
        n++;
        const d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
    }
    return { n, mean: n ? mean : NaN, variance: n > 1 ? m2 / (n - 1) : 0 };
}


/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ median),
/* harmony export */   e: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5521);

/**
 * Summarises a sample set. Quantiles are simple-statistics' `quantileSorted`: the linear
 * interpolation method (type 7 in R, numpy's default). Variance and standard deviation are the
 * sample (n - 1) forms; with one sample they are 0. Outliers are counted with Tukey's far fences
 * (outside Q1 - 3 IQR .. Q3 + 3 IQR). Returns null for an empty set.
 *
 * @param samples values in any order; not modified.
 */
function summarize(samples) {
    const finite = samples.filter((v) => Number.isFinite(v));
    if (finite.length === 0)
        return null;
    const sorted = [...finite].sort((a, b) => a - b);
    const q = (p) => (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(sorted, p);
    const n = sorted.length;
    const avg = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .RE)(sorted);
    const variance = n > 1 ? (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .sampleVariance */ .y4)(sorted) : 0;
    const stddev = n > 1 ? (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .sampleStandardDeviation */ .JK)(sorted) : 0;
    const q1 = q(0.25);
    const q3 = q(0.75);
    const iqr = q3 - q1;
    const lo = q1 - 3 * iqr;
    const hi = q3 + 3 * iqr;
    let outliers = 0;
    for (const v of sorted)
        if (v < lo || v > hi)
            outliers++;
    return {
        count: n,
        min: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .min */ .jk)(sorted),
        max: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .max */ .T9)(sorted),
        mean: avg,
        p50: q(0.5),
        p75: q3,
        p90: q(0.9),
        p95: q(0.95),
        p99: q(0.99),
        variance,
        stddev,
        cv: avg === 0 ? 0 : stddev / Math.abs(avg),
        mad: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .medianAbsoluteDeviation */ .hK)(sorted),
        outliers
    };
}
/** Median of a non-empty list (type 7, i.e. the mean of the two middle values for even n). */
function median(values) {
    if (values.length === 0)
        return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    return (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(sorted, 0.5);
}


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ WorkloadError)
/* harmony export */ });
/** A failure to report on the workload (not a crash): the message is shown as-is. */
class WorkloadError extends Error {
    output;
    constructor(message, 
    /** Tail of process output, if any. */
    output) {
        super(message);
        this.output = output;
        this.name = 'WorkloadError';
    }
}


/***/ })

};
