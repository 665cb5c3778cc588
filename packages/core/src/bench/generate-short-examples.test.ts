import { describe, expect, it } from 'vitest';
import { generateShortExamples } from './generate-short-examples.js';

function take(seed: number, count: number): string[] {
  const lines: string[] = [];
  for (const line of generateShortExamples(seed)) {
    lines.push(line);
    if (lines.length === count) break;
  }
  return lines;
}

describe('generateShortExamples', () => {
  it('gives the same unique, valid two-message examples of about 100 bytes for a seed', () => {
    const lines = take(3, 5000);
    expect(take(3, 5000)).toEqual(lines);
    expect(new Set(lines).size).toBe(lines.length);
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    expect(bytes / lines.length).toBeGreaterThan(70);
    expect(bytes / lines.length).toBeLessThan(130);
    for (const line of lines.slice(0, 100)) {
      const { messages } = JSON.parse(line) as { messages: { role: string; content: string }[] };
      expect(messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    }
  });
});
