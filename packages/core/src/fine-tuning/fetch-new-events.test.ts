import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchNewEvents } from './fetch-new-events.js';
import { startPlainJob } from './job-lifecycle.fixture.js';
import { watchJob } from './watch-job.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('fetchNewEvents', () => {
  it('pages back with after until it reaches a seen event: none missed, none repeated, oldest first', async () => {
    test = await startTestEmulator({ speed: 100 });
    const jobId = await startPlainJob({ client: test.client });
    for await (const update of watchJob({
      client: test.client,
      jobId,
      pollIntervalMilliseconds: 10,
      waitForModel: false,
    })) {
      if (update.type === 'end') break;
    }
    const newestFirst: string[] = [];
    for await (const event of test.client.fineTuning.jobs.listEvents(jobId, { limit: 100 }))
      newestFirst.push(event.id);
    const chronological = [...newestFirst].reverse();
    expect(chronological.length).toBeGreaterThan(30);

    // Pretend the first 10 were seen on an earlier poll: the rest arrive, over several pages.
    const seen = new Set(chronological.slice(0, 10));
    const pagesBefore = test.requests.length;
    const fresh = await fetchNewEvents({ client: test.client, jobId, seen, pageSize: 7 });
    expect(fresh.map((event) => event.id)).toEqual(chronological.slice(10));
    expect(test.requests.length - pagesBefore).toBe(Math.ceil((chronological.length - 10 + 1) / 7));
    expect(seen.size).toBe(chronological.length);
    expect(await fetchNewEvents({ client: test.client, jobId, seen, pageSize: 7 })).toEqual([]);
  });
});
