import type { EmulatorClock } from '../clock/emulator-clock.js';
import { createId } from '../random/create-id.js';
import { signWebhook } from './sign-webhook.js';
import type { WebhookOptions } from './webhook-options.js';

export type FineTuningWebhookType =
  | 'fine_tuning.job.succeeded'
  | 'fine_tuning.job.failed'
  | 'fine_tuning.job.cancelled';

/** Sends signed webhook events, retrying failed deliveries on the emulator's clock. */
export interface WebhookSender {
  send(type: FineTuningWebhookType, jobId: string): void;
  /** Stops retries and waits for deliveries in flight. */
  close(): Promise<void>;
}

const defaultRetryDelaysMs = [1000, 5000, 30_000, 120_000];

/**
 * Delivers each event as OpenAI does: `{ id, object: 'event', created_at, type, data: { id } }`
 * with `webhook-id`, `webhook-timestamp` and `webhook-signature` headers. A delivery that fails
 * (network error or non-2xx) is retried with the same `webhook-id`, freshly signed.
 */
export function createWebhookSender(options: {
  webhook: WebhookOptions;
  clock: EmulatorClock;
  log: (line: string) => void;
}): WebhookSender {
  const { webhook, clock, log } = options;
  const maxAttempts = webhook.maxAttempts ?? 5;
  const retryDelaysMs = webhook.retryDelaysMs ?? defaultRetryDelaysMs;
  const pendingRetries = new Set<() => void>();
  const inFlight = new Set<Promise<void>>();
  const abort = new AbortController();
  let closed = false;

  async function deliver(eventId: string, body: string, attempt: number): Promise<void> {
    const timestamp = Math.floor(clock.now() / 1000);
    let failure: string | undefined;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'OpenAI/1.0 (+https://platform.openai.com/docs/webhooks)',
          'webhook-id': eventId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook({
            id: eventId,
            timestamp,
            body,
            secret: webhook.secret,
          }),
        },
        body,
        signal: abort.signal,
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) failure = `status ${response.status}`;
    } catch (error) {
      failure = (error as Error).message;
    }
    if (failure === undefined) {
      log(`webhook ${eventId} delivered (attempt ${attempt})`);
      return;
    }
    if (closed) return;
    if (attempt >= maxAttempts) {
      log(`webhook ${eventId} failed after ${attempt} attempts: ${failure}`);
      return;
    }
    const delay = retryDelaysMs[Math.min(attempt - 1, retryDelaysMs.length - 1)] ?? 1000;
    log(`webhook ${eventId} attempt ${attempt} failed (${failure}); retrying`);
    const cancel = clock.schedule(delay, () => {
      pendingRetries.delete(cancel);
      track(deliver(eventId, body, attempt + 1));
    });
    pendingRetries.add(cancel);
  }

  function track(delivery: Promise<void>): void {
    inFlight.add(delivery);
    void delivery.finally(() => inFlight.delete(delivery));
  }

  return {
    send(type, jobId) {
      if (closed) return;
      const eventId = createId('evt_', 24);
      const body = JSON.stringify({
        id: eventId,
        object: 'event',
        created_at: Math.floor(clock.now() / 1000),
        type,
        data: { id: jobId },
      });
      track(deliver(eventId, body, 1));
    },
    async close() {
      closed = true;
      for (const cancel of pendingRetries) cancel();
      pendingRetries.clear();
      abort.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}
