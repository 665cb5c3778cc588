import { describe, expect, it } from 'vitest';
import { createGlobMatcher, globToRegExp } from './list-changed-datasets.js';

describe('globToRegExp', () => {
  it('matches * within a segment, ** across them, ? and {a,b}', () => {
    expect(globToRegExp('data/*.jsonl').test('data/a.jsonl')).toBe(true);
    expect(globToRegExp('data/*.jsonl').test('data/x/a.jsonl')).toBe(false);
    expect(globToRegExp('data/**/*.jsonl').test('data/a.jsonl')).toBe(true);
    expect(globToRegExp('data/**/*.jsonl').test('data/x/y/a.jsonl')).toBe(true);
    expect(globToRegExp('data/?.jsonl').test('data/ab.jsonl')).toBe(false);
    expect(globToRegExp('{train,valid}.jsonl').test('valid.jsonl')).toBe(true);
    expect(globToRegExp('a.jsonl').test('aXjsonl')).toBe(false);
  });

  it('takes several globs, comma or newline separated', () => {
    const matches = createGlobMatcher('a/*.jsonl, b/{x,y}.jsonl\nc/**');
    expect(['a/1.jsonl', 'b/y.jsonl', 'c/d/e', 'd/1.jsonl'].filter(matches)).toEqual([
      'a/1.jsonl',
      'b/y.jsonl',
      'c/d/e',
    ]);
  });
});
