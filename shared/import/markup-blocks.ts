/**
 * The common middle of the HTML and .docx converters: a document as lines and tables, and how that
 * becomes the report-text shape of the text fixture (a blank line between paragraphs, one
 * tab-separated line per table row).
 */
export type TextBlock = { type: 'line'; text: string } | { type: 'table'; rows: string[][] };

/** Runs of spaces become one; tabs and line breaks never survive inside a line or a cell. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u200b]+/g, ' ').replace(/^[\s\u200b]+|[\s\u200b]+$/g, '');
}

export function formatTextLines(blocks: readonly TextBlock[]): string {
  const parts = blocks.map((b) => (b.type === 'line' ? b.text : b.rows.map((cells) => cells.join('\t')).join('\n')));
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}
