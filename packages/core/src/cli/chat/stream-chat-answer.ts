import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { callOpenAI } from '../../fine-tuning/call-openai.js';
import type { ChatAnswer } from './chat-answer.js';

/**
 * Asks `model` for the next assistant turn after `messages`, streaming: each piece of text goes
 * to `onText` as it arrives, and the whole answer and its token usage come back at the end.
 * A failed call, at the start or mid-stream, is an OpenAIRequestError.
 * @example const { answer } = await streamChatAnswer({ client, model, messages, onText: write });
 */
export function streamChatAnswer(options: {
  client: OpenAI;
  model: string;
  messages: readonly ChatCompletionMessageParam[];
  onText?: (text: string) => void;
}): Promise<ChatAnswer> {
  const { client, model, onText } = options;
  return callOpenAI(`get an answer from ${model}`, async () => {
    const stream = await client.chat.completions.create({
      model,
      messages: [...options.messages],
      stream: true,
      stream_options: { include_usage: true },
    });
    let answer = '';
    let usage: ChatAnswer['usage'] = null;
    for await (const chunk of stream) {
      const text = chunk.choices[0]?.delta?.content;
      if (text !== undefined && text !== null && text !== '') {
        answer += text;
        onText?.(text);
      }
      if (chunk.usage) {
        usage = {
          promptTokens: chunk.usage.prompt_tokens,
          completionTokens: chunk.usage.completion_tokens,
          totalTokens: chunk.usage.total_tokens,
        };
      }
    }
    return { answer, usage };
  });
}
