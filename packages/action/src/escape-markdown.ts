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

/** Characters of ids, model names and plain paths: nothing in them can end a code span or mention anyone. */
const literalPattern = /^[A-Za-z0-9_.:/+=@-]{1,300}$/;

/**
 * Shows an id, a model name or a path exactly, as inline code, so readers can copy it; anything
 * outside the plain characters of such names is shown escaped instead.
 * @example inlineLiteral('ft:gpt-4o-mini-2024-07-18:acme::abc123') // '`ft:gpt-4o-mini-2024-07-18:acme::abc123`'
 */
export function inlineLiteral(text: string): string {
  return literalPattern.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
