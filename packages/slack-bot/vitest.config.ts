import { defineProject } from 'vitest/config';
import { definePackageProject } from '../../vitest.shared.js';

const project = definePackageProject({ name: 'slack-bot', globalSetup: ['test/global-setup.ts'] });

export default defineProject({
  ...project,
  // Tests train models on the emulator in their setup: generous limits for a busy 2-core machine.
  test: { ...project.test, testTimeout: 60_000, hookTimeout: 60_000 },
});
