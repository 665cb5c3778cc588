import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type JsonlLine, readJsonlLines } from './read-jsonl-lines.js';

async function linesOf(chunks: Array<string | Buffer>, options = {}): Promise<JsonlLine[]> {
  const lines: JsonlLine[] = [];
  for await (const line of readJsonlLines(
    Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
    options,
  ))
    lines.push(line);
  return lines;
}

const texts = (lines: JsonlLine[]) =>
  lines.map((line) => (line.kind === 'text' ? line.text : line.kind));

describe('readJsonlLines', () => {
  it('numbers lines from 1 and reads a last line without a newline', async () => {
    const lines = await linesOf(['{"a":1}\n{"b":2}']);
    expect(lines.map((line) => line.lineNumber)).toEqual([1, 2]);
    expect(texts(lines)).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('does not invent a line after the final newline', async () => {
    expect(texts(await linesOf(['{"a":1}\n']))).toEqual(['{"a":1}']);
  });

  it('strips a UTF-8 BOM and CRLF endings', async () => {
    expect(texts(await linesOf(['\uFEFF{"a":1}\r\n{"b":2}\r\n']))).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('keeps blank lines as lines so numbers stay true', async () => {
    const lines = await linesOf(['{"a":1}\n\n{"b":2}\n']);
    expect(lines.map((line) => line.lineNumber)).toEqual([1, 2, 3]);
    expect(texts(lines)).toEqual(['{"a":1}', '', '{"b":2}']);
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('{"text":"わかんないにゃん。"}\n{"b":2}\n');
    expect(
      texts(await linesOf([bytes.subarray(0, 12), bytes.subarray(12, 13), bytes.subarray(13)])),
    ).toEqual(['{"text":"わかんないにゃん。"}', '{"b":2}']);
  });

  it('reports invalid UTF-8 with its line and character column', async () => {
    const lines = await linesOf([
      Buffer.concat([
        Buffer.from('{"a":1}\n{"é":"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}\n'),
      ]),
    ]);
    expect(lines[1]).toEqual({ kind: 'invalid_utf8', lineNumber: 2, column: 7, byteLength: 11 });
  });

  it('reports an over-long line without buffering it, then goes on', async () => {
    const long = 'x'.repeat(5000);
    const lines = await linesOf(
      ['{"a":1}\n', long.slice(0, 2000), long.slice(2000), '\n{"b":2}\n'],
      { maxLineBytes: 1000 },
    );
    expect(lines.map((line) => [line.kind, line.lineNumber])).toEqual([
      ['text', 1],
      ['too_long', 2],
      ['text', 3],
    ]);
    expect(lines[1]?.byteLength).toBe(5000);
  });
});
