import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeSocket, serveWebSockets } from './fake-socket-server.js';

/** One Web API call or response_url post the bot made, its parameters decoded. */
export interface RecordedSlackCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** What the fake answered: `ok`, or the error code (`ratelimited` for a 429). */
  readonly outcome: string;
  readonly at: number;
}

/** A message as the fake Slack holds it: the text people would see once it settles. */
export interface FakeSlackMessage {
  readonly channel: string;
  readonly ts: string;
  readonly threadTs: string | undefined;
  readonly user: string;
  readonly botId: string | undefined;
  text: string;
  blocks: unknown[] | undefined;
  metadata: { event_type: string; event_payload: Record<string, unknown> } | undefined;
  readonly clientMsgId: string | undefined;
  /** Open streams accept appends; a stopped or expired stream does not. */
  streaming: boolean;
  streamMode: 'markdown_text' | 'chunks' | undefined;
  streamStartedAt: number;
  appendsLeft: number | undefined;
  readonly edits: string[];
}

/** A post to a command's or action's response_url. */
export interface FakeResponsePost {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export interface FakeSlackOptions {
  readonly botUserId?: string;
  readonly botId?: string;
  readonly teamId?: string;
  /** How long a stream stays open; Slack ends streams after about 5 minutes. */
  readonly streamLifetimeMs?: number;
  /** Per-workspace cap on the streaming methods: past it, 429 with Retry-After. */
  readonly streamingRateLimit?: {
    readonly limit: number;
    readonly windowMs: number;
    readonly retryAfterSeconds?: number;
  };
  /** `markdown_text` limit per message (Slack: 12,000). */
  readonly maxMarkdownChars?: number;
  /** `text` limit of chat.update (Slack: 4,000). */
  readonly maxUpdateTextChars?: number;
  /** When set, calls with another bearer token get `invalid_auth`. */
  readonly botToken?: string;
}

class SlackFailure extends Error {
  constructor(
    readonly error: string,
    readonly status = 200,
    readonly headers: Record<string, string> = {},
  ) {
    super(error);
  }
}

function decodeValue(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return value;
    }
  }
  return value;
}

async function readParams(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  if ((request.headers['content-type'] ?? '').includes('application/json')) {
    return JSON.parse(text) as Record<string, unknown>;
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) params[key] = decodeValue(value);
  return params;
}

function textOfChunks(chunks: unknown): string {
  if (!Array.isArray(chunks)) return '';
  return chunks
    .map((chunk) =>
      typeof chunk === 'object' &&
      chunk !== null &&
      (chunk as { type?: unknown }).type === 'markdown_text'
        ? String((chunk as { text?: unknown }).text ?? '')
        : '',
    )
    .join('');
}

/**
 * A local stand-in for Slack's Web API (point the bot's `slackApiUrl` at `url`): it answers the
 * methods the bot calls, records every call, holds the text each message ends with, and enforces
 * what Slack enforces where it matters: 429 with Retry-After on the streaming methods, streams
 * that expire, `msg_too_long`, and the recipient fields a channel stream needs.
 * @example const slack = await startFakeSlackApi(); … expect(slack.threadText('C1', ts)).toBe('…');
 */
export async function startFakeSlackApi(options: FakeSlackOptions = {}) {
  const botUserId = options.botUserId ?? 'UBOT';
  const botId = options.botId ?? 'BBOT';
  const teamId = options.teamId ?? 'T0TEAM';
  const maxMarkdownChars = options.maxMarkdownChars ?? 12_000;
  const maxUpdateTextChars = options.maxUpdateTextChars ?? 4_000;
  let streamLifetimeMs = options.streamLifetimeMs ?? 300_000;
  let streamingRateLimit = options.streamingRateLimit;

  const calls: RecordedSlackCall[] = [];
  const responsePosts: FakeResponsePost[] = [];
  const messages: FakeSlackMessage[] = [];
  const ephemerals: Record<string, unknown>[] = [];
  const streamingCallTimes: number[] = [];
  const failures = new Map<string, string[]>();
  let streamAppendBudget: number | undefined;
  let clock = 1_780_000_000;
  let sequence = 0;

  function nextTs(): string {
    sequence += 1;
    return `${clock}.${String(sequence).padStart(6, '0')}`;
  }

  function find(channel: unknown, ts: unknown): FakeSlackMessage {
    const message = messages.find((item) => item.channel === channel && item.ts === ts);
    if (message === undefined) throw new SlackFailure('message_not_found');
    return message;
  }

  function requireString(params: Record<string, unknown>, name: string): string {
    const value = params[name];
    if (typeof value !== 'string' || value === '') throw new SlackFailure(`missing_${name}`);
    return value;
  }

  function markdownOf(params: Record<string, unknown>): string {
    const hasMarkdown = typeof params.markdown_text === 'string';
    const hasChunks = params.chunks !== undefined;
    if (hasMarkdown && hasChunks) {
      throw new SlackFailure('cannot_provide_both_markdown_text_and_chunks');
    }
    return hasMarkdown ? String(params.markdown_text) : textOfChunks(params.chunks);
  }

  function modeOf(params: Record<string, unknown>): FakeSlackMessage['streamMode'] {
    if (typeof params.markdown_text === 'string') return 'markdown_text';
    if (params.chunks !== undefined) return 'chunks';
    return undefined;
  }

  function checkStreaming(message: FakeSlackMessage, params: Record<string, unknown>): void {
    if (message.streaming && Date.now() - message.streamStartedAt > streamLifetimeMs) {
      message.streaming = false;
    }
    if (!message.streaming) throw new SlackFailure('message_not_in_streaming_state');
    const mode = modeOf(params);
    if (mode !== undefined && message.streamMode !== undefined && mode !== message.streamMode) {
      throw new SlackFailure('streaming_mode_mismatch');
    }
    if (mode !== undefined && message.streamMode === undefined) message.streamMode = mode;
  }

  function rateLimitStreaming(): void {
    if (streamingRateLimit === undefined) return;
    const now = Date.now();
    while (
      streamingCallTimes.length > 0 &&
      (streamingCallTimes[0] ?? 0) <= now - streamingRateLimit.windowMs
    ) {
      streamingCallTimes.shift();
    }
    if (streamingCallTimes.length >= streamingRateLimit.limit) {
      throw new SlackFailure('ratelimited', 429, {
        'retry-after': String(streamingRateLimit.retryAfterSeconds ?? 1),
      });
    }
    streamingCallTimes.push(now);
  }

  function metadataOf(params: Record<string, unknown>): FakeSlackMessage['metadata'] {
    const metadata = params.metadata;
    if (typeof metadata !== 'object' || metadata === null) return undefined;
    return metadata as FakeSlackMessage['metadata'];
  }

  function botMessage(params: Record<string, unknown>, text: string): FakeSlackMessage {
    const channel = requireString(params, 'channel');
    const threadTs = typeof params.thread_ts === 'string' ? params.thread_ts : undefined;
    const message: FakeSlackMessage = {
      channel,
      ts: nextTs(),
      threadTs,
      user: botUserId,
      botId,
      text,
      blocks: Array.isArray(params.blocks) ? params.blocks : undefined,
      metadata: metadataOf(params),
      clientMsgId: undefined,
      streaming: false,
      streamMode: undefined,
      streamStartedAt: 0,
      appendsLeft: undefined,
      edits: [],
    };
    messages.push(message);
    return message;
  }

  function toSlackMessage(message: FakeSlackMessage, includeMetadata: boolean) {
    return {
      type: 'message',
      ts: message.ts,
      ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
      user: message.user,
      ...(message.botId === undefined ? {} : { bot_id: message.botId }),
      text: message.text,
      ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
      ...(message.clientMsgId === undefined ? {} : { client_msg_id: message.clientMsgId }),
      ...(includeMetadata && message.metadata !== undefined ? { metadata: message.metadata } : {}),
    };
  }

  const methods: Record<string, (params: Record<string, unknown>) => Record<string, unknown>> = {
    'apps.connections.open': () => ({ url: `ws://127.0.0.1:${port}/socket` }),
    'auth.test': () => ({
      url: 'https://tuneline-test.slack.com/',
      team: 'Tuneline test',
      user: 'tuneline',
      team_id: teamId,
      user_id: botUserId,
      bot_id: botId,
      is_enterprise_install: false,
    }),
    'chat.postMessage': (params) => {
      const text = markdownOf(params) || String(params.text ?? '');
      if (typeof params.markdown_text === 'string' && text.length > maxMarkdownChars) {
        throw new SlackFailure('msg_too_long');
      }
      if (text.length > 40_000) throw new SlackFailure('msg_too_long');
      const message = botMessage(params, text);
      return { channel: message.channel, ts: message.ts, message: toSlackMessage(message, true) };
    },
    'chat.update': (params) => {
      const message = find(params.channel, params.ts);
      if (message.streaming && Date.now() - message.streamStartedAt <= streamLifetimeMs) {
        throw new SlackFailure('streaming_state_conflict');
      }
      message.streaming = false;
      const text =
        typeof params.markdown_text === 'string' ? params.markdown_text : String(params.text ?? '');
      const limit =
        typeof params.markdown_text === 'string' ? maxMarkdownChars : maxUpdateTextChars;
      if (text.length > limit) throw new SlackFailure('msg_too_long');
      message.text = text;
      message.edits.push(text);
      if (Array.isArray(params.blocks)) message.blocks = params.blocks;
      const metadata = metadataOf(params);
      if (metadata !== undefined) message.metadata = metadata;
      return { channel: message.channel, ts: message.ts, text };
    },
    'chat.postEphemeral': (params) => {
      requireString(params, 'channel');
      requireString(params, 'user');
      ephemerals.push(params);
      return { message_ts: nextTs() };
    },
    'chat.startStream': (params) => {
      rateLimitStreaming();
      const channel = requireString(params, 'channel');
      requireString(params, 'thread_ts');
      if (!channel.startsWith('D')) {
        requireString(params, 'recipient_user_id');
        requireString(params, 'recipient_team_id');
      }
      const text = markdownOf(params);
      if (text.length > maxMarkdownChars) throw new SlackFailure('msg_too_long');
      const message = botMessage(params, text);
      message.streaming = true;
      message.streamMode = modeOf(params);
      message.streamStartedAt = Date.now();
      message.appendsLeft = streamAppendBudget;
      streamAppendBudget = undefined;
      return { channel: message.channel, ts: message.ts };
    },
    'chat.appendStream': (params) => {
      rateLimitStreaming();
      const message = find(params.channel, params.ts);
      if (message.appendsLeft !== undefined) {
        if (message.appendsLeft <= 0) message.streaming = false;
        else message.appendsLeft -= 1;
      }
      checkStreaming(message, params);
      const text = markdownOf(params);
      if (message.text.length + text.length > maxMarkdownChars) {
        throw new SlackFailure('msg_too_long');
      }
      message.text += text;
      return { channel: message.channel, ts: message.ts };
    },
    'chat.stopStream': (params) => {
      rateLimitStreaming();
      const message = find(params.channel, params.ts);
      checkStreaming(message, params);
      const text = markdownOf(params);
      if (message.text.length + text.length > maxMarkdownChars) {
        throw new SlackFailure('msg_too_long');
      }
      message.text += text;
      message.streaming = false;
      if (Array.isArray(params.blocks)) message.blocks = params.blocks;
      const metadata = metadataOf(params);
      if (metadata !== undefined) message.metadata = metadata;
      return { channel: message.channel, ts: message.ts, message: toSlackMessage(message, true) };
    },
    'conversations.replies': (params) => {
      const channel = requireString(params, 'channel');
      const ts = requireString(params, 'ts');
      const thread = messages
        .filter((item) => item.channel === channel && (item.ts === ts || item.threadTs === ts))
        .sort((left, right) => left.ts.localeCompare(right.ts));
      if (thread.length === 0) throw new SlackFailure('thread_not_found');
      const includeMetadata = String(params.include_all_metadata) === 'true';
      const limit = Math.min(Number(params.limit ?? 1000) || 1000, 1000);
      const start =
        typeof params.cursor === 'string' && params.cursor !== '' ? Number(params.cursor) : 0;
      const page = thread.slice(start, start + limit);
      const hasMore = start + limit < thread.length;
      return {
        messages: page.map((item) => toSlackMessage(item, includeMetadata)),
        has_more: hasMore,
        response_metadata: { next_cursor: hasMore ? String(start + limit) : '' },
      };
    },
  };

  function send(response: ServerResponse, status: number, body: unknown, headers = {}) {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }

  const server = createServer(async (request, response) => {
    try {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const params = await readParams(request);
      if (path.startsWith('/response/')) {
        responsePosts.push({ path, body: params, at: Date.now() });
        calls.push({
          method: 'response_url',
          params: { path, ...params },
          outcome: 'ok',
          at: Date.now(),
        });
        send(response, 200, { ok: true });
        return;
      }
      const method = path.replace(/^\/api\//, '');
      const handler = methods[method];
      try {
        if (handler === undefined) throw new SlackFailure('unknown_method');
        if (
          options.botToken !== undefined &&
          request.headers.authorization !== `Bearer ${options.botToken}`
        ) {
          throw new SlackFailure('invalid_auth');
        }
        const queued = failures.get(method);
        const injected = queued?.shift();
        if (injected !== undefined) {
          const httpStatus = /^http_(\d{3})$/.exec(injected)?.[1];
          throw new SlackFailure(injected, httpStatus === undefined ? 200 : Number(httpStatus));
        }
        const result = handler(params);
        calls.push({ method, params, outcome: 'ok', at: Date.now() });
        send(response, 200, { ok: true, ...result });
      } catch (error) {
        if (!(error instanceof SlackFailure)) throw error;
        calls.push({ method, params, outcome: error.error, at: Date.now() });
        send(response, error.status, { ok: false, error: error.error }, error.headers);
      }
    } catch (error) {
      send(response, 500, { ok: false, error: String(error) });
    }
  });
  // Socket Mode: apps.connections.open hands out this WebSocket; envelopes go down it.
  const connections = new Set<FakeSocket>();
  const pendingAcks = new Map<string, (message: Record<string, unknown>) => void>();
  const sockets = serveWebSockets({
    server,
    path: '/socket',
    onConnection(socket) {
      connections.add(socket);
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: connections.size,
          debug_info: {},
          connection_info: { app_id: 'A0TUNELINE' },
        }),
      );
    },
    onMessage(_socket, text) {
      const message = JSON.parse(text) as Record<string, unknown>;
      const envelopeId = String(message.envelope_id ?? '');
      pendingAcks.get(envelopeId)?.(message);
      pendingAcks.delete(envelopeId);
    },
    onClose(socket) {
      connections.delete(socket);
    },
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  function storeMessage(message: {
    channel: string;
    ts: string;
    threadTs?: string | undefined;
    user: string;
    botId: string | undefined;
    text: string;
    clientMsgId: string | undefined;
  }): FakeSlackMessage {
    const stored: FakeSlackMessage = {
      channel: message.channel,
      ts: message.ts,
      threadTs: message.threadTs,
      user: message.user,
      botId: message.botId,
      text: message.text,
      blocks: undefined,
      metadata: undefined,
      clientMsgId: message.clientMsgId,
      streaming: false,
      streamMode: undefined,
      streamStartedAt: 0,
      appendsLeft: undefined,
      edits: [],
    };
    messages.push(stored);
    return stored;
  }

  function threadMessages(channel: string, threadTs: string): FakeSlackMessage[] {
    return messages
      .filter(
        (item) => item.channel === channel && (item.ts === threadTs || item.threadTs === threadTs),
      )
      .sort((left, right) => left.ts.localeCompare(right.ts));
  }

  return {
    url,
    /** The base URL to give the bot as SLACK_API_URL. */
    apiUrl: `${url}/api/`,
    botUserId,
    botId,
    teamId,
    calls,
    responsePosts,
    messages,
    ephemerals,
    /** A response_url the bot can post to; posts land in `responsePosts`. */
    responseUrl(name: string): string {
      return `${url}/response/${name}`;
    },
    callsTo(method: string): RecordedSlackCall[] {
      return calls.filter((call) => call.method === method);
    },
    /** A person's message, as Slack stores it before it sends the event. */
    postUserMessage(message: {
      channel: string;
      user: string;
      text: string;
      threadTs?: string;
      clientMsgId?: string;
    }): FakeSlackMessage {
      const ts = nextTs();
      return storeMessage({
        ...message,
        ts,
        botId: undefined,
        clientMsgId: message.clientMsgId ?? `cmid-${ts}`,
      });
    },
    /** Another app's message in a thread (the bot must ignore it). */
    postOtherBotMessage(message: { channel: string; threadTs: string; text: string }) {
      return storeMessage({
        ...message,
        ts: nextTs(),
        user: 'UOTHERBOT',
        botId: 'BOTHER',
        clientMsgId: undefined,
      });
    },
    threadMessages,
    /** The bot's messages in a thread, oldest first. */
    botMessages(channel: string, threadTs: string): FakeSlackMessage[] {
      return threadMessages(channel, threadTs).filter((item) => item.user === botUserId);
    },
    /** Makes the next stream started expire after `appends` successful appends. */
    expireNextStreamAfter(appends: number): void {
      streamAppendBudget = appends;
    },
    /** The user pressed stop on a streaming message. */
    stopStreamByUser(ts: string): void {
      const message = messages.find((item) => item.ts === ts);
      if (message !== undefined) {
        message.streaming = false;
        failures.set('chat.appendStream', ['stopped_by_user']);
      }
    },
    /** The next calls of `method` fail with these errors, in order (`http_500`: an HTTP 500). */
    failNext(method: string, ...errors: string[]): void {
      failures.set(method, [...(failures.get(method) ?? []), ...errors]);
    },
    setStreamLifetime(milliseconds: number): void {
      streamLifetimeMs = milliseconds;
    },
    setStreamingRateLimit(limit: FakeSlackOptions['streamingRateLimit']): void {
      streamingRateLimit = limit;
    },
    /** Whether a Socket Mode client is connected. */
    get socketConnected(): boolean {
      return connections.size > 0;
    },
    /**
     * Sends a Socket Mode envelope (`events_api`, `slash_commands`, `interactive`) and resolves
     * with the client's acknowledgement, as Slack waits for it.
     */
    sendEnvelope(envelope: {
      type: 'events_api' | 'slash_commands' | 'interactive';
      payload: Record<string, unknown>;
      retryAttempt?: number;
    }): Promise<Record<string, unknown>> {
      const [socket] = connections;
      if (socket === undefined) return Promise.reject(new Error('No Socket Mode connection'));
      const envelopeId = randomUUID();
      return new Promise((resolve) => {
        pendingAcks.set(envelopeId, resolve);
        socket.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type: envelope.type,
            payload: envelope.payload,
            accepts_response_payload: envelope.type !== 'events_api',
            ...(envelope.retryAttempt === undefined
              ? {}
              : { retry_attempt: envelope.retryAttempt, retry_reason: 'timeout' }),
          }),
        );
      });
    },
    /** Moves Slack's clock (ts values) forward. */
    advanceClock(seconds: number): void {
      clock += seconds;
    },
    close(): Promise<void> {
      sockets.closeAll();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;
