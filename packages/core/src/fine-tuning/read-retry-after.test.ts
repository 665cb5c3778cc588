import { describe, expect, it } from 'vitest';
import { readRetryAfter } from './read-retry-after.js';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('readRetryAfter', () => {
  it('prefers retry-after-ms, in seconds', () => {
    const headers = new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' });
    expect(readRetryAfter({ headers, nowMilliseconds: now })).toBe(1.5);
  });

  it('reads retry-after as seconds or as an HTTP date', () => {
    expect(
      readRetryAfter({ headers: new Headers({ 'retry-after': '20' }), nowMilliseconds: now }),
    ).toBe(20);
    const date = new Date(now + 30_000).toUTCString();
    expect(
      readRetryAfter({ headers: new Headers({ 'retry-after': date }), nowMilliseconds: now }),
    ).toBe(30);
  });

  it("falls back to OpenAI's x-ratelimit-reset durations", () => {
    const headers = new Headers({ 'x-ratelimit-reset-requests': '6m0s' });
    expect(readRetryAfter({ headers, nowMilliseconds: now })).toBe(360);
    const milliseconds = new Headers({ 'x-ratelimit-reset-tokens': '1s20ms' });
    expect(readRetryAfter({ headers: milliseconds, nowMilliseconds: now })).toBeCloseTo(1.02);
  });

  it('is undefined when the server did not say, or said something unreadable', () => {
    expect(readRetryAfter({ headers: new Headers(), nowMilliseconds: now })).toBeUndefined();
    expect(readRetryAfter({ headers: undefined, nowMilliseconds: now })).toBeUndefined();
    const garbage = new Headers({ 'retry-after': 'soon', 'x-ratelimit-reset-requests': 'later' });
    expect(readRetryAfter({ headers: garbage, nowMilliseconds: now })).toBeUndefined();
  });
});
