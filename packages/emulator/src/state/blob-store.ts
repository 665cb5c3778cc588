/** Where file bytes live: memory by default, or files under the data directory. */
export interface BlobStore {
  /**
   * Streams `source` into blob `key` as it arrives. Past `maxBytes` it stops storing and rejects
   * with a {@link BlobTooLargeError}; the caller drains the rest of its source.
   */
  write(
    key: string,
    source: AsyncIterable<Uint8Array>,
    options?: { maxBytes?: number },
  ): Promise<{ bytes: number; md5: string }>;
  /** The blob's bytes as a stream; rejects with ENOENT when there is no such blob. */
  read(key: string): AsyncIterable<Uint8Array>;
  readAll(key: string): Promise<Buffer>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** The blob's path when it is a file on disk, so readers can open it themselves. */
  pathOf(key: string): string | undefined;
}

/** A blob grew beyond the size its writer allowed. */
export class BlobTooLargeError extends Error {
  override readonly name = 'BlobTooLargeError';
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`The content is larger than ${maxBytes} bytes.`);
    this.maxBytes = maxBytes;
  }
}
