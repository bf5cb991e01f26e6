/**
 * Writing the report to the job summary (GITHUB_STEP_SUMMARY). The summary is a convenience: the
 * verdict is also in the outputs, the report file and the PR comment, so a summary that cannot be
 * written is a warning, never the reason a run fails after its workloads have run.
 */
import { appendFile } from 'node:fs/promises'
import { cutMarkdown } from './github/comment-body.js'
import type { Logger } from './workloads/types.js'

/**
 * GitHub drops a step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted, supports content up
 * to a size of 1024k") and shows nothing; a margin is kept for what other tools append.
 */
export const STEP_SUMMARY_LIMIT_BYTES = 1_000_000

/**
 * The report as it fits the summary: whole when small enough, else cut at a line boundary outside
 * code blocks, with a note naming the report file that holds it in full. Pure.
 */
export function summaryText(
  markdown: string,
  reportFile: string,
  limitBytes = STEP_SUMMARY_LIMIT_BYTES
): string {
  const whole = markdown.endsWith('\n') ? markdown : `${markdown}\n`
  const size = Buffer.byteLength(whole)
  if (size <= limitBytes) return whole
  const note =
    `\n\n---\n> [!NOTE]\n> This report was cut to fit GitHub's 1 MiB job summary limit ` +
    `(${size.toLocaleString('en-US')} bytes). The full report is in \`${reportFile}\` ` +
    '(upload it with actions/upload-artifact to keep it).\n'
  const room = limitBytes - Buffer.byteLength(note)
  // cutMarkdown counts UTF-16 units; shrink until the kept part fits in bytes (non-ASCII ▲ ▼ ✓).
  let chars = room
  let kept = cutMarkdown(markdown, chars)
  while (Buffer.byteLength(kept) > room && chars > 0) {
    chars = Math.floor((chars * room) / Buffer.byteLength(kept)) - 1
    kept = cutMarkdown(markdown, chars)
  }
  return kept + note
}

/** Appends the report to GITHUB_STEP_SUMMARY; warns (and returns false) when it cannot. */
export async function writeJobSummary(
  markdown: string,
  reportFile: string,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env
): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) {
    log.warn(
      `GITHUB_STEP_SUMMARY is not set, so no job summary was written; the report is in ${reportFile}. ` +
        '(The Actions runner sets it; other runners and local runs may not.)'
    )
    return false
  }
  try {
    await appendFile(file, summaryText(markdown, reportFile))
    return true
  } catch (e) {
    log.warn(
      `Could not write the job summary to ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}); ` +
        `the report is in ${reportFile}.`
    )
    return false
  }
}
