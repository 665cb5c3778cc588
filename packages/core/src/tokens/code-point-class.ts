/**
 * The character classes the cl100k_base and o200k_base split patterns distinguish. `whitespace` is
 * JavaScript's `\s` without `\r` and `\n` (it includes U+FEFF, which Rust's `\s` does not: the
 * reference is js-tiktoken, so JavaScript's definition is the one to follow).
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

const patterns = [
  [/^[\r\n]$/u, codePointClass.newline],
  [/^\s$/u, codePointClass.whitespace],
  [/^\p{N}$/u, codePointClass.number],
  [/^[\p{Lu}\p{Lt}]$/u, codePointClass.upperLetter],
  [/^\p{Ll}$/u, codePointClass.lowerLetter],
  [/^[\p{Lm}\p{Lo}]$/u, codePointClass.otherLetter],
  [/^\p{M}$/u, codePointClass.mark],
] as const;

// Filled lazily, one code point at a time: the engine's own regular expressions decide, so the
// classes always match the Unicode version of the running V8, as the reference's pattern does.
const classes = new Uint8Array(0x110000);

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  for (const [pattern, value] of patterns) {
    if (pattern.test(character)) return value;
  }
  return codePointClass.other;
}

/** The class of a code point (a lone surrogate is `other`, as the `u`-flag pattern sees it). */
export function classOfCodePoint(codePoint: number): number {
  const known = classes[codePoint] as number;
  if (known !== 0) return known;
  const value = classify(codePoint);
  classes[codePoint] = value;
  return value;
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
