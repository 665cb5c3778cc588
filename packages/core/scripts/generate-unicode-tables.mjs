#!/usr/bin/env node
// Writes src/tokens/unicode-tables.generated.ts: the character classes of the cl100k_base and
// o200k_base split patterns, read from tiktoken's own regular-expression engine (the Rust regex
// crate compiled to WASM), so Tuneline's counter splits text as OpenAI's tokenizer does whatever
// Unicode version the running Node.js knows. Run it again after upgrading the `tiktoken`
// devDependency: `node packages/core/scripts/generate-unicode-tables.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Tiktoken } = require('tiktoken/lite');
// tiktoken's exports map hides its package.json: read it beside the resolved entry point.
const tiktokenVersion = JSON.parse(
  readFileSync(new URL('../package.json', `file://${require.resolve('tiktoken/lite')}`), 'utf8'),
).version;
const output = fileURLToPath(new URL('../src/tokens/unicode-tables.generated.ts', import.meta.url));

// Every Unicode scalar value, in order (surrogates are not characters in Rust's strings).
let everyCharacter = '';
for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
  if (codePoint < 0xd800 || codePoint > 0xdfff) everyCharacter += String.fromCodePoint(codePoint);
}

// A vocabulary of the 256 single bytes: tokens then spell out the text of each match, and
// tiktoken skips whatever its pattern does not match, so the tokens spell the matching characters.
const byteRanks = `! 0 ${Array.from({ length: 256 }, (_, byte) => Buffer.from([byte]).toString('base64')).join(' ')}`;

/** The code points that `pattern` matches, one at a time, in tiktoken's regex engine. */
function codePointsMatching(pattern) {
  const encoder = new Tiktoken(byteRanks, {}, pattern);
  try {
    const text = Buffer.from(Uint8Array.from(encoder.encode_ordinary(everyCharacter))).toString();
    return new Set(Array.from(text, (character) => character.codePointAt(0)));
  } finally {
    encoder.free();
  }
}

// The classes the split patterns distinguish; `[\r\n]` is its own class and taken out of `\s`.
const classes = [
  ['whitespace', '\\s', "Rust's `\\s`, Unicode White_Space, less `\\r` and `\\n`"],
  ['number', '\\p{N}', '`\\p{N}`'],
  ['upperLetter', '[\\p{Lu}\\p{Lt}]', '`\\p{Lu}` and `\\p{Lt}`'],
  ['lowerLetter', '\\p{Ll}', '`\\p{Ll}`'],
  ['otherLetter', '[\\p{Lm}\\p{Lo}]', '`\\p{Lm}` and `\\p{Lo}`'],
  ['mark', '\\p{M}', '`\\p{M}`'],
];

const seen = new Map();
const members = classes.map(([name, pattern]) => {
  const codePoints = codePointsMatching(pattern);
  if (name === 'whitespace') {
    codePoints.delete(0x0a);
    codePoints.delete(0x0d);
  }
  for (const codePoint of codePoints) {
    if (seen.has(codePoint)) {
      throw new Error(`U+${codePoint.toString(16)} is in both ${seen.get(codePoint)} and ${name}`);
    }
    seen.set(codePoint, name);
  }
  return codePoints;
});

const letters = codePointsMatching('\\p{L}');
const lettersByCategory = members[2].size + members[3].size + members[4].size;
if (letters.size !== lettersByCategory) {
  throw new Error(`\\p{L} has ${letters.size} code points, its categories ${lettersByCategory}`);
}

// The contractions are matched case-insensitively, by simple case folding: find-contraction-end.ts
// knows these folds, so a tiktoken with others must fail here rather than miscount.
const expectedFolds = { s: 'Ssſ', t: 'Tt', r: 'Rr', e: 'Ee', v: 'Vv', m: 'Mm', l: 'Ll', d: 'Dd' };
for (const [letter, expected] of Object.entries(expectedFolds)) {
  const found = String.fromCodePoint(
    ...[...codePointsMatching(`(?i:${letter})`)].sort((a, b) => a - b),
  );
  if (found !== expected) {
    throw new Error(
      `(?i:${letter}) matches ${JSON.stringify(found)}, not ${JSON.stringify(expected)}: update find-contraction-end.ts`,
    );
  }
}

// The Unicode version of the engine's tables, from characters each version first assigned.
const firstAssigned = [
  ['14.0', 0x10570], // VITHKUQI CAPITAL LETTER A
  ['15.0', 0x11f04], // KAWI LETTER A
  ['15.1', 0x2ebf0], // first CJK Unified Ideograph of Extension I
  ['16.0', 0x105c0], // TODHRI LETTER A
  ['17.0', 0x10940], // SIDETIC LETTER N01
];
let unicodeVersion = 'before 14.0';
for (const [version, codePoint] of firstAssigned)
  if (letters.has(codePoint)) unicodeVersion = version;

/** `start-end` or `start` in hex, for runs of consecutive code points. */
function ranges(codePoints) {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const parts = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end += 1;
    const first = sorted[index].toString(16);
    parts.push(end === index ? first : `${first}-${sorted[end].toString(16)}`);
    index = end + 1;
  }
  return parts;
}

/** Space-separated parts, wrapped into lines of a template literal. */
function wrap(parts) {
  const lines = [];
  let line = '';
  for (const part of parts) {
    if (line.length + part.length + 1 > 92) {
      lines.push(line);
      line = '';
    }
    line += line.length === 0 ? part : ` ${part}`;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((text) => `    ${text}`).join('\n');
}

const body = classes
  .map(([name, , description], index) => {
    return `  /** ${description}. */\n  ${name}: \`\n${wrap(ranges(members[index]))}\n  \`,`;
  })
  .join('\n');

writeFileSync(
  output,
  `// Generated by packages/core/scripts/generate-unicode-tables.mjs from tiktoken ${tiktokenVersion}. Do not edit.

/** The Unicode version of the tables of the Rust regex crate inside tiktoken ${tiktokenVersion}. */
export const unicodeVersion = '${unicodeVersion}';

/**
 * The code points of each character class the split patterns distinguish, as tiktoken's regex
 * engine classes them: space-separated hex code points and \`start-end\` ranges. Every other code
 * point (and \`\\r\`, \`\\n\`) is in none of them.
 */
export const codePointClassRanges = {
${body}
} as const;
`,
);
console.log(
  `Wrote ${output}: Unicode ${unicodeVersion}, ${classes.map(([name], index) => `${name} ${members[index].size}`).join(', ')}`,
);
