import type { EstimatedTokenField } from './dataset-report.js';
import { isPlainObject } from './issue-collector.js';

const none: readonly EstimatedTokenField[] = [];
const toolsOnly: readonly EstimatedTokenField[] = ['tools'];
const toolCallsOnly: readonly EstimatedTokenField[] = ['tool_calls'];
const both: readonly EstimatedTokenField[] = ['tools', 'tool_calls'];

function hasDefinitions(holder: unknown): boolean {
  if (!isPlainObject(holder)) return false;
  const { tools, functions } = holder;
  return (
    (Array.isArray(tools) && tools.length > 0) || (Array.isArray(functions) && functions.length > 0)
  );
}

function hasCalls(messages: unknown): boolean {
  if (!Array.isArray(messages)) return false;
  return messages.some(
    (message) =>
      isPlainObject(message) &&
      (message.tool_calls !== undefined || message.function_call !== undefined),
  );
}

/**
 * Which parts of an example's token count are estimates (see `countToolDefinitionTokens` and
 * `countToolCallTokens`) rather than exact: its tool definitions, its assistants' tool calls.
 */
export function findEstimatedTokenFields(
  example: Record<string, unknown>,
): readonly EstimatedTokenField[] {
  const input = isPlainObject(example.input) ? example.input : undefined;
  const tools = hasDefinitions(example) || hasDefinitions(input);
  const calls =
    hasCalls(example.messages) ||
    hasCalls(input?.messages) ||
    hasCalls(example.preferred_output) ||
    hasCalls(example.non_preferred_output);
  if (tools) return calls ? both : toolsOnly;
  return calls ? toolCallsOnly : none;
}
