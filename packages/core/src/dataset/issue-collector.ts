import { redactSecrets } from '../redaction/redact-secrets.js';
import type { IssueCode, IssueSeverity, ValidationIssue } from './validation-issue.js';

/** Gathers the problems of one line; every check reports through it so none stops the others. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];

  constructor(readonly lineNumber: number) {}

  error(code: IssueCode, path: string | undefined, message: string, hint: string): void {
    this.add('error', code, path, message, hint);
  }

  warning(code: IssueCode, path: string | undefined, message: string, hint: string): void {
    this.add('warning', code, path, message, hint);
  }

  private add(
    severity: IssueSeverity,
    code: IssueCode,
    path: string | undefined,
    message: string,
    hint: string,
  ): void {
    this.issues.push({
      severity,
      code,
      line: this.lineNumber,
      // Paths hold the data's own keys, which may be anything, credentials included.
      ...(path === undefined || path === '' ? {} : { path: redactSecrets(path) }),
      message: redactSecrets(message),
      hint,
    });
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}

/**
 * Shows a bad value in a message: short, JSON-quoted, never a whole document, never a credential
 * (redacted before it is cut, so no fragment of a key survives the cut).
 */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = redactSecrets(describeShallow(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** At most this much of a value is rendered: enough for 60 characters, whatever its nesting. */
const renderedCharacters = 4096;

function describePrimitive(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, renderedCharacters));
  // JSON.stringify writes an overflowed number as null, which would misname it.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}

/**
 * JSON text of a value, cut short without recursion, so a value nested thousands of levels deep
 * (or a huge one) costs no more than a small one.
 */
function describeShallow(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, renderedCharacters));
  if (typeof value !== 'object' || value === null) return describePrimitive(value);
  let text = '';
  const stack: Array<{ value: unknown; keys?: string[]; index: number }> = [{ value, index: -1 }];
  const write = (part: string) => {
    text += part;
  };
  while (stack.length > 0 && text.length < renderedCharacters) {
    const frame = stack[stack.length - 1] as { value: unknown; keys?: string[]; index: number };
    const current = frame.value;
    if (typeof current !== 'object' || current === null) {
      write(describePrimitive(current));
      stack.pop();
      continue;
    }
    const isArray = Array.isArray(current);
    if (frame.index === -1) {
      write(isArray ? '[' : '{');
      if (!isArray) frame.keys = Object.keys(current);
      frame.index = 0;
    }
    const length = isArray ? current.length : (frame.keys as string[]).length;
    if (frame.index >= length) {
      write(isArray ? ']' : '}');
      stack.pop();
      continue;
    }
    if (frame.index > 0) write(',');
    const index = frame.index++;
    if (isArray) {
      stack.push({ value: current[index], index: -1 });
    } else {
      const key = (frame.keys as string[])[index] as string;
      write(`${JSON.stringify(key.slice(0, renderedCharacters))}:`);
      stack.push({ value: (current as Record<string, unknown>)[key], index: -1 });
    }
  }
  return text;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
