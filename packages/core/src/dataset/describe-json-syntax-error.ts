import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { maxJsonDepth, measureTextDepth } from './inspect-json-value.js';

const explanations: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after a property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: 'unexpected text after the JSON value (one JSON object per line)',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character inside a string (escape it, e.g. \\n or \\t)',
};

/** Character column (code points, 1-based) of a UTF-16 offset in text. */
export function columnOf(text: string, offset: number): number {
  let column = 1;
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index);
    // The second half of a surrogate pair is the same character.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const previous = text.charCodeAt(index - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    column++;
  }
  return column;
}

/**
 * Explains why JSON.parse rejected a line, with the column where a parser stops. Runs only on the
 * failure path, so it may re-scan the line.
 */
export function describeJsonSyntaxError(
  text: string,
  parseError: unknown,
): { column: number; reason: string; fromParser: boolean } {
  // jsonc-parser recurses per level; past the limit, V8's own message (which gives a position) is used.
  if (measureTextDepth(text) > maxJsonDepth) return fromV8Message(text, parseError);
  const errors: ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first) {
    const name = printParseErrorCode(first.error);
    const control = findControlCharacter(text, first.offset, name);
    if (control) return { ...control, fromParser: true };
    return {
      column: columnOf(text, first.offset),
      reason: explanations[name] ?? name,
      fromParser: true,
    };
  }
  // A lenient scanner can accept what JSON.parse refuses; V8's own message then says where.
  return fromV8Message(text, parseError);
}

const controlNames: Record<number, string> = {
  0: 'NUL',
  7: 'BEL',
  8: 'backspace',
  9: 'tab',
  10: 'line feed',
  11: 'vertical tab',
  12: 'form feed',
  13: 'carriage return',
  27: 'ESC',
  127: 'DEL',
};
const shortEscapes: Record<number, string> = {
  8: '\\b',
  9: '\\t',
  10: '\\n',
  12: '\\f',
  13: '\\r',
};

function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}

function describeControl(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = controlNames[code];
  return `control character U+${hex}${name === undefined ? '' : ` (${name})`}`;
}

/**
 * Names a raw control character where the parser stopped: inside a string jsonc-parser points at
 * the string's start, so the character itself is looked for from there.
 */
function findControlCharacter(
  text: string,
  offset: number,
  errorName: string,
): { column: number; reason: string } | undefined {
  if (errorName === 'InvalidCharacter' || errorName === 'UnexpectedEndOfString') {
    for (let index = offset; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x5c) {
        index++;
        continue;
      }
      if (code === 0x22 && index > offset) break;
      if (code < 0x20) {
        const hex = code.toString(16).padStart(4, '0');
        const escaped = shortEscapes[code] ?? `\\u${hex}`;
        return {
          column: columnOf(text, index),
          reason: `${describeControl(code)} inside a string; escape it as ${escaped}`,
        };
      }
    }
    return undefined;
  }
  const code = text.charCodeAt(offset);
  if (errorName === 'InvalidSymbol' && isControl(code)) {
    return {
      column: columnOf(text, offset),
      reason: `${describeControl(code)} between values; remove it`,
    };
  }
  return undefined;
}

function fromV8Message(
  text: string,
  parseError: unknown,
): { column: number; reason: string; fromParser: false } {
  const message = parseError instanceof Error ? parseError.message : String(parseError);
  const position = /position (\d+)/.exec(message);
  return {
    column: position ? columnOf(text, Number(position[1])) : 1,
    reason: message,
    fromParser: false,
  };
}
