import { createReadStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createReferenceTokenCounter } from '../tokens/create-reference-token-counter.js';
import { createTokenCounter } from '../tokens/create-token-counter.js';
import type { TokenCounter, TokenEncodingName } from '../tokens/token-encoding.js';

/** What one measured pass prints, as one line of JSON, for the benchmark's parent process. */
export interface PassResult {
  readonly pass: PassName;
  readonly bytes: number;
  readonly lines: number;
  readonly strings: number;
  readonly tokens: number;
  readonly seconds: number;
  readonly maxRssBytes: number;
}

export type PassName = 'floor' | 'naive' | 'engine';

function countStrings(
  value: unknown,
  counter: TokenCounter | undefined,
  totals: { strings: number; tokens: number },
): void {
  if (typeof value === 'string') {
    totals.strings += 1;
    if (counter !== undefined) totals.tokens += counter.count(value);
  } else if (Array.isArray(value)) {
    for (const item of value) countStrings(item, counter, totals);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) countStrings(item, counter, totals);
  }
}

/**
 * Streams a JSONL file line by line, parses each line and, except for the floor, counts the tokens
 * of every string value, as the dataset validator does. `limitBytes` stops after that many bytes.
 */
export async function runPass(options: {
  pass: PassName;
  path: string;
  encoding: TokenEncodingName;
  limitBytes?: number;
}): Promise<PassResult> {
  const started = performance.now();
  const counter =
    options.pass === 'naive'
      ? createReferenceTokenCounter(options.encoding)
      : options.pass === 'engine'
        ? createTokenCounter(options.encoding)
        : undefined;
  const totals = { strings: 0, tokens: 0 };
  let lines = 0;
  let bytes = 0;
  const limit = options.limitBytes;
  const input = createInterface({
    input: createReadStream(options.path),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of input) {
    if (limit !== undefined) {
      if (bytes >= limit) break;
      bytes += Buffer.byteLength(line) + 1;
    }
    lines += 1;
    if (line.length > 0) countStrings(JSON.parse(line), counter, totals);
  }
  input.close();
  return {
    pass: options.pass,
    bytes: limit === undefined ? statSync(options.path).size : bytes,
    lines,
    strings: totals.strings,
    tokens: totals.tokens,
    seconds: (performance.now() - started) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}
