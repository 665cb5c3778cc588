import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { signWebhook } from './sign-webhook.js';

describe('signWebhook', () => {
  it('matches the Standard Webhooks reference vector', () => {
    expect(
      signWebhook({
        id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        timestamp: 1614265330,
        body: '{"test": 2432232314}',
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      }),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('produces signatures the openai SDK verifies', async () => {
    const client = new OpenAI({ apiKey: 'unused' });
    const secret = `whsec_${Buffer.from('emulator-secret').toString('base64')}`;
    const body = JSON.stringify({
      id: 'evt_1',
      object: 'event',
      created_at: 1,
      type: 'fine_tuning.job.succeeded',
      data: { id: 'ftjob-1' },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ id: 'evt_1', timestamp, body, secret }),
    };
    await expect(client.webhooks.unwrap(body, headers, secret)).resolves.toMatchObject({
      id: 'evt_1',
    });
    await expect(
      client.webhooks.unwrap(body.replace('ftjob-1', 'ftjob-2'), headers, secret),
    ).rejects.toBeInstanceOf(OpenAI.InvalidWebhookSignatureError);
  });
});
