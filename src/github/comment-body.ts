/**
 * The sticky PR comment's body: a hidden marker that identifies perf-gate's comment for one
 * config, and truncation to GitHub's comment size limit. Pure.
 */

/** GitHub rejects comment bodies over 65,536 characters (422 "body is too long"). */
export const GITHUB_COMMENT_LIMIT = 65_536

/**
 * The hidden HTML comment that marks perf-gate's comment for `configName`. One PR gets one
 * comment per config, found again on later runs by this marker.
 */
export function commentMarker(configName: string): string {
  // `--` would end the HTML comment early; the name is only an identifier, so flatten it.
  const safe = configName.replace(/-{2,}/g, '-').replace(/[<>\r\n]/g, '_')
  return `<!-- perf-gate:comment config="${safe}" -->`
}

/**
 * Whether a comment is perf-gate's for `configName`: its body starts with the marker (as perf-gate
 * writes it), so a comment that merely quotes or mentions the marker is never taken over.
 */
export function hasMarker(body: string | null | undefined, configName: string): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(commentMarker(configName))
}

/**
 * Builds the comment body: marker first, then the report, truncated at a line boundary when it
 * would exceed `limit`. A cut never leaves a code block (mermaid chart, table in a fence) open:
 * the cut moves before the unfinished block. The note says where the full report is.
 *
 * @param markdown the full report
 * @param configName identifies the sticky comment
 * @param fullReportUrl link to the workflow run, whose job summary holds the full report
 * @param limit maximum length in UTF-16 code units (default GitHub's limit less a safety margin)
 */
export function buildCommentBody(
  markdown: string,
  configName: string,
  fullReportUrl?: string,
  limit: number = GITHUB_COMMENT_LIMIT - 500
): { body: string; truncated: boolean } {
  const marker = commentMarker(configName)
  const whole = `${marker}\n${markdown}`
  if (whole.length <= limit) return { body: whole, truncated: false }
  const where = fullReportUrl
    ? `the [job summary of this run](${fullReportUrl})`
    : 'the job summary of this workflow run'
  const note =
    `\n\n---\n> [!NOTE]\n> This report was cut to fit GitHub's comment size limit ` +
    `(${markdown.length.toLocaleString('en-US')} characters). The full report is in ${where}.\n`
  const room = Math.max(0, limit - marker.length - 1 - note.length)
  return { body: `${marker}\n${cutMarkdown(markdown, room)}${note}`, truncated: true }
}

/**
 * The longest prefix of `markdown` within `room` characters that ends at a line boundary and
 * outside any fenced code block.
 */
export function cutMarkdown(markdown: string, room: number): string {
  let cut = markdown
  if (markdown.length > room) {
    cut = markdown.slice(0, room)
    const lastNewline = cut.lastIndexOf('\n')
    cut = lastNewline >= 0 ? cut.slice(0, lastNewline) : ''
  }
  // Walk the fences of the kept part; if one is still open, cut before it.
  let openAt = -1
  let offset = 0
  for (const line of cut.split('\n')) {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) openAt = openAt === -1 ? offset : -1
    offset += line.length + 1
  }
  if (openAt !== -1) cut = cut.slice(0, openAt).replace(/\n+$/, '')
  return cut.replace(/\s+$/, '')
}
