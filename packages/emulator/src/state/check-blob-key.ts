const keyPattern = /^[A-Za-z0-9_-]{1,128}$/;

/** Blob keys become file names: allow only characters that cannot escape the directory. */
export function checkBlobKey(key: string): string {
  if (!keyPattern.test(key)) throw new Error(`Invalid blob key: ${JSON.stringify(key)}`);
  return key;
}
