import { open } from 'node:fs/promises';

/** A byte range of a file, `end` inclusive, that starts at a line start and ends after a newline (or at the end). */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts a file into about `parts` ranges of similar size, each made of whole lines, so workers can
 * read them independently.
 */
export async function splitIntoLineRanges(
  path: string,
  size: number,
  parts: number,
): Promise<ByteRange[]> {
  const handle = await open(path, 'r');
  try {
    const starts = [0];
    const window = Buffer.alloc(64 * 1024);
    for (let part = 1; part < parts; part++) {
      let position = Math.max(
        Math.floor((size * part) / parts),
        starts[starts.length - 1] as number,
      );
      let boundary = -1;
      while (position < size && boundary === -1) {
        const { bytesRead } = await handle.read(window, 0, window.length, position);
        if (bytesRead === 0) break;
        const newline = window.subarray(0, bytesRead).indexOf(0x0a);
        if (newline === -1) position += bytesRead;
        else boundary = position + newline + 1;
      }
      if (boundary === -1 || boundary >= size) break;
      if (boundary > (starts[starts.length - 1] as number)) starts.push(boundary);
    }
    return starts.map((start, index) => ({ start, end: (starts[index + 1] ?? size) - 1 }));
  } finally {
    await handle.close();
  }
}
