import type OpenAI from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';
import { wrapOpenAIError } from '../fine-tuning/wrap-openai-error.js';
import type { ChatAnswer, ChatMessage } from './chat-message.js';

const timedOut = Symbol('timed out');

/**
 * Asks `model` for the next assistant turn after `messages`, streaming: each piece of text goes
 * to `onText` as it arrives; the whole answer, its token usage and finish reason come back at the
 * end. Gives up when no piece arrives for `idleTimeoutMs` or the answer takes `totalTimeoutMs`
 * (a `timeout`, kind `network`); a failed call, at the start or mid-stream, is an
 * OpenAIRequestError (kind `api`, or `network` without a response). Text streamed before a
 * failure has already gone to `onText`. Aborting `signal` rejects with the signal's reason.
 * @example const { answer } = await streamChatAnswer({ client, model, messages, onText: write });
 */
export async function streamChatAnswer(options: {
  client: OpenAI;
  model: string;
  messages: readonly ChatMessage[];
  signal?: AbortSignal | undefined;
  /** Longest wait for the first or the next piece of text; default 60 s. */
  idleTimeoutMs?: number | undefined;
  /** Longest wait for the whole answer; default 5 min. */
  totalTimeoutMs?: number | undefined;
  onText?: ((text: string) => void) | undefined;
}): Promise<ChatAnswer> {
  const { client, model, onText } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  const totalTimeoutMs = options.totalTimeoutMs ?? 5 * 60_000;
  const controller = new AbortController();
  let timeout: 'idle' | 'total' | undefined;
  const giveUp = (which: 'idle' | 'total') => {
    timeout = which;
    controller.abort(timedOut);
  };
  const onCallerAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) throw options.signal.reason;
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const totalTimer = setTimeout(() => giveUp('total'), totalTimeoutMs);
  let idleTimer = setTimeout(() => giveUp('idle'), idleTimeoutMs);
  const stillWaiting = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => giveUp('idle'), idleTimeoutMs);
  };
  let answer = '';
  let usage: ChatAnswer['usage'] = null;
  let finishReason: string | null = null;
  let receiverFailed = false;
  try {
    const stream = await client.chat.completions.create(
      {
        model,
        messages: options.messages.map((message) => ({ ...message })),
        stream: true,
        stream_options: { include_usage: true },
      },
      { signal: controller.signal },
    );
    for await (const chunk of stream) {
      stillWaiting();
      const choice = chunk.choices[0];
      const text = choice?.delta?.content;
      if (text !== undefined && text !== null && text !== '') {
        answer += text;
        try {
          onText?.(text);
        } catch (error) {
          receiverFailed = true;
          throw error;
        }
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (chunk.usage) {
        usage = {
          promptTokens: chunk.usage.prompt_tokens,
          completionTokens: chunk.usage.completion_tokens,
          totalTokens: chunk.usage.total_tokens,
        };
      }
    }
    // The SDK ends an aborted stream quietly: a timeout or the caller's abort is told below.
    if (controller.signal.aborted) throw controller.signal.reason;
    return { answer, usage, finishReason };
  } catch (error) {
    // The receiver's own failure (a closed pipe, say) is not the API's.
    if (receiverFailed) throw error;
    if (timeout !== undefined) {
      const seconds = Math.round((timeout === 'idle' ? idleTimeoutMs : totalTimeoutMs) / 1000);
      throw new TunelineError(
        'timeout',
        timeout === 'idle'
          ? `${model} sent nothing for ${seconds} s; gave up on the answer.`
          : `${model} took longer than ${seconds} s to answer; gave up.`,
        {
          cause: error,
          hint: 'Try again; check OPENAI_BASE_URL and the network if it keeps happening.',
        },
      );
    }
    if (options.signal?.aborted) throw options.signal.reason;
    const wrapped = wrapOpenAIError(error, { operation: `get an answer from ${model}` });
    if (TunelineError.isInstance(wrapped)) throw wrapped;
    throw new TunelineError(
      'openai_api',
      `Could not get an answer from ${model}: the stream broke off (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error, kind: 'network', hint: 'Try again; the answer so far was shown.' },
    );
  } finally {
    clearTimeout(totalTimer);
    clearTimeout(idleTimer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}
