import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

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
function columnOf(text: string, offset: number): number {
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
): { column: number; reason: string } {
  const errors: ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first) {
    const name = printParseErrorCode(first.error);
    return { column: columnOf(text, first.offset), reason: explanations[name] ?? name };
  }
  // A lenient scanner can accept what JSON.parse refuses; V8's own message then says where.
  const message = parseError instanceof Error ? parseError.message : String(parseError);
  const position = /position (\d+)/.exec(message);
  return { column: position ? columnOf(text, Number(position[1])) : 1, reason: message };
}
