import type { KnownBlock } from '@slack/types';
import {
  formatDecimal,
  formatInteger,
  formatUsd,
  type JobDetails,
  renderSparkline,
} from '@tuneline/core';
import { actionIds } from './action-ids.js';

const endings = {
  succeeded: { emoji: '✅', verb: 'succeeded' },
  failed: { emoji: '❌', verb: 'failed' },
  cancelled: { emoji: '⏹️', verb: 'was cancelled' },
} as const;

type Ending = keyof typeof endings;

function isEnding(status: string): status is Ending {
  return status in endings;
}

/** Slack mrkdwn needs &, < and > escaped in text that is not a link. */
function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function describeCost(job: JobDetails): string {
  if (job.actualCostUsd !== null) return formatUsd(job.actualCostUsd);
  if (job.estimatedCostUsd !== null) return `≈ ${formatUsd(job.estimatedCostUsd)} (estimated)`;
  return '—';
}

function describeLoss(job: JobDetails): string {
  if (job.finalTrainLoss === null) return '—';
  const sparkline = renderSparkline(job.losses, { maxPoints: 40 });
  const validation =
    job.finalValidationLoss === null
      ? ''
      : ` (validation ${formatDecimal(job.finalValidationLoss, 4)})`;
  return `${formatDecimal(job.finalTrainLoss, 4)}${validation}${sparkline === '' ? '' : `\n\`${sparkline}\``}`;
}

function describePullRequest(job: JobDetails): string | undefined {
  const tuneline = job.tuneline;
  if (tuneline === null) return undefined;
  const label =
    tuneline.pullRequest === undefined
      ? 'pull request'
      : `${tuneline.repository === undefined ? '' : escapeMrkdwn(tuneline.repository)}#${tuneline.pullRequest}`;
  if (tuneline.pullRequestUrl !== undefined) return `<${tuneline.pullRequestUrl}|${label}>`;
  return tuneline.pullRequest === undefined ? undefined : label;
}

function describeError(error: JobDetails['error']): string {
  if (error === null) return 'OpenAI gave no reason.';
  const code = error.code === null || error.code === '' ? '' : `\`${escapeMrkdwn(error.code)}\` `;
  const param = error.param === null ? '' : ` (parameter \`${escapeMrkdwn(error.param)}\`)`;
  return `${code}${escapeMrkdwn(error.message)}${param}`;
}

/**
 * Renders the channel message announcing that a fine-tuning job ended: the model, trained tokens,
 * actual cost, final loss with a sparkline, the PR from Tuneline's metadata, OpenAI's error for a
 * failure, and a "Chat in a thread" button for a model that is ready.
 * @example const { text, blocks } = renderJobEndNotification(await describeJob({ client, jobId }));
 */
export function renderJobEndNotification(job: JobDetails): { text: string; blocks: KnownBlock[] } {
  const ending = isEnding(job.status) ? endings[job.status] : { emoji: 'ℹ️', verb: job.status };
  const modelLabel = job.fineTunedModel ?? job.baseModel;
  const text = `${ending.emoji} Fine-tuning job ${job.id} ${ending.verb}: ${modelLabel}`;

  const fields = [
    `*Model*\n\`${escapeMrkdwn(modelLabel)}\``,
    `*Base model*\n\`${escapeMrkdwn(job.baseModel)}\``,
    `*Trained tokens*\n${job.trainedTokens === null ? '—' : formatInteger(job.trainedTokens)}`,
    `*Cost*\n${describeCost(job)}`,
    `*Final loss*\n${describeLoss(job)}`,
  ];
  const pullRequest = describePullRequest(job);
  if (pullRequest !== undefined) fields.push(`*Pull request*\n${pullRequest}`);
  const dataset = job.tuneline?.datasetName ?? job.tuneline?.datasetPath;
  if (dataset !== undefined) fields.push(`*Dataset*\n\`${escapeMrkdwn(dataset)}\``);

  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: `${ending.emoji} Fine-tuning job ${ending.verb}`,
        emoji: true,
      },
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `\`${job.id}\`` },
      fields: fields.map((field) => ({ type: 'mrkdwn' as const, text: field })),
    },
  ];
  if (job.status === 'failed') {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*Error from OpenAI:* ${describeError(job.error)}` },
    });
  }
  if (job.status === 'succeeded' && job.fineTunedModel !== null) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          // The same button as /finetune models: it opens a thread bound to the model.
          action_id: actionIds.startChat,
          text: { type: 'plain_text', text: 'Chat in a thread' },
          value: job.fineTunedModel,
          style: 'primary',
        },
      ],
    });
  }
  return { text, blocks };
}
