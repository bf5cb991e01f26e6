/**
 * Reads perf-gate.yml (YAML or JSON) from disk and validates it. Line numbers in errors come from
 * the YAML parser's node ranges.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { LineCounter, parseDocument, isNode, type Document } from 'yaml'
import { ConfigError, validateConfig } from './validate.js'
import { registry } from './registry.js'
import type { LoadedConfig } from './types.js'
import { budgetProblem } from '../compare/budget-check.js'

/** Default config file name, relative to the working directory. */
export const DEFAULT_CONFIG = 'perf-gate.yml'

/**
 * Loads and validates a config file.
 * @throws ConfigError (missing file, YAML syntax, schema problems) with a message naming the file.
 */
export async function loadConfig(
  file: string = DEFAULT_CONFIG,
  cwd: string = process.cwd()
): Promise<LoadedConfig> {
  const abs = path.resolve(cwd, file)
  let text: string
  try {
    text = await readFile(abs, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ConfigError(file, [
      {
        path: '',
        message:
          code === 'ENOENT'
            ? `file not found (looked at ${abs}). Create it, or pass --config <file> (action input \`config\`).`
            : `cannot read it: ${(err as Error).message}`
      }
    ])
  }
  return { file, baseDir: path.dirname(abs), config: parseConfigText(text, file) }
}

/** Parses and validates config text (YAML or JSON). */
export function parseConfigText(text: string, file: string): LoadedConfig['config'] {
  // Editors on Windows can save UTF-16; read as UTF-8 it is a NUL between every character.
  // (Its byte order mark FF FE / FE FF reads as two replacement characters.)
  if (text.slice(0, 64).includes('\u0000') || text.startsWith('\uFFFD\uFFFD'))
    throw new ConfigError(file, [
      {
        path: '',
        message: 'the file is UTF-16 encoded; save it as UTF-8 (perf-gate reads YAML in UTF-8).'
      }
    ])
  const lineCounter = new LineCounter()
  const doc: Document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    // YAML 1.1 merge keys (`<<: *defaults`) are common in CI files; the yaml library supports them.
    merge: true
  })
  if (doc.errors.length) {
    throw new ConfigError(
      file,
      doc.errors.slice(0, 5).map((e) => ({
        path: '',
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        message:
          e.code === 'MULTIPLE_DOCS'
            ? 'a second YAML document starts here (a `---` line); perf-gate.yml holds one document. Remove the `---`, or move what follows into the first document.'
            : `YAML syntax error: ${e.message.split('\n')[0]}`
      }))
    )
  }
  const locate = (parts: Array<string | number>): number | undefined => {
    for (let n = parts.length; n >= 0; n--) {
      const node = doc.getIn(parts.slice(0, n), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return undefined
  }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (err) {
    // The yaml library stops alias expansion that would grow without bound ("billion laughs").
    throw new ConfigError(file, [
      {
        path: '',
        message: `cannot expand the YAML aliases (${(err as Error).message}): \`*name\` references that nest other references multiply the content. Write the repeated parts out, or use fewer nested aliases.`
      }
    ])
  }
  return validateConfig(data, { file, locate, registry, checkBudget: budgetProblem })
}
