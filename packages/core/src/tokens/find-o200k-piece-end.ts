import { classAt, codePointClass, widthAt } from './code-point-class.js';
import { findAsciiPieceEnd } from './find-ascii-piece-end.js';
import { findContractionEnd } from './find-contraction-end.js';

const { other, whitespace, newline, number, upperLetter, lowerLetter, otherLetter, mark } =
  codePointClass;
const space = 0x20;
const carriageReturn = 0x0d;
const lineFeed = 0x0a;
const slash = 0x2f;

/** `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]` */
function isInUpperSet(value: number): boolean {
  return value === upperLetter || value === otherLetter || value === mark;
}

/** `[\p{Ll}\p{Lm}\p{Lo}\p{M}]` */
function isInLowerSet(value: number): boolean {
  return value === lowerLetter || value === otherLetter || value === mark;
}

/** `[^\s\p{L}\p{N}]` */
function isPunctuation(value: number): boolean {
  return value === other || value === mark;
}

/** `[^\r\n\p{L}\p{N}]` */
function isLetterPrefix(value: number): boolean {
  return value === other || value === whitespace || value === mark;
}

function skipLowerSet(text: string, index: number): number {
  let end = index;
  while (end < text.length && isInLowerSet(classAt(text, end))) end += widthAt(text, end);
  return end;
}

/** `UpperSet* LowerSet+ contraction?` from `start`, with the regex's backtracking; -1 if no match. */
function matchLowerWord(text: string, start: number): number {
  const length = text.length;
  let end = start;
  let lastInBothSets = -1;
  while (end < length) {
    const value = classAt(text, end);
    if (value === otherLetter || value === mark) lastInBothSets = end;
    else if (value !== upperLetter) break;
    end += widthAt(text, end);
  }
  if (end < length && classAt(text, end) === lowerLetter) {
    return findContractionEnd(text, skipLowerSet(text, end));
  }
  // The greedy UpperSet* gives back characters until LowerSet+ can take the last one in both sets.
  if (lastInBothSets === -1) return -1;
  return findContractionEnd(text, lastInBothSets + widthAt(text, lastInBothSets));
}

/** `UpperSet+ LowerSet* contraction?` from `start`, whose character is in the upper set. */
function matchUpperWord(text: string, start: number): number {
  const length = text.length;
  let end = start;
  while (end < length && isInUpperSet(classAt(text, end))) end += widthAt(text, end);
  if (end < length && classAt(text, end) === lowerLetter) end = skipLowerSet(text, end);
  return findContractionEnd(text, end);
}

/**
 * Where the o200k_base pre-tokenizer piece that starts at `start` ends: the same split as
 * tiktoken's Rust regex over o200k's pattern (two letter-word alternatives with an optional
 * prefix and contraction, `\p{N}{1,3}`, ` ?[^\s\p{L}\p{N}]+[\r\n/]*`, and the three whitespace
 * alternatives), with the crate's classes (see `codePointClass`), without a regular expression or an
 * allocation.
 */
export function findO200kPieceEnd(text: string, start: number): number {
  if (text.charCodeAt(start) < 0x80) {
    const asciiEnd = findAsciiPieceEnd(text, start, true);
    if (asciiEnd !== -1) return asciiEnd;
  }
  const length = text.length;
  const first = classAt(text, start);
  const afterFirst = start + widthAt(text, start);
  const hasPrefix = isLetterPrefix(first) && afterFirst < length;

  if (hasPrefix) {
    const end = matchLowerWord(text, afterFirst);
    if (end !== -1) return end;
  }
  if (isInUpperSet(first) || first === lowerLetter) {
    const end = matchLowerWord(text, start);
    if (end !== -1) return end;
  }
  if (hasPrefix && isInUpperSet(classAt(text, afterFirst))) return matchUpperWord(text, afterFirst);
  if (isInUpperSet(first)) return matchUpperWord(text, start);

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
      if (code !== carriageReturn && code !== lineFeed && code !== slash) break;
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
