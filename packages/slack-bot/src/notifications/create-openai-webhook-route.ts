import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute, Logger } from '@slack/bolt';
import OpenAI from 'openai';
import type { StateStore } from '../store/state-store.js';
import type { AnnounceJobEnd } from './announce-job-end.js';
import { BodyTooLargeError, readRawBody } from './read-raw-body.js';

export const openAIWebhookPath = '/webhooks/openai';

/** OpenAI retries a delivery for up to 72 h; remember its `webhook-id` a day longer. */
export const webhookClaimSeconds = 4 * 24 * 60 * 60;

/** Standard Webhooks' tolerance, as OpenAI's SDK applies it: 5 minutes either way. */
const toleranceSeconds = 300;

const maxBodyBytes = 1024 * 1024;

const jobEndTypes = new Set([
  'fine_tuning.job.succeeded',
  'fine_tuning.job.failed',
  'fine_tuning.job.cancelled',
]);

function reply(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The `POST /webhooks/openai` route: verifies the Standard Webhooks signature with the SDK's
 * `client.webhooks.unwrap` (raw body, 5-minute tolerance), handles each `webhook-id` once across
 * replicas, and announces `fine_tuning.job.succeeded|failed|cancelled`. A forged signature gets
 * 401, a missing header or a stale timestamp 400, and a delivery whose announcement failed 500
 * with its claim given back, so OpenAI's redelivery announces it.
 * @example new App({ receiver: new HTTPReceiver({ signingSecret, customRoutes: [createOpenAIWebhookRoute(...)] }) })
 */
export function createOpenAIWebhookRoute(options: {
  openai: OpenAI;
  secret: string;
  store: StateStore;
  announce: AnnounceJobEnd;
  logger: Logger;
}): CustomRoute {
  const { openai, secret, store, announce, logger } = options;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body: string;
    try {
      body = await readRawBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return reply(response, 413, { error: 'too_large' });
      throw error;
    }

    let event: Awaited<ReturnType<OpenAI['webhooks']['unwrap']>>;
    try {
      event = await openai.webhooks.unwrap(body, request.headers, secret, toleranceSeconds);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'invalid webhook';
      const forged =
        error instanceof OpenAI.InvalidWebhookSignatureError && /signature/i.test(message);
      logger.warn(`Refused an OpenAI webhook: ${message}`);
      return reply(response, forged ? 401 : 400, { error: message });
    }

    const webhookId = headerValue(request, 'webhook-id') ?? event.id;
    const claimKey = `webhook:${webhookId}`;
    if (!(await store.claim(claimKey, webhookClaimSeconds))) {
      return reply(response, 200, { status: 'duplicate' });
    }
    if (!jobEndTypes.has(event.type)) return reply(response, 200, { status: 'ignored' });

    const jobId = (event.data as { id?: unknown }).id;
    if (typeof jobId !== 'string') return reply(response, 200, { status: 'ignored' });
    try {
      const outcome = await announce(jobId);
      logger.info(`OpenAI webhook ${webhookId} (${event.type}, ${jobId}): ${outcome}`);
      if (outcome === 'not-ended') {
        // The job does not show its end yet: let OpenAI deliver this again later.
        await store.release(claimKey);
        return reply(response, 503, { status: outcome });
      }
      reply(response, 200, { status: outcome });
    } catch (error) {
      await store.release(claimKey);
      logger.warn(
        `Could not announce ${jobId} from webhook ${webhookId}; OpenAI will redeliver it: ${error instanceof Error ? error.message : String(error)}`,
      );
      reply(response, 500, { error: 'announcement_failed' });
    }
  }

  return {
    path: openAIWebhookPath,
    method: 'POST',
    handler: (request, response) => {
      handle(request, response).catch((error: unknown) => {
        logger.error(
          `OpenAI webhook handler failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (!response.headersSent) reply(response, 500, { error: 'internal' });
      });
    },
  };
}
