import type { ValidationIssue } from '@tuneline/core';
import { describe, expect, it } from 'vitest';
import { selectAnnotations } from './annotate-issues.js';

const issue = (line: number, severity: 'error' | 'warning'): ValidationIssue => ({
  severity,
  code: severity === 'error' ? 'invalid_json' : 'duplicate_example',
  line,
  column: 1,
  message: `problem on line ${line}`,
  hint: 'fix it',
});

describe('selectAnnotations', () => {
  it('keeps the first 10 errors and 10 warnings on their lines, then one notice counting the rest', () => {
    const issues = [
      ...Array.from({ length: 15 }, (_, index) => issue(index + 1, 'error')),
      ...Array.from({ length: 12 }, (_, index) => issue(index + 100, 'warning')),
    ];
    const chosen = selectAnnotations([{ file: 'data/a.jsonl', issues, omitted: 4 }]);
    expect(chosen.filter((annotation) => annotation.kind === 'error')).toHaveLength(10);
    expect(chosen.filter((annotation) => annotation.kind === 'warning')).toHaveLength(10);
    expect(chosen[0]).toMatchObject({ file: 'data/a.jsonl', line: 1, column: 1, kind: 'error' });
    expect(chosen.at(-1)).toEqual({
      kind: 'notice',
      message: '11 more issues: see the job summary.',
    });
  });

  it('adds no notice when everything fits', () => {
    const chosen = selectAnnotations([
      { file: 'a.jsonl', issues: [issue(3, 'error')], omitted: 0 },
    ]);
    expect(chosen).toHaveLength(1);
  });
});

describe('selectAnnotations with slots already used', () => {
  it('leaves room for the warnings the Action printed itself', () => {
    const issues = Array.from({ length: 12 }, (_, index) => issue(index + 1, 'warning'));
    const chosen = selectAnnotations([{ file: 'a.jsonl', issues, omitted: 0 }], { warning: 3 });
    expect(chosen.filter((annotation) => annotation.kind === 'warning')).toHaveLength(7);
    expect(chosen.at(-1)?.message).toBe('5 more issues: see the job summary.');
  });
});
