import { describe, expect, it } from 'vitest';
import { createJobMetadata } from './create-job-metadata.js';
import { openAIMetadataLimits, tunelineMetadataKeys } from './tuneline-metadata.js';

const tuneline = {
  datasetPath: 'data/support/train.jsonl',
  datasetName: 'support',
  datasetSha256: 'a'.repeat(64),
  requestKey: 'b'.repeat(64),
  source: 'action' as const,
  repository: 'acme/bot',
  pullRequest: 42,
  commit: 'c'.repeat(40),
};

describe('createJobMetadata', () => {
  it("writes prefixed keys within OpenAI's limits", () => {
    const metadata = createJobMetadata({ tuneline });
    expect(metadata).toEqual({
      tuneline_dataset_path: 'data/support/train.jsonl',
      tuneline_dataset_name: 'support',
      tuneline_dataset_sha256: 'a'.repeat(64),
      tuneline_request_key: 'b'.repeat(64),
      tuneline_source: 'action',
      tuneline_repository: 'acme/bot',
      tuneline_pr: '42',
      tuneline_commit: 'c'.repeat(40),
    });
    for (const [key, value] of Object.entries(metadata)) {
      expect(key.startsWith('tuneline_')).toBe(true);
      expect(key.length).toBeLessThanOrEqual(openAIMetadataLimits.keyLength);
      expect(value.length).toBeLessThanOrEqual(openAIMetadataLimits.valueLength);
    }
  });

  it('leaves out what is not known', () => {
    const metadata = createJobMetadata({
      tuneline: { datasetPath: 'a.jsonl', datasetSha256: 'x', requestKey: 'y', source: 'cli' },
    });
    expect(Object.keys(metadata).sort()).toEqual(
      [
        tunelineMetadataKeys.datasetPath,
        tunelineMetadataKeys.datasetSha256,
        tunelineMetadataKeys.requestKey,
        tunelineMetadataKeys.source,
      ].sort(),
    );
  });

  it('refuses more than 16 pairs and values over 512 characters', () => {
    const extra = Object.fromEntries(
      Array.from({ length: 9 }, (_, index) => [`team_${index}`, 'x']),
    );
    expect(() => createJobMetadata({ tuneline, extra })).toThrow(/17 pairs/);
    expect(() =>
      createJobMetadata({ tuneline: { ...tuneline, datasetPath: `${'d/'.repeat(300)}a.jsonl` } }),
    ).toThrow(/OpenAI allows 512/);
  });
});
