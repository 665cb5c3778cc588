import type { JobDescription } from '@tuneline/core';
import { actionIds } from './action-ids.js';
import { escapeMrkdwn } from './describe-job-lines.js';
import type { SlackMessage } from './help-blocks.js';

/** Asks an admin to confirm cancelling a job, saying what it stops. */
export function renderCancelConfirmation(job: JobDescription): SlackMessage {
  const text = `Cancel \`${job.id}\` (${job.status}, ${escapeMrkdwn(job.baseModel)})? Training stops for good; the steps already trained are still billed.`;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            style: 'danger',
            action_id: actionIds.confirmCancel,
            text: { type: 'plain_text', text: 'Cancel job' },
            value: job.id,
            confirm: {
              title: { type: 'plain_text', text: 'Cancel this job?' },
              text: { type: 'mrkdwn', text: `\`${job.id}\` stops now and cannot be resumed.` },
              confirm: { type: 'plain_text', text: 'Cancel job' },
              deny: { type: 'plain_text', text: 'Keep it' },
              style: 'danger',
            },
          },
          {
            type: 'button',
            action_id: actionIds.dismissCancel,
            text: { type: 'plain_text', text: 'Keep it' },
            value: job.id,
          },
        ],
      },
    ],
  };
}
