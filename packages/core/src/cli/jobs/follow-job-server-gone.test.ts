import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TunelineError } from '../../errors/tuneline-error.js';
import { createOpenAIClient } from '../../fine-tuning/create-openai-client.js';
import { followJob } from './follow-job.js';

const jobId = 'ftjob-abc123';
const runningJob = {
  id: jobId,
  object: 'fine_tuning.job',
  created_at: 1_700_000_000,
  model: 'gpt-4o-mini-2024-07-18',
  status: 'running',
  fine_tuned_model: null,
  finished_at: null,
  training_file: 'file-abc',
  validation_file: null,
  hyperparameters: { n_epochs: 3 },
  trained_tokens: null,
  error: null,
  result_files: [],
  organization_id: 'org-x',
  seed: 1,
};

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A fake API that answers `healthy(request number)` requests and drops the connection of the others. */
async function startFlakyServer(healthy: (request: number) => boolean): Promise<string> {
  let requests = 0;
  const server = createServer((request, response) => {
    requests++;
    if (!healthy(requests)) {
      request.socket.destroy();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    if (request.url?.includes('/events')) {
      response.end(JSON.stringify({ object: 'list', data: [], has_more: false }));
    } else {
      response.end(JSON.stringify(runningJob));
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

function captureIo() {
  const output = { stdout: '', stderr: '' };
  return {
    output,
    io: {
      stdout: { write: (text: string) => (output.stdout += text) },
      stderr: { write: (text: string) => (output.stderr += text) },
      env: {},
      cwd: process.cwd(),
    },
  };
}

describe('following a job when the API goes away', () => {
  it('says so once on stderr, retries, and gives up at the stated point', async () => {
    const baseURL = await startFlakyServer((request) => request <= 2);
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL, maxRetries: 0 });
    const { io, output } = captureIo();
    const error = await followJob({
      client,
      jobId,
      io,
      json: false,
      pollIntervalMilliseconds: 20,
      maxConsecutiveFailureMilliseconds: 1500,
    }).catch((caught: unknown) => caught);
    expect(TunelineError.isInstance(error)).toBe(true);
    expect((error as TunelineError).code).toBe('timeout');
    expect((error as TunelineError).message).toContain('Stopped watching job ftjob-abc123');
    expect((error as TunelineError).message).toContain('The job itself goes on');
    expect(output.stderr.match(/Lost contact with the API/g)).toHaveLength(1);
    expect(output.stderr).toContain('Cannot reach');
    expect(output.stderr).toContain('then giving up');
  });

  it('says when the API answers again, and keeps watching', async () => {
    const baseURL = await startFlakyServer((request) => request <= 2 || request > 6);
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL, maxRetries: 0 });
    const { io, output } = captureIo();
    const stop = followJob({
      client,
      jobId,
      io,
      json: false,
      pollIntervalMilliseconds: 20,
      timeoutMilliseconds: 3000,
      maxConsecutiveFailureMilliseconds: 60_000,
    });
    const followed = await stop;
    expect(followed.outcome).toBe('timeout');
    expect(output.stderr.match(/Lost contact with the API/g)).toHaveLength(1);
    expect(output.stderr).toContain('The API answers again');
  });
});
