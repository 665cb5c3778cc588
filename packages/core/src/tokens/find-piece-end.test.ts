import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCl100kPieceEnd } from './find-cl100k-piece-end.js';
import { findO200kPieceEnd } from './find-o200k-piece-end.js';
import { codePointClassRanges } from './unicode-tables.generated.js';

/** A class's code points as the inside of a JavaScript `u`-flag character class. */
function classBody(name: keyof typeof codePointClassRanges): string {
  const codePointEscape = (hex: string) => `\\u{${hex}}`;
  return codePointClassRanges[name]
    .trim()
    .split(/\s+/)
    .map((range) => range.split('-').map(codePointEscape).join('-'))
    .join('');
}

/**
 * tiktoken's split patterns (Rust syntax, in tiktoken's encoders) as JavaScript patterns with the
 * pinned classes spelled out, so the reference splits as the Rust regex crate does: `\s` is White_Space,
 * the letter classes are Unicode 16's, and `(?i:'s)` matches `'ſ`, as simple case folding says.
 */
const whiteSpace = `${classBody('whitespace')}\\r\\n`;
const letter = `${classBody('upperLetter')}${classBody('lowerLetter')}${classBody('otherLetter')}`;
const number = classBody('number');
const upperSet = `${classBody('upperLetter')}${classBody('otherLetter')}${classBody('mark')}`;
const lowerSet = `${classBody('lowerLetter')}${classBody('otherLetter')}${classBody('mark')}`;
const contraction = "(?:'[sSſ]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])";
const spaceTail = `[${whiteSpace}]+(?![^${whiteSpace}])|[${whiteSpace}]+`;
const cl100kPattern = [
  contraction,
  `[^\\r\\n${letter}${number}]?[${letter}]+`,
  `[${number}]{1,3}`,
  ` ?[^${whiteSpace}${letter}${number}]+[\\r\\n]*`,
  `[${whiteSpace}]*[\\r\\n]+`,
  spaceTail,
].join('|');
const o200kPattern = [
  `[^\\r\\n${letter}${number}]?[${upperSet}]*[${lowerSet}]+${contraction}?`,
  `[^\\r\\n${letter}${number}]?[${upperSet}]+[${lowerSet}]*${contraction}?`,
  `[${number}]{1,3}`,
  ` ?[^${whiteSpace}${letter}${number}]+[\\r\\n/]*`,
  `[${whiteSpace}]*[\\r\\n]+`,
  spaceTail,
].join('|');

function splitWith(findPieceEnd: (text: string, start: number) => number, text: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = findPieceEnd(text, start);
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

const alphabet = [
  "'",
  's',
  'S',
  't',
  'r',
  'e',
  'E',
  'l',
  'L',
  'v',
  'V',
  'd',
  'm',
  'M',
  'a',
  'A',
  'Ǆ',
  'ǅ',
  'ʰ',
  'ß',
  '日',
  'が',
  'ー',
  '\u0301',
  '\u0903',
  '1',
  '9',
  '٣',
  '½',
  ' ',
  '\t',
  '\r',
  '\n',
  '\u000b',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u200b',
  '\u2009',
  'ſ',
  'K',
  '\u{10940}',
  '\u{3286e}',
  '\u{105c0}',
  '.',
  ',',
  '/',
  '!',
  '"',
  '-',
  '、',
  '😀',
  '\u200d',
  '🏽',
  '𝐀',
  '𝐚',
  '𠀀',
  '\ud800',
  '\udc00',
];
const text = fc.oneof(
  fc
    .array(fc.constantFrom(...alphabet), { maxLength: 16 })
    .map((characters) => characters.join('')),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
);

describe.each([
  ['findCl100kPieceEnd', findCl100kPieceEnd, cl100kPattern],
  ['findO200kPieceEnd', findO200kPieceEnd, o200kPattern],
])('%s', (_, findPieceEnd, pattern) => {
  const reference = (input: string): string[] =>
    [...input.matchAll(new RegExp(pattern, 'gu'))].map((match) => match[0]);

  it.each([
    ['contractions and words', "I'm sure they'RE here, aren't we? 'll"],
    ['spaces before letters, punctuation and newlines', 'a  b   .c \n\n  d\t\te \r\n'],
    ['trailing whitespace', 'end   '],
    ['digits in threes', '1234567 ٣٤٥٦'],
    ['a path and a URL', 'see /usr/local/bin and https://example.com/a/b?c=d'],
    ['case changes inside words', 'camelCaseHTTPServer XMLHttpRequest ǅemal'],
    ['marks after letters and alone', 'cafe\u0301 \u0301x नमस्ते'],
    ['Japanese with punctuation', '日本語の文章です。「引用」、そして終わり！'],
    ['surrogate pairs and lone surrogates', '😀a𝐀𝐚 \ud800x\udc00 '],
    ['U+0085 and U+FEFF, whitespace and not', 'a\u0085 b\ufeff# \u0085\n\ufeff\ufeffc'],
    ['contractions in a long s', "It'ſ we'ſx I'ſ"],
    ['letters new in Unicode 16 and 17', 'a\u{105c0}b \u{10940}c\u{3286e}.'],
  ])('splits %s as the reference pattern does', (_, input) => {
    expect(splitWith(findPieceEnd, input)).toEqual(reference(input));
  });

  it('splits random text exactly as the reference pattern does', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(splitWith(findPieceEnd, input)).toEqual(reference(input));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
