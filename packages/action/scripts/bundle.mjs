#!/usr/bin/env node
// Bundles the Action into dist/: one self-contained ESM entry (workspace packages inlined), and
// core's line-range worker beside it, self-contained too (core finds it at ./line-range-worker.js next to the code that
// starts it), and a package.json that tells Node the files are ES modules. The output depends only
// on the sources and the lockfile, so a rebuild of unchanged sources is byte-identical.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ?? join(packageDirectory, 'dist');
const require = createRequire(join(packageDirectory, 'package.json'));
const coreDirectory = dirname(require.resolve('@tuneline/core/package.json'));
const workerEntry = join(coreDirectory, 'dist', 'dataset', 'line-range-worker.js');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  absWorkingDir: packageDirectory,
  entryPoints: [
    { in: 'src/index.ts', out: 'index' },
    { in: relative(packageDirectory, workerEntry), out: 'line-range-worker' },
  ],
  outdir,
  bundle: true,
  platform: 'node',
  // jsonc-parser's "main" is a UMD build whose require() calls a bundler cannot follow.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node24',
  // Bundled CommonJS (tunnel, inside @actions/http-client) calls require() for Node built-ins.
  banner: {
    js: "import { createRequire as __tunelineCreateRequire } from 'node:module'; const require = __tunelineCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  sourcemap: false,
  minify: false,
  charset: 'utf8',
  logLevel: 'warning',
});
await writeFile(join(outdir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
