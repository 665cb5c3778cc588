import type { EmulatorContext } from '../emulator-context.js';
import { checkPurpose } from '../files/check-purpose.js';
import { uploadPurposes } from '../files/file-purposes.js';
import { ApiError } from '../http/api-error.js';
import { jsonResult } from '../http/json-result.js';
import { receiveMultipart } from '../http/receive-multipart.js';
import type { Route, RouteContext } from '../http/route.js';
import type { RouteResult } from '../http/route-result.js';
import { ParamReader } from '../params/param-reader.js';
import { createId } from '../random/create-id.js';
import { BlobTooLargeError } from '../state/blob-store.js';
import type { UploadRecord } from './upload-record.js';

/** An upload accepts parts for an hour, as on OpenAI. */
const uploadLifetimeMs = 60 * 60 * 1000;

function partKey(uploadId: string, partId: string): string {
  return `${uploadId}_${partId}`;
}

async function discardParts(context: EmulatorContext, record: UploadRecord): Promise<void> {
  await Promise.all(
    record.parts.map((part) => context.state.blobs.delete(partKey(record.upload.id, part.id))),
  );
}

/** The upload with this id, marked expired if its hour has passed. */
async function findUpload(context: EmulatorContext, uploadId: string): Promise<UploadRecord> {
  const record = context.state.uploads.get(uploadId);
  if (!record) throw ApiError.notFound(`No such Upload object: ${uploadId}`, 'upload_id');
  // Expiry is wall-clock, like `expires_at`: a fast clock must not expire uploads under a test.
  if (
    record.upload.status === 'pending' &&
    context.clock.now() >= record.upload.expires_at * 1000
  ) {
    record.upload.status = 'expired';
    await discardParts(context, record);
    record.parts = [];
    context.state.changed();
  }
  return record;
}

function requirePending(record: UploadRecord): void {
  if (record.upload.status !== 'pending') {
    throw ApiError.badRequest(
      `Upload ${record.upload.id} is ${record.upload.status}; only pending uploads accept this request.`,
      { param: 'upload_id', code: 'invalid_upload_state' },
    );
  }
}

async function createUpload(context: EmulatorContext, route: RouteContext): Promise<RouteResult> {
  const params = new ParamReader(await route.readJson());
  params.rejectUnknown(['filename', 'purpose', 'bytes', 'mime_type', 'expires_after']);
  const filename = params.requiredString('filename', { minLength: 1 });
  const purpose = params.enumValue('purpose', uploadPurposes);
  if (purpose === undefined) throw params.missing('purpose');
  checkPurpose(purpose, filename, 'filename');
  if (!params.has('bytes')) throw params.missing('bytes');
  const bytes = params.integer('bytes', { min: 0, max: context.limits.maxUploadBytes }) ?? 0;
  const mimeType = params.requiredString('mime_type');
  const expiresAfter = params.object('expires_after');
  let fileExpiresAfterSeconds: number | null = null;
  if (expiresAfter) {
    expiresAfter.rejectUnknown(['anchor', 'seconds']);
    if (expiresAfter.enumValue('anchor', ['created_at']) === undefined) {
      throw expiresAfter.missing('anchor');
    }
    fileExpiresAfterSeconds =
      expiresAfter.integer('seconds', { min: 3600, max: 2_592_000 }) ?? null;
    if (fileExpiresAfterSeconds === null) throw expiresAfter.missing('seconds');
  }
  const now = context.clock.now();
  const record: UploadRecord = {
    upload: {
      id: createId('upload_', 24),
      object: 'upload',
      bytes,
      created_at: Math.floor(now / 1000),
      filename,
      purpose,
      status: 'pending',
      expires_at: Math.floor((now + uploadLifetimeMs) / 1000),
      file: null,
    },
    mimeType,
    parts: [],
    fileExpiresAfterSeconds,
  };
  context.state.uploads.set(record.upload.id, record);
  context.state.changed();
  return jsonResult(record.upload);
}

async function addPart(context: EmulatorContext, route: RouteContext): Promise<RouteResult> {
  const record = await findUpload(context, route.params.upload_id ?? '');
  requirePending(record);
  const { blobs } = context.state;
  const partId = createId('part_', 24);
  const key = partKey(record.upload.id, partId);
  const maxBytes = context.limits.maxPartBytes;
  let received: Awaited<ReturnType<typeof receiveMultipart<number>>>;
  try {
    received = await receiveMultipart(route.request, {
      fileField: 'data',
      store: async (stream) => (await blobs.write(key, stream, { maxBytes })).bytes,
    });
  } catch (error) {
    await blobs.delete(key);
    throw error;
  }
  const { stored, storeError } = received;
  try {
    if (storeError instanceof BlobTooLargeError) {
      throw ApiError.badRequest(`Each part of an upload can be at most ${maxBytes} bytes.`, {
        param: 'data',
        code: 'part_too_large',
      });
    }
    if (storeError !== undefined) throw storeError;
    if (stored === undefined) throw new ParamReader({}).missing('data');
    // The upload may have been completed or cancelled while this part streamed in.
    requirePending(record);
  } catch (error) {
    await blobs.delete(key);
    throw error;
  }
  const part = { id: partId, created_at: Math.floor(context.clock.now() / 1000), bytes: stored };
  record.parts.push(part);
  context.state.changed();
  return jsonResult({
    id: part.id,
    object: 'upload.part',
    created_at: part.created_at,
    upload_id: record.upload.id,
  });
}

async function completeUpload(
  context: EmulatorContext,
  route: RouteContext,
  completing: Set<string>,
): Promise<RouteResult> {
  const record = await findUpload(context, route.params.upload_id ?? '');
  const params = new ParamReader(await route.readJson());
  params.rejectUnknown(['part_ids', 'md5']);
  const partIds = params.array('part_ids');
  if (partIds === undefined) throw params.missing('part_ids');
  const md5 = params.string('md5');
  requirePending(record);
  const parts = partIds.map((partId, index) => {
    if (typeof partId !== 'string') {
      throw ApiError.badRequest(`Invalid type for 'part_ids[${index}]': expected a string.`, {
        param: `part_ids[${index}]`,
        code: 'invalid_type',
      });
    }
    const part = record.parts.find((candidate) => candidate.id === partId);
    if (!part) {
      throw ApiError.badRequest(`Part ${partId} does not belong to upload ${record.upload.id}.`, {
        param: `part_ids[${index}]`,
        code: 'invalid_value',
      });
    }
    return part;
  });
  if (new Set(partIds).size !== partIds.length) {
    throw ApiError.badRequest('Each part may be listed only once in part_ids.', {
      param: 'part_ids',
      code: 'invalid_value',
    });
  }
  const total = parts.reduce((sum, part) => sum + part.bytes, 0);
  if (total !== record.upload.bytes) {
    throw ApiError.badRequest(
      `The number of bytes uploaded (${total}) does not match the expected number of bytes (${record.upload.bytes}).`,
      { param: 'part_ids', code: 'upload_bytes_mismatch' },
    );
  }
  if (completing.has(record.upload.id)) {
    throw new ApiError(409, `Upload ${record.upload.id} is already being completed.`, {
      code: 'conflict',
    });
  }
  completing.add(record.upload.id);
  const { blobs } = context.state;
  const fileId = createId('file-', 22);
  try {
    const uploadId = record.upload.id;
    const written = await blobs.write(
      fileId,
      (async function* () {
        for (const part of parts) yield* blobs.read(partKey(uploadId, part.id));
      })(),
    );
    if (md5 !== undefined && md5.toLowerCase() !== written.md5) {
      await blobs.delete(fileId);
      throw ApiError.badRequest(
        `The md5 checksum of the uploaded bytes (${written.md5}) does not match the md5 given (${md5}).`,
        { param: 'md5', code: 'md5_mismatch' },
      );
    }
    if (record.upload.status !== 'pending') {
      await blobs.delete(fileId);
      requirePending(record);
    }
    const createdAt = Math.floor(context.clock.now() / 1000);
    const file = {
      id: fileId,
      object: 'file' as const,
      bytes: written.bytes,
      created_at: createdAt,
      filename: record.upload.filename,
      purpose: record.upload.purpose,
      status: 'processed' as const,
      ...(record.fileExpiresAfterSeconds === null
        ? {}
        : { expires_at: createdAt + record.fileExpiresAfterSeconds }),
    };
    context.state.files.set(fileId, file);
    record.upload.status = 'completed';
    record.upload.file = file;
    await discardParts(context, record);
    context.state.changed();
    return jsonResult(record.upload);
  } finally {
    completing.delete(record.upload.id);
  }
}

async function cancelUpload(
  context: EmulatorContext,
  route: RouteContext,
  completing: Set<string>,
): Promise<RouteResult> {
  const record = await findUpload(context, route.params.upload_id ?? '');
  requirePending(record);
  if (completing.has(record.upload.id)) {
    throw new ApiError(409, `Upload ${record.upload.id} is being completed.`, { code: 'conflict' });
  }
  record.upload.status = 'cancelled';
  await discardParts(context, record);
  record.parts = [];
  context.state.changed();
  return jsonResult(record.upload);
}

/** The Uploads API, for files sent in parts: create, add parts, complete (bytes and md5 checked), cancel. */
export function createUploadRoutes(context: EmulatorContext): Route[] {
  const completing = new Set<string>();
  return [
    { method: 'POST', path: '/uploads', handle: (route) => createUpload(context, route) },
    {
      method: 'POST',
      path: '/uploads/{upload_id}/parts',
      handle: (route) => addPart(context, route),
    },
    {
      method: 'POST',
      path: '/uploads/{upload_id}/complete',
      handle: (route) => completeUpload(context, route, completing),
    },
    {
      method: 'POST',
      path: '/uploads/{upload_id}/cancel',
      handle: (route) => cancelUpload(context, route, completing),
    },
  ];
}
