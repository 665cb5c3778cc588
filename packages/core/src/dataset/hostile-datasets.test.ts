import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetReport } from './dataset-report.js';
import { validateDataset } from './validate-dataset.js';

const user = (content: string) => ({ role: 'user', content });
const assistant = (content: string) => ({ role: 'assistant', content });
const validChat = (index: number) =>
  JSON.stringify({ messages: [user(`Question ${index}?`), assistant(`Answer ${index}.`)] });

/** Twelve valid chat lines with `bad` written over line `at` (1-based). */
function datasetWith(bad: string, at = 4, total = 12): string {
  const lines = Array.from({ length: total }, (_, index) => validChat(index + 1));
  lines[at - 1] = bad;
  return `${lines.join('\n')}\n`;
}

async function validateText(content: string | Buffer): Promise<DatasetReport> {
  return validateDataset({
    source: Readable.from([typeof content === 'string' ? Buffer.from(content) : content]),
    name: 'data.jsonl',
    model: 'gpt-4o-mini',
  });
}

/** Everything a report would show a person or a script. */
const everythingShown = (report: DatasetReport) => JSON.stringify(report);

describe('credentials in a dataset', () => {
  // Key-shaped strings, in each place a message quotes data from.
  const keys = [
    `sk-proj-${'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z'.repeat(2)}`,
    `sk-${'Q7w8E9r0T1y2U3i4O5p6A7s8D9f0'}`,
    `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`,
    `github_pat_${'11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'}`,
    `xoxb-${'123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'}`,
    `xapp-1-${'A0123456789-1234567890123-abcdef0123456789'}`,
    'AKIAIOSFODNN7EXAMPLE',
  ];
  const placements: Record<string, (key: string) => string> = {
    role: (key) => JSON.stringify({ messages: [{ role: key, content: 'hi' }, assistant('yo')] }),
    'content-part type': (key) =>
      JSON.stringify({
        messages: [{ role: 'user', content: [{ type: key, text: 'hi' }] }, assistant('yo')],
      }),
    weight: (key) =>
      JSON.stringify({ messages: [user('hi'), { role: 'assistant', content: 'yo', weight: key }] }),
    'tool arguments': (key) =>
      JSON.stringify({
        messages: [
          user('hi'),
          {
            role: 'assistant',
            tool_calls: [
              { id: 'call_1', type: 'function', function: { name: 'f', arguments: `{${key}` } },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
          assistant('done'),
        ],
      }),
    tool_call_id: (key) =>
      JSON.stringify({
        messages: [user('hi'), { role: 'tool', tool_call_id: key, content: 'x' }, assistant('yo')],
      }),
    'a message key': (key) =>
      JSON.stringify({ messages: [{ role: 'user', content: 'hi', [key]: 1 }, assistant('yo')] }),
    'a top-level key': (key) => JSON.stringify({ [key]: [] }),
    'a name': (key) =>
      JSON.stringify({
        messages: [{ role: 'user', content: 'hi', name: `a ${key}` }, assistant('yo')],
      }),
  };
  for (const [place, line] of Object.entries(placements)) {
    it(`never echoes a key found in ${place}, in any message or field`, async () => {
      for (const key of keys) {
        const report = await validateText(datasetWith(line(key)));
        expect(report.issues.some((issue) => issue.line === 4)).toBe(true);
        const shown = everythingShown(report);
        // Not the key, nor any long piece of it that a cut message could leave.
        expect(shown).not.toContain(key);
        expect(shown).not.toContain(key.slice(-16));
        expect(report.issues.some((issue) => issue.code === 'possible_secret')).toBe(true);
      }
    });
  }

  it('still says what kind of credential it found, and where', async () => {
    const report = await validateText(datasetWith(placements.role?.(keys[0] as string) ?? ''));
    const secret = report.issues.find((issue) => issue.code === 'possible_secret');
    expect(secret).toMatchObject({ line: 4, severity: 'warning' });
    expect(secret?.message).toContain('an OpenAI API key');
  });
});

describe('lines that break recursive code', () => {
  for (const depth of [300, 5_000, 100_000]) {
    it(`reports a line nested ${depth} levels deep on its own line and checks the rest`, async () => {
      const deep = `{"messages": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const content = datasetWith(deep, 3).replace(
        validChat(7),
        JSON.stringify({ messages: [{ role: 'bogus', content: 'x' }, assistant('y')] }),
      );
      const report = await validateText(content);
      expect(report.issues).toContainEqual(
        expect.objectContaining({ code: 'too_deeply_nested', line: 3, severity: 'error' }),
      );
      expect(report.issues).toContainEqual(
        expect.objectContaining({ code: 'unrecognized_role', line: 7 }),
      );
      expect(report.examples).toBe(11);
    });
  }

  it('reports a deep line that is also broken JSON, without a stack overflow', async () => {
    const report = await validateText(datasetWith(`{"a": ${'['.repeat(50_000)}`, 5));
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'invalid_json', line: 5 }),
    );
  });

  it('reports deep nesting inside tools and content too', async () => {
    const nested = JSON.parse(`${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`);
    const line = JSON.stringify({
      messages: [user('hi'), assistant('yo')],
      tools: [{ type: 'function', function: { name: 'f', parameters: nested } }],
    });
    const report = await validateText(datasetWith(line, 2));
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'too_deeply_nested', line: 2 }),
    );
  });
});

describe('values JSON.parse misreads or refuses', () => {
  const prefix =
    '{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo", "weight": ';
  for (const [what, literal] of [
    ['1e999', '1e999'],
    ['-1e400', '-1e400'],
    ['a 100,000-digit integer', '9'.repeat(100_000)],
    ['a 400-digit decimal', `1${'0'.repeat(400)}.5`],
  ] as const) {
    it(`names ${what} as a number out of range, at its column`, async () => {
      const report = await validateText(datasetWith(`${prefix}${literal}}]}`, 6));
      const issue = report.issues.find((found) => found.code === 'number_out_of_range');
      expect(issue).toMatchObject({ line: 6, column: prefix.length + 1, severity: 'error' });
      expect(issue?.message).toContain('too large');
      expect(issue?.message.length).toBeLessThan(200);
      // One cause, one error: the weight is not also called "Infinity".
      expect(report.issues.filter((found) => found.line === 6)).toHaveLength(1);
    });
  }

  for (const [what, character, name] of [
    ['a NUL', '\u0000', 'U+0000'],
    ['a tab', '\t', 'U+0009'],
    ['an escape character', '\u001b', 'U+001B'],
    ['a bell', '\u0007', 'U+0007'],
  ] as const) {
    it(`names ${what} inside a string, at its true column`, async () => {
      const before = '{"messages": [{"role": "user", "content": "héllo 😀 ';
      const line = `${before}${character}x"}, {"role": "assistant", "content": "yo"}]}`;
      const report = await validateText(datasetWith(line, 5));
      const issue = report.issues.find((found) => found.line === 5);
      // Columns count characters: the emoji is one.
      expect(issue).toMatchObject({ code: 'invalid_json', column: [...before].length + 1 });
      expect(issue?.message).toContain(name);
    });
  }

  it('names a control character between values', async () => {
    const line = `{"messages": [{"role": "user", "content": "hi"},\u0001 {"role": "assistant", "content": "yo"}]}`;
    const report = await validateText(datasetWith(line, 5));
    const issue = report.issues.find((found) => found.line === 5);
    expect(issue).toMatchObject({ code: 'invalid_json', column: line.indexOf('\u0001') + 1 });
    expect(issue?.message).toContain('control character U+0001');
  });
});

describe('files in the wrong encoding', () => {
  const text = datasetWith(validChat(4));
  const utf16 = (order: 'LE' | 'BE', bom: boolean) => {
    const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
    if (order === 'BE') bytes.swap16();
    return bytes;
  };
  for (const order of ['LE', 'BE'] as const) {
    for (const bom of [true, false]) {
      it(`says a UTF-16 ${order} file ${bom ? 'with' : 'without'} BOM is UTF-16, once, with the fix`, async () => {
        const report = await validateText(utf16(order, bom));
        expect(report.issues.filter((issue) => issue.severity === 'error')).toHaveLength(2);
        const issue = report.issues.find((found) => found.code === 'invalid_encoding');
        expect(issue?.message).toContain(`UTF-16 ${order}`);
        expect(issue?.hint).toContain('iconv');
      });
    }
  }

  for (const order of ['LE', 'BE'] as const) {
    for (const bom of [true, false]) {
      it(`says a UTF-32 ${order} file ${bom ? 'with' : 'without'} BOM is UTF-32, not UTF-16`, async () => {
        const bytes = Buffer.alloc((text.length + (bom ? 1 : 0)) * 4);
        [...`${bom ? '\ufeff' : ''}${text}`].forEach((character, index) => {
          const codePoint = character.codePointAt(0) ?? 0;
          if (order === 'LE') bytes.writeUInt32LE(codePoint, index * 4);
          else bytes.writeUInt32BE(codePoint, index * 4);
        });
        const report = await validateText(bytes);
        const issue = report.issues.find((found) => found.code === 'invalid_encoding');
        expect(issue?.message).toContain(`UTF-32 ${order}`);
        expect(issue?.hint).toContain(`iconv -f UTF-32${order}`);
      });
    }
  }

  it('says a file with CR-only line ends has them, with the fix', async () => {
    const report = await validateText(text.replaceAll('\n', '\r'));
    const issue = report.issues.find((found) => found.code === 'invalid_encoding');
    expect(issue?.message).toContain('carriage return only');
    expect(issue?.hint).toContain("tr '\\r' '\\n'");
  });

  it('still reads CRLF line ends', async () => {
    const report = await validateText(text.replaceAll('\n', '\r\n'));
    expect(report.errorCount).toBe(0);
    expect(report.examples).toBe(12);
  });

  it('names invalid UTF-8 as another encoding, at its line and column, with the fix', async () => {
    const latin1 = Buffer.from(datasetWith(validChat(4).replace('Question', 'Qüestion')), 'latin1');
    const report = await validateText(latin1);
    const issue = report.issues.find((found) => found.code === 'invalid_utf8');
    expect(issue).toMatchObject({ line: 4 });
    expect(issue?.message).toContain('another encoding');
    expect(issue?.hint).toContain('UTF-8');
  });

  describe('on disk, as the parallel reader sees it', () => {
    let directory = '';
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'tuneline-encoding-'));
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });
    it('reports UTF-16 once for a file read by threads', async () => {
      const path = join(directory, 'utf16.jsonl');
      await writeFile(path, utf16('LE', true));
      const report = await validateDataset({ source: path, model: 'gpt-4o-mini', threads: 2 });
      expect(report.issues.filter((issue) => issue.code === 'invalid_encoding')).toHaveLength(1);
    });
  });
});

describe('files full of errors', () => {
  it('lists at most 1,000 issues and counts the rest by code', async () => {
    const lines = Array.from({ length: 5000 }, (_, index) =>
      index % 2 === 0 ? '{' : JSON.stringify({ messages: [{ role: 'x', content: 'y' }] }),
    );
    const report = await validateText(`${lines.join('\n')}\n`);
    expect(report.issues.length).toBeLessThanOrEqual(1000 + 5);
    expect(report.errorCount).toBeGreaterThanOrEqual(5000);
    expect(report.omittedIssues).toBe(
      report.errorCount + report.warningCount - report.issues.length,
    );
    const omitted = Object.values(report.omittedIssuesByCode).reduce(
      (sum, count) => sum + (count ?? 0),
      0,
    );
    expect(omitted).toBe(report.omittedIssues);
    expect(report.omittedIssuesByCode.invalid_json).toBeGreaterThan(2000);
    // Whole-file problems are always listed, whatever the cap.
    expect(report.issues.some((issue) => issue.code === 'too_few_examples')).toBe(false);
  });

  it('says "1 example", not "1 examples"', async () => {
    const report = await validateText(`${validChat(1)}\n`);
    expect(report.issues.find((issue) => issue.code === 'too_few_examples')?.message).toMatch(
      /^File has 1 example;/,
    );
  });

  it('finds duplicates among many unique examples, naming the first line', async () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => validChat(index));
    lines.push(validChat(12_345));
    const report = await validateText(`${lines.join('\n')}\n`);
    const duplicates = report.issues.filter((issue) => issue.code === 'duplicate_example');
    expect(duplicates).toEqual([
      expect.objectContaining({ line: 20_001, message: 'Example is a copy of line 12346.' }),
    ]);
  });
});
