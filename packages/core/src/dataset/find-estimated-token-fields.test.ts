import { describe, expect, it } from 'vitest';
import { findEstimatedTokenFields } from './find-estimated-token-fields.js';

const tools = [{ type: 'function', function: { name: 'get_time', description: 'Time now' } }];
const toolCall = {
  id: 'call_1',
  type: 'function',
  function: { name: 'get_time', arguments: '{}' },
};
const withTools = {
  tools,
  messages: [
    { role: 'user', content: 'What time is it?' },
    { role: 'assistant', content: null, tool_calls: [toolCall] },
    { role: 'tool', tool_call_id: 'call_1', content: '12:00' },
    { role: 'assistant', content: 'It is noon.' },
  ],
};

describe('findEstimatedTokenFields', () => {
  it('names tool definitions and tool calls, wherever the format puts them', () => {
    expect(findEstimatedTokenFields(withTools)).toEqual(['tools', 'tool_calls']);
    expect(findEstimatedTokenFields({ functions: [{ name: 'f' }], messages: [] })).toEqual([
      'tools',
    ]);
    expect(
      findEstimatedTokenFields({
        input: { messages: [{ role: 'user', content: 'Time?' }], tools },
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
