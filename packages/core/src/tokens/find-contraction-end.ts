const apostrophe = 0x27;
const lowerCaseBit = 0x20;
/** ſ, LATIN SMALL LETTER LONG S: simple case folding makes it an `s`. */
const longS = 0x17f;

/**
 * Where an English contraction (`'s`, `'t`, `'re`, `'ve`, `'m`, `'ll`, `'d`, in any case) that
 * starts at `index` ends, or `index` when there is none. "Any case" is the Rust regex crate's
 * `(?i:…)`, which folds by simple case folding: `'ſ` is a contraction there (the generator of the
 * Unicode tables checks that no other character folds to one of these letters).
 */
export function findContractionEnd(text: string, index: number): number {
  // Bounds are checked first: charCodeAt past the end returns NaN through a slow path in V8.
  if (index >= text.length || text.charCodeAt(index) !== apostrophe) return index;
  if (index + 1 >= text.length) return index;
  const code = text.charCodeAt(index + 1);
  const first = code | lowerCaseBit;
  if (first === 0x73 || first === 0x74 || first === 0x6d || first === 0x64) return index + 2;
  if (code === longS) return index + 2;
  if (index + 2 >= text.length) return index;
  const second = text.charCodeAt(index + 2) | lowerCaseBit;
  if (first === 0x72 && second === 0x65) return index + 3;
  if (first === 0x76 && second === 0x65) return index + 3;
  if (first === 0x6c && second === 0x6c) return index + 3;
  return index;
}
