import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(packageDirectory, 'dist');
const coreDirectory = dirname(
  createRequire(join(packageDirectory, 'package.json')).resolve('@tuneline/core/package.json'),
);

describe('the committed dist/', () => {
  it('is exactly what bundling the current sources gives (rebuild with `pnpm --filter @tuneline/action build` and commit dist/)', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'tuneline-action-bundle-'));
    try {
      const fresh = join(directory, 'dist');
      await promisify(execFile)(process.execPath, [
        join(packageDirectory, 'scripts', 'bundle.mjs'),
        fresh,
      ]);
      const names = (await readdir(fresh)).sort();
      expect((await readdir(committed)).sort()).toEqual(names);
      for (const name of names) {
        const [expected, actual] = await Promise.all([
          readFile(join(fresh, name)),
          readFile(join(committed, name)),
        ]);
        expect(actual.equals(expected), `dist/${name} is stale`).toBe(true);
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('is one self-contained ES module per entry: nothing imported but Node built-ins', async () => {
    expect(JSON.parse(await readFile(join(committed, 'package.json'), 'utf8'))).toEqual({
      type: 'module',
    });
    for (const name of ['index.js', 'line-range-worker.js']) {
      const source = await readFile(join(committed, name), 'utf8');
      const specifiers = [...source.matchAll(/^import [^;]*? from ["']([^"']+)["'];?$/gm)].map(
        (match) => match[1],
      );
      expect(specifiers.length).toBeGreaterThan(0);
      for (const specifier of specifiers) expect(specifier).toMatch(/^(node:)?[a-z_/]+$/);
      expect(source).not.toMatch(/^import [^;]* from ["']\.{1,2}\//m);
    }
  });
});

describe('the bundled line-range worker', () => {
  it('is the worker core starts beside dist/index.js for large files, and it analyses lines', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'tuneline-action-worker-'));
    try {
      const path = join(directory, 'data.jsonl');
      const line = JSON.stringify({
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
        ],
      });
      const text = `${line}\n${line}\nnot json\n`;
      await writeFile(path, text);
      // Core hands its workers the rank tables it decoded (shared memory): the test takes them
      // from the core build that was bundled, as core's own analyzeFileInParallel does.
      const { loadBytePairRankTables } = (await import(
        pathToFileURL(join(coreDirectory, 'dist', 'tokens', 'load-byte-pair-ranks.js')).href
      )) as {
        loadBytePairRankTables: (encoding: string) => unknown;
      };
      const worker = new Worker(join(committed, 'line-range-worker.js'), {
        workerData: {
          path,
          encoding: 'o200k_base',
          rankTables: loadBytePairRankTables('o200k_base'),
          messagesFormat: 'chat',
        },
      });
      const messages: Array<{ kind: string; lines?: number; analyses?: { count: number } }> = [];
      try {
        await new Promise<void>((resolve, reject) => {
          worker.on('error', reject);
          worker.on('message', (message) => {
            messages.push(message);
            if (message.kind !== 'batch') resolve();
          });
          worker.postMessage({ index: 0, start: 0, end: Buffer.byteLength(text) - 1 });
        });
      } finally {
        await worker.terminate();
      }
      expect(messages.at(-1)).toEqual({ kind: 'done', index: 0, lines: 3 });
      // Lines come back packed in batches (typed arrays), each saying how many lines it holds.
      const analysedLines = messages.reduce(
        (total, message) => total + (message.analyses?.count ?? 0),
        0,
      );
      expect(analysedLines).toBe(3);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
