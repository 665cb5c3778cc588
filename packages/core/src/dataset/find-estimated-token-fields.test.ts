import { describe, expect, it } from 'vitest';
import { findEstimatedTokenFields } from './find-estimated-token-fields.js';
import { toolCall, toolConversation as withTools } from './tool-conversation.fixture.js';

describe('findEstimatedTokenFields', () => {
  it('names tool definitions and tool calls, wherever the format puts them', () => {
    expect(findEstimatedTokenFields(withTools)).toEqual(['tools', 'tool_calls']);
    expect(findEstimatedTokenFields({ functions: [{ name: 'f' }], messages: [] })).toEqual([
      'tools',
    ]);
    expect(
      findEstimatedTokenFields({
        input: { messages: [{ role: 'user', content: 'Time?' }], tools: withTools.tools },
        preferred_output: [{ role: 'assistant', tool_calls: [toolCall] }],
      }),
    ).toEqual(['tools', 'tool_calls']);
    expect(
      findEstimatedTokenFields({
        messages: [{ role: 'assistant', function_call: { name: 'f', arguments: '{}' } }],
      }),
    ).toEqual(['tool_calls']);
  });

  it('finds nothing estimated in plain conversations', () => {
    expect(findEstimatedTokenFields({ messages: [{ role: 'user', content: 'Hi' }] })).toEqual([]);
    expect(findEstimatedTokenFields({ tools: [], messages: [] })).toEqual([]);
  });
});
