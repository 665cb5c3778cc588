/** Deeper than this, a line is refused: recursive code (JSON.stringify included) would overflow the stack. */
export const maxJsonDepth = 256;

export interface JsonValueShape {
  /** Whether nesting goes past {@link maxJsonDepth} (the walk stops there). */
  readonly tooDeep: boolean;
  /** Whether a number overflowed to ±Infinity when parsed (`1e999`, a 400-digit integer). */
  readonly hasNonFiniteNumber: boolean;
}

/**
 * Walks a parsed JSON value without recursion, so any nesting is safe to inspect, and reports what
 * the rest of the checks cannot handle: nesting past the limit and numbers that overflowed.
 */
export function inspectJsonValue(value: unknown, depthLimit = maxJsonDepth): JsonValueShape {
  let hasNonFiniteNumber = false;
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop() as number;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) hasNonFiniteNumber = true;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth > depthLimit) return { tooDeep: true, hasNonFiniteNumber };
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      } else if (typeof child === 'number' && !Number.isFinite(child)) {
        hasNonFiniteNumber = true;
      }
    }
  }
  return { tooDeep: false, hasNonFiniteNumber };
}

/** Deepest nesting of `[` and `{` in JSON text, outside strings; stops counting past `limit`. */
export function measureTextDepth(text: string, limit = maxJsonDepth): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/** The first number literal of JSON text (outside strings) that overflows a double, with its offset. */
export function findOverflowingNumber(
  text: string,
): { readonly offset: number; readonly literal: string } | undefined {
  const numberPattern = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) {
      inString = true;
      continue;
    }
    if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      numberPattern.lastIndex = index;
      const match = numberPattern.exec(text);
      if (!match) continue;
      if (!Number.isFinite(Number(match[0]))) return { offset: index, literal: match[0] };
      index += match[0].length - 1;
    }
  }
  return undefined;
}
