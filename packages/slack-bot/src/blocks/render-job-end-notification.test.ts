import type { JobDetails } from '@tuneline/core';
import { describe, expect, it } from 'vitest';
import { actionIds } from './action-ids.js';
import { renderJobEndNotification } from './render-job-end-notification.js';

function details(overrides: Partial<JobDetails>): JobDetails {
  return {
    id: 'ftjob-abc123',
    status: 'succeeded',
    baseModel: 'gpt-4o-mini-2024-07-18',
    fineTunedModel: 'ft:gpt-4o-mini-2024-07-18:acme::B1x2y3z4',
    step: 30,
    totalSteps: 30,
    trainedTokens: 3620,
    estimatedCostUsd: 0.0109,
    actualCostUsd: 0.01086,
    createdAt: 1_780_000_000,
    finishedAt: 1_780_000_600,
    tuneline: {
      datasetPath: 'datasets/wakannai.jsonl',
      datasetName: 'wakannai',
      repository: 'acme/bot',
      pullRequest: 42,
      pullRequestUrl: 'https://github.com/acme/bot/pull/42',
      source: 'action',
    },
    losses: [2.1, 1.6, 1.2, 0.9, 0.5, 0.31],
    validationLosses: [],
    finalTrainLoss: 0.31,
    finalValidationLoss: null,
    checkpoints: [],
    lastEvents: [],
    error: null,
    hyperparameters: {},
    ...overrides,
  } as JobDetails;
}

const allText = (rendered: ReturnType<typeof renderJobEndNotification>) =>
  JSON.stringify(rendered.blocks);

describe('renderJobEndNotification', () => {
  it('shows a succeeded job: model, tokens, actual cost, final loss with sparkline, PR, chat button', () => {
    const rendered = renderJobEndNotification(details({}));
    expect(rendered.text).toBe(
      '✅ Fine-tuning job ftjob-abc123 succeeded: ft:gpt-4o-mini-2024-07-18:acme::B1x2y3z4',
    );
    const section = rendered.blocks.find((block) => block.type === 'section');
    const fields =
      section?.type === 'section' ? (section.fields ?? []).map((field) => field.text) : [];
    expect(fields).toContain('*Model*\n`ft:gpt-4o-mini-2024-07-18:acme::B1x2y3z4`');
    expect(fields).toContain('*Trained tokens*\n3,620');
    expect(fields).toContain('*Cost*\n$0.01086');
    expect(fields.find((field) => field.startsWith('*Final loss*'))).toMatch(
      /^\*Final loss\*\n0\.31\n`[▁▂▃▄▅▆▇█]{6}`$/,
    );
    expect(fields).toContain('*Pull request*\n<https://github.com/acme/bot/pull/42|acme/bot#42>');
    const actions = rendered.blocks.find((block) => block.type === 'actions');
    expect(actions).toMatchObject({
      elements: [
        {
          action_id: actionIds.startChat,
          value: 'ft:gpt-4o-mini-2024-07-18:acme::B1x2y3z4',
          text: { text: 'Chat in a thread' },
        },
      ],
    });
  });

  it("shows OpenAI's error for a failed job, and no chat button", () => {
    const rendered = renderJobEndNotification(
      details({
        status: 'failed',
        fineTunedModel: null,
        actualCostUsd: null,
        trainedTokens: null,
        finalTrainLoss: null,
        losses: [],
        error: {
          code: 'invalid_training_file',
          message: 'Line 3: messages must contain an assistant <reply>.',
          param: 'training_file',
        },
      }),
    );
    expect(rendered.text).toBe('❌ Fine-tuning job ftjob-abc123 failed: gpt-4o-mini-2024-07-18');
    expect(allText(rendered)).toContain(
      '*Error from OpenAI:* `invalid_training_file` Line 3: messages must contain an assistant &lt;reply&gt;. (parameter `training_file`)',
    );
    expect(rendered.blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(allText(rendered)).toContain('*Cost*\\n≈ $0.0109 (estimated)');
  });

  it('says a job was cancelled, and leaves out the PR of a job Tuneline did not start', () => {
    const rendered = renderJobEndNotification(
      details({ status: 'cancelled', fineTunedModel: null, tuneline: null }),
    );
    expect(rendered.text).toBe(
      '⏹️ Fine-tuning job ftjob-abc123 was cancelled: gpt-4o-mini-2024-07-18',
    );
    expect(allText(rendered)).not.toContain('Pull request');
    expect(rendered.blocks.some((block) => block.type === 'actions')).toBe(false);
  });
});
