import type { FileObject } from './file-object.js';

/** Whether a file has passed its `expires_at`; expired files are gone, as on OpenAI. */
export function isExpired(file: FileObject, nowMs: number): boolean {
  return file.expires_at !== undefined && nowMs >= file.expires_at * 1000;
}
