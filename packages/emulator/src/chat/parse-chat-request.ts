import { ApiError } from '../http/api-error.js';
import { ParamReader } from '../params/param-reader.js';
import type { ChatRequest } from './chat-request.js';
import { textOfContent } from './text-of-content.js';

const roles = ['system', 'assistant', 'user', 'function', 'tool', 'developer'] as const;

/**
 * Checks the chat parameters the emulator honours (model, messages, n, max_tokens /
 * max_completion_tokens, temperature, top_p, seed, stream, stream_options) with OpenAI's 400s;
 * other parameters are accepted and ignored.
 */
export function parseChatRequest(body: Record<string, unknown>): ChatRequest {
  const params = new ParamReader(body);
  const model = params.requiredString('model', { minLength: 1 });
  const rawMessages = params.array('messages', { minItems: 1 });
  if (rawMessages === undefined) throw params.missing('messages');
  const messages = rawMessages.map((_, index) => {
    const message = params.element('messages', index);
    const role = message.enumValue('role', roles);
    if (role === undefined) throw message.missing('role');
    const content = message.raw('content');
    if (
      content !== undefined &&
      content !== null &&
      typeof content !== 'string' &&
      !Array.isArray(content)
    ) {
      throw message.invalidType('content', 'a string or an array of content parts');
    }
    const name = message.string('name');
    return { role, text: textOfContent(content), ...(name === undefined ? {} : { name }) };
  });
  const n = params.integer('n', { min: 1, max: 128 }) ?? 1;
  const maxCompletionTokens = params.integer('max_completion_tokens', { min: 1 });
  const maxTokens = params.integer('max_tokens', { min: 1 });
  const temperature = params.number('temperature', { min: 0, max: 2 }) ?? 1;
  params.number('top_p', { min: 0, max: 1 });
  const seed = params.integer('seed');
  const stream = params.boolean('stream') ?? false;
  const streamOptions = params.object('stream_options');
  if (streamOptions && !stream) {
    throw ApiError.badRequest(
      "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      { param: 'stream_options', code: 'invalid_value' },
    );
  }
  const includeUsage = streamOptions?.boolean('include_usage') ?? false;
  return {
    model,
    messages,
    n,
    maxTokens: maxCompletionTokens ?? maxTokens,
    temperature,
    seed,
    stream,
    includeUsage,
  };
}
