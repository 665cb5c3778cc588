import { Tiktoken } from 'tiktoken/lite';
import { describe, expect, it } from 'vitest';
import { classOfCodePoint, codePointClass } from './code-point-class.js';

/** Every Unicode scalar value, in order. */
function everyCharacter(): string {
  let text = '';
  for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
    if (codePoint < 0xd800 || codePoint > 0xdfff) text += String.fromCodePoint(codePoint);
  }
  return text;
}

/** The code points `pattern` matches in tiktoken's regex engine (the Rust regex crate). */
function matchedByTiktoken(pattern: string, text: string): Set<number> {
  // With a vocabulary of single bytes, the tokens spell out the text of every match.
  const byteRanks = `! 0 ${Array.from({ length: 256 }, (_, byte) => Buffer.from([byte]).toString('base64')).join(' ')}`;
  const encoder = new Tiktoken(byteRanks, {}, pattern);
  try {
    const matched = Buffer.from(encoder.encode_ordinary(text)).toString();
    return new Set(Array.from(matched, (character) => character.codePointAt(0) as number));
  } finally {
    encoder.free();
  }
}

describe('classOfCodePoint', () => {
  it('classes every code point as the installed tiktoken does, whatever Unicode Node knows', () => {
    const text = everyCharacter();
    const expected = new Uint8Array(0x110000).fill(codePointClass.other);
    const patterns = [
      ['\\s', codePointClass.whitespace],
      ['[\\r\\n]', codePointClass.newline],
      ['\\p{N}', codePointClass.number],
      ['[\\p{Lu}\\p{Lt}]', codePointClass.upperLetter],
      ['\\p{Ll}', codePointClass.lowerLetter],
      ['[\\p{Lm}\\p{Lo}]', codePointClass.otherLetter],
      ['\\p{M}', codePointClass.mark],
    ] as const;
    for (const [pattern, value] of patterns) {
      for (const codePoint of matchedByTiktoken(pattern, text)) expected[codePoint] = value;
    }
    const differing: string[] = [];
    for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
      if (classOfCodePoint(codePoint) !== expected[codePoint]) {
        differing.push(`U+${codePoint.toString(16)}`);
      }
    }
    // A tiktoken upgrade with newer Unicode tables lands here: run scripts/generate-unicode-tables.mjs.
    expect(differing.slice(0, 20)).toEqual([]);
  });

  it.each([
    ['U+0085 NEXT LINE is whitespace, as Rust says and JavaScript does not', 0x85, 'whitespace'],
    ['U+FEFF ZERO WIDTH NO-BREAK SPACE is not whitespace', 0xfeff, 'other'],
    ['U+200B ZERO WIDTH SPACE is not whitespace', 0x200b, 'other'],
    ['U+3000 IDEOGRAPHIC SPACE is whitespace', 0x3000, 'whitespace'],
    ['a letter new in Unicode 16 (U+105C0 TODHRI LETTER A) is a letter', 0x105c0, 'otherLetter'],
    ['a letter new in Unicode 17 (U+10940 SIDETIC LETTER N01) is not yet one', 0x10940, 'other'],
    ['a lone surrogate, U+FFFD for tiktoken, is a symbol', 0xd800, 'other'],
  ] as const)('%s', (_, codePoint, name) => {
    expect(classOfCodePoint(codePoint)).toBe(codePointClass[name]);
  });
});
