#!/usr/bin/env node
// Committed shim so `npx tuneline-slack` works from the repository root once the package is built.
import('../dist/main.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write(
      'tuneline-slack: the bot is not built yet; run `pnpm exec turbo run build` first.\n',
    );
    process.exit(1);
  }
  throw error;
});
