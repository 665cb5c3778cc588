#!/usr/bin/env node
// Committed, so it exists when a package manager links bins at install time (dist/ does not
// exist until the first build): installs print no "Failed to create bin" warnings, and a person
// who runs it before building is told what to do instead of seeing ERR_MODULE_NOT_FOUND.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(main)) {
  await import(main.href);
} else {
  process.stderr.write(
    'tuneline is not built yet. From the repository root, run `npm run demo` (or `npm test`) once: it installs and builds everything, then `npx tuneline` works.\n',
  );
  process.exitCode = 1;
}
