import fc from 'fast-check';
import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import { describe, expect, it } from 'vitest';
import { findCl100kPieceEnd } from './find-cl100k-piece-end.js';
import { findO200kPieceEnd } from './find-o200k-piece-end.js';

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
  ['findCl100kPieceEnd', findCl100kPieceEnd, cl100kBase.pat_str],
  ['findO200kPieceEnd', findO200kPieceEnd, o200kBase.pat_str],
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
  ])('splits %s as the reference pattern does', (_, input) => {
    expect(splitWith(findPieceEnd, input)).toEqual(reference(input));
  });

  it('splits random text exactly as the reference pattern does', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(splitWith(findPieceEnd, input)).toEqual(reference(input));
      }),
      { numRuns: 3000 },
    );
  });
});
