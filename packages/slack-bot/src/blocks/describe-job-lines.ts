import { formatInteger, formatUsd, type JobDescription } from '@tuneline/core';
import { formatAge } from './format-age.js';
import { jobStatusEmoji } from './job-status-emoji.js';

/** Slack mrkdwn escaping for text that comes from outside (model names, messages). */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The progress of a job: "step 40 / 100", "done", or nothing when unknown. */
export function describeProgress(job: JobDescription): string | undefined {
  if (job.step !== null && job.totalSteps !== null) {
    return `step ${formatInteger(job.step)} / ${formatInteger(job.totalSteps)}`;
  }
  if (job.totalSteps !== null && job.status === 'succeeded') {
    return `step ${formatInteger(job.totalSteps)} / ${formatInteger(job.totalSteps)}`;
  }
  return undefined;
}

/** "$0.0123" actual, or "~$0.0150 estimated", or nothing. */
export function describeCost(job: JobDescription): string | undefined {
  if (job.actualCostUsd !== null) return `${formatUsd(job.actualCostUsd)}`;
  if (job.estimatedCostUsd !== null) return `~${formatUsd(job.estimatedCostUsd)} estimated`;
  return undefined;
}

/** Where Tuneline's job came from: dataset and pull request link. */
export function describeOrigin(job: JobDescription): string | undefined {
  if (job.tuneline === null) return undefined;
  const parts = [
    `dataset \`${escapeMrkdwn(job.tuneline.datasetName ?? job.tuneline.datasetPath)}\``,
  ];
  if (job.tuneline.pullRequestUrl !== undefined) {
    const label =
      job.tuneline.pullRequest === undefined ? 'pull request' : `PR #${job.tuneline.pullRequest}`;
    parts.push(`<${job.tuneline.pullRequestUrl}|${label}>`);
  } else if (job.tuneline.pullRequest !== undefined) {
    parts.push(`PR #${job.tuneline.pullRequest}`);
  }
  return parts.join(' · ');
}

/** The lines a job takes in the status list. */
export function describeJobLines(job: JobDescription, nowMs: number): string[] {
  const head = `${jobStatusEmoji(job.status)} *${job.status}* · \`${job.id}\` · ${formatAge(job.createdAt, nowMs)}`;
  const models = `${escapeMrkdwn(job.baseModel)} → ${
    job.fineTunedModel === null ? '_not yet_' : `\`${escapeMrkdwn(job.fineTunedModel)}\``
  }`;
  const facts = [
    describeProgress(job),
    job.trainedTokens === null ? undefined : `${formatInteger(job.trainedTokens)} trained tokens`,
    describeCost(job),
  ].filter((part): part is string => part !== undefined);
  const origin = describeOrigin(job);
  return [
    head,
    models,
    ...(facts.length > 0 ? [facts.join(' · ')] : []),
    ...(origin ? [origin] : []),
  ];
}
