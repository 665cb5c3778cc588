import type { SlackMessage } from './help-blocks.js';

/** A one-paragraph message: refusals, errors and confirmations. */
export function renderNotice(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
