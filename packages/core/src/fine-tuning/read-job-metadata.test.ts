import { describe, expect, it } from 'vitest';
import { createJobMetadata } from './create-job-metadata.js';
import { readJobMetadata } from './read-job-metadata.js';

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

describe('readJobMetadata', () => {
  it('reads back what createJobMetadata wrote', () => {
    expect(readJobMetadata(createJobMetadata({ tuneline }))).toEqual(tuneline);
  });

  it('is null for jobs Tuneline did not create', () => {
    expect(readJobMetadata({})).toBeNull();
    expect(readJobMetadata({ team: 'x' })).toBeNull();
    const unknownSource = { ...createJobMetadata({ tuneline }), tuneline_source: 'cron' };
    expect(readJobMetadata(unknownSource)).toBeNull();
  });
});
