import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type BlobStore, BlobTooLargeError } from './blob-store.js';
import { checkBlobKey } from './check-blob-key.js';

/**
 * Keeps blobs as files in `directory`, streamed to disk as they arrive and renamed into place
 * once complete, so a crash never leaves a half-written blob under its key.
 */
export async function createDiskBlobStore(directory: string): Promise<BlobStore> {
  await mkdir(directory, { recursive: true });
  const pathOf = (key: string) => join(directory, checkBlobKey(key));
  return {
    async write(key, source, options = {}) {
      const target = pathOf(key);
      const temporary = `${target}.${randomUUID()}.partial`;
      const hash = createHash('md5');
      let bytes = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          bytes += chunk.byteLength;
          if (options.maxBytes !== undefined && bytes > options.maxBytes) {
            callback(new BlobTooLargeError(options.maxBytes));
            return;
          }
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, createWriteStream(temporary));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { bytes, md5: hash.digest('hex') };
    },
    read(key) {
      return createReadStream(pathOf(key));
    },
    readAll(key) {
      return readFile(pathOf(key));
    },
    async has(key) {
      try {
        await access(pathOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    pathOf,
  };
}
