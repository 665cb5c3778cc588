import type { KnownBlock, MessageMetadata } from '@slack/types';
import { type ChatMessage, createChatConversation, streamChatAnswer } from '@tuneline/core';
import type { BotServices } from '../bot-services.js';
import { AnswerStream } from './answer-stream.js';
import { describeChatFailure } from './describe-chat-failure.js';

/**
 * Asks `model` for the next turn after `turns` (trimmed to its context by core) and streams the
 * answer into the thread. A failure mid-answer keeps the text so far and adds a line saying why.
 */
export async function answerWithModel(options: {
  services: BotServices;
  model: string;
  turns: readonly ChatMessage[];
  channel: string;
  threadTs: string;
  recipientUserId: string;
  recipientTeamId: string;
  metadata: MessageMetadata;
  /** Text shown before the answer (the comparison's heading). */
  preface?: string;
  /** Blocks shown under the finished answer (the compare button). */
  finalBlocks?: KnownBlock[];
}): Promise<{ answer: string; failed: boolean }> {
  const { services, model } = options;
  const conversation = createChatConversation({ model });
  for (const turn of options.turns) conversation.append(turn);
  const controller = new AbortController();
  const stream = new AnswerStream({
    client: services.streamingClient,
    channel: options.channel,
    threadTs: options.threadTs,
    recipientUserId: options.recipientUserId,
    recipientTeamId: options.recipientTeamId,
    metadata: options.metadata,
    logger: services.logger,
    onStoppedByUser: () => controller.abort(new Error('stopped by the user')),
    ...(options.finalBlocks === undefined ? {} : { finalBlocks: options.finalBlocks }),
  });
  if (options.preface !== undefined) stream.append(options.preface);
  let failed = false;
  let answer = '';
  try {
    const result = await streamChatAnswer({
      client: services.openai,
      model,
      messages: conversation.messagesForRequest(),
      signal: controller.signal,
      idleTimeoutMs: services.config.idleTimeoutMs,
      totalTimeoutMs: services.config.totalTimeoutMs,
      onText: (text) => stream.append(text),
    });
    answer = result.answer;
    if (answer === '') stream.append('_(The model returned an empty answer.)_');
  } catch (error) {
    answer = stream.text;
    if (!stream.stoppedByUser) {
      failed = true;
      services.logger.warn(`An answer from ${model} failed: ${describeChatFailure(error)}`);
      stream.append(`${stream.text === '' ? '' : '\n\n'}_${describeChatFailure(error)}_`);
    }
  }
  await stream.finish();
  return { answer, failed };
}
