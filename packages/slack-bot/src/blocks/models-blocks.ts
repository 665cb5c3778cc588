import type { KnownBlock } from '@slack/types';
import type { ChatModels } from '../chat/chat-models.js';
import { actionIds } from './action-ids.js';
import { escapeMrkdwn } from './describe-job-lines.js';
import type { SlackMessage } from './help-blocks.js';

/** `/finetune models`: the fine-tuned models people may chat with, each with a button. */
export function renderModelList(models: ChatModels): SlackMessage {
  if (models.fineTuned.length === 0) {
    const text =
      'No fine-tuned models to chat with yet. When a fine-tuning job of this project succeeds, its model appears here (see `/finetune status`).';
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Fine-tuned models' } },
  ];
  for (const entry of models.fineTuned.slice(0, 40)) {
    const source =
      entry.datasetPath === null ? '' : ` · trained on \`${escapeMrkdwn(entry.datasetPath)}\``;
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `\`${escapeMrkdwn(entry.model)}\`\nfrom ${escapeMrkdwn(entry.baseModel)} · job \`${entry.jobId}\`${source}`,
      },
      accessory: {
        type: 'button',
        action_id: actionIds.startChat,
        text: { type: 'plain_text', text: 'Chat in a thread' },
        value: entry.model,
      },
    });
  }
  const bases = models.allowed.filter((model) => !model.startsWith('ft:'));
  if (bases.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Base models for comparison: ${bases.map((model) => `\`${escapeMrkdwn(model)}\``).join(', ')}`,
        },
      ],
    });
  }
  const text = `Fine-tuned models:\n${models.fineTuned.map((entry) => entry.model).join('\n')}`;
  return { text, blocks };
}
