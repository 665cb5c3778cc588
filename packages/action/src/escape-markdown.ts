const zeroWidthSpace = '&#8203;';

/**
 * Makes text from a dataset, a file name or a model safe to show in GitHub Markdown: it renders as
 * the same characters, but cannot add HTML, links, images, code blocks, table cells or @-mentions.
 * @example escapeMarkdown('<img src=x> @team') // '&lt;img src=x&gt; @&#8203;team'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, (character) => `\\${character}`)
    .replace(/@/g, `@${zeroWidthSpace}`);
}

/** Cuts text to at most `length` characters, marking the cut. */
export function truncateText(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, Math.max(0, length - 1))}…`;
}
