import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createJobMetadata } from './create-job-metadata.js';
import { startPlainJob } from './job-lifecycle.fixture.js';
import { listTunelineJobs } from './list-tuneline-jobs.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

function metadata(options: {
  datasetPath: string;
  pullRequest?: number;
  source: 'cli' | 'action' | 'slack';
  key: string;
}) {
  return createJobMetadata({
    tuneline: {
      datasetPath: options.datasetPath,
      datasetSha256: 'a'.repeat(64),
      requestKey: options.key,
      source: options.source,
      pullRequest: options.pullRequest,
    },
  });
}

describe('listTunelineJobs', () => {
  it('filters by Tuneline metadata (dataset, PR, source), newest first', async () => {
    test = await startTestEmulator({ speed: 0.01 });
    const client = test.client;
    const ids: Record<string, string> = {};
    for (const [name, options] of Object.entries({
      a1: { datasetPath: 'a.jsonl', pullRequest: 1, source: 'action', key: 'k1' },
      a2: { datasetPath: 'a.jsonl', pullRequest: 2, source: 'action', key: 'k2' },
      b1: { datasetPath: 'b.jsonl', pullRequest: 1, source: 'slack', key: 'k3' },
      a1again: { datasetPath: 'a.jsonl', pullRequest: 1, source: 'cli', key: 'k4' },
    } as const)) {
      ids[name] = await startPlainJob({ client, metadata: metadata(options) });
    }
    await startPlainJob({ client });

    const byDataset = await listTunelineJobs({ client, filter: { datasetPath: 'a.jsonl' } });
    expect(byDataset.map((job) => job.id)).toEqual([ids.a1again, ids.a2, ids.a1]);
    const byPullRequest = await listTunelineJobs({
      client,
      filter: { datasetPath: 'a.jsonl', pullRequest: 1 },
    });
    expect(byPullRequest.map((job) => job.id)).toEqual([ids.a1again, ids.a1]);
    const bySource = await listTunelineJobs({ client, filter: { source: 'slack' } });
    expect(bySource.map((job) => job.id)).toEqual([ids.b1]);
    expect(await listTunelineJobs({ client, filter: { requestKey: 'k2' }, limit: 5 })).toHaveLength(
      1,
    );
    expect(await listTunelineJobs({ client })).toHaveLength(5);
  });

  it('leaves out finished jobs when asked for active ones', async () => {
    test = await startTestEmulator({ speed: 0.01 });
    const client = test.client;
    const first = await startPlainJob({
      client,
      metadata: metadata({ datasetPath: 'a.jsonl', source: 'cli', key: 'x' }),
    });
    const second = await startPlainJob({
      client,
      metadata: metadata({ datasetPath: 'a.jsonl', source: 'cli', key: 'y' }),
    });
    await client.fineTuning.jobs.cancel(first);
    const active = await listTunelineJobs({
      client,
      filter: { datasetPath: 'a.jsonl' },
      activeOnly: true,
    });
    expect(active.map((job) => job.id)).toEqual([second]);
  });
});
