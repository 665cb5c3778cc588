import type { KnownBlock } from '@slack/types';
import type { JobDescription } from '@tuneline/core';
import { actionIds } from './action-ids.js';
import { describeJobLines } from './describe-job-lines.js';
import type { SlackMessage } from './help-blocks.js';

const emptyText =
  'No fine-tuning jobs in this project yet. Start one with `tuneline train data/train.jsonl` in your repository, or open a pull request that changes a dataset with the Tuneline GitHub Action set up.';

/**
 * `/finetune status`: the project's recent jobs, each with its status, models, progress, tokens,
 * cost, age and pull request, a Details button, and Refresh / Share to channel underneath.
 * @example renderJobList({ jobs, nowMs: Date.now() }).blocks
 */
export function renderJobList(options: {
  jobs: readonly JobDescription[];
  nowMs: number;
  /** Shared to the channel: no buttons, and who shared it. */
  sharedBy?: string;
}): SlackMessage {
  const { jobs, nowMs } = options;
  const shared = options.sharedBy !== undefined;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Fine-tuning jobs' } },
  ];
  if (jobs.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: emptyText } });
  }
  const fallback: string[] = [];
  for (const job of jobs.slice(0, 20)) {
    const lines = describeJobLines(job, nowMs);
    fallback.push(lines.join(' · '));
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: lines.join('\n') },
      ...(shared
        ? {}
        : {
            accessory: {
              type: 'button',
              action_id: actionIds.jobDetails,
              text: { type: 'plain_text', text: 'Details' },
              value: job.id,
            },
          }),
    });
  }
  if (shared) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `Shared by <@${options.sharedBy}> with \`/finetune status\`` },
      ],
    });
  } else {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: actionIds.refreshStatus,
          text: { type: 'plain_text', text: 'Refresh' },
          value: 'status',
        },
        {
          type: 'button',
          action_id: actionIds.shareStatus,
          text: { type: 'plain_text', text: 'Share to channel' },
          value: 'status',
        },
      ],
    });
  }
  const text = jobs.length === 0 ? emptyText : `Fine-tuning jobs:\n${fallback.join('\n')}`;
  return { text, blocks };
}
