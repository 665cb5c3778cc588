/** OpenAI's `file` object, as the emulator stores and serves it; its bytes are blob `id`. */
export interface FileObject {
  id: string;
  object: 'file';
  bytes: number;
  created_at: number;
  filename: string;
  purpose: string;
  status: 'uploaded' | 'processed' | 'error';
  expires_at?: number;
}
