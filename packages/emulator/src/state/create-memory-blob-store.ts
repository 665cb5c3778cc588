import { createHash } from 'node:crypto';
import { type BlobStore, BlobTooLargeError } from './blob-store.js';
import { checkBlobKey } from './check-blob-key.js';

function missing(key: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`No blob ${key}`), { code: 'ENOENT' });
}

/** Keeps blobs in memory: each upload's chunks are joined once, when it ends. */
export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, Buffer>();
  return {
    async write(key, source, options = {}) {
      checkBlobKey(key);
      const hash = createHash('md5');
      const chunks: Uint8Array[] = [];
      let bytes = 0;
      for await (const chunk of source) {
        bytes += chunk.byteLength;
        if (options.maxBytes !== undefined && bytes > options.maxBytes) {
          throw new BlobTooLargeError(options.maxBytes);
        }
        hash.update(chunk);
        chunks.push(chunk);
      }
      blobs.set(key, Buffer.concat(chunks, bytes));
      return { bytes, md5: hash.digest('hex') };
    },
    read(key) {
      const blob = blobs.get(key);
      return (async function* () {
        if (!blob) throw missing(key);
        yield blob;
      })();
    },
    async readAll(key) {
      const blob = blobs.get(key);
      if (!blob) throw missing(key);
      return blob;
    },
    async has(key) {
      return blobs.has(key);
    },
    async delete(key) {
      blobs.delete(key);
    },
    pathOf: () => undefined,
  };
}
