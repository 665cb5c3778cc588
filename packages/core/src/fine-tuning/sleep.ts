/** Waits the given time; the default `sleep` every Tuneline poller and retry loop accepts. */
export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));
}
