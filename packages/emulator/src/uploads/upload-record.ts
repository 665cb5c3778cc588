import type { FileObject } from '../files/file-object.js';

/** OpenAI's `upload` object. */
export interface UploadObject {
  id: string;
  object: 'upload';
  bytes: number;
  created_at: number;
  filename: string;
  purpose: string;
  status: 'pending' | 'completed' | 'cancelled' | 'expired';
  expires_at: number;
  file: FileObject | null;
}

/** An upload and the parts received so far, each stored as its own blob. */
export interface UploadRecord {
  upload: UploadObject;
  mimeType: string;
  parts: Array<{ id: string; created_at: number; bytes: number }>;
  /** The `expires_after` asked for the created file, in seconds. */
  fileExpiresAfterSeconds: number | null;
}
