import { asciiClasses, codePointClass } from './code-point-class.js';
import { findContractionEnd } from './find-contraction-end.js';

const { other, whitespace, newline, number, upperLetter, lowerLetter } = codePointClass;
const nonAscii = 0;
const endOfText = 15;
const space = 0x20;
const apostrophe = 0x27;
const carriageReturn = 0x0d;
const lineFeed = 0x0a;
const slash = 0x2f;

function asciiClassAt(text: string, index: number): number {
  if (index >= text.length) return endOfText;
  const code = text.charCodeAt(index);
  return code < 0x80 ? (asciiClasses[code] as number) : nonAscii;
}

/** A–Z, by an unsigned compare. */
function isUpper(code: number): boolean {
  return (code - 0x41) >>> 0 < 26;
}

/** a–z, by an unsigned compare. */
function isLower(code: number): boolean {
  return (code - 0x61) >>> 0 < 26;
}

/**
 * The commonest piece, an optional space and ASCII letters (`' word'`, `'Hello'`), with plain
 * character-code compares. Returns 0 when the piece is not of that shape (the caller goes on), -1
 * when a non-ASCII character follows the letters.
 */
function findPlainWordEnd(text: string, start: number, splitsLikeO200k: boolean): number {
  const length = text.length;
  let end = text.charCodeAt(start) === space ? start + 1 : start;
  // -1 stands for the end of the text (reading past it would give NaN, and a slower path in V8).
  let code = end < length ? text.charCodeAt(end) : -1;
  if (!isUpper(code) && !isLower(code)) return 0;
  if (splitsLikeO200k) {
    while (isUpper(code)) code = ++end < length ? text.charCodeAt(end) : -1;
    while (isLower(code)) code = ++end < length ? text.charCodeAt(end) : -1;
  } else {
    while (isUpper(code) || isLower(code)) code = ++end < length ? text.charCodeAt(end) : -1;
  }
  if (code >= 0x80) return -1;
  return splitsLikeO200k && code === apostrophe ? findContractionEnd(text, end) : end;
}

/**
 * The pre-tokenizer piece end for a piece that starts with an ASCII character, decided from ASCII
 * characters alone: most of English and code. Returns -1 as soon as a non-ASCII character could
 * change the answer (a letter, mark, digit or space beyond ASCII); the general matcher then decides.
 */
export function findAsciiPieceEnd(text: string, start: number, splitsLikeO200k: boolean): number {
  const code = text.charCodeAt(start);
  const wordEnd = findPlainWordEnd(text, start, splitsLikeO200k);
  if (wordEnd !== 0) return wordEnd;
  const first = asciiClasses[code] as number;
  if (!splitsLikeO200k && code === apostrophe) {
    const contractionEnd = findContractionEnd(text, start);
    if (contractionEnd !== start) return contractionEnd;
  }

  let wordStart = -1;
  if (first === upperLetter || first === lowerLetter) {
    wordStart = start;
  } else if (first !== newline && first !== number) {
    const next = asciiClassAt(text, start + 1);
    if (next === nonAscii) return -1;
    if (next === upperLetter || next === lowerLetter) wordStart = start + 1;
  }
  if (wordStart !== -1) {
    let end = wordStart;
    let value = asciiClassAt(text, end);
    if (splitsLikeO200k) {
      // [A-Z]*[a-z]+ or else [A-Z]+, then a contraction: ASCII has no letter in both of o200k's sets.
      while (value === upperLetter) value = asciiClassAt(text, ++end);
      while (value === lowerLetter) value = asciiClassAt(text, ++end);
      if (value === nonAscii) return -1;
      return findContractionEnd(text, end);
    }
    while (value === upperLetter || value === lowerLetter) value = asciiClassAt(text, ++end);
    return value === nonAscii ? -1 : end;
  }

  if (first === number) {
    let end = start + 1;
    for (let digits = 1; digits < 3; digits++) {
      const value = asciiClassAt(text, end);
      if (value === nonAscii) return -1;
      if (value !== number) break;
      end += 1;
    }
    return end;
  }

  let punctuationStart = -1;
  if (first === other) punctuationStart = start;
  else if (code === space && asciiClassAt(text, start + 1) === other) punctuationStart = start + 1;
  if (punctuationStart !== -1) {
    let end = punctuationStart;
    let value = asciiClassAt(text, end);
    while (value === other) value = asciiClassAt(text, ++end);
    if (value === nonAscii) return -1;
    while (end < text.length) {
      const next = text.charCodeAt(end);
      if (next !== carriageReturn && next !== lineFeed && (next !== slash || !splitsLikeO200k))
        break;
      end += 1;
    }
    return end;
  }

  let end = start + 1;
  let lastNewline = first === newline ? start : -1;
  let value = asciiClassAt(text, end);
  while (value === whitespace || value === newline) {
    if (value === newline) lastNewline = end;
    value = asciiClassAt(text, ++end);
  }
  if (value === nonAscii) return -1;
  if (lastNewline !== -1) return lastNewline + 1;
  if (end === text.length || end - start === 1) return end;
  return end - 1;
}
