import type { Logger } from '@slack/bolt';
import type { KnownBlock, MessageMetadata } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { slackErrorCode, slackRetryAfterSeconds } from './slack-error-code.js';

/** Slack's limit on `markdown_text` per message (chat.postMessage, chat.update, streams). */
export const maxMarkdownChars = 12_000;

/** Where an answer goes and how it is paced. */
export interface AnswerStreamOptions {
  /** A client that gets 429s back at once (rejectRateLimitedCalls) so the stream can keep buffering. */
  readonly client: WebClient;
  readonly channel: string;
  readonly threadTs: string;
  /** Required by Slack for streams outside DMs; sent always. */
  readonly recipientUserId: string;
  readonly recipientTeamId: string;
  /** Recorded on every message of the answer, so any replica can tell which model a thread uses. */
  readonly metadata: MessageMetadata;
  readonly logger: Logger;
  readonly maxMessageChars?: number;
  /** Least time between two appends (chat.appendStream is rate-limited per workspace). */
  readonly appendIntervalMs?: number;
  /** Least time between two edits once a message fell back to chat.update (Tier 3). */
  readonly updateIntervalMs?: number;
  /** A stream older than this is closed and the answer goes on in a new one, before Slack expires it. */
  readonly maxStreamAgeMs?: number;
  /** Blocks shown under the finished answer (chat.stopStream renders them after the stream). */
  readonly finalBlocks?: KnownBlock[];
  /** Called when the person presses Stop on the streaming message. */
  readonly onStoppedByUser?: () => void;
  readonly now?: () => number;
}

type SegmentMode = 'unsent' | 'stream' | 'static';

/** One Slack message of the answer: text from `start`, `delivered` characters of it in Slack. */
interface Segment {
  readonly start: number;
  ts: string | undefined;
  mode: SegmentMode;
  delivered: number;
  limit: number;
  openedAt: number;
  closed: boolean;
}

const streamingUnavailable = new Set([
  'unknown_method',
  'method_not_supported_for_channel_type',
  'not_allowed_token_type',
  'feature_not_enabled',
  'invalid_arguments',
  'missing_scope',
]);

/** Network failures or 5xx answers in a row before the answer gives up on Slack. */
const maxTransientFailures = 5;

const streamEnded = new Set([
  'message_not_in_streaming_state',
  'stopped_by_user',
  'message_not_found',
]);

/**
 * Streams an answer into a Slack thread with chat.startStream / appendStream / stopStream, and
 * never loses text when Slack won't take it that way: appends are buffered while Slack rate-limits
 * (429, Retry-After), a stream that expired or was stopped is finished with chat.update, a
 * message that is full (12,000 characters, or `msg_too_long`) is closed and the answer goes on in
 * a new message, and without streaming at all it posts and edits instead.
 * @example const stream = new AnswerStream({ client, channel, threadTs, … }); stream.append('Hi'); await stream.finish();
 */
export class AnswerStream {
  readonly #options: AnswerStreamOptions;
  readonly #now: () => number;
  readonly #segments: Segment[] = [];
  #received = '';
  #finishing = false;
  #streamingAvailable = true;
  #lastCallAt = Number.NEGATIVE_INFINITY;
  #blockedUntil = 0;
  #stoppedByUser = false;
  #transientFailures = 0;
  #wake: (() => void) | undefined;
  #loop: Promise<void> | undefined;

  constructor(options: AnswerStreamOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#segments.push(this.#newSegment(0));
  }

  /** All text appended so far. */
  get text(): string {
    return this.#received;
  }

  /** The ts of each message the answer occupies, in order. */
  get messageTs(): string[] {
    return this.#segments.flatMap((segment) => (segment.ts === undefined ? [] : [segment.ts]));
  }

  get stoppedByUser(): boolean {
    return this.#stoppedByUser;
  }

  /** Adds text to the answer; it reaches Slack in the background, paced and batched. */
  append(text: string): void {
    if (text === '' || this.#finishing) return;
    this.#received += text;
    this.#start();
    this.#wake?.();
  }

  /** Delivers everything still buffered, closes the last message, and resolves when Slack holds it all. */
  async finish(): Promise<void> {
    this.#finishing = true;
    this.#start();
    this.#wake?.();
    await this.#loop;
  }

  #newSegment(start: number): Segment {
    return {
      start,
      ts: undefined,
      mode: 'unsent',
      delivered: 0,
      limit: this.#options.maxMessageChars ?? maxMarkdownChars,
      openedAt: 0,
      closed: false,
    };
  }

  #start(): void {
    if (this.#loop !== undefined) return;
    this.#loop = this.#run();
    // finish() awaits the loop and sees its failure; this only keeps an unawaited failure quiet.
    this.#loop.catch(() => undefined);
  }

  get #current(): Segment {
    return this.#segments[this.#segments.length - 1] as Segment;
  }

  #pendingOf(segment: Segment): string {
    return this.#received.slice(segment.start + segment.delivered);
  }

  async #run(): Promise<void> {
    for (;;) {
      const segment = this.#current;
      const pending = this.#pendingOf(segment);
      const waitMs = this.#waitBeforeNextCall(segment);
      if (pending === '' && this.#finishing) {
        if (segment.closed) return;
        await this.#close(segment, { last: true });
        continue;
      }
      if (pending === '' || waitMs > 0) {
        await this.#sleepOrWake(pending === '' ? undefined : waitMs);
        continue;
      }
      await this.#deliver(segment, pending);
    }
  }

  #waitBeforeNextCall(segment: Segment): number {
    const now = this.#now();
    const blocked = this.#blockedUntil - now;
    if (blocked > 0) return blocked;
    // Opening and closing messages are not paced: only edits of one message are.
    if (segment.mode === 'unsent' || segment.delivered >= segment.limit) return 0;
    if (this.#finishing) return 0;
    const interval =
      segment.mode === 'stream'
        ? (this.#options.appendIntervalMs ?? 500)
        : (this.#options.updateIntervalMs ?? 1_500);
    return Math.max(0, this.#lastCallAt + interval - now);
  }

  #sleepOrWake(milliseconds: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      const timer =
        milliseconds === undefined ? undefined : setTimeout(() => finish(), milliseconds);
      const finish = () => {
        if (timer !== undefined) clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      this.#wake = finish;
    });
  }

  async #call<T>(
    work: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
    this.#lastCallAt = this.#now();
    try {
      const value = await work();
      this.#transientFailures = 0;
      return { ok: true, value };
    } catch (error) {
      const retryAfter = slackRetryAfterSeconds(error);
      if (retryAfter !== undefined) {
        this.#blockedUntil = this.#now() + Math.max(retryAfter, 0.2) * 1000;
        this.#options.logger.info(
          `Slack rate-limited the answer stream; buffering for ${retryAfter}s`,
        );
        return { ok: false, error: 'ratelimited' };
      }
      const code = slackErrorCode(error);
      if (code === undefined) {
        // Slack unreachable or answering 5xx: wait and try again, keeping the text buffered.
        this.#transientFailures += 1;
        if (this.#transientFailures > maxTransientFailures) throw error;
        this.#blockedUntil = this.#now() + 250 * 2 ** this.#transientFailures;
        return { ok: false, error: 'ratelimited' };
      }
      this.#transientFailures = 0;
      return { ok: false, error: code };
    }
  }

  async #deliver(segment: Segment, pending: string): Promise<void> {
    const { client, channel } = this.#options;
    const room = segment.limit - segment.delivered;
    if (room <= 0) {
      await this.#close(segment, { last: false });
      return;
    }
    const piece = pending.slice(0, room);
    if (segment.mode === 'unsent') {
      await this.#open(segment, piece);
      return;
    }
    if (segment.mode === 'stream') {
      if (this.#now() - segment.openedAt > (this.#options.maxStreamAgeMs ?? 270_000)) {
        await this.#close(segment, { last: false });
        return;
      }
      const result = await this.#call(() =>
        client.chat.appendStream({ channel, ts: segment.ts as string, markdown_text: piece }),
      );
      if (result.ok) segment.delivered += piece.length;
      else this.#handleStreamFailure(segment, result.error);
      return;
    }
    await this.#edit(segment);
  }

  async #open(segment: Segment, piece: string): Promise<void> {
    const { client, channel, threadTs, metadata } = this.#options;
    if (this.#streamingAvailable) {
      const result = await this.#call(() =>
        client.chat.startStream({
          channel,
          thread_ts: threadTs,
          recipient_user_id: this.#options.recipientUserId,
          recipient_team_id: this.#options.recipientTeamId,
          markdown_text: piece,
        }),
      );
      if (result.ok) {
        segment.ts = result.value.ts;
        segment.mode = 'stream';
        segment.delivered = piece.length;
        segment.openedAt = this.#now();
        return;
      }
      if (result.error === 'ratelimited') return;
      if (result.error === 'msg_too_long') {
        segment.limit = Math.max(1, Math.floor(piece.length / 2));
        return;
      }
      if (!streamingUnavailable.has(result.error)) {
        throw new Error(`Slack refused chat.startStream: ${result.error}`);
      }
      this.#options.logger.info(
        `Streaming unavailable (${result.error}); posting and editing instead`,
      );
      this.#streamingAvailable = false;
    }
    const result = await this.#call(() =>
      client.chat.postMessage({ channel, thread_ts: threadTs, markdown_text: piece, metadata }),
    );
    if (result.ok) {
      segment.ts = result.value.ts;
      segment.mode = 'static';
      segment.delivered = piece.length;
      return;
    }
    if (result.error === 'ratelimited') return;
    if (result.error === 'msg_too_long') {
      segment.limit = Math.max(1, Math.floor(piece.length / 2));
      return;
    }
    throw new Error(`Slack refused chat.postMessage: ${result.error}`);
  }

  #handleStreamFailure(segment: Segment, error: string): void {
    if (error === 'ratelimited') return;
    if (error === 'msg_too_long') {
      // The message holds what Slack accepted; the rest goes on in the next message.
      segment.limit = segment.delivered;
      return;
    }
    if (streamEnded.has(error)) {
      if (error === 'stopped_by_user' && !this.#stoppedByUser) {
        this.#stoppedByUser = true;
        this.#options.onStoppedByUser?.();
      }
      this.#options.logger.info(
        `The answer's stream ended (${error}); finishing it with chat.update`,
      );
      segment.mode = 'static';
      return;
    }
    throw new Error(`Slack refused chat.appendStream: ${error}`);
  }

  /** Brings a static message up to the text it should hold (at most its limit). */
  async #edit(segment: Segment): Promise<boolean> {
    const { client, channel, metadata } = this.#options;
    const text = this.#received.slice(segment.start, segment.start + segment.limit);
    if (segment.ts === undefined || text.length === 0) return true;
    const result = await this.#call(() =>
      client.chat.update({ channel, ts: segment.ts as string, markdown_text: text, metadata }),
    );
    if (result.ok) {
      segment.delivered = text.length;
      return true;
    }
    if (result.error === 'ratelimited') return false;
    if (result.error === 'msg_too_long') {
      segment.limit = Math.max(segment.delivered, Math.floor(text.length / 2));
      return false;
    }
    if (result.error === 'streaming_state_conflict') {
      await this.#call(() => client.chat.stopStream({ channel, ts: segment.ts as string }));
      return false;
    }
    throw new Error(`Slack refused chat.update: ${result.error}`);
  }

  /** Ends the current message; unless it is the last, the answer goes on in a new one. */
  async #close(segment: Segment, options: { last: boolean }): Promise<void> {
    const { client, channel, metadata } = this.#options;
    if (segment.mode === 'stream') {
      const blocks = options.last ? this.#options.finalBlocks : undefined;
      const result = await this.#call(() =>
        client.chat.stopStream({
          channel,
          ts: segment.ts as string,
          metadata,
          ...(blocks === undefined ? {} : { blocks }),
        }),
      );
      if (!result.ok) {
        if (result.error === 'ratelimited') return this.#retryClose(segment, options);
        if (result.error === 'msg_too_long' || streamEnded.has(result.error)) {
          segment.mode = 'static';
          return this.#retryClose(segment, options);
        }
        throw new Error(`Slack refused chat.stopStream: ${result.error}`);
      }
      segment.mode = 'static';
    } else if (segment.mode === 'static') {
      const expected = Math.min(this.#received.length - segment.start, segment.limit);
      if (segment.delivered < expected) {
        if (!(await this.#edit(segment))) return this.#retryClose(segment, options);
      }
    }
    segment.closed = true;
    // Not the last, or the last could not hold everything: the answer goes on in a new message.
    if (!options.last || this.#received.length > segment.start + segment.delivered) {
      this.#segments.push(this.#newSegment(segment.start + segment.delivered));
    }
  }

  async #retryClose(segment: Segment, options: { last: boolean }): Promise<void> {
    const waitMs = this.#waitBeforeNextCall(segment);
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    await this.#close(segment, options);
  }
}
