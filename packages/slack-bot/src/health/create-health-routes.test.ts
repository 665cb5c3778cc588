import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHealthRoutes } from './create-health-routes.js';

describe('createHealthRoutes', () => {
  let server: Server | undefined;

  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  async function serve(routes: ReturnType<typeof createHealthRoutes>): Promise<string> {
    const started = createServer((request, response) => {
      const route = routes.find((candidate) => candidate.path === request.url);
      if (route) route.handler(request, response);
      else response.writeHead(404).end();
    });
    server = started;
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
  }

  it('reports ready when every dependency answers, and names the failing ones with 503', async () => {
    let redisUp = true;
    let shuttingDown = false;
    const base = await serve(
      createHealthRoutes({
        checks: [
          { name: 'slack', check: async () => true },
          { name: 'openai', check: async () => true },
          { name: 'redis', check: async () => redisUp },
        ],
        isShuttingDown: () => shuttingDown,
      }),
    );
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      failing: [],
      checks: { slack: 'ok', openai: 'ok', redis: 'ok' },
    });

    redisUp = false;
    const degraded = await fetch(`${base}/readyz`);
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toMatchObject({ failing: ['redis'], checks: { redis: 'down' } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    redisUp = true;
    shuttingDown = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
  });

  it('treats a check that throws as down', async () => {
    const base = await serve(
      createHealthRoutes({
        checks: [
          {
            name: 'openai',
            check: async () => {
              throw new Error('connect ECONNREFUSED');
            },
          },
        ],
        isShuttingDown: () => false,
      }),
    );
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ failing: ['openai'] });
  });
});
