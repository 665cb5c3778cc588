import { classAt, codePointClass, widthAt } from './code-point-class.js';
import { findAsciiPieceEnd } from './find-ascii-piece-end.js';
import { findContractionEnd } from './find-contraction-end.js';

const { other, whitespace, newline, number, upperLetter, otherLetter, mark } = codePointClass;
const space = 0x20;
const carriageReturn = 0x0d;
const lineFeed = 0x0a;

/** `\p{L}` */
function isLetter(value: number): boolean {
  return value >= upperLetter && value <= otherLetter;
}

/** `[^\s\p{L}\p{N}]` */
function isPunctuation(value: number): boolean {
  return value === other || value === mark;
}

/** `[^\r\n\p{L}\p{N}]` */
function isLetterPrefix(value: number): boolean {
  return value === other || value === whitespace || value === mark;
}

function skipLetters(text: string, index: number): number {
  let end = index;
  while (end < text.length && isLetter(classAt(text, end))) end += widthAt(text, end);
  return end;
}

/**
 * Where the cl100k_base pre-tokenizer piece that starts at `start` ends: the same split as
 * tiktoken's Rust regex over the pattern
 * `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
 * with the crate's classes (see `codePointClass`), without a regular expression or an allocation.
 */
export function findCl100kPieceEnd(text: string, start: number): number {
  if (text.charCodeAt(start) < 0x80) {
    const asciiEnd = findAsciiPieceEnd(text, start, false);
    if (asciiEnd !== -1) return asciiEnd;
  }
  const length = text.length;
  const contractionEnd = findContractionEnd(text, start);
  if (contractionEnd !== start) return contractionEnd;

  const first = classAt(text, start);
  const afterFirst = start + widthAt(text, start);
  if (isLetter(first)) return skipLetters(text, afterFirst);
  if (isLetterPrefix(first) && afterFirst < length && isLetter(classAt(text, afterFirst))) {
    return skipLetters(text, afterFirst);
  }
  if (first === number) {
    let end = afterFirst;
    for (let digits = 1; digits < 3 && end < length && classAt(text, end) === number; digits++) {
      end += widthAt(text, end);
    }
    return end;
  }

  let punctuationStart = -1;
  if (isPunctuation(first)) {
    punctuationStart = start;
  } else if (
    text.charCodeAt(start) === space &&
    afterFirst < length &&
    isPunctuation(classAt(text, afterFirst))
  ) {
    punctuationStart = afterFirst;
  }
  if (punctuationStart !== -1) {
    let end = punctuationStart;
    while (end < length && isPunctuation(classAt(text, end))) end += widthAt(text, end);
    while (end < length) {
      const code = text.charCodeAt(end);
      if (code !== carriageReturn && code !== lineFeed) break;
      end += 1;
    }
    return end;
  }

  // A run of whitespace (all of it in the BMP, one code unit per character).
  let end = afterFirst;
  let lastNewline = first === newline ? start : -1;
  while (end < length) {
    const value = classAt(text, end);
    if (value === newline) lastNewline = end;
    else if (value !== whitespace) break;
    end += 1;
  }
  if (lastNewline !== -1) return lastNewline + 1;
  if (end === length || end - start === 1) return end;
  return end - 1;
}
