import type { EmulatorContext } from '../emulator-context.js';
import { ApiError } from '../http/api-error.js';
import { jsonResult } from '../http/json-result.js';
import { receiveMultipart } from '../http/receive-multipart.js';
import type { Route, RouteContext } from '../http/route.js';
import type { RouteResult } from '../http/route-result.js';
import { writeChunk } from '../http/write-chunk.js';
import { paginate } from '../pagination/paginate.js';
import { readLimit } from '../pagination/read-limit.js';
import { createId } from '../random/create-id.js';
import { BlobTooLargeError } from '../state/blob-store.js';
import { checkPurpose } from './check-purpose.js';
import type { FileObject } from './file-object.js';
import { findFile } from './find-file.js';
import { isExpired } from './is-expired.js';
import { readExpiresAfter } from './read-expires-after.js';

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 100) / 100} MB`;
}

async function createFile(context: EmulatorContext, route: RouteContext): Promise<RouteResult> {
  const { blobs } = context.state;
  const maxBytes = context.limits.maxFileBytes;
  const fileId = createId('file-', 22);
  let received: Awaited<ReturnType<typeof receiveMultipart<{ bytes: number; filename: string }>>>;
  try {
    received = await receiveMultipart(route.request, {
      fileField: 'file',
      store: async (stream, info) => {
        const written = await blobs.write(fileId, stream, { maxBytes });
        return { bytes: written.bytes, filename: info.filename };
      },
    });
  } catch (error) {
    await blobs.delete(fileId);
    throw error;
  }
  const { fields, stored, storeError } = received;
  try {
    if (storeError instanceof BlobTooLargeError) {
      throw ApiError.badRequest(
        `File is too large. The maximum file size is ${formatMegabytes(maxBytes)}.`,
        { param: 'file', code: 'file_too_large' },
      );
    }
    if (storeError !== undefined) throw storeError;
    if (!stored) {
      throw ApiError.badRequest("Missing required parameter: 'file'.", {
        param: 'file',
        code: 'missing_required_parameter',
      });
    }
    const filename = stored.filename || 'upload';
    const purpose = checkPurpose(fields.purpose, filename, 'file');
    const expiresAfter = readExpiresAfter(
      fields['expires_after[anchor]'],
      fields['expires_after[seconds]'],
    );
    const createdAt = Math.floor(context.clock.now() / 1000);
    const file: FileObject = {
      id: fileId,
      object: 'file',
      bytes: stored.bytes,
      created_at: createdAt,
      filename,
      purpose,
      status: 'processed',
      ...(expiresAfter === null ? {} : { expires_at: createdAt + expiresAfter }),
    };
    context.state.files.set(fileId, file);
    context.state.changed();
    return jsonResult(file);
  } catch (error) {
    await blobs.delete(fileId);
    throw error;
  }
}

function listFiles(context: EmulatorContext, route: RouteContext): RouteResult {
  const { query } = route;
  const purpose = query.get('purpose');
  const order = query.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') {
    throw ApiError.badRequest(
      `Invalid value: '${order}'. Supported values are: 'asc' and 'desc'.`,
      {
        param: 'order',
        code: 'invalid_value',
      },
    );
  }
  const limit = readLimit(query, { fallback: 10_000, max: 10_000 });
  const now = context.clock.now();
  const files = [...context.state.files.values()].filter(
    (file) =>
      !isExpired(file, now) && (purpose === null || purpose === '' || file.purpose === purpose),
  );
  if (order === 'desc') files.reverse();
  const page = paginate(files, { after: query.get('after'), limit });
  return jsonResult({
    object: 'list',
    data: page.data,
    first_id: page.data[0]?.id ?? null,
    last_id: page.data[page.data.length - 1]?.id ?? null,
    has_more: page.has_more,
  });
}

async function fileContent(context: EmulatorContext, route: RouteContext): Promise<RouteResult> {
  const file = findFile(context, route.params.file_id ?? '');
  const { blobs } = context.state;
  if (!(await blobs.has(file.id))) {
    throw ApiError.notFound(`No such File object: ${file.id}`, 'id');
  }
  return {
    kind: 'raw',
    status: 200,
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(file.bytes),
      'content-disposition': `attachment; filename="${encodeURIComponent(file.filename)}"`,
    },
    async write(response) {
      for await (const chunk of blobs.read(file.id)) {
        if (!(await writeChunk(response, chunk))) return;
      }
      response.end();
    },
  };
}

async function deleteFile(context: EmulatorContext, route: RouteContext): Promise<RouteResult> {
  const file = findFile(context, route.params.file_id ?? '');
  context.state.files.delete(file.id);
  context.state.changed();
  await context.state.blobs.delete(file.id);
  return jsonResult({ id: file.id, object: 'file', deleted: true });
}

/** The Files API: upload (multipart, streamed), list, retrieve, download and delete. */
export function createFileRoutes(context: EmulatorContext): Route[] {
  return [
    { method: 'POST', path: '/files', handle: (route) => createFile(context, route) },
    { method: 'GET', path: '/files', handle: async (route) => listFiles(context, route) },
    {
      method: 'GET',
      path: '/files/{file_id}',
      handle: async (route) => jsonResult(findFile(context, route.params.file_id ?? '')),
    },
    {
      method: 'GET',
      path: '/files/{file_id}/content',
      handle: (route) => fileContent(context, route),
    },
    { method: 'DELETE', path: '/files/{file_id}', handle: (route) => deleteFile(context, route) },
  ];
}
