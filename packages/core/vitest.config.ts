import { definePackageProject } from '../../vitest.shared.js';

export default definePackageProject({
  name: 'core',
  globalSetup: ['./vitest.global-setup.ts'],
});
