import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';

/** One dependency /readyz checks: resolves true when it answers. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<boolean>;
  /** Reuse a passing answer this long, so load-balancer probes don't hammer the API; 0 unless told. */
  readonly cacheMs?: number;
}

const checkTimeoutMs = 3000;

function reply(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function withTimeout(check: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), checkTimeoutMs);
  });
  try {
    return await Promise.race([check().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /healthz` (the process is up: always 200) and `GET /readyz` (200 when every check passes;
 * 503 naming the failing ones, or while shutting down, so a load balancer drains this replica).
 * @example createHealthRoutes({ checks: [{ name: 'redis', check: () => store.ping() }], isShuttingDown })
 */
export function createHealthRoutes(options: {
  checks: readonly ReadinessCheck[];
  isShuttingDown: () => boolean;
}): CustomRoute[] {
  const passedAt = new Map<string, number>();

  async function run(check: ReadinessCheck): Promise<boolean> {
    const cacheMs = check.cacheMs ?? 0;
    const last = passedAt.get(check.name);
    if (cacheMs > 0 && last !== undefined && Date.now() - last < cacheMs) return true;
    const ok = await withTimeout(() => check.check());
    if (ok) passedAt.set(check.name, Date.now());
    else passedAt.delete(check.name);
    return ok;
  }

  return [
    {
      path: '/healthz',
      method: 'GET',
      handler: (_request, response) => reply(response, 200, { status: 'ok' }),
    },
    {
      path: '/readyz',
      method: 'GET',
      handler: (_request, response) => {
        if (options.isShuttingDown()) {
          reply(response, 503, { status: 'shutting_down', failing: [] });
          return;
        }
        void Promise.all(options.checks.map(run)).then((results) => {
          const checks: Record<string, 'ok' | 'down'> = {};
          const failing: string[] = [];
          options.checks.forEach((check, index) => {
            const ok = results[index] === true;
            checks[check.name] = ok ? 'ok' : 'down';
            if (!ok) failing.push(check.name);
          });
          reply(response, failing.length === 0 ? 200 : 503, {
            status: failing.length === 0 ? 'ready' : 'not_ready',
            failing,
            checks,
          });
        });
      },
    },
  ];
}
