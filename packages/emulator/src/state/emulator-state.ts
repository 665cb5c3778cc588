import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { FileObject } from '../files/file-object.js';
import type { JobRecord } from '../fine-tuning/job-record.js';
import type { UploadRecord } from '../uploads/upload-record.js';
import type { BlobStore } from './blob-store.js';
import type { StateSnapshot } from './state-snapshot.js';

/**
 * The emulator's records, in memory. With a state file, every change is written back (coalesced,
 * atomically by rename) so the records survive a restart.
 */
export class EmulatorState {
  readonly files = new Map<string, FileObject>();
  readonly uploads = new Map<string, UploadRecord>();
  readonly jobs = new Map<string, JobRecord>();
  /** Fine-tuned model ids deleted through `DELETE /models/{model}`. */
  readonly deletedModels = new Set<string>();
  readonly blobs: BlobStore;
  readonly #stateFile: string | undefined;
  #saving: Promise<void> | undefined;
  #dirty = false;
  #onSaveError: (error: unknown) => void;

  constructor(options: {
    blobs: BlobStore;
    stateFile?: string;
    onSaveError?: (error: unknown) => void;
  }) {
    this.blobs = options.blobs;
    this.#stateFile = options.stateFile;
    this.#onSaveError = options.onSaveError ?? (() => {});
  }

  /** Loads the records saved in the state file, if there is one. */
  async load(): Promise<void> {
    if (this.#stateFile === undefined) return;
    let text: string;
    try {
      text = await readFile(this.#stateFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const snapshot = JSON.parse(text) as StateSnapshot;
    if (snapshot.version !== 1) {
      throw new Error(`Unsupported emulator state version ${String(snapshot.version)}.`);
    }
    for (const file of snapshot.files) this.files.set(file.id, file);
    for (const upload of snapshot.uploads) this.uploads.set(upload.upload.id, upload);
    for (const job of snapshot.jobs) this.jobs.set(job.job.id, job);
    for (const model of snapshot.deletedModels) this.deletedModels.add(model);
  }

  /** Records that something changed: the state file is rewritten soon. */
  changed(): void {
    if (this.#stateFile === undefined) return;
    this.#dirty = true;
    if (this.#saving) return;
    this.#saving = this.#saveLoop().finally(() => {
      this.#saving = undefined;
    });
  }

  /** Waits until every change so far is on disk. */
  async flush(): Promise<void> {
    while (this.#saving) await this.#saving;
  }

  toSnapshot(): StateSnapshot {
    return {
      version: 1,
      files: [...this.files.values()],
      uploads: [...this.uploads.values()],
      jobs: [...this.jobs.values()],
      deletedModels: [...this.deletedModels],
    };
  }

  async #saveLoop(): Promise<void> {
    const stateFile = this.#stateFile as string;
    // Yield first so that a burst of changes in one tick is written once.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#dirty) {
      this.#dirty = false;
      const temporary = `${stateFile}.${randomUUID()}.partial`;
      try {
        await writeFile(temporary, JSON.stringify(this.toSnapshot()));
        await rename(temporary, stateFile);
      } catch (error) {
        this.#onSaveError(error);
      }
    }
  }
}
