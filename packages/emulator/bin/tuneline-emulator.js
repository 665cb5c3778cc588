#!/usr/bin/env node
// Committed, so it exists when a package manager links bins at install time (dist/ does not
// exist until the first build): see packages/core/bin/tuneline.js.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    'tuneline-emulator is not built yet. From the repository root, run `npm run demo` (or `npm test`) once: it installs and builds everything, then `npx tuneline-emulator` works.\n',
  );
  process.exitCode = 1;
}
