import { createHmac } from 'node:crypto';

/** Signs a body as Slack does: v0 HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function signSlackBody(options: {
  signingSecret: string;
  body: string;
  timestamp?: number;
}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', options.signingSecret)
    .update(`v0:${timestamp}:${options.body}`)
    .digest('hex');
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${signature}`,
  };
}

/** Sends a signed request to the bot's `/slack/events`, as Slack would. */
export async function sendSignedRequest(options: {
  url: string;
  signingSecret: string;
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  timestamp?: number;
  headers?: Record<string, string>;
  signature?: string;
}): Promise<{ status: number; body: string; elapsedMs: number }> {
  const started = performance.now();
  const signed = signSlackBody({
    signingSecret: options.signingSecret,
    body: options.body,
    ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
  });
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      ...signed,
      ...(options.signature === undefined ? {} : { 'x-slack-signature': options.signature }),
      ...options.headers,
    },
    body: options.body,
  });
  const body = await response.text();
  return { status: response.status, body, elapsedMs: performance.now() - started };
}

/** A slash command's form body, as Slack posts it. */
export function slashCommandBody(options: {
  text: string;
  userId: string;
  channelId: string;
  teamId: string;
  responseUrl: string;
  command?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: options.teamId,
    team_domain: 'tuneline-test',
    channel_id: options.channelId,
    channel_name: 'fine-tuning',
    user_id: options.userId,
    user_name: options.userId.toLowerCase(),
    command: options.command ?? '/finetune',
    text: options.text,
    api_app_id: 'A0TUNELINE',
    is_enterprise_install: 'false',
    response_url: options.responseUrl,
    trigger_id: '1337.42.abcd',
  }).toString();
}

/** A block action's form body (`payload=` JSON), as Slack posts it when a button is pressed. */
export function blockActionBody(options: {
  actionId: string;
  value: string;
  userId: string;
  channelId: string;
  teamId: string;
  responseUrl: string;
  messageTs?: string;
}): string {
  const payload = {
    type: 'block_actions',
    user: { id: options.userId, username: options.userId.toLowerCase(), team_id: options.teamId },
    api_app_id: 'A0TUNELINE',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: options.messageTs ?? '1780000000.000001',
      channel_id: options.channelId,
      is_ephemeral: true,
    },
    trigger_id: '1337.42.abcd',
    team: { id: options.teamId, domain: 'tuneline-test' },
    channel: { id: options.channelId, name: 'fine-tuning' },
    response_url: options.responseUrl,
    actions: [
      {
        action_id: options.actionId,
        block_id: 'tuneline',
        type: 'button',
        value: options.value,
        action_ts: '1780000000.100000',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** An Events API envelope around `event`, as Slack posts it. */
export function eventEnvelope(options: {
  event: Record<string, unknown>;
  eventId: string;
  teamId: string;
  appId?: string;
}): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: options.teamId,
    api_app_id: options.appId ?? 'A0TUNELINE',
    event: options.event,
    type: 'event_callback',
    event_id: options.eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: options.teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  });
}

/** Waits until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  options: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${options.what ?? 'a condition'}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
