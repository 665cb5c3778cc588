import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate-dataset.js';

const roles = fc.constantFrom(
  'system',
  'user',
  'assistant',
  'tool',
  'function',
  'developer',
  'robot',
  42,
  null,
);
const anyValue = fc.oneof(fc.jsonValue(), fc.string(), fc.constant(undefined));
const message = fc.record(
  {
    role: roles,
    content: fc.oneof(
      fc.string(),
      fc.constant(null),
      fc.array(
        fc.record(
          {
            type: fc.constantFrom('text', 'image_url', 'audio'),
            text: anyValue,
            image_url: anyValue,
          },
          { requiredKeys: [] },
        ),
      ),
      anyValue,
    ),
    name: anyValue,
    weight: fc.oneof(fc.constantFrom(0, 1, 0.5, '1'), anyValue),
    tool_calls: fc.oneof(
      fc.array(
        fc.record({
          id: anyValue,
          type: anyValue,
          function: fc.record({
            name: anyValue,
            arguments: fc.oneof(fc.json(), fc.string(), anyValue),
          }),
        }),
      ),
      anyValue,
    ),
    tool_call_id: anyValue,
  },
  { requiredKeys: [] },
);
const exampleLine = fc.oneof(
  fc.record(
    {
      messages: fc.oneof(fc.array(message, { maxLength: 6 }), anyValue),
      tools: anyValue,
      functions: anyValue,
    },
    { requiredKeys: [] },
  ),
  fc.record({ prompt: anyValue, completion: anyValue }, { requiredKeys: [] }),
  fc.record(
    {
      input: fc.oneof(fc.record({ messages: fc.array(message, { maxLength: 3 }) }), anyValue),
      preferred_output: fc.oneof(fc.array(message, { maxLength: 2 }), anyValue),
      non_preferred_output: anyValue,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

async function validateBytes(bytes: Uint8Array | string, model = 'gpt-4o-mini') {
  return validateDataset({
    source: Readable.from([typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes)]),
    name: 'fuzz.jsonl',
    model,
  });
}

describe('validateDataset under random input', () => {
  it('reports random bytes as issues, never by throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const report = await validateBytes(bytes);
        const lineCount =
          bytes.length === 0 ? 0 : Buffer.from(bytes).toString('latin1').split('\n').length;
        for (const issue of report.issues) {
          if (issue.line !== undefined) expect(issue.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checks random JSON shaped like training data without throwing, locating every issue', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(exampleLine, { minLength: 1, maxLength: 15 }),
        fc.constantFrom('gpt-4o-mini', 'babbage-002', 'o4-mini', 'gpt-3.5-turbo'),
        async (examples, model) => {
          const text = examples.map((example) => JSON.stringify(example) ?? 'null').join('\n');
          const report = await validateBytes(text, model);
          expect(report.errorCount + report.warningCount).toBeGreaterThanOrEqual(
            report.issues.length,
          );
          for (const issue of report.issues) {
            expect(issue.message).not.toBe('');
            if (issue.line !== undefined) expect(issue.line).toBeLessThanOrEqual(examples.length);
          }
          expect(Number.isFinite(report.billingTokens)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads random text lines with any line endings without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.json()), { maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        async (lines, ending) => {
          const report = await validateBytes(lines.join(ending));
          expect(report.lines).toBeLessThanOrEqual(Math.max(lines.length, 1));
        },
      ),
      { numRuns: 200 },
    );
  });
});
