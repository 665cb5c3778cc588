import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*'],
    // Most of the suite's time is tests waiting on emulated jobs and polls, not CPU: vitest's
    // default (one worker on a 2-core machine) leaves the CPU idle while they wait.
    maxWorkers: 3,
  },
});
