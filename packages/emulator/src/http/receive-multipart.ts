import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { ApiError } from './api-error.js';

/**
 * Parses a multipart/form-data request as it streams in: text fields are collected, and the one
 * file field is handed to `store` as a stream, so it reaches its destination without being
 * buffered first. Other files are drained. Resolves once the whole body is read.
 */
export async function receiveMultipart<Stored>(
  request: IncomingMessage,
  options: {
    fileField: string;
    store: (
      source: AsyncIterable<Uint8Array>,
      info: { filename: string; mimeType: string },
    ) => Promise<Stored>;
  },
): Promise<{ fields: Record<string, string>; stored: Stored | undefined; storeError: unknown }> {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    throw ApiError.badRequest(
      `Invalid Content-Type header (${contentType || 'none'}), expected multipart/form-data.`,
    );
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      limits: { fields: 50, fieldSize: 1024 * 1024, files: 5, parts: 60 },
    });
  } catch (error) {
    throw ApiError.badRequest(`Malformed multipart/form-data request: ${(error as Error).message}`);
  }
  const fields: Record<string, string> = {};
  let storing: Promise<Stored> | undefined;
  let fileStream: Readable | undefined;

  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      request.unpipe(parser);
      request.resume();
      // Ends the stored copy too: its writer rejects and discards what it had.
      fileStream?.destroy(error instanceof Error ? error : new Error(String(error)));
      reject(
        error instanceof ApiError
          ? error
          : ApiError.badRequest(
              `Malformed multipart/form-data request: ${(error as Error).message}`,
            ),
      );
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== options.fileField || storing) {
        stream.resume();
        return;
      }
      fileStream = stream;
      // A store that gives up (too large) must not destroy busboy's stream: the parser would stall.
      const source = stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>;
      storing = options.store(source, { filename: info.filename ?? '', mimeType: info.mimeType });
      // Whatever happens to the stored copy, keep reading so the request completes.
      storing.catch(() => stream.resume());
    });
    parser.on('error', fail);
    parser.on('close', () => resolve());
    request.on('error', fail);
    request.on('close', () => {
      if (!request.complete) fail(new Error('the client aborted the request'));
    });
    request.pipe(parser);
  });

  if (!storing) return { fields, stored: undefined, storeError: undefined };
  try {
    return { fields, stored: await storing, storeError: undefined };
  } catch (error) {
    return { fields, stored: undefined, storeError: error };
  }
}
