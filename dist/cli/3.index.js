export const id = 3;
export const ids = [3];
export const modules = {

/***/ 4003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gatherResults: () => (/* binding */ gatherResults)
/* harmony export */ });
/* unused harmony export expandResultsInputs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3382);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5480);
/**
 * The `results` action input and `perf-gate compare --current`: results files of other jobs
 * (matrix shards, a fork PR's run) read and merged into one Results. Entries may be glob patterns
 * (`perf-results-*.json`, `parts/**\/*.json`), so a workflow does not have to list every shard by
 * name; patterns are expanded with tinyglobby rather than by hand. (@actions/glob was tried
 * first: it logs `::debug::` lines on stdout, which would corrupt the CLI's JSON output.)
 */





/** Characters that make an entry a pattern. */
const GLOB_CHARS = /[*?[\]]/;
/** Absolute paths of the files under `root` that `pattern` matches, sorted. */
async function filesMatching(pattern, root) {
    const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .glob */ .TI)([pattern], {
        cwd: root,
        absolute: true,
        onlyFiles: true,
        expandDirectories: false
    });
    return found.sort();
}
function isDirectory(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false; // missing: readResults names it
    }
}
const ACTION_INPUT = {
    label: "Input 'results'",
    hint: 'Check that the artifacts were downloaded there (actions/download-artifact `path:`, `merge-multiple: true`).'
};
/**
 * The files the entries name, in order: a plain path as given, a pattern expanded to its matches
 * (sorted, files only), a directory to the .json files anywhere under it. A file named twice is
 * read once.
 * @throws InputError for a pattern that matches nothing.
 */
async function expandResultsInputs(entries, cwd = process.cwd(), source = ACTION_INPUT) {
    const files = [];
    const seen = new Set();
    for (const entry of entries) {
        let matches;
        if (GLOB_CHARS.test(entry)) {
            // The entry's literal directories in front of its first wildcard are the search root, so
            // that `../artifacts/*.json` works and brackets in the working directory's own path are
            // not read as a pattern.
            const parts = entry.split(/[\\/]/);
            const firstWild = parts.findIndex((p) => GLOB_CHARS.test(p));
            const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, parts.slice(0, firstWild).join('/') || '.');
            matches = await filesMatching(parts.slice(firstWild).join('/'), root);
            if (matches.length === 0)
                throw new _files_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${source.label}: the pattern ${entry} matches no file (looked from ${cwd}). ${source.hint}`);
        }
        else if (isDirectory(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, entry))) {
            // A download directory (actions/download-artifact puts each artifact in its own folder).
            matches = await filesMatching('**/*.json', node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, entry));
            if (matches.length === 0)
                throw new _files_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${source.label}: the directory ${entry} holds no .json file (looked from ${cwd}). ${source.hint}`);
        }
        else {
            matches = [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, entry)];
        }
        for (const m of matches) {
            if (seen.has(m))
                continue;
            seen.add(m);
            files.push(m);
        }
    }
    return files;
}
/**
 * Reads the files and merges their workloads into one Results (the first file's run metadata).
 * @throws InputError when two files hold the same workload: a shard ran twice, or an old file was
 * left beside the new ones; judging both would count the workload twice.
 */
async function gatherResults(entries, cwd = process.cwd(), source = ACTION_INPUT) {
    const files = await expandResultsInputs(entries, cwd, source);
    const all = await Promise.all(files.map((f) => (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .readResults */ .x8)(f)));
    const from = new Map();
    for (const [k, results] of all.entries()) {
        for (const w of results.workloads) {
            const earlier = from.get(w.name);
            if (earlier !== undefined) {
                throw new _files_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${source.label}: workload ${w.name} is in both ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, earlier) || earlier} and ` +
                    `${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, files[k]) || files[k]}. Each workload must come from one file: ` +
                    'remove the stale file, or check that every shard ran a different `shard: i/n`.');
            }
            from.set(w.name, files[k]);
        }
    }
    const [first, ...rest] = all;
    return { ...first, workloads: [...first.workloads, ...rest.flatMap((r) => r.workloads)] };
}


/***/ })

};
