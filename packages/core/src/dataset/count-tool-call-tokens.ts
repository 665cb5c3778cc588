import type { TokenCounter } from '../tokens/token-encoding.js';
import { isPlainObject } from './issue-collector.js';

/** The framing of a message (`tokensPerMessage` in check-messages.ts): each call is one. */
const tokensPerCall = 3;

/**
 * Estimates the tokens of an assistant's `tool_calls` (or legacy `function_call`). OpenAI publishes
 * no recipe for them; the model writes each call as a message of its own addressed to the function,
 * so each counts as one: the message framing, the function's name and its arguments. The call's
 * `id` and `type` are bookkeeping the model does not write, and are not counted.
 */
export function countToolCallTokens(calls: unknown, counter: TokenCounter): number {
  let tokens = 0;
  for (const call of Array.isArray(calls) ? calls : [calls]) {
    // A tool call wraps its function; a legacy function_call is the function itself.
    const fn = isPlainObject(call) && isPlainObject(call.function) ? call.function : call;
    if (!isPlainObject(fn)) {
      tokens += counter.count(JSON.stringify(call) ?? '');
      continue;
    }
    tokens += tokensPerCall;
    if (typeof fn.name === 'string') tokens += counter.count(fn.name);
    if (typeof fn.arguments === 'string') tokens += counter.count(fn.arguments);
    else if (fn.arguments !== undefined) tokens += counter.count(JSON.stringify(fn.arguments));
  }
  return tokens;
}
