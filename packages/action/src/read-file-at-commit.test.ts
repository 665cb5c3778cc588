import { describe, expect, it } from 'vitest';
import { parseLfsPointer } from './read-file-at-commit.js';

describe('parseLfsPointer', () => {
  it('reads the oid and size of a Git LFS pointer', () => {
    const oid = 'a'.repeat(64);
    expect(
      parseLfsPointer(
        `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 12345\n`,
      ),
    ).toEqual({ oid, size: 12345 });
  });

  it('takes a dataset line for data, not for a pointer', () => {
    expect(parseLfsPointer('{"messages": []}\n')).toBeNull();
    expect(parseLfsPointer('version https://git-lfs.github.com/spec/v1\n')).toBeNull();
  });
});
