import { open } from 'node:fs/promises';

const chunkBytes = 256 * 1024;

/**
 * A file's bytes from `start` to `end` (inclusive), read into one buffer reused for every chunk:
 * a read stream's fresh buffer per chunk would pile up outside the heap until the next collection.
 * Each chunk is valid until the next is asked for.
 */
export async function* readFileChunks(
  path: string,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(chunkBytes);
    for (let position = start; position <= end; ) {
      const length = Math.min(buffer.length, end - position + 1);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
