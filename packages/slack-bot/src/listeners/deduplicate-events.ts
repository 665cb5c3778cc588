import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { BotServices } from '../bot-services.js';

/** Slack retries an event for up to about an hour in the worst case; ten minutes covers its retries. */
export const eventClaimSeconds = 600;

/**
 * Global middleware: an Events API delivery whose app + team + event_id was already seen (a
 * retry, or a delivery to another replica) stops here. `event_id` is shared by every app a
 * message addresses, hence the app in the key.
 */
export function deduplicateEvents(services: BotServices): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context }) => {
    const envelope = body as {
      type?: unknown;
      event_id?: unknown;
      api_app_id?: unknown;
      team_id?: unknown;
    };
    if (envelope.type !== 'event_callback' || typeof envelope.event_id !== 'string') {
      await next();
      return;
    }
    const key = `event:${String(envelope.api_app_id)}:${String(envelope.team_id)}:${envelope.event_id}`;
    if (!(await services.store.claim(key, eventClaimSeconds))) {
      services.logger.debug(
        `Skipping event ${envelope.event_id}: already handled (retry ${String(context.retryNum ?? 0)})`,
      );
      return;
    }
    await next();
  };
}
