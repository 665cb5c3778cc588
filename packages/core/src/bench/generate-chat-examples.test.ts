import { describe, expect, it } from 'vitest';
import { generateChatExamples } from './generate-chat-examples.js';

interface Example {
  messages: { role: string; content: string }[];
}

function take(seed: number, count: number): string[] {
  const lines: string[] = [];
  for (const line of generateChatExamples(seed)) {
    lines.push(line);
    if (lines.length === count) break;
  }
  return lines;
}

describe('generateChatExamples', () => {
  it('gives the same examples for the same seed and different ones for another seed', () => {
    expect(take(7, 20)).toEqual(take(7, 20));
    expect(take(8, 20)).not.toEqual(take(7, 20));
  });

  it('writes chat examples that end with the assistant, mixing English, code and Japanese', () => {
    const examples = take(1, 300).map((line) => JSON.parse(line) as Example);
    for (const { messages } of examples) {
      expect(messages.at(-1)?.role).toBe('assistant');
      expect(messages.some((message) => message.role === 'user')).toBe(true);
      for (const message of messages) {
        expect(['system', 'user', 'assistant']).toContain(message.role);
        expect(message.content.length).toBeGreaterThan(0);
      }
    }
    const contents = examples.flatMap(({ messages }) => messages.map((message) => message.content));
    expect(contents.some((content) => /[\u3040-\u30ff]/.test(content))).toBe(true);
    expect(contents.some((content) => content.includes('```ts'))).toBe(true);
    const systemPrompts = examples.flatMap(({ messages }) =>
      messages.filter((message) => message.role === 'system').map((message) => message.content),
    );
    expect(systemPrompts.length).toBeGreaterThan(100);
    expect(new Set(systemPrompts).size).toBeLessThanOrEqual(4);
    const assistantTexts = examples.map(({ messages }) => messages.at(-1)?.content);
    expect(new Set(assistantTexts).size).toBe(examples.length);
  });
});
