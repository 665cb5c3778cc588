import type { FineTuningJob, JobDescription } from '@tuneline/core';
import { describe, expect, it } from 'vitest';
import { renderJobList } from './status-blocks.js';

const now = Date.UTC(2026, 10, 29, 12, 0, 0);
const nowSeconds = now / 1000;

function job(overrides: Partial<JobDescription>): JobDescription {
  return {
    id: 'ftjob-1',
    status: 'running',
    baseModel: 'gpt-4o-mini-2024-07-18',
    fineTunedModel: null,
    step: null,
    totalSteps: null,
    trainedTokens: null,
    estimatedCostUsd: null,
    actualCostUsd: null,
    createdAt: nowSeconds - 600,
    finishedAt: null,
    durationSeconds: 600,
    tuneline: null,
    job: {} as FineTuningJob,
    ...overrides,
  };
}

function sectionTexts(message: ReturnType<typeof renderJobList>): string[] {
  return message.blocks.flatMap((block) =>
    block.type === 'section' && block.text !== undefined ? [block.text.text] : [],
  );
}

describe('renderJobList', () => {
  it('says how to start a job when there is none', () => {
    const message = renderJobList({ jobs: [], nowMs: now });
    expect(sectionTexts(message)).toEqual([
      'No fine-tuning jobs in this project yet. Start one with `tuneline train data/train.jsonl` in your repository, or open a pull request that changes a dataset with the Tuneline GitHub Action set up.',
    ]);
    expect(message.text).toContain('No fine-tuning jobs');
  });

  it('shows a running job’s step, an estimate, the dataset and the pull request', () => {
    const message = renderJobList({
      jobs: [
        job({
          step: 40,
          totalSteps: 1_200,
          estimatedCostUsd: 0.0123,
          tuneline: {
            datasetPath: 'data/support.jsonl',
            datasetName: 'support',
            repository: 'acme/bot',
            pullRequest: 7,
            pullRequestUrl: 'https://github.com/acme/bot/pull/7',
            source: 'action',
          },
        }),
      ],
      nowMs: now,
    });
    expect(sectionTexts(message)).toEqual([
      ':arrows_counterclockwise: *running* · `ftjob-1` · 10 min ago\ngpt-4o-mini-2024-07-18 → _not yet_\nstep 40 / 1,200 · ~$0.0123 estimated\ndataset `support` · <https://github.com/acme/bot/pull/7|PR #7>',
    ]);
  });

  it('shows a failed job of another tool without Tuneline’s lines, and escapes what it did not write', () => {
    const message = renderJobList({
      jobs: [
        job({
          id: 'ftjob-2',
          status: 'failed',
          baseModel: 'gpt<4>',
          createdAt: nowSeconds - 3 * 86_400,
        }),
      ],
      nowMs: now,
    });
    expect(sectionTexts(message)).toEqual([
      ':x: *failed* · `ftjob-2` · 3 d ago\ngpt&lt;4&gt; → _not yet_',
    ]);
  });

  it('drops the buttons and names who shared it when shared to the channel', () => {
    const message = renderJobList({ jobs: [job({})], nowMs: now, sharedBy: 'UBOB' });
    expect(message.blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(JSON.stringify(message.blocks)).toContain('Shared by <@UBOB>');
  });
});
