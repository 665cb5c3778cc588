import type { KnownBlock } from '@slack/types';
import {
  formatDecimal,
  formatInteger,
  isTerminalJobStatus,
  type JobDetails,
  renderSparkline,
} from '@tuneline/core';
import { actionIds } from './action-ids.js';
import {
  describeCost,
  describeOrigin,
  describeProgress,
  escapeMrkdwn,
} from './describe-job-lines.js';
import { formatAge } from './format-age.js';
import type { SlackMessage } from './help-blocks.js';
import { jobStatusEmoji } from './job-status-emoji.js';

function field(label: string, value: string): { type: 'mrkdwn'; text: string } {
  return { type: 'mrkdwn', text: `*${label}*\n${value}` };
}

function formatTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(11, 19);
}

/**
 * `/finetune status <job-id>`: one job in detail: status and models, progress, tokens and cost,
 * the loss curve as a sparkline, checkpoints, the last events, and the error when it failed.
 */
export function renderJobDetails(options: { job: JobDetails; nowMs: number }): SlackMessage {
  const { job, nowMs } = options;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `${job.id}` } },
    {
      type: 'section',
      fields: [
        field('Status', `${jobStatusEmoji(job.status)} ${job.status}`),
        field('Progress', describeProgress(job) ?? '–'),
        field('Base model', escapeMrkdwn(job.baseModel)),
        field(
          'Fine-tuned model',
          job.fineTunedModel === null ? '_not yet_' : `\`${escapeMrkdwn(job.fineTunedModel)}\``,
        ),
        field(
          'Trained tokens',
          job.trainedTokens === null ? '–' : formatInteger(job.trainedTokens),
        ),
        field('Cost', describeCost(job) ?? '–'),
        field('Created', formatAge(job.createdAt, nowMs)),
        field('Finished', job.finishedAt === null ? '–' : formatAge(job.finishedAt, nowMs)),
      ],
    },
  ];
  const origin = describeOrigin(job);
  if (origin !== undefined) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Tuneline: ${origin}` }] });
  }
  if (job.error !== null) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `:x: *Failed${job.error.code === null ? '' : ` (${escapeMrkdwn(job.error.code)})`}:* ${escapeMrkdwn(job.error.message)}`,
      },
    });
  }
  if (job.losses.length > 0) {
    const final = job.finalTrainLoss ?? job.losses[job.losses.length - 1] ?? null;
    const validation =
      job.finalValidationLoss === null
        ? ''
        : ` · validation ${formatDecimal(job.finalValidationLoss, 4)}`;
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*Training loss* \`${renderSparkline(job.losses, { maxPoints: 40 })}\` ${
          final === null ? '' : formatDecimal(final, 4)
        }${validation}`,
      },
    });
  }
  if (job.checkpoints.length > 0) {
    const lines = job.checkpoints.map(
      (checkpoint) =>
        `• step ${formatInteger(checkpoint.step)}${
          checkpoint.model === null ? '' : ` · \`${escapeMrkdwn(checkpoint.model)}\``
        }${checkpoint.trainLoss === null ? '' : ` · loss ${formatDecimal(checkpoint.trainLoss, 4)}`}`,
    );
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*Checkpoints*\n${lines.join('\n')}` },
    });
  }
  if (job.lastEvents.length > 0) {
    const lines = job.lastEvents.map(
      (event) =>
        `${formatTime(event.createdAt)} ${event.level === 'info' ? '' : `${event.level.toUpperCase()} `}${event.message}`,
    );
    let text = lines.join('\n');
    // A section's text holds 3,000 characters; the newest events matter most.
    while (text.length > 2_800 && lines.length > 1) {
      lines.shift();
      text = lines.join('\n');
    }
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*Last events* (UTC)\n\`\`\`${escapeMrkdwn(text.slice(-2_800))}\`\`\``,
      },
    });
  }
  const buttons: KnownBlock = {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: actionIds.jobDetails,
        text: { type: 'plain_text', text: 'Refresh' },
        value: job.id,
      },
      {
        type: 'button',
        action_id: actionIds.refreshStatus,
        text: { type: 'plain_text', text: 'All jobs' },
        value: 'status',
      },
      ...(isTerminalJobStatus(job.status)
        ? []
        : [
            {
              type: 'button' as const,
              action_id: actionIds.requestCancel,
              text: { type: 'plain_text' as const, text: 'Cancel job' },
              value: job.id,
            },
          ]),
    ],
  };
  blocks.push(buttons);
  const text = [
    `${job.id}: ${job.status}`,
    `${job.baseModel} → ${job.fineTunedModel ?? 'not yet'}`,
    describeProgress(job),
    job.error === null ? undefined : `Failed: ${job.error.message}`,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
  return { text, blocks };
}
