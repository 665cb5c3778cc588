import { describe, expect, it } from 'vitest';
import { createFaultInjector } from './create-fault-injector.js';

function draw(routes: Parameters<typeof createFaultInjector>[0], route: string, count: number) {
  const inject = createFaultInjector(routes);
  return Array.from({ length: count }, () => inject(route));
}

describe('createFaultInjector', () => {
  it('injects nothing without options', () => {
    expect(
      draw(undefined, 'GET /files', 5).every((decision) => decision.failure === undefined),
    ).toBe(true);
  });

  it('fails about the configured share of requests', () => {
    const decisions = draw(
      { seed: 1, routes: { 'POST /files': { serverError: 0.3 } } },
      'POST /files',
      2000,
    );
    const share = decisions.filter((decision) => decision.failure === 'server_error').length / 2000;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
  });

  it('repeats the same faults for the same seed, and others for another seed', () => {
    const options = {
      seed: 7,
      routes: { '*': { rateLimit: 0.2, reset: 0.2, slow: 0.3, slowMs: 50 } },
    };
    const first = draw(options, 'GET /models', 50);
    expect(draw(options, 'GET /models', 50)).toEqual(first);
    expect(draw({ ...options, seed: 8 }, 'GET /models', 50)).not.toEqual(first);
    expect(first.some((decision) => decision.delayMs === 50)).toBe(true);
  });

  it('keeps each route on its own random stream', () => {
    const options = { seed: 3, routes: { '*': { unavailable: 0.5 } } };
    const alone = draw(options, 'GET /files', 20);
    const inject = createFaultInjector(options);
    const interleaved = [];
    for (let index = 0; index < 20; index++) {
      inject('POST /chat/completions');
      interleaved.push(inject('GET /files'));
    }
    expect(interleaved).toEqual(alone);
  });

  it('prefers a route’s own rates over the wildcard', () => {
    const options = { routes: { '*': { serverError: 1 }, 'GET /models': { serverError: 0 } } };
    expect(
      draw(options, 'GET /models', 10).every((decision) => decision.failure === undefined),
    ).toBe(true);
    expect(
      draw(options, 'GET /files', 10).every((decision) => decision.failure === 'server_error'),
    ).toBe(true);
  });

  it('rejects rates outside [0, 1] and failure rates adding up beyond 1', () => {
    expect(() => createFaultInjector({ routes: { '*': { reset: 1.5 } } })).toThrow(RangeError);
    expect(() =>
      createFaultInjector({ routes: { '*': { reset: 0.6, serverError: 0.6 } } }),
    ).toThrow(/add up to 1.2/);
  });
});
