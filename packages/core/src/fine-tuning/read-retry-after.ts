const durationPartPattern = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
const unitSeconds: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** Parses OpenAI's `x-ratelimit-reset-*` durations such as `1s`, `6m0s` or `20ms`. */
function parseResetDuration(value: string): number | undefined {
  let seconds = 0;
  let matched = '';
  for (const match of value.matchAll(durationPartPattern)) {
    seconds += Number(match[1]) * (unitSeconds[match[2] as string] as number);
    matched += match[0];
  }
  return matched.length > 0 && matched === value.trim() ? seconds : undefined;
}

/**
 * Seconds the server asked the client to wait, from `retry-after-ms`, `retry-after` (seconds or
 * an HTTP date) or OpenAI's `x-ratelimit-reset-requests`; undefined when it did not say.
 */
export function readRetryAfter(options: {
  headers: Headers | undefined;
  nowMilliseconds: number;
}): number | undefined {
  const headers = options.headers;
  if (!headers) return undefined;
  const milliseconds = headers.get('retry-after-ms');
  if (
    milliseconds !== null &&
    milliseconds.trim() !== '' &&
    Number.isFinite(Number(milliseconds))
  ) {
    return Math.max(0, Number(milliseconds) / 1000);
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && retryAfter.trim() !== '') {
    if (Number.isFinite(Number(retryAfter))) return Math.max(0, Number(retryAfter));
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, (date - options.nowMilliseconds) / 1000);
  }
  for (const name of ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens']) {
    const reset = headers.get(name);
    if (reset !== null) {
      const seconds = parseResetDuration(reset);
      if (seconds !== undefined) return seconds;
    }
  }
  return undefined;
}
