import type { FileObject } from '../files/file-object.js';
import type { JobRecord } from '../fine-tuning/job-record.js';
import type { UploadRecord } from '../uploads/upload-record.js';

/** Everything the emulator persists in its data directory, besides the blobs. */
export interface StateSnapshot {
  version: 1;
  files: FileObject[];
  uploads: UploadRecord[];
  jobs: JobRecord[];
  deletedModels: string[];
}
