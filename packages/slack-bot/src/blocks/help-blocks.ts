import type { KnownBlock } from '@slack/types';

/** A rendered Slack message: Block Kit plus the plain-text fallback Slack shows in notifications. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

const helpLines = [
  '`/finetune` or `/finetune status`: the project’s recent fine-tuning jobs',
  '`/finetune status <job-id>`: one job’s events, loss curve, checkpoints and error',
  '`/finetune models`: the fine-tuned models you can chat with',
  '`/finetune chat <model>`: start a thread with a model; reply in the thread to talk',
  '`/finetune cancel <job-id>`: cancel a job (admins only)',
  '`@tuneline ft:… your question`: ask a fine-tuned model in a thread',
];

/**
 * The help message; with `unknown`, it starts by saying which word was not understood.
 * @example renderHelp({ unknown: 'stats' }).text // "I don't know `stats`. …"
 */
export function renderHelp(options: { unknown?: string; problem?: string } = {}): SlackMessage {
  const intro =
    options.problem ??
    (options.unknown === undefined
      ? 'Tuneline shows your fine-tuning jobs and lets you chat with your tuned models.'
      : `I don’t know \`${options.unknown}\`. Here is what I can do:`);
  return {
    text: `${intro}\n${helpLines.join('\n')}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: intro } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: helpLines.map((line) => `• ${line}`).join('\n') },
      },
    ],
  };
}
