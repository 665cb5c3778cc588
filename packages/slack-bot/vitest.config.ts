import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'slack-bot',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A busy 2-core machine: generous limits, no timing asserts in tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
  },
});
