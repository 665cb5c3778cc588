import { isUtf8 } from 'node:buffer';
import { readFileChunks } from './read-file-chunks.js';
import { type EncodingProblem, sniffEncoding, sniffedBytes } from './sniff-encoding.js';

/** One line of a JSONL file, decoded, or the reason it could not be. */
export type JsonlLine =
  | {
      readonly kind: 'text';
      readonly lineNumber: number;
      readonly text: string;
      readonly byteLength: number;
    }
  | {
      readonly kind: 'invalid_utf8';
      readonly lineNumber: number;
      readonly column: number;
      readonly byteLength: number;
    }
  | { readonly kind: 'too_long'; readonly lineNumber: number; readonly byteLength: number }
  | {
      /** The file as a whole is not UTF-8 JSON Lines; nothing after this is read. */
      readonly kind: 'bad_encoding';
      readonly lineNumber: number;
      readonly byteLength: number;
      readonly problem: EncodingProblem;
    };

/** A file path, or the file's bytes (strings are taken as UTF-8 text). */
export type ByteSource = string | AsyncIterable<Uint8Array | string>;

export interface ReadJsonlLinesOptions {
  /** Lines longer than this many bytes are reported, not buffered. */
  readonly maxLineBytes?: number;
  /** Number given to the first line: a worker reading a byte range starts where the previous range ended. */
  readonly firstLineNumber?: number;
  /** Byte range of a file path source, end inclusive (as fs.createReadStream takes it). */
  readonly start?: number;
  readonly end?: number;
  /** Whether to check the start of the file for UTF-16 or CR-only line ends; true at the start. */
  readonly sniff?: boolean;
}

/** Images inline as data URLs can make a legitimate line large, so the default is generous. */
export const defaultMaxLineBytes = 128 * 1024 * 1024;

const newline = 0x0a;
const carriageReturn = 0x0d;

function openSource(
  source: ByteSource,
  options: ReadJsonlLinesOptions,
): AsyncIterable<Uint8Array | string> {
  return typeof source === 'string' ? readFileChunks(source, options.start, options.end) : source;
}

/** 1-based character column of the first byte that is not valid UTF-8. */
export function findInvalidUtf8Column(bytes: Uint8Array): number {
  let offset = 0;
  let column = 1;
  while (offset < bytes.length) {
    const lead = bytes[offset] as number;
    const width =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (width === 0 || offset + width > bytes.length) return column;
    if (!isUtf8(bytes.subarray(offset, offset + width))) return column;
    offset += width;
    column += 1;
  }
  return column;
}

/**
 * Streams a JSONL file as lines with 1-based numbers, in constant memory: a UTF-8 BOM and CRLF
 * endings are accepted, a last line without a newline is read, and invalid UTF-8 or an over-long
 * line is reported in place of the text.
 */
export async function* readJsonlLines(
  source: ByteSource,
  options: ReadJsonlLinesOptions = {},
): AsyncGenerator<JsonlLine> {
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes;
  let lineNumber = options.firstLineNumber ?? 1;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skippingLongLine = false;
  let atFileStart = (options.start ?? 0) === 0;
  let sniffing = atFileStart && options.sniff !== false;
  let head: Buffer[] = [];
  let headBytes = 0;

  const finishLine = (bytes: Buffer): JsonlLine => {
    let body = bytes;
    if (atFileStart) {
      atFileStart = false;
      if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)
        body = body.subarray(3);
    }
    if (body.length > 0 && body[body.length - 1] === carriageReturn)
      body = body.subarray(0, body.length - 1);
    const number = lineNumber++;
    if (!isUtf8(body)) {
      return {
        kind: 'invalid_utf8',
        lineNumber: number,
        column: findInvalidUtf8Column(body),
        byteLength: bytes.length,
      };
    }
    return {
      kind: 'text',
      lineNumber: number,
      text: body.toString('utf8'),
      byteLength: bytes.length,
    };
  };

  const sniff = (bytes: Buffer): JsonlLine | undefined => {
    const problem = sniffEncoding(bytes);
    return problem === undefined
      ? undefined
      : { kind: 'bad_encoding', lineNumber: 1, byteLength: bytes.length, problem };
  };
  for await (const chunk of openSource(source, options)) {
    let buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (sniffing) {
      // The start of the file decides its encoding: gather enough of it before reading lines.
      // Copied: a file's chunks share one buffer.
      head.push(Buffer.from(buffer));
      headBytes += buffer.length;
      if (headBytes < sniffedBytes) continue;
      sniffing = false;
      buffer = Buffer.concat(head, headBytes);
      head = [];
      const bad = sniff(buffer);
      if (bad) {
        yield bad;
        return;
      }
    }
    let position = 0;
    while (position < buffer.length) {
      const end = buffer.indexOf(newline, position);
      const pieceEnd = end === -1 ? buffer.length : end;
      const piece = buffer.subarray(position, pieceEnd);
      if (skippingLongLine) {
        pendingBytes += piece.length;
      } else if (pendingBytes + piece.length > maxLineBytes) {
        skippingLongLine = true;
        pending = [];
        pendingBytes += piece.length;
      } else if (end !== -1 && pending.length === 0) {
        // The common case: a whole line inside one chunk, read without copying.
        position = end + 1;
        yield finishLine(piece);
        continue;
      } else {
        // Copied: the rest of the line comes in the next chunk, which reuses this one's buffer.
        pending.push(Buffer.from(piece));
        pendingBytes += piece.length;
      }
      if (end === -1) break;
      position = end + 1;
      if (skippingLongLine) {
        atFileStart = false;
        yield { kind: 'too_long', lineNumber: lineNumber++, byteLength: pendingBytes };
        skippingLongLine = false;
      } else {
        const line =
          pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
        yield finishLine(line);
      }
      pending = [];
      pendingBytes = 0;
    }
  }
  if (sniffing) {
    // A file smaller than the sniffed size: check it whole, then read its lines.
    const whole = Buffer.concat(head, headBytes);
    const bad = sniff(whole);
    if (bad) {
      yield bad;
      return;
    }
    yield* readJsonlLines(
      (async function* () {
        yield whole;
      })(),
      {
        ...(options.maxLineBytes === undefined ? {} : { maxLineBytes: options.maxLineBytes }),
        ...(options.firstLineNumber === undefined
          ? {}
          : { firstLineNumber: options.firstLineNumber }),
        sniff: false,
      },
    );
    return;
  }
  if (skippingLongLine) {
    yield { kind: 'too_long', lineNumber, byteLength: pendingBytes };
  } else if (pendingBytes > 0) {
    yield finishLine(
      pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes),
    );
  }
}
