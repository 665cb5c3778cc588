import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReferenceTokenCounter } from './create-reference-token-counter.js';
import { createTokenCounter } from './create-token-counter.js';
import type { TokenEncodingName } from './token-encoding.js';

const encodings: readonly TokenEncodingName[] = ['cl100k_base', 'o200k_base'];
const fixtures = new URL('../../../../fixtures/openai/', import.meta.url);

function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringValues);
  if (typeof value === 'object' && value !== null)
    return Object.values(value).flatMap(stringValues);
  return [];
}

function fixtureStrings(name: string): string[] {
  return readFileSync(new URL(name, fixtures), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .flatMap((line) => stringValues(JSON.parse(line)));
}

/** Pieces that sit on the pre-tokenizer's edges: contractions, case changes, marks, spaces, surrogates. */
const fragments = [
  "'s",
  "'S",
  "'t",
  "'re",
  "'RE",
  "'ve",
  "'m",
  "'ll",
  "'Ll",
  "'d",
  "'",
  "'x",
  'a',
  'Z',
  'hello',
  'World',
  'HTTP',
  'camelCase',
  'ǅ',
  'ʰ',
  'ß',
  'é',
  'e\u0301',
  '\u0903',
  'नमस्ते',
  'ไทย',
  '1',
  '42',
  '12345',
  '٣',
  '½',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u000b',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\ufeff',
  '.',
  ',',
  '!?',
  '/',
  '//',
  '->',
  '"',
  '(',
  ')',
  '{}',
  '<|endoftext|>',
  '<|fim_suffix|>',
  '<|endofprompt|>',
  '日本',
  '語',
  'わかんないにゃん',
  'ー',
  '、',
  '。',
  '한국어',
  'Привет',
  'مرحبا',
  '😀',
  '👩‍💻',
  '👍🏽',
  '\u200d',
  '𝐀',
  '𝐚',
  '𠀀',
  '\ud800',
  '\udc00',
  '\ud83d',
];

const fragmentText = fc
  .array(fc.constantFrom(...fragments), { maxLength: 24 })
  .map((parts) => parts.join(''));
const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));
const unicodeText = fc.string({
  unit: fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), loneSurrogate),
  maxLength: 40,
});

/** Scripts whose characters are several bytes, where the merge starts from whole characters. */
const multiByteRanges = [
  [0x3040, 0x30ff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0x0400, 0x04ff],
  [0x0600, 0x06ff],
  [0x0900, 0x097f],
  [0x00c0, 0x024f],
  [0x0300, 0x036f],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
  [0x1f300, 0x1faff],
  [0x20000, 0x2a6df],
] as const;
const multiByteText = fc
  .array(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .constantFrom(...multiByteRanges)
          .chain(([low, high]) => fc.integer({ min: low, max: high }))
          .map((code) => String.fromCodePoint(code)),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(' ', '\n', 'a', 'é', '1', '.', '、', '。', 'の', 'ー', '\ufeff'),
      },
    ),
    { maxLength: 40 },
  )
  .map((characters) => characters.join(''));

/** A run of kana and kanji with no punctuation: one pre-tokenizer piece of 3,000 characters. */
function japaneseRun(length: number): string {
  const characters =
    'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん日本語学習開発技術問題方法情報環境設定機能確認自然言語処理';
  let text = '';
  for (let index = 0; text.length < length; index++) {
    text += characters[(index * 7 + Math.floor(index / 13)) % characters.length];
  }
  return text;
}

describe.each(encodings)('createTokenCounter(%s)', (encoding) => {
  const counter = createTokenCounter(encoding);
  const reference = createReferenceTokenCounter(encoding);

  it('reports its encoding', () => {
    expect(counter.encoding).toBe(encoding);
  });

  it.each(['cookbook-toy-chat.jsonl', 'seed-wakannai.jsonl'])(
    'counts every string of the %s fixture as js-tiktoken does',
    (name) => {
      const strings = fixtureStrings(name);
      expect(strings.length).toBeGreaterThan(10);
      expect(strings.map((text) => counter.count(text))).toEqual(
        strings.map((text) => reference.count(text)),
      );
    },
  );

  it.each([
    ['the empty string', ''],
    ['a BOM alone', '\ufeff'],
    ['a BOM at the start', '\ufeff{"messages": []}'],
    ['a BOM in the middle', 'hello\ufeffworld \ufeff. \ufeff\ufeff!'],
    ['a BOM between spaces and newlines', ' \ufeff \n\ufeff\r\n'],
    ['emoji with ZWJ sequences', 'Pair 👩‍💻 with 👨‍👩‍👧‍👦 and 🏳️‍🌈'],
    ['emoji with skin tones', 'Thanks 👍🏽🙏🏿👋🏻!'],
    [
      'special-token text',
      '<|endoftext|> <|fim_prefix|>a<|fim_middle|>b<|fim_suffix|> <|endofprompt|><|im_start|>',
    ],
    [
      'mixed CJK and Latin',
      'TypeScriptの良さを教えてくれ! GPT-4oは2024年に公開された。한국어 텍스트도 OK',
    ],
    ['a long run of spaces', `a${' '.repeat(2000)}b`],
    [
      'long runs of mixed whitespace',
      `x${' \t'.repeat(300)}\n${'\r\n'.repeat(200)}  \u3000 \u00a0y  `,
    ],
    [
      'code with tabs and newlines',
      'func main() {\n\tif err := run(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}\n\n\tdef f(x):\r\n\t    return x  # done\n',
    ],
    ['lone surrogates', 'a\ud800b \udc00 c\ud83d\ud83d \ud83d'],
    ['contractions in any case', "I'm sure they'RE fine, we'll see: it's 'LL 'Ve 'd"],
    ['digits in runs', '1234567890 ٣٤٥٦ 12,345.67 ½'],
    // With o200k, 'フ' and 'テ' here must enter the merge as bytes: a token joining part of them to
    // the neighbouring 'ー' or 'タ' ranks before their own last merge.
    ['katakana whose characters cannot all start merged', 'インターフェース ンターフ ザーャテタタ'],
    ['combining marks and scripts', 'cafe\u0301 नमस्ते ไทย Привет مرحبا 日本語'],
  ])('counts %s as js-tiktoken does', (_, text) => {
    expect(counter.count(text)).toBe(reference.count(text));
  });

  it('counts special-token text as ordinary text instead of throwing', () => {
    expect(counter.count('<|endoftext|>')).toBe(7);
  });

  it('counts a 3,000-character unpunctuated Japanese run as js-tiktoken does', () => {
    const text = japaneseRun(3000);
    expect(counter.count(text)).toBe(reference.count(text));
  }, 180_000);

  it('gives the same count for a string seen again, as roles and system prompts are', () => {
    const systemPrompt = 'You are a helpful assistant. Answer in one short paragraph.';
    const first = counter.count(systemPrompt);
    for (let index = 0; index < 100; index++) counter.count(`unique user text number ${index}`);
    expect(counter.count(systemPrompt)).toBe(first);
    expect(first).toBe(reference.count(systemPrompt));
  });

  it('stays exact after its caches fill up and are emptied', () => {
    // 40,000 distinct multi-token words overflow the piece cache; 3 MB of distinct strings
    // overflow both generations of the string cache.
    const words = Array.from({ length: 40_000 }, (_, index) => ` zq${index.toString(36)}xv`);
    for (let index = 0; index < words.length; index += 100) {
      counter.count(words.slice(index, index + 100).join(''));
    }
    const probe = `${words.slice(0, 50).join('')} ${words.slice(-50).join('')}`;
    expect(counter.count(probe)).toBe(reference.count(probe));
    const filler = 'lorem ipsum dolor '.repeat(400);
    for (let index = 0; index < 400; index++) counter.count(`${index} ${filler}`);
    expect(counter.count(`0 ${filler}`)).toBe(reference.count(`0 ${filler}`));
  });

  it('agrees with js-tiktoken on strings built from edge-case fragments', () => {
    fc.assert(
      fc.property(fragmentText, (text) => counter.count(text) === reference.count(text)),
      { numRuns: 400 },
    );
  });

  it('agrees with js-tiktoken on text of multi-byte characters from many scripts', () => {
    fc.assert(
      fc.property(multiByteText, (text) => counter.count(text) === reference.count(text)),
      { numRuns: 1000 },
    );
  });

  it('agrees with js-tiktoken on random Unicode strings, lone surrogates included', () => {
    fc.assert(
      fc.property(unicodeText, (text) => counter.count(text) === reference.count(text)),
      { numRuns: 400 },
    );
  });
});
