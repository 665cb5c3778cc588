import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'slack-bot',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['test/redis-global-setup.ts'],
  },
});
