import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate-dataset.js';
import type { IssueCode } from './validation-issue.js';

const user = (content: string) => ({ role: 'user', content });
const assistant = (content: string) => ({ role: 'assistant', content });
const validChat = (index: number) =>
  JSON.stringify({ messages: [user(`Question ${index}?`), assistant(`Answer ${index}.`)] });
const chat = (...messages: unknown[]) => JSON.stringify({ messages });

/** Ten valid chat lines with `bad` written over line `at` (1-based). */
function datasetWith(bad: string, at = 4, total = 12): string {
  const lines = Array.from({ length: total }, (_, index) => validChat(index + 1));
  lines[at - 1] = bad;
  return `${lines.join('\n')}\n`;
}

const toolCall = {
  id: 'call_1',
  type: 'function',
  function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
};

interface Case {
  readonly name: string;
  readonly content: string;
  readonly code: IssueCode;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
  readonly model?: string;
}

const cases: Case[] = [
  {
    name: 'truncated JSON',
    content: datasetWith('{"messages": [{"role": "user"'),
    code: 'invalid_json',
    line: 4,
    column: 30,
  },
  {
    name: 'single quotes',
    content: datasetWith("{'messages': []}"),
    code: 'invalid_json',
    line: 4,
    column: 2,
  },
  {
    name: 'trailing comma',
    content: datasetWith('{"messages": [],}'),
    code: 'invalid_json',
    line: 4,
    column: 17,
  },
  {
    name: 'two objects on one line',
    content: datasetWith(`${validChat(1)} ${validChat(2)}`, 6),
    code: 'invalid_json',
    line: 6,
  },
  {
    name: 'raw tab inside a string',
    content: datasetWith('{"messages": [{"role": "user", "content": "a\tb"}]}', 2),
    code: 'invalid_json',
    line: 2,
  },
  { name: 'array line', content: datasetWith('[1, 2, 3]', 3), code: 'data_type', line: 3 },
  { name: 'string line', content: datasetWith('"hello"', 5), code: 'data_type', line: 5 },
  { name: 'null line', content: datasetWith('null', 1), code: 'data_type', line: 1 },
  {
    name: 'empty messages',
    content: datasetWith('{"messages": []}', 7),
    code: 'missing_messages_list',
    line: 7,
    path: 'messages',
  },
  {
    name: 'messages not a list',
    content: datasetWith('{"messages": "hi"}', 8),
    code: 'missing_messages_list',
    line: 8,
  },
  {
    // The cookbook's code for a chat line without its list.
    name: 'a conversation without messages',
    content: datasetWith('{"conversation": []}', 3),
    code: 'missing_messages_list',
    line: 3,
  },
  {
    name: 'no known keys',
    content: datasetWith('{"text": "hello"}', 9),
    code: 'missing_messages_list',
    line: 9,
  },
  {
    name: 'message missing role',
    content: datasetWith(chat({ content: 'hi' }, assistant('yo'))),
    code: 'message_missing_key',
    line: 4,
    path: 'messages[0]',
  },
  {
    name: 'message missing content',
    content: datasetWith(chat(user('hi'), { role: 'assistant' })),
    code: 'message_missing_key',
    line: 4,
    path: 'messages[1]',
  },
  {
    name: 'unrecognized message key',
    content: datasetWith(chat(user('hi'), { ...assistant('yo'), mood: 'happy' })),
    code: 'message_unrecognized_key',
    line: 4,
    path: 'messages[1].mood',
  },
  {
    name: 'unrecognized role',
    content: datasetWith(chat({ role: 'human', content: 'hi' }, assistant('yo'))),
    code: 'unrecognized_role',
    line: 4,
    path: 'messages[0].role',
  },
  {
    name: 'numeric content',
    content: datasetWith(chat(user('hi'), { role: 'assistant', content: 42 })),
    code: 'missing_content',
    line: 4,
    path: 'messages[1].content',
  },
  {
    name: 'null user content',
    content: datasetWith(chat({ role: 'user', content: null }, assistant('yo'))),
    code: 'missing_content',
    line: 4,
    path: 'messages[0].content',
  },
  {
    name: 'no assistant message',
    content: datasetWith(chat(user('hi'), user('anyone?')), 10),
    code: 'example_missing_assistant_message',
    line: 10,
  },
  {
    name: 'message not an object',
    content: datasetWith(chat('hi', assistant('yo'))),
    code: 'invalid_message',
    line: 4,
    path: 'messages[0]',
  },
  {
    name: 'weight 0.5',
    content: datasetWith(chat(user('hi'), { ...assistant('yo'), weight: 0.5 })),
    code: 'invalid_weight',
    line: 4,
    path: 'messages[1].weight',
  },
  {
    name: 'weight as string',
    content: datasetWith(chat(user('hi'), { ...assistant('yo'), weight: '1' })),
    code: 'invalid_weight',
    line: 4,
  },
  {
    name: 'weight on a user message',
    content: datasetWith(chat({ ...user('hi'), weight: 1 }, assistant('yo'))),
    code: 'weight_not_on_assistant',
    line: 4,
    path: 'messages[0].weight',
  },
  {
    name: 'tool_calls not a list',
    content: datasetWith(chat(user('hi'), { role: 'assistant', content: null, tool_calls: {} })),
    code: 'invalid_tool_calls',
    line: 4,
    path: 'messages[1].tool_calls',
  },
  {
    name: 'tool call of wrong type',
    content: datasetWith(
      chat(
        user('hi'),
        { role: 'assistant', tool_calls: [{ ...toolCall, type: 'retrieval' }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
        assistant('done'),
      ),
    ),
    code: 'invalid_tool_calls',
    line: 4,
    path: 'messages[1].tool_calls[0].type',
  },
  {
    name: 'tool call arguments as object',
    content: datasetWith(
      chat(
        user('hi'),
        {
          role: 'assistant',
          tool_calls: [{ ...toolCall, function: { name: 'f', arguments: { city: 'Paris' } } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
        assistant('done'),
      ),
    ),
    code: 'invalid_tool_call_arguments',
    line: 4,
    path: 'messages[1].tool_calls[0].function.arguments',
  },
  {
    name: 'tool call arguments not JSON',
    content: datasetWith(
      chat(
        user('hi'),
        {
          role: 'assistant',
          tool_calls: [{ ...toolCall, function: { name: 'f', arguments: '{city: Paris}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
        assistant('done'),
      ),
    ),
    code: 'invalid_tool_call_arguments',
    line: 4,
  },
  {
    name: 'tool reply to an unknown call',
    content: datasetWith(
      chat(
        user('hi'),
        { role: 'assistant', tool_calls: [toolCall] },
        { role: 'tool', tool_call_id: 'call_9', content: 'ok' },
        assistant('done'),
      ),
    ),
    code: 'unanswered_tool_call_id',
    line: 4,
    path: 'messages[2].tool_call_id',
  },
  {
    name: 'tool reply before the call',
    content: datasetWith(
      chat(
        user('hi'),
        { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
        { role: 'assistant', tool_calls: [toolCall] },
        assistant('done'),
      ),
    ),
    code: 'unanswered_tool_call_id',
    line: 4,
    path: 'messages[1].tool_call_id',
  },
  {
    name: 'tool reply without an id',
    content: datasetWith(
      chat(
        user('hi'),
        { role: 'assistant', tool_calls: [toolCall] },
        { role: 'tool', content: 'ok' },
        assistant('done'),
      ),
    ),
    code: 'message_missing_key',
    line: 4,
    path: 'messages[2].tool_call_id',
  },
  {
    name: 'tool_calls on a user message',
    content: datasetWith(chat({ ...user('hi'), tool_calls: [toolCall] }, assistant('yo'))),
    code: 'invalid_tool_calls',
    line: 4,
    path: 'messages[0].tool_calls',
  },
  {
    name: 'audio content part',
    content: datasetWith(
      chat({ role: 'user', content: [{ type: 'input_audio', input_audio: {} }] }, assistant('yo')),
    ),
    code: 'invalid_content_part',
    line: 4,
    path: 'messages[0].content[0].type',
  },
  {
    name: 'text part without text',
    content: datasetWith(chat({ role: 'user', content: [{ type: 'text' }] }, assistant('yo'))),
    code: 'invalid_content_part',
    line: 4,
    path: 'messages[0].content[0].text',
  },
  {
    name: 'image in an assistant message',
    content: datasetWith(
      chat(user('draw'), {
        role: 'assistant',
        content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }],
      }),
    ),
    code: 'image_in_assistant_message',
    line: 4,
    path: 'messages[1].content[0]',
  },
  {
    name: 'image part without url',
    content: datasetWith(
      chat({ role: 'user', content: [{ type: 'image_url', image_url: 'x' }] }, assistant('yo')),
    ),
    code: 'invalid_content_part',
    line: 4,
  },
  {
    name: 'tools not a list',
    content: datasetWith(
      JSON.stringify({ messages: [user('hi'), assistant('yo')], tools: { type: 'function' } }),
    ),
    code: 'invalid_tools',
    line: 4,
    path: 'tools',
  },
  {
    name: 'tool without a function',
    content: datasetWith(
      JSON.stringify({ messages: [user('hi'), assistant('yo')], tools: [{ type: 'function' }] }),
    ),
    code: 'invalid_tools',
    line: 4,
    path: 'tools[0]',
  },
  {
    name: 'empty functions list',
    content: datasetWith(
      JSON.stringify({ messages: [user('hi'), assistant('yo')], functions: [] }),
    ),
    code: 'invalid_functions',
    line: 4,
    path: 'functions',
  },
  {
    name: 'empty assistant content',
    content: datasetWith(chat(user('hi'), assistant('  '))),
    code: 'empty_assistant_content',
    line: 4,
    path: 'messages[1].content',
  },
  {
    name: 'invalid name',
    content: datasetWith(chat({ ...user('hi'), name: 'Ada Lovelace' }, assistant('yo'))),
    code: 'invalid_name',
    line: 4,
    path: 'messages[0].name',
  },
  {
    name: 'special token in content',
    content: datasetWith(chat(user('end <|endoftext|> here'), assistant('yo')), 11),
    code: 'special_token',
    line: 11,
    path: 'messages[0].content',
  },
  {
    name: 'fim token in a reply',
    content: datasetWith(chat(user('code'), assistant('x <|fim_suffix|>')), 2),
    code: 'special_token',
    line: 2,
    path: 'messages[1].content',
  },
  {
    name: 'OpenAI key in a reply',
    content: datasetWith(
      chat(user('key?'), assistant('Use sk-proj-abcdefghijklmnopqrstuvwxyz012345')),
      5,
    ),
    code: 'possible_secret',
    line: 5,
  },
  {
    name: 'AWS key',
    content: datasetWith(chat(user('aws?'), assistant('AKIAIOSFODNN7EXAMPLE')), 6),
    code: 'possible_secret',
    line: 6,
  },
  {
    name: 'GitHub token',
    content: datasetWith(chat(user('gh?'), assistant(`ghp_${'a'.repeat(36)}`)), 3),
    code: 'possible_secret',
    line: 3,
  },
  {
    name: 'Slack token',
    content: datasetWith(chat(user('slack?'), assistant('xoxb-1234567890-abcdefghij')), 3),
    code: 'possible_secret',
    line: 3,
  },
  {
    name: 'private key block',
    content: datasetWith(chat(user('key?'), assistant('-----BEGIN RSA PRIVATE KEY-----\nMIIE')), 3),
    code: 'possible_secret',
    line: 3,
  },
  {
    name: 'duplicate example',
    content: datasetWith(validChat(2), 9),
    code: 'duplicate_example',
    line: 9,
  },
  { name: 'blank line', content: datasetWith('', 5), code: 'blank_line', line: 5 },
  {
    name: 'unknown top-level key',
    content: datasetWith(JSON.stringify({ messages: [user('hi'), assistant('yo')], label: 'x' })),
    code: 'unrecognized_key',
    line: 4,
    path: 'label',
  },
  {
    name: 'prompt/completion line in a chat file',
    content: datasetWith(JSON.stringify({ prompt: 'a', completion: 'b' }), 8),
    code: 'mixed_formats',
    line: 8,
  },
  {
    name: 'too few examples',
    content: `${validChat(1)}\n${validChat(2)}\n`,
    code: 'too_few_examples',
  },
  { name: 'few examples', content: datasetWith(validChat(99), 1, 20), code: 'few_examples' },
  {
    name: 'chat data for babbage-002',
    content: datasetWith(validChat(1), 1),
    code: 'format_not_supported_by_model',
    line: 1,
    model: 'babbage-002',
  },
  {
    name: 'prompt without completion',
    content: Array.from({ length: 10 }, (_, index) =>
      JSON.stringify(
        index === 6 ? { prompt: 'p' } : { prompt: `p${index}`, completion: `c${index}` },
      ),
    ).join('\n'),
    code: 'invalid_prompt_completion',
    line: 7,
    path: 'completion',
    model: 'davinci-002',
  },
  {
    name: 'preference data for gpt-3.5-turbo',
    content: Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({
        input: { messages: [user(`q${index}`)] },
        preferred_output: [assistant('good')],
        non_preferred_output: [assistant(`bad${index}`)],
      }),
    ).join('\n'),
    code: 'format_not_supported_by_model',
    line: 1,
    model: 'gpt-3.5-turbo',
  },
  {
    name: 'preference with two preferred replies',
    content: Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({
        input: { messages: [user(`q${index}`)] },
        preferred_output: index === 2 ? [assistant('a'), assistant('b')] : [assistant('good')],
        non_preferred_output: [assistant(`bad${index}`)],
      }),
    ).join('\n'),
    code: 'invalid_preference_output',
    line: 3,
    path: 'preferred_output',
    model: 'gpt-4o-mini',
  },
  {
    name: 'preference reply from the user',
    content: Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({
        input: { messages: [user(`q${index}`)] },
        preferred_output: [assistant('good')],
        non_preferred_output: [index === 4 ? user('bad') : assistant(`bad${index}`)],
      }),
    ).join('\n'),
    code: 'unrecognized_role',
    line: 5,
    path: 'non_preferred_output[0].role',
    model: 'gpt-4o-mini',
  },
  {
    name: 'preference without input messages',
    content: Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({
        input: index === 0 ? {} : { messages: [user(`q${index}`)] },
        preferred_output: [assistant('good')],
        non_preferred_output: [assistant(`bad${index}`)],
      }),
    ).join('\n'),
    code: 'invalid_preference_input',
    line: 1,
    path: 'input',
    model: 'gpt-4o-mini',
  },
  {
    name: 'reinforcement line with an unknown role',
    content: Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({
        messages: [{ role: index === 3 ? 'robot' : 'user', content: `q${index}` }],
        reference_answer: 'x',
      }),
    ).join('\n'),
    code: 'unrecognized_role',
    line: 4,
    model: 'o4-mini',
  },
  {
    name: 'long example',
    content: datasetWith(chat(user('word '.repeat(5000)), assistant('ok')), 6),
    code: 'example_over_token_limit',
    line: 6,
    model: 'gpt-3.5-turbo',
  },
];

describe('validateDataset on malformed datasets', () => {
  it('has a corpus of at least 40 distinct datasets', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((testCase) => testCase.content)).size).toBe(cases.length);
  });

  it.each(cases)('reports $code for $name', async (testCase) => {
    const report = await validateDataset({
      source: Readable.from([Buffer.from(testCase.content)]),
      name: 'bad.jsonl',
      model: testCase.model ?? 'gpt-4o-mini',
    });
    const found = report.issues.filter((issue) => issue.code === testCase.code);
    expect(found, JSON.stringify(report.issues, null, 1)).toHaveLength(1);
    const issue = found[0];
    expect(issue?.line).toBe(testCase.line);
    if (testCase.column !== undefined) expect(issue?.column).toBe(testCase.column);
    if (testCase.path !== undefined) expect(issue?.path).toBe(testCase.path);
    expect(issue?.message.length).toBeGreaterThan(10);
    expect(issue?.hint.length).toBeGreaterThan(10);
  });
});
