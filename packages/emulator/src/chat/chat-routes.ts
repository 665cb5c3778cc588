import type { ServerResponse } from 'node:http';
import { findModel, getTokenCounter, type TokenEncodingName } from '@tuneline/core';
import type { EmulatorContext } from '../emulator-context.js';
import { ApiError } from '../http/api-error.js';
import { jsonResult } from '../http/json-result.js';
import type { Route, RouteContext } from '../http/route.js';
import type { RouteResult } from '../http/route-result.js';
import { writeChunk } from '../http/write-chunk.js';
import { findServedModel } from '../models/find-served-model.js';
import type { ServedModel } from '../models/served-model.js';
import { createId } from '../random/create-id.js';
import { createRandom } from '../random/create-random.js';
import type { ChatRequest } from './chat-request.js';
import { chooseReply } from './choose-reply.js';
import { countPromptTokens } from './count-prompt-tokens.js';
import { parseChatRequest } from './parse-chat-request.js';
import { TrainingIndexCache } from './training-index-cache.js';
import { truncateToTokens } from './truncate-to-tokens.js';

interface Choice {
  readonly content: string;
  readonly finishReason: 'stop' | 'length';
  readonly tokens: number;
}

const systemFingerprint = 'fp_tuneline_emulator';

function lastUserText(request: ChatRequest): string {
  for (let index = request.messages.length - 1; index >= 0; index--) {
    const message = request.messages[index];
    if (message?.role === 'user') return message.text;
  }
  return request.messages[request.messages.length - 1]?.text ?? '';
}

/** Base models do not run here: they answer one fixed, honest sentence. */
function baseReply(model: string, question: string): string {
  const quoted = question.length > 200 ? `${question.slice(0, 200)}…` : question;
  return `This is an emulated reply from ${model}: the Tuneline emulator does not run base models. Fine-tune ${model} on your data and call the fine-tuned model to get answers learned from your training examples. You said: "${quoted}"`;
}

function encodingOf(model: ServedModel): TokenEncodingName {
  if (model.kind === 'base') return model.info.encoding;
  return findModel(model.record.job.model)?.encoding ?? 'o200k_base';
}

function splitIntoPieces(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  return [...segmenter.segment(text)].map((segment) => segment.segment);
}

function usageOf(promptTokens: number, choices: readonly Choice[]) {
  const completionTokens = choices.reduce((sum, choice) => sum + choice.tokens, 0);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function writeEvent(response: ServerResponse, data: unknown): Promise<boolean> {
  return writeChunk(
    response,
    `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`,
  );
}

/** Streams the completion as OpenAI's SSE chunks, then `data: [DONE]`. */
function streamResult(options: {
  id: string;
  created: number;
  model: string;
  request: ChatRequest;
  choices: readonly Choice[];
  promptTokens: number;
}): RouteResult {
  const { id, created, model, request, choices } = options;
  const chunk = (delta: unknown[], usage?: unknown) => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    service_tier: 'default',
    system_fingerprint: systemFingerprint,
    choices: delta,
    ...(request.includeUsage ? { usage: usage ?? null } : {}),
  });
  const choiceDelta = (index: number, delta: unknown, finishReason: string | null = null) => ({
    index,
    delta,
    logprobs: null,
    finish_reason: finishReason,
  });
  return {
    kind: 'raw',
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    },
    async write(response) {
      const events: unknown[] = [];
      for (const [index, choice] of choices.entries()) {
        events.push(chunk([choiceDelta(index, { role: 'assistant', content: '', refusal: null })]));
        for (const piece of splitIntoPieces(choice.content)) {
          events.push(chunk([choiceDelta(index, { content: piece })]));
        }
        events.push(chunk([choiceDelta(index, {}, choice.finishReason)]));
      }
      if (request.includeUsage) events.push(chunk([], usageOf(options.promptTokens, choices)));
      events.push('[DONE]');
      for (const event of events) {
        // The client hung up: stop writing.
        if (!(await writeEvent(response, event))) return;
      }
      response.end();
    },
  };
}

async function completeChat(
  context: EmulatorContext,
  route: RouteContext,
  indexes: TrainingIndexCache,
): Promise<RouteResult> {
  const request = parseChatRequest(await route.readJson());
  const model = findServedModel(context.state, request.model);
  if (!model) {
    throw new ApiError(
      404,
      `The model \`${request.model}\` does not exist or you do not have access to it.`,
      { param: 'model', code: 'model_not_found' },
    );
  }
  const counter = getTokenCounter(encodingOf(model));
  const question = lastUserText(request);
  const random = createRandom(request.seed ?? Math.floor(Math.random() * 2 ** 32));
  const index = model.kind === 'fine-tuned' ? await indexes.get(model.record) : undefined;
  const choices: Choice[] = [];
  for (let position = 0; position < request.n; position++) {
    const reply =
      (index && chooseReply({ index, question, temperature: request.temperature, random })) ??
      baseReply(model.id, question);
    const { text, truncated } = truncateToTokens(counter, reply, request.maxTokens);
    choices.push({
      content: text,
      finishReason: truncated ? 'length' : 'stop',
      tokens: counter.count(text),
    });
  }
  const id = createId('chatcmpl-', 29);
  const created = Math.floor(context.clock.now() / 1000);
  // OpenAI answers with the snapshot a base alias points to.
  const modelName = model.kind === 'base' ? model.info.id : model.id;
  const promptTokens = countPromptTokens(counter, request.messages);
  if (request.stream) {
    return streamResult({ id, created, model: modelName, request, choices, promptTokens });
  }
  return jsonResult({
    id,
    object: 'chat.completion',
    created,
    model: modelName,
    choices: choices.map((choice, position) => ({
      index: position,
      message: { role: 'assistant', content: choice.content, refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: choice.finishReason,
    })),
    usage: usageOf(promptTokens, choices),
    service_tier: 'default',
    system_fingerprint: systemFingerprint,
  });
}

/**
 * `POST /chat/completions`, plain and streamed. Fine-tuned models answer from their training
 * data (see {@link chooseReply}); base models say they are emulated.
 */
export function createChatRoutes(context: EmulatorContext): Route[] {
  const indexes = new TrainingIndexCache(context.state.blobs);
  return [
    {
      method: 'POST',
      path: '/chat/completions',
      handle: (route) => completeChat(context, route, indexes),
    },
  ];
}
