import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';

const unparsableMessage =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)";

/**
 * Reads a request body of at most `maxBytes` and parses it as a JSON object, answering what OpenAI
 * answers to an empty, malformed, oversized or non-object body.
 */
export async function readJsonBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > maxBytes) {
      throw new ApiError(413, `The request body is larger than the ${maxBytes} bytes allowed.`, {
        code: 'request_too_large',
      });
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    throw ApiError.badRequest('The request body is empty; this endpoint expects a JSON object.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw ApiError.badRequest(unparsableMessage);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw ApiError.badRequest(unparsableMessage);
  }
  return parsed as Record<string, unknown>;
}
