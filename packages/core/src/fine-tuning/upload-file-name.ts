import { basename, extname } from 'node:path';

/**
 * The name Tuneline uploads a dataset under: its own name plus the content hash, so an upload of
 * the same content can be found again (`train.sha256-<hex>.jsonl`).
 */
export function uploadFileName(options: { path: string; sha256: string }): string {
  const stem = basename(options.path, extname(options.path))
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 64);
  return `${stem || 'dataset'}${uploadFileNameSuffix(options.sha256)}`;
}

/** The hash-bearing end of every name {@link uploadFileName} makes. */
export function uploadFileNameSuffix(sha256: string): string {
  return `.sha256-${sha256}.jsonl`;
}
