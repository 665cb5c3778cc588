import { afterEach, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './start-test-emulator.js';

let test: TestEmulator | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('startTestEmulator', () => {
  it('serves the official SDK on a loopback port and records its requests', async () => {
    test = await startTestEmulator({ speed: 1000 });
    expect(test.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const models = await test.client.models.list();
    expect(models.data.length).toBeGreaterThan(0);
    expect(test.requests).toEqual([{ method: 'GET', path: '/models', outcome: 200 }]);
  });

  it('lets the test change the speed of emulated time mid-run', async () => {
    test = await startTestEmulator({ speed: 1 });
    const before = test.clock.emulatedNow();
    test.setSpeed(1_000_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // 20 real milliseconds at a million times real time: over five emulated hours.
    expect(test.clock.emulatedNow() - before).toBeGreaterThan(5 * 60 * 60 * 1000);
  });
});
