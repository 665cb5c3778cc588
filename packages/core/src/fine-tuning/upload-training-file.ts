import { openAsBlob } from 'node:fs';
import type OpenAI from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';
import { callOpenAI } from './call-openai.js';
import { computeFileDigest, type FileDigest } from './compute-file-digest.js';
import { findUploadedFile } from './find-uploaded-file.js';
import { singleFlight } from './single-flight.js';
import { uploadFileName } from './upload-file-name.js';

/** OpenAI's upload limits (Files API doc comment; Uploads API reference), read 2026-11-24. */
export const uploadLimits = {
  /** Largest file the Files API takes in one request. */
  filesApiBytes: 512 * 1024 * 1024,
  /** Largest part of a multipart upload. */
  partBytes: 64 * 1024 * 1024,
  /** Largest multipart upload. */
  uploadBytes: 8 * 1024 * 1024 * 1024,
} as const;

const jsonlMimeType = 'text/jsonl';

export interface UploadedFile {
  readonly fileId: string;
  readonly filename: string;
  readonly bytes: number;
  readonly sha256: string;
  /** How the file got there: found already uploaded, sent to the Files API, or sent in parts. */
  readonly via: 'existing' | 'files' | 'uploads';
}

async function uploadInParts(options: {
  client: OpenAI;
  blob: Blob;
  filename: string;
  digest: FileDigest;
  partBytes: number;
  partConcurrency: number;
}): Promise<string> {
  const { client, blob, filename, digest } = options;
  const upload = await callOpenAI('start the multipart upload', () =>
    client.uploads.create({
      bytes: digest.bytes,
      filename,
      mime_type: jsonlMimeType,
      purpose: 'fine-tune',
    }),
  );
  try {
    const partCount = Math.max(1, Math.ceil(digest.bytes / options.partBytes));
    const partIds: string[] = new Array(partCount);
    let next = 0;
    const sendParts = async (): Promise<void> => {
      while (next < partCount) {
        const index = next++;
        const start = index * options.partBytes;
        // A file-backed Blob slice: read lazily, and replayable when the SDK retries the part.
        const data = new File(
          [blob.slice(start, Math.min(digest.bytes, start + options.partBytes))],
          `${filename}.part${index}`,
        );
        const part = await callOpenAI(`upload part ${index + 1} of ${partCount}`, () =>
          client.uploads.parts.create(upload.id, { data }),
        );
        partIds[index] = part.id;
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(options.partConcurrency, partCount) }, sendParts),
    );
    let completed: Awaited<ReturnType<typeof client.uploads.complete>>;
    try {
      completed = await callOpenAI('complete the multipart upload', () =>
        client.uploads.complete(upload.id, { part_ids: partIds, md5: digest.md5 }),
      );
    } catch (error) {
      // A completion whose answer was lost and then retried is refused as already completed:
      // the file exists, under the name carrying its hash.
      const file = await findUploadedFile({ client, sha256: digest.sha256, bytes: digest.bytes });
      if (file !== undefined) return file.id;
      throw error;
    }
    if (completed.status !== 'completed' || !completed.file?.id) {
      throw new TunelineError(
        'openai_api',
        `The upload of ${filename} ended as "${completed.status}".`,
        {
          hint: 'OpenAI checks the byte count and MD5; the file may have changed while uploading. Try again.',
        },
      );
    }
    return completed.file.id;
  } catch (error) {
    await client.uploads.cancel(upload.id).catch(() => undefined);
    throw error;
  }
}

/**
 * Uploads a training or validation file for fine-tuning, streaming it from disk. The file is named
 * with its SHA-256, and an uploaded file with the same hash and size is reused instead. Files
 * over the Files API limit go through the Uploads API in 64 MB parts with their MD5 checked.
 * @example const { fileId } = await uploadTrainingFile({ client, path: 'data/train.jsonl' });
 */
export async function uploadTrainingFile(options: {
  client: OpenAI;
  path: string;
  /** The file's digest, when already computed. */
  digest?: FileDigest;
  /** Files larger than this go through the Uploads API; defaults to OpenAI's 512 MB. */
  filesApiLimitBytes?: number;
  partBytes?: number;
  partConcurrency?: number;
}): Promise<UploadedFile> {
  const { client, path } = options;
  const digest = options.digest ?? (await computeFileDigest(path));
  if (digest.bytes > uploadLimits.uploadBytes) {
    throw new TunelineError(
      'dataset_too_large',
      `${path} is ${digest.bytes} bytes; OpenAI takes at most 8 GB.`,
      {
        hint: 'Split the dataset or sample it down.',
      },
    );
  }
  return singleFlight({
    owner: client,
    key: `upload:${digest.sha256}:${digest.bytes}`,
    work: async () => {
      const filename = uploadFileName({ path, sha256: digest.sha256 });
      const existing = await findUploadedFile({
        client,
        sha256: digest.sha256,
        bytes: digest.bytes,
      });
      if (existing !== undefined) {
        return {
          fileId: existing.id,
          filename: existing.filename,
          bytes: digest.bytes,
          sha256: digest.sha256,
          via: 'existing',
        };
      }
      const blob = await openAsBlob(path, { type: jsonlMimeType });
      if (digest.bytes > (options.filesApiLimitBytes ?? uploadLimits.filesApiBytes)) {
        const fileId = await uploadInParts({
          client,
          blob,
          filename,
          digest,
          partBytes: Math.min(options.partBytes ?? uploadLimits.partBytes, uploadLimits.partBytes),
          partConcurrency: options.partConcurrency ?? 3,
        });
        return { fileId, filename, bytes: digest.bytes, sha256: digest.sha256, via: 'uploads' };
      }
      // A file-backed Blob is streamed from disk by fetch and, unlike a stream, can be resent on retry.
      const file = new File([blob], filename, { type: jsonlMimeType });
      const created = await callOpenAI(`upload ${path}`, () =>
        client.files.create({ file, purpose: 'fine-tune' }),
      );
      return {
        fileId: created.id,
        filename,
        bytes: digest.bytes,
        sha256: digest.sha256,
        via: 'files',
      };
    },
  });
}
