import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { uploadFileNameSuffix } from './upload-file-name.js';
import { type UploadedFileObject, uploadedFileObjectSchema } from './uploaded-file.js';

const unusableStatuses: ReadonlySet<string> = new Set(['error', 'deleted']);

/**
 * An already uploaded fine-tuning file with this content: its name carries the same SHA-256 and
 * its size matches. Returns the oldest such file, or undefined.
 */
export async function findUploadedFile(options: {
  client: OpenAI;
  sha256: string;
  bytes: number;
}): Promise<UploadedFileObject | undefined> {
  const suffix = uploadFileNameSuffix(options.sha256);
  return callOpenAI('list uploaded files', async () => {
    let found: UploadedFileObject | undefined;
    for await (const item of options.client.files.list({ purpose: 'fine-tune', limit: 1000 })) {
      const parsed = uploadedFileObjectSchema.safeParse(item);
      if (!parsed.success) continue;
      const file = parsed.data;
      if (!file.filename.endsWith(suffix) || file.bytes !== options.bytes) continue;
      if (typeof file.status === 'string' && unusableStatuses.has(file.status)) continue;
      if (found === undefined || file.created_at < found.created_at) found = file;
    }
    return found;
  });
}
