import { createHmac } from 'node:crypto';

/**
 * Signs a webhook as Standard Webhooks (and OpenAI) do: `v1,` + base64 HMAC-SHA256, keyed by the
 * base64 part of a `whsec_` secret, of `"{id}.{timestamp}.{body}"`.
 * @example signWebhook({ id: 'evt_1', timestamp: 1700000000, body: '{}', secret: 'whsec_c2VjcmV0' })
 */
export function signWebhook(options: {
  id: string;
  timestamp: number;
  body: string;
  secret: string;
}): string {
  const key = options.secret.startsWith('whsec_')
    ? Buffer.from(options.secret.slice('whsec_'.length), 'base64')
    : Buffer.from(options.secret, 'utf8');
  const digest = createHmac('sha256', key)
    .update(`${options.id}.${options.timestamp}.${options.body}`)
    .digest('base64');
  return `v1,${digest}`;
}
