import type { TokenCounter } from '../tokens/token-encoding.js';
import { countToolCallTokens } from './count-tool-call-tokens.js';
import { type IssueCollector, isPlainObject, showValue } from './issue-collector.js';

/** The cookbook's rule: every message costs 3 tokens of framing, a `name` 1 more, a reply primer 3. */
export const tokensPerMessage = 3;
export const tokensPerName = 1;
export const tokensForReplyPriming = 3;
/** What a `detail: low` image costs; larger images cost more, so this is a floor. */
export const tokensPerImage = 85;

const messageKeys = new Set([
  'role',
  'content',
  'name',
  'weight',
  'tool_calls',
  'tool_call_id',
  'function_call',
]);
const namePattern = /^[a-zA-Z0-9_-]{1,64}$/;

export interface MessageCounts {
  messages: number;
  /** Framing and every string value, without the reply primer. */
  tokens: number;
  assistantTokens: number;
  hasSystem: boolean;
  hasUser: boolean;
  hasAssistant: boolean;
}

export interface CheckMessagesOptions {
  readonly collector: IssueCollector;
  readonly counter: TokenCounter;
  readonly roles: ReadonlySet<string>;
  /** Where the list sits in the line, such as `messages` or `input.messages`. */
  readonly path: string;
  /** Tool call ids declared by earlier messages of the same example. */
  readonly toolCallIds?: Set<string>;
}

export const chatRoles: ReadonlySet<string> = new Set([
  'system',
  'user',
  'assistant',
  'tool',
  'function',
]);
export const reinforcementRoles: ReadonlySet<string> = new Set([
  'developer',
  'system',
  'user',
  'assistant',
  'tool',
]);

function countContentTokens(content: unknown, counter: TokenCounter): number {
  if (typeof content === 'string') return counter.count(content);
  if (!Array.isArray(content)) return 0;
  let tokens = 0;
  for (const part of content) {
    if (!isPlainObject(part)) continue;
    if (part.type === 'text' && typeof part.text === 'string') tokens += counter.count(part.text);
    else if (part.type === 'image_url') tokens += tokensPerImage;
  }
  return tokens;
}

function checkContentParts(
  parts: unknown[],
  path: string,
  role: unknown,
  collector: IssueCollector,
): void {
  parts.forEach((part, index) => {
    const partPath = `${path}[${index}]`;
    if (!isPlainObject(part)) {
      collector.error(
        'invalid_content_part',
        partPath,
        `Content part is ${showValue(part)}, not an object.`,
        'Write each part as {"type": "text", "text": "…"} or {"type": "image_url", "image_url": {"url": "…"}}.',
      );
      return;
    }
    if (part.type === 'text') {
      if (typeof part.text !== 'string') {
        collector.error(
          'invalid_content_part',
          `${partPath}.text`,
          `Text part has text ${showValue(part.text)}, not a string.`,
          'Give the text part a "text" string.',
        );
      }
    } else if (part.type === 'image_url') {
      if (role === 'assistant') {
        collector.error(
          'image_in_assistant_message',
          partPath,
          'Assistant messages cannot contain images.',
          'Move the image to a user message; fine-tuning trains only on assistant text.',
        );
      } else if (!isPlainObject(part.image_url) || typeof part.image_url.url !== 'string') {
        collector.error(
          'invalid_content_part',
          `${partPath}.image_url`,
          `Image part has image_url ${showValue(part.image_url)}.`,
          'Write {"type": "image_url", "image_url": {"url": "https://… or data:image/…"}}.',
        );
      }
    } else {
      collector.error(
        'invalid_content_part',
        `${partPath}.type`,
        `Content part type ${showValue(part.type)} is not supported.`,
        'Fine-tuning accepts only "text" and "image_url" parts.',
      );
    }
  });
}

function checkToolCalls(toolCalls: unknown, path: string, options: CheckMessagesOptions): void {
  const { collector } = options;
  if (!Array.isArray(toolCalls) || toolCalls.length === 0) {
    collector.error(
      'invalid_tool_calls',
      path,
      `tool_calls is ${showValue(toolCalls)}, not a non-empty array.`,
      'Write tool_calls as [{"id": "call_1", "type": "function", "function": {"name": "…", "arguments": "{…}"}}].',
    );
    return;
  }
  toolCalls.forEach((call, index) => {
    const callPath = `${path}[${index}]`;
    if (!isPlainObject(call)) {
      collector.error(
        'invalid_tool_calls',
        callPath,
        `Tool call is ${showValue(call)}, not an object.`,
        'Write each call as {"id", "type": "function", "function": {"name", "arguments"}}.',
      );
      return;
    }
    if (typeof call.id !== 'string' || call.id === '') {
      collector.error(
        'invalid_tool_calls',
        `${callPath}.id`,
        `Tool call id is ${showValue(call.id)}.`,
        'Give every tool call a unique string id, answered by a later tool message.',
      );
    } else {
      options.toolCallIds?.add(call.id);
    }
    if (call.type !== 'function') {
      collector.error(
        'invalid_tool_calls',
        `${callPath}.type`,
        `Tool call type is ${showValue(call.type)}.`,
        'Set "type": "function".',
      );
    }
    const fn = call.function;
    if (!isPlainObject(fn) || typeof fn.name !== 'string' || fn.name === '') {
      collector.error(
        'invalid_tool_calls',
        `${callPath}.function`,
        `Tool call function is ${showValue(fn)}.`,
        'Write "function": {"name": "…", "arguments": "{…}"}.',
      );
      return;
    }
    if (typeof fn.arguments !== 'string') {
      collector.error(
        'invalid_tool_call_arguments',
        `${callPath}.function.arguments`,
        `Arguments of ${showValue(fn.name)} are ${showValue(fn.arguments)}, not a JSON string.`,
        'Encode the arguments as a string: "arguments": "{\\"city\\": \\"Paris\\"}".',
      );
      return;
    }
    try {
      JSON.parse(fn.arguments);
    } catch {
      collector.error(
        'invalid_tool_call_arguments',
        `${callPath}.function.arguments`,
        `Arguments of ${showValue(fn.name)} are not valid JSON: ${showValue(fn.arguments)}.`,
        'The arguments string must itself hold JSON, such as "{\\"city\\": \\"Paris\\"}".',
      );
    }
  });
}

/**
 * Checks a list of chat messages and counts its tokens by the cookbook's rule, reporting every
 * problem with its JSON path.
 */
export function checkMessages(messages: unknown[], options: CheckMessagesOptions): MessageCounts {
  const { collector, counter, roles } = options;
  const toolCallIds = options.toolCallIds ?? new Set<string>();
  const scoped = { ...options, toolCallIds };
  const counts: MessageCounts = {
    messages: messages.length,
    tokens: 0,
    assistantTokens: 0,
    hasSystem: false,
    hasUser: false,
    hasAssistant: false,
  };

  messages.forEach((message, index) => {
    const path = `${options.path}[${index}]`;
    if (!isPlainObject(message)) {
      collector.error(
        'invalid_message',
        path,
        `Message is ${showValue(message)}, not an object.`,
        'Write each message as {"role": "…", "content": "…"}.',
      );
      return;
    }
    const role = message.role;
    const hasCall = message.tool_calls !== undefined || message.function_call !== undefined;
    if (role === undefined) {
      collector.error(
        'message_missing_key',
        path,
        'Message has no "role".',
        'Add "role": "system", "user" or "assistant".',
      );
    } else if (typeof role !== 'string' || !roles.has(role)) {
      collector.error(
        'unrecognized_role',
        `${path}.role`,
        `Role ${showValue(role)} is not recognized.`,
        `Use one of: ${[...roles].join(', ')}.`,
      );
    }
    if (!('content' in message) && !(role === 'assistant' && hasCall)) {
      collector.error(
        'message_missing_key',
        path,
        `Message with role ${showValue(role)} has no "content".`,
        'Add "content": "…".',
      );
    }
    for (const key of Object.keys(message)) {
      if (!messageKeys.has(key)) {
        collector.error(
          'message_unrecognized_key',
          `${path}.${key}`,
          `Message key ${showValue(key)} is not recognized.`,
          `Keep only ${[...messageKeys].join(', ')}.`,
        );
      }
    }

    const content = message.content;
    if (Array.isArray(content)) {
      checkContentParts(content, `${path}.content`, role, collector);
    } else if (content === null) {
      if (!(role === 'assistant' && hasCall)) {
        collector.error(
          'missing_content',
          `${path}.content`,
          `Message with role ${showValue(role)} has null content.`,
          'Only an assistant message that makes a tool call may have null content.',
        );
      }
    } else if (content !== undefined && typeof content !== 'string') {
      collector.error(
        'missing_content',
        `${path}.content`,
        `Content is ${showValue(content)}, not a string or a list of parts.`,
        'Write the content as a string.',
      );
    } else if (role === 'assistant' && content !== undefined && content.trim() === '' && !hasCall) {
      collector.error(
        'empty_assistant_content',
        `${path}.content`,
        'Assistant message has empty content.',
        'Write the reply the model should learn, or remove the message.',
      );
    }

    if (
      message.name !== undefined &&
      (typeof message.name !== 'string' || !namePattern.test(message.name))
    ) {
      collector.error(
        'invalid_name',
        `${path}.name`,
        `Name ${showValue(message.name)} is not allowed.`,
        'Use 1–64 letters, digits, "_" or "-".',
      );
    }
    if (message.weight !== undefined) {
      if (role !== 'assistant') {
        collector.error(
          'weight_not_on_assistant',
          `${path}.weight`,
          `Weight is set on a ${showValue(role)} message.`,
          'Only assistant messages take "weight"; remove it here.',
        );
      } else if (
        message.weight !== 0 &&
        message.weight !== 1 &&
        // A number too large to represent is already a number_out_of_range error at its column.
        !(typeof message.weight === 'number' && !Number.isFinite(message.weight))
      ) {
        collector.error(
          'invalid_weight',
          `${path}.weight`,
          `Weight is ${showValue(message.weight)}.`,
          'Use 0 (do not train on this reply) or 1 (train on it).',
        );
      }
    }
    if (message.tool_calls !== undefined) {
      if (role !== 'assistant') {
        collector.error(
          'invalid_tool_calls',
          `${path}.tool_calls`,
          `tool_calls is set on a ${showValue(role)} message.`,
          'Only assistant messages make tool calls.',
        );
      } else {
        checkToolCalls(message.tool_calls, `${path}.tool_calls`, scoped);
      }
    }
    if (role === 'tool') {
      const id = message.tool_call_id;
      if (typeof id !== 'string') {
        collector.error(
          'message_missing_key',
          `${path}.tool_call_id`,
          `Tool message has tool_call_id ${showValue(id)}.`,
          'Set "tool_call_id" to the id of the call it answers.',
        );
      } else if (!toolCallIds.has(id)) {
        collector.error(
          'unanswered_tool_call_id',
          `${path}.tool_call_id`,
          `Tool message answers ${showValue(id)}, which no earlier assistant message called.`,
          'Use the id of a tool call made earlier in the same example.',
        );
      }
    }

    counts.tokens += tokensPerMessage;
    for (const key in message) {
      const value = message[key];
      if (typeof value === 'string') counts.tokens += counter.count(value);
      else if (key === 'content') counts.tokens += countContentTokens(value, counter);
      else if (key === 'tool_calls' || key === 'function_call')
        counts.tokens += countToolCallTokens(value, counter);
      else if (typeof value === 'object' && value !== null)
        counts.tokens += counter.count(JSON.stringify(value));
      if (key === 'name') counts.tokens += tokensPerName;
    }
    if (role === 'system' || role === 'developer') counts.hasSystem = true;
    else if (role === 'user') counts.hasUser = true;
    else if (role === 'assistant') {
      counts.hasAssistant = true;
      counts.assistantTokens += countContentTokens(content, counter);
    }
  });
  return counts;
}
