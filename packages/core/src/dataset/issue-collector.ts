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
      ...(path === undefined || path === '' ? {} : { path }),
      message,
      hint,
    });
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}

/** Shows a bad value in a message: short, JSON-quoted, never a whole document. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
