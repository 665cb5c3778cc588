import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestEmulator } from '@tuneline/testing';
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { schemaErrors } from '../testing/openai-schemas.fixture.js';
import { uploadJsonl, uploadWakannai, waitForStatus } from '../testing/test-emulator.fixture.js';

interface Delivery {
  readonly body: string;
  readonly headers: IncomingHttpHeaders;
}

const secret = `whsec_${Buffer.from('a very secret key for tests').toString('base64')}`;

/** A local endpoint that records deliveries and answers with the statuses it is given, then 200. */
async function startReceiver(statuses: number[] = []) {
  const deliveries: Delivery[] = [];
  const waiters: Array<() => void> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      response.writeHead(statuses.shift() ?? 200).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    deliveries,
    async waitFor(count: number): Promise<Delivery[]> {
      const deadline = Date.now() + 20_000;
      while (deliveries.length < count) {
        if (Date.now() > deadline) throw new Error(`Only ${deliveries.length} deliveries arrived.`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return deliveries;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('webhooks', () => {
  let emulator: Emulator | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  const verifier = new OpenAI({ apiKey: 'unused', webhookSecret: secret });

  beforeEach(() => {
    emulator = undefined;
    receiver = undefined;
  });

  afterEach(async () => {
    await emulator?.close();
    await receiver?.close();
  });

  it('posts fine_tuning.job.succeeded, signed so client.webhooks.unwrap accepts it', async () => {
    receiver = await startReceiver();
    const started = await startTestEmulator({
      speed: 5000,
      maxRetries: 0,
      webhook: { url: receiver.url, secret },
    });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, job.id, ['succeeded']);
    const [delivery] = await receiver.waitFor(1);
    if (!delivery) throw new Error('no delivery');
    expect(delivery.headers['content-type']).toBe('application/json');
    const event = await verifier.webhooks.unwrap(
      delivery.body,
      delivery.headers as Record<string, string>,
    );
    expect(event).toMatchObject({
      type: 'fine_tuning.job.succeeded',
      object: 'event',
      data: { id: job.id },
    });
    expect(event.id).toBe(delivery.headers['webhook-id']);
    expect(schemaErrors('WebhookFineTuningJobSucceeded', event)).toEqual([]);
  });

  it('signs so that a tampered body, a wrong secret or an old timestamp is rejected', async () => {
    receiver = await startReceiver();
    const started = await startTestEmulator({
      speed: 5000,
      maxRetries: 0,
      webhook: { url: receiver.url, secret },
    });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, job.id, ['succeeded']);
    const [delivery] = await receiver.waitFor(1);
    if (!delivery) throw new Error('no delivery');
    const headers = delivery.headers as Record<string, string>;
    const tampered = delivery.body.replace(job.id, 'ftjob-forged');
    await expect(verifier.webhooks.unwrap(tampered, headers)).rejects.toBeInstanceOf(
      OpenAI.InvalidWebhookSignatureError,
    );
    const otherSecret = `whsec_${Buffer.from('another key').toString('base64')}`;
    await expect(
      verifier.webhooks.unwrap(delivery.body, headers, otherSecret),
    ).rejects.toBeInstanceOf(OpenAI.InvalidWebhookSignatureError);
    const stale = {
      ...headers,
      'webhook-timestamp': String(Number(headers['webhook-timestamp']) - 3600),
    };
    await expect(verifier.webhooks.unwrap(delivery.body, stale)).rejects.toBeInstanceOf(
      OpenAI.InvalidWebhookSignatureError,
    );
  });

  it('retries a failed delivery with the same webhook-id, signed afresh', async () => {
    receiver = await startReceiver([500, 503]);
    const started = await startTestEmulator({
      speed: 5000,
      maxRetries: 0,
      webhook: { url: receiver.url, secret, retryDelaysMs: [1000] },
    });
    emulator = started.emulator;
    const { client } = started;
    const file = await uploadWakannai(client);
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await waitForStatus(client, job.id, ['succeeded']);
    const deliveries = await receiver.waitFor(3);
    expect(new Set(deliveries.map((delivery) => delivery.headers['webhook-id'])).size).toBe(1);
    for (const delivery of deliveries) {
      await expect(
        verifier.webhooks.unwrap(delivery.body, delivery.headers as Record<string, string>),
      ).resolves.toMatchObject({ data: { id: job.id } });
    }
  });

  it('posts fine_tuning.job.failed and fine_tuning.job.cancelled', async () => {
    receiver = await startReceiver();
    const started = await startTestEmulator({
      maxRetries: 0,
      speed: 1,
      webhook: { url: receiver.url, secret },
    });
    emulator = started.emulator;
    const { client } = started;
    const broken = await uploadJsonl(client, ['not json'], 'broken.jsonl');
    const failing = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: broken.id,
    });
    await waitForStatus(client, failing.id, ['failed']);
    const file = await uploadWakannai(client);
    const cancelling = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    await client.fineTuning.jobs.cancel(cancelling.id);
    const deliveries = await receiver.waitFor(2);
    const events = await Promise.all(
      deliveries.map((delivery) =>
        verifier.webhooks.unwrap(delivery.body, delivery.headers as Record<string, string>),
      ),
    );
    expect(events.map((event) => [event.type, (event.data as { id: string }).id]).sort()).toEqual(
      [
        ['fine_tuning.job.cancelled', cancelling.id],
        ['fine_tuning.job.failed', failing.id],
      ].sort(),
    );
    for (const event of events) {
      const schema =
        event.type === 'fine_tuning.job.failed'
          ? 'WebhookFineTuningJobFailed'
          : 'WebhookFineTuningJobCancelled';
      expect(schemaErrors(schema, event)).toEqual([]);
    }
  });
});
