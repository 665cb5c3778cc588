import { describe, expect, it } from 'vitest';
import { decideChatModels } from './chat-models.js';

const fineTuned = [
  {
    model: 'ft:gpt-4.1-mini-2025-04-14:acme:support:abc',
    baseModel: 'gpt-4.1-mini-2025-04-14',
    jobId: 'ftjob-2',
    finishedAt: 2,
    datasetPath: null,
  },
  {
    model: 'ft:gpt-4o-mini-2024-07-18:acme:cat:def',
    baseModel: 'gpt-4o-mini-2024-07-18',
    jobId: 'ftjob-1',
    finishedAt: 1,
    datasetPath: 'data/cat.jsonl',
  },
];

describe('decideChatModels', () => {
  it('allows the fine-tuned models and their base models, nothing else', () => {
    const models = decideChatModels({ fineTuned, patterns: [] });
    expect(models.allowed).toEqual([
      'ft:gpt-4.1-mini-2025-04-14:acme:support:abc',
      'ft:gpt-4o-mini-2024-07-18:acme:cat:def',
      'gpt-4.1-mini-2025-04-14',
      'gpt-4o-mini-2024-07-18',
    ]);
    expect(models.isAllowed('gpt-5')).toBe(false);
    expect(models.baseModelOf('ft:gpt-4o-mini-2024-07-18:acme:cat:def')).toBe(
      'gpt-4o-mini-2024-07-18',
    );
  });

  it('narrows to TUNELINE_SLACK_MODELS, prefixes included', () => {
    const models = decideChatModels({ fineTuned, patterns: ['ft:gpt-4o-mini-2024-07-18:acme:*'] });
    expect(models.allowed).toEqual(['ft:gpt-4o-mini-2024-07-18:acme:cat:def']);
    expect(models.baseModelOf('ft:gpt-4o-mini-2024-07-18:acme:cat:def')).toBeUndefined();
    expect(models.isAllowed('ft:gpt-4.1-mini-2025-04-14:acme:support:abc')).toBe(false);
  });
});
