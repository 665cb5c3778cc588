import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'action',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests start the bundled Action as a child process on a busy machine.
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
