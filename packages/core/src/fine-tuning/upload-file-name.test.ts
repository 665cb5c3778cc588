import { describe, expect, it } from 'vitest';
import { uploadFileName } from './upload-file-name.js';

describe('uploadFileName', () => {
  it('names the upload with the dataset name and its content hash', () => {
    const sha256 = 'f'.repeat(64);
    expect(uploadFileName({ path: 'data/support train.jsonl', sha256 })).toBe(
      `support-train.sha256-${sha256}.jsonl`,
    );
  });
});
