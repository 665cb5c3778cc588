import { definePackageProject } from '../../vitest.shared.js';

export default definePackageProject({
  name: 'emulator',
  globalSetup: ['./vitest.global-setup.ts'],
});
