/** A chat example with a tool definition, a tool call and its result: tests of estimated tokens. */
export const toolCall = {
  id: 'call_1',
  type: 'function',
  function: { name: 'get_time', arguments: '{}' },
};

export const toolConversation = {
  tools: [{ type: 'function', function: { name: 'get_time', description: 'Time now' } }],
  messages: [
    { role: 'user', content: 'What time is it?' },
    { role: 'assistant', content: null, tool_calls: [toolCall] },
    { role: 'tool', tool_call_id: 'call_1', content: '12:00' },
    { role: 'assistant', content: 'It is noon.' },
  ],
};
