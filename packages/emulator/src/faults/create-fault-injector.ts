import { createRandom } from '../random/create-random.js';
import { hashSeed } from '../random/hash-seed.js';
import type { FaultOptions, FaultRates } from './fault-options.js';

/** What to do to one request. */
export interface FaultDecision {
  readonly failure:
    | 'rate_limit'
    | 'server_error'
    | 'unavailable'
    | 'reset'
    | 'reset_after_handling'
    | undefined;
  /** Real milliseconds to wait before answering; 0 for none. */
  readonly delayMs: number;
  readonly retryAfterSeconds: number;
}

const failureKinds = [
  ['rateLimit', 'rate_limit'],
  ['serverError', 'server_error'],
  ['unavailable', 'unavailable'],
  ['reset', 'reset'],
  ['resetAfterHandling', 'reset_after_handling'],
] as const;

function checkRates(route: string, rates: FaultRates): void {
  let total = 0;
  for (const [name] of [...failureKinds, ['slow']] as const) {
    const rate = rates[name];
    if (rate === undefined) continue;
    if (!(rate >= 0 && rate <= 1)) {
      throw new RangeError(
        `Fault rate ${name} of route "${route}" must be in [0, 1], got ${rate}.`,
      );
    }
    if (name !== 'slow') total += rate;
  }
  if (total > 1 + 1e-9) {
    throw new RangeError(`The failure rates of route "${route}" add up to ${total}, more than 1.`);
  }
}

/**
 * Decides, per request, whether a route fails and how. Each route draws from its own random
 * stream (seeded by the seed and the route), so requests to one route do not shift the faults of
 * another.
 */
export function createFaultInjector(
  options: FaultOptions | undefined,
): (routeKey: string) => FaultDecision {
  const none: FaultDecision = { failure: undefined, delayMs: 0, retryAfterSeconds: 0 };
  if (!options) return () => none;
  for (const [route, rates] of Object.entries(options.routes)) checkRates(route, rates);
  const seed = options.seed ?? 0;
  const streams = new Map<string, () => number>();
  return (routeKey) => {
    const rates = options.routes[routeKey] ?? options.routes['*'];
    if (!rates) return none;
    let random = streams.get(routeKey);
    if (!random) {
      random = createRandom(hashSeed(seed, routeKey));
      streams.set(routeKey, random);
    }
    const failureDraw = random();
    const slowDraw = random();
    let threshold = 0;
    let failure: FaultDecision['failure'];
    for (const [name, kind] of failureKinds) {
      threshold += rates[name] ?? 0;
      if (failureDraw < threshold) {
        failure = kind;
        break;
      }
    }
    return {
      failure,
      delayMs: slowDraw < (rates.slow ?? 0) ? (rates.slowMs ?? 1000) : 0,
      retryAfterSeconds: rates.retryAfterSeconds ?? 0.1,
    };
  };
}
