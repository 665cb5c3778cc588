import { mergeConfig } from 'vitest/config';
import { definePackageProject } from '../../vitest.shared.js';

export default mergeConfig(definePackageProject({ name: 'action' }), {
  // The end-to-end tests start the bundled Action as a child process on a busy machine.
  test: { testTimeout: 180_000, hookTimeout: 60_000 },
});
