import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import { signWebhook } from '@tuneline/emulator';
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStateStore } from '../store/memory-state-store.js';
import type { AnnounceJobEnd } from './announce-job-end.js';
import { createOpenAIWebhookRoute, openAIWebhookPath } from './create-openai-webhook-route.js';

const secret = `whsec_${Buffer.from('route test secret').toString('base64')}`;
const silentLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => 'info',
  setName() {},
} as unknown as Logger;

function delivery(options: {
  id?: string;
  type?: string;
  jobId?: string;
  ageSeconds?: number;
  signWith?: string;
}) {
  const id = options.id ?? 'evt_route_1';
  const timestamp = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
  const body = JSON.stringify({
    id,
    object: 'event',
    created_at: timestamp,
    type: options.type ?? 'fine_tuning.job.succeeded',
    data: { id: options.jobId ?? 'ftjob-route-1' },
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ id, timestamp, body, secret: options.signWith ?? secret }),
    },
  };
}

describe('createOpenAIWebhookRoute', () => {
  let server: Server;
  let url: string;
  let announced: string[];
  let failuresLeft: number;
  let notEndedLeft: number;

  beforeEach(async () => {
    announced = [];
    failuresLeft = 0;
    notEndedLeft = 0;
    const announce: AnnounceJobEnd = async (jobId) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('chat.postMessage failed: internal_error');
      }
      if (notEndedLeft > 0) {
        notEndedLeft -= 1;
        return 'not-ended';
      }
      announced.push(jobId);
      return 'announced';
    };
    const route = createOpenAIWebhookRoute({
      openai: new OpenAI({ apiKey: 'unused' }),
      secret,
      store: createMemoryStateStore(),
      announce,
      logger: silentLogger,
    });
    server = createServer((request, response) => {
      if (request.url === route.path && request.method === route.method)
        route.handler(request, response);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${openAIWebhookPath}`;
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const post = (request: { body: string; headers: Record<string, string> }) =>
    fetch(url, { method: 'POST', body: request.body, headers: request.headers });

  it('announces a signed fine_tuning.job.succeeded once, however often it is delivered', async () => {
    const signed = delivery({ jobId: 'ftjob-a' });
    const responses = await Promise.all([post(signed), post(signed), post(signed)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(announced).toEqual(['ftjob-a']);
  });

  it('refuses a forged signature with 401 and a tampered body with 401', async () => {
    const forged = delivery({
      signWith: `whsec_${Buffer.from('not the secret').toString('base64')}`,
    });
    expect((await post(forged)).status).toBe(401);
    const signed = delivery({ jobId: 'ftjob-b' });
    const tampered = { ...signed, body: signed.body.replace('ftjob-b', 'ftjob-evil') };
    expect((await post(tampered)).status).toBe(401);
    expect(announced).toEqual([]);
  });

  it('refuses a 10-minute-old delivery and one without signature headers with 400', async () => {
    expect((await post(delivery({ ageSeconds: 600 }))).status).toBe(400);
    const signed = delivery({});
    const { 'webhook-signature': _dropped, ...unsigned } = signed.headers;
    expect((await post({ body: signed.body, headers: unsigned })).status).toBe(400);
    expect(announced).toEqual([]);
  });

  it('answers 500 when the announcement fails, so the redelivery announces it', async () => {
    failuresLeft = 1;
    const signed = delivery({ id: 'evt_retry', jobId: 'ftjob-c' });
    expect((await post(signed)).status).toBe(500);
    expect(announced).toEqual([]);
    expect((await post(signed)).status).toBe(200);
    expect(announced).toEqual(['ftjob-c']);
  });

  it('answers 503 while the job does not show its end yet, so the redelivery announces it', async () => {
    notEndedLeft = 1;
    const signed = delivery({ id: 'evt_early', jobId: 'ftjob-d' });
    expect((await post(signed)).status).toBe(503);
    expect((await post(signed)).status).toBe(200);
    expect(announced).toEqual(['ftjob-d']);
  });

  it('acknowledges other event types without announcing', async () => {
    const response = await post(delivery({ id: 'evt_other', type: 'batch.completed' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ignored' });
    expect(announced).toEqual([]);
  });
});
