import type { ServerResponse } from 'node:http';

/**
 * Writes a chunk and waits for the response to drain if it must; resolves false, instead of
 * waiting forever, when the client has gone away.
 */
export async function writeChunk(
  response: ServerResponse,
  chunk: string | Uint8Array,
): Promise<boolean> {
  if (response.destroyed) return false;
  if (response.write(chunk)) return true;
  return new Promise<boolean>((resolve) => {
    const onDrain = () => {
      response.off('close', onClose);
      resolve(true);
    };
    const onClose = () => {
      response.off('drain', onDrain);
      resolve(false);
    };
    response.once('drain', onDrain);
    response.once('close', onClose);
  });
}
