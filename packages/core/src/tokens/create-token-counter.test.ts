import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointClass } from './code-point-class.js';
import { createTiktokenCounter } from './create-tiktoken-counter.fixture.js';
import { createTokenCounter } from './create-token-counter.js';
import type { TokenEncodingName } from './token-encoding.js';
import { codePointClassRanges } from './unicode-tables.generated.js';

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
  '\u0085',
  '\u200b',
  "'ſ",
  'ſ',
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

/** Unicode's White_Space characters (Rust's `\s`), and characters JavaScript or people take for spaces. */
const whiteSpace = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
].map((codePoint) => String.fromCodePoint(codePoint));
const lookAlikeSpaces = [
  '\ufeff',
  '\u200b',
  '\u180e',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u001c',
  '\u001f',
  '\u00ad',
];
const neighbours = ['a', 'Z', 'é', '日', '1', '٣', '.', '#', '!', "'", '/', '\u0301', '😀', '\r\n'];
const whiteSpaceText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...whiteSpace) },
      { weight: 2, arbitrary: fc.constantFrom(...lookAlikeSpaces) },
      { weight: 2, arbitrary: fc.constantFrom(...neighbours) },
    ),
    { minLength: 1, maxLength: 16 },
  )
  .map((characters) => characters.join(''));

/** How the running Node's regular expressions class a code point, in `codePointClass` terms. */
function nodeClassOf(character: string): number {
  if (/^[\r\n]$/u.test(character)) return codePointClass.newline;
  if (/^\s$/u.test(character)) return codePointClass.whitespace;
  if (/^\p{N}$/u.test(character)) return codePointClass.number;
  if (/^[\p{Lu}\p{Lt}]$/u.test(character)) return codePointClass.upperLetter;
  if (/^\p{Ll}$/u.test(character)) return codePointClass.lowerLetter;
  if (/^[\p{Lm}\p{Lo}]$/u.test(character)) return codePointClass.otherLetter;
  if (/^\p{M}$/u.test(character)) return codePointClass.mark;
  return codePointClass.other;
}

/** How tiktoken classes each code point: the pinned tables, which code-point-class.test.ts checks. */
function tiktokenClasses(): Uint8Array {
  const classes = new Uint8Array(0x110000).fill(codePointClass.other);
  classes[0x0a] = codePointClass.newline;
  classes[0x0d] = codePointClass.newline;
  for (const [name, ranges] of Object.entries(codePointClassRanges)) {
    for (const range of ranges.trim().split(/\s+/)) {
      const [first = '', last = first] = range.split('-');
      const value = codePointClass[name as keyof typeof codePointClassRanges];
      classes.fill(value, Number.parseInt(first, 16), Number.parseInt(last, 16) + 1);
    }
  }
  return classes;
}

/**
 * The characters tiktoken classes differently from the running Node: U+FEFF and U+0085 always,
 * and on a Node that knows Unicode 17 (as Node 20.20 does), its ~4,700 new characters.
 */
const classedDifferentlyByNode: string[] = [];
const classes = tiktokenClasses();
for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
  const character = String.fromCodePoint(codePoint);
  if (nodeClassOf(character) !== classes[codePoint]) classedDifferentlyByNode.push(character);
}
const newCharacterText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...classedDifferentlyByNode) },
      { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\n', "'s", ...neighbours) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((characters) => characters.join(''));

/** Letters that fold, or look as if they folded, to a contraction's letters, in every case. */
const contractionLetters = [
  ...'sStTrReEvVmMlLdD',
  ...'ſKkİıiIßẞµÅΩσςΣǰŉ',
  ...'ｓＳｔＴｌＬｄＤ',
  '\u0345',
  'ﬅ',
  'ﬆ',
  'ℓ',
];
const contractionText = fc
  .array(
    fc
      .tuple(
        fc.constantFrom('I', ' I', 'we', ' They', 'YOU', 'ǅ', 'É', '日本', ' Он', '', ' ', '1'),
        fc.constantFrom("'", "'", '’', ''),
        fc.array(fc.constantFrom(...contractionLetters), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' ', 'x', '.', '\n', 'é'),
      )
      .map(
        ([word, apostrophe, letters, after]) => `${word}${apostrophe}${letters.join('')}${after}`,
      ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(''));

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
  const reference = createTiktokenCounter(encoding);

  it('reports its encoding', () => {
    expect(counter.encoding).toBe(encoding);
  });

  it.each(['cookbook-toy-chat.jsonl', 'seed-wakannai.jsonl'])(
    'counts every string of the %s fixture as tiktoken does',
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
    ['U+0085 NEXT LINE, whitespace for tiktoken', 'a\u0085b \u0085\u0085 c\u0085\n\u0085'],
    ['U+FEFF before punctuation and after spaces', '\ufeff# x  \ufeff!\n\ufeff'],
    ['contractions with a long s', "It'ſ I'ſ THEY'ſ we'ſx 'ſ"],
    ['letters new in Unicode 17, not letters for tiktoken', 'a\u{10940}b \u{10940}\u{10941} x'],
  ])('counts %s as tiktoken does', (_, text) => {
    expect(counter.count(text)).toBe(reference.count(text));
  });

  // Each was miscounted while whitespace, letters and case folding followed JavaScript's rules.
  it.each([
    ['U+FEFF, not whitespace, joining the punctuation after it', '\ufeff#', 1, 1],
    ['U+0085, whitespace, splitting from the word after it', ' \u0085a', 4, 4],
    ['a character new in Unicode 17, a symbol to tiktoken', '\u{3286e}.Z', 6, 6],
    ['a contraction in ſ, which folds to s, joining the word before it', " I'\u017f", 4, 2],
  ] as const)('counts %s as OpenAI does', (_, text, cl100kCount, o200kCount) => {
    const expected = encoding === 'cl100k_base' ? cl100kCount : o200kCount;
    expect(reference.count(text)).toBe(expected);
    expect(counter.count(text)).toBe(expected);
  });

  it('counts special-token text as ordinary text instead of throwing', () => {
    expect(counter.count('<|endoftext|>')).toBe(7);
  });

  it('counts a 3,000-character unpunctuated Japanese run as tiktoken does', () => {
    const text = japaneseRun(3000);
    expect(counter.count(text)).toBe(reference.count(text));
  });

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

  // Fixed seeds: a failure names the string, and the same strings are checked on every run.
  it.each([
    ['strings built from edge-case fragments', fragmentText, 400, 1],
    ['text of multi-byte characters from many scripts', multiByteText, 1000, 2],
    ['random Unicode strings, lone surrogates included', unicodeText, 1000, 3],
    [
      'runs of White_Space and look-alike spaces before letters, digits and newlines',
      whiteSpaceText,
      3000,
      4,
    ],
    ['text of the characters Node classes differently from tiktoken', newCharacterText, 3000, 5],
    ['contractions whose letters come in every case and look-alike', contractionText, 3000, 6],
  ] as const)('agrees with tiktoken on %s', (_, texts, numRuns, seed) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(counter.count(text)).toBe(reference.count(text));
      }),
      { numRuns, seed },
    );
  });
});
