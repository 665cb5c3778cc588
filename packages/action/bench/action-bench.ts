// Benchmark (not a test): the Action's wall time on a pull request that changes a 50 MB dataset,
// validate-only, with the bundle run as the runner runs it, against a fake GitHub and the emulator.
// Run: pnpm --filter @tuneline/action bench (BENCH_RUNS=3; TUNELINE_ACTION_NODE picks the Node).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@tuneline/emulator';
import { commitFiles, startFakeGitHub } from '../test/fake-github.js';
import { pullRequestPayload } from '../test/payloads.js';

const targetBytes = 50 * 1024 * 1024;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');
const node = process.env.TUNELINE_ACTION_NODE || process.execPath;

function chatDataset(bytes: number, variant: string): Buffer {
  const lines: string[] = [];
  let total = 0;
  for (let index = 0; total < bytes; index++) {
    const line = JSON.stringify({
      messages: [
        { role: 'system', content: 'You answer billing questions for Acme in two sentences.' },
        {
          role: 'user',
          content: `Case ${index}: why was invoice ${index * 7} charged twice this month?`,
        },
        {
          role: 'assistant',
          content: `Invoice ${index * 7} (${variant}) was retried after a card decline, so it shows twice; the duplicate is refunded within five days.`,
        },
      ],
    });
    lines.push(line);
    total += Buffer.byteLength(line) + 1;
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

const datasetPath = 'data/billing.jsonl';
const base = chatDataset(targetBytes * 0.9, 'before');
const head = chatDataset(targetBytes, 'after');
const config = Buffer.from(
  JSON.stringify({
    datasets: { billing: { training: datasetPath, model: 'gpt-4o-mini-2024-07-18' } },
  }),
);
const github = await startFakeGitHub({ owner: 'Codertocat', repo: 'Hello-World' });
const emulator = await startEmulator({ speed: 1000 });
const baseSha = randomBytes(20).toString('hex');
const headSha = randomBytes(20).toString('hex');
commitFiles(github, baseSha, { 'tuneline.json': config, [datasetPath]: base });
commitFiles(github, headSha, { 'tuneline.json': config, [datasetPath]: head });
github.mergeBase = baseSha;
github.pullRequestFiles = [{ filename: datasetPath, status: 'modified' }];

const directory = await mkdtemp(join(tmpdir(), 'tuneline-action-bench-'));
const timings: number[] = [];
let phases = '';
try {
  for (let run = 0; run < runs; run++) {
    const workspace = join(directory, `workspace-${run}`);
    await mkdir(workspace);
    const eventPath = join(directory, 'event.json');
    const outputPath = join(directory, `output-${run}.txt`);
    const summaryPath = join(directory, `summary-${run}.md`);
    await writeFile(
      eventPath,
      JSON.stringify(pullRequestPayload({ action: 'synchronize', headSha, baseSha })),
    );
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const started = performance.now();
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(node, [bundle], {
        stdio: ['ignore', 'pipe', 'inherit'],
        cwd: workspace,
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_ACTIONS: 'true',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_OUTPUT: outputPath,
          GITHUB_STEP_SUMMARY: summaryPath,
          GITHUB_WORKSPACE: workspace,
          RUNNER_TEMP: directory,
          GITHUB_API_URL: github.url,
          GITHUB_SERVER_URL: github.url,
          GITHUB_REPOSITORY: 'Codertocat/Hello-World',
          GITHUB_WORKFLOW: 'Tuneline',
          OPENAI_BASE_URL: emulator.url,
          'INPUT_GITHUB-TOKEN': 'ghs_bench',
          INPUT_MODE: 'validate',
        },
      });
      let log = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString('utf8');
      });
      child.on('error', reject);
      child.on('close', (exit) => {
        phases = log.split('\n').find((line) => line.startsWith(`${datasetPath}:`)) ?? '';
        resolve(exit ?? 1);
      });
    });
    const seconds = (performance.now() - started) / 1000;
    const outputs = await readFile(outputPath, 'utf8');
    if (code !== 0 || !outputs.includes('true'))
      throw new Error(`run ${run} failed (exit ${code})`);
    timings.push(seconds);
    console.log(`run ${run + 1}: ${seconds.toFixed(2)} s (${phases})`);
  }
  const sorted = [...timings].sort((left, right) => left - right);
  console.log(
    `Action, PR changing a ${(head.length / 1024 / 1024).toFixed(1)} MB dataset (base ${(base.length / 1024 / 1024).toFixed(1)} MB), validate-only, Node ${(
      await new Promise<string>((resolve) => {
        const child = spawn(node, ['--version']);
        let text = '';
        child.stdout.on('data', (chunk) => {
          text += chunk;
        });
        child.on('close', () => resolve(text.trim()));
      })
    ).replace(
      /^v/,
      '',
    )}: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} s, best ${sorted[0]?.toFixed(2)} s over ${runs} runs`,
  );
} finally {
  await rm(directory, { recursive: true, force: true });
  await github.close();
  await emulator.close();
}
