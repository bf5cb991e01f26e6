/** Small filesystem helpers shared by the shell modules. */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import path from 'node:path'

/**
 * Writes a file atomically: a temp file in the same directory, then rename. A crash or a full
 * disk leaves the old file intact, never a half-written one.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  // A rename would replace what is there: a device (`--output /dev/null`), a FIFO or a symlink
  // would become a regular file. Those are written through; a symlink's target is replaced.
  let existing: Stats | undefined
  try {
    existing = await stat(file)
  } catch {
    existing = undefined
  }
  if (existing?.isDirectory())
    throw new InputError(
      `${file} is a directory; give a file path (e.g. ${path.join(file, 'out.json')}).`
    )
  if (existing && !existing.isFile()) {
    await writeFile(file, content)
    return
  }
  if (existing) file = await realpath(file)
  await mkdir(path.dirname(file), { recursive: true })
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    await writeFile(tmp, content)
    await rename(tmp, file)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

/** A user-facing input problem (exit code 2 in the CLI): the message is shown as-is. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** Reads a text file, turning every failure into an InputError naming the file. */
export async function readTextFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: ${what} not found.`
        : `${file}: cannot read ${what}: ${(err as Error).message}`
    )
  }
}

/** Reads and parses a JSON file, turning every failure into an InputError naming the file. */
export async function readJsonFile(file: string, what: string): Promise<unknown> {
  const text = await readTextFile(file, what)
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new InputError(`${file}: ${what} is not valid JSON (${(err as Error).message}).`)
  }
}
