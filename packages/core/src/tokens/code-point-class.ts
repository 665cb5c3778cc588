import { codePointClassRanges } from './unicode-tables.generated.js';

/**
 * The character classes the cl100k_base and o200k_base split patterns distinguish, as OpenAI's
 * tokenizer (the Rust regex crate) defines them: `whitespace` is Unicode White_Space without `\r`
 * and `\n` (U+0085 is in it, U+FEFF is not, unlike JavaScript's `\s`), and the letter, number and
 * mark classes follow the crate's Unicode version, not the running Node's.
 */
export const codePointClass = {
  other: 1,
  whitespace: 2,
  newline: 3,
  number: 4,
  /** Lu and Lt: only in o200k's "upper" letter set. */
  upperLetter: 5,
  /** Ll: only in o200k's "lower" letter set. */
  lowerLetter: 6,
  /** Lm and Lo: in both of o200k's letter sets. */
  otherLetter: 7,
  /** M: not a letter for `\p{L}`, but in both of o200k's letter sets. */
  mark: 8,
} as const;

/**
 * One byte per code point, filled once from the pinned tables: an O(1) lookup for every character,
 * and counts that do not change with the Node version. Surrogates stay `other`: a lone one is
 * U+FFFD, a symbol, for tiktoken.
 */
function createClassTable(): Uint8Array {
  const table = new Uint8Array(0x110000).fill(codePointClass.other);
  table[0x0a] = codePointClass.newline;
  table[0x0d] = codePointClass.newline;
  for (const [name, ranges] of Object.entries(codePointClassRanges)) {
    const value = codePointClass[name as keyof typeof codePointClassRanges];
    for (const range of ranges.trim().split(/\s+/)) {
      const [first = '', last = first] = range.split('-');
      table.fill(value, Number.parseInt(first, 16), Number.parseInt(last, 16) + 1);
    }
  }
  return table;
}

const classes = createClassTable();

/** The class of a code point (a lone surrogate is `other`, as tiktoken sees U+FFFD). */
export function classOfCodePoint(codePoint: number): number {
  return classes[codePoint] as number;
}

/** The classes of the ASCII characters, by code. */
export const asciiClasses = Uint8Array.from({ length: 0x80 }, (_, code) => classOfCodePoint(code));

/** The class of the code point that starts at `index`, which must be inside `text`. */
export function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return asciiClasses[code] as number;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      return classOfCodePoint(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
    }
  }
  return classOfCodePoint(code);
}

/** How many UTF-16 code units the code point at `index` takes: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
