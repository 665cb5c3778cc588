const inFlightByOwner = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `work` once per owner and key at a time: callers arriving while it runs share its promise.
 * Tuneline keys it by the OpenAI client so that concurrent requests in one process cannot both
 * see "no job yet" and both create one.
 */
export function singleFlight<Result>(options: {
  owner: object;
  key: string;
  work: () => Promise<Result>;
}): Promise<Result> {
  let inFlight = inFlightByOwner.get(options.owner);
  if (inFlight === undefined) {
    inFlight = new Map();
    inFlightByOwner.set(options.owner, inFlight);
  }
  const running = inFlight.get(options.key);
  if (running !== undefined) return running as Promise<Result>;
  const map = inFlight;
  const promise = options.work().finally(() => {
    map.delete(options.key);
  });
  map.set(options.key, promise);
  return promise;
}
