import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

async function tuneline(args: string[], cwd = repositoryRoot) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

function writeDataset(lines: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'tuneline-cli-'));
  writeFileSync(join(directory, 'train.jsonl'), `${lines.join('\n')}\n`);
  return directory;
}

const example = (index: number) =>
  JSON.stringify({
    messages: [
      { role: 'user', content: `q${index}` },
      { role: 'assistant', content: `a${index}` },
    ],
  });

describe('tuneline validate', () => {
  it("prints the notebook's report with the walkthrough's numbers and exits 0", async () => {
    const { code, stdout } = await tuneline([
      'validate',
      'examples/datasets/wakannai.jsonl',
      '--model',
      'gpt-3.5-turbo',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Num examples: 10');
    expect(stdout).toContain('min / max: 31, 47');
    expect(stdout).toContain('mean / median: 36.2, 35.5');
    expect(stdout).toContain('p10 / p90: 31.0, 42.5');
    expect(stdout).toContain(
      '0 examples may be over the 4096 token limit, they will be truncated during fine-tuning',
    );
    expect(stdout).toContain('Dataset has ~362 tokens that will be charged for during training');
    expect(stdout).toContain("By default, you'll train for 10 epochs on this dataset");
    expect(stdout).toContain("By default, you'll be charged for ~3620 tokens");
    expect(stdout).toContain('Estimated training cost: $0.02896');
  });

  it('prints the documented JSON object with --json', async () => {
    const { code, stdout } = await tuneline([
      'validate',
      'examples/datasets/wakannai.jsonl',
      '--model',
      'gpt-3.5-turbo',
      '--json',
    ]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.version).toBe(1);
    expect(output.files).toHaveLength(1);
    expect(Object.keys(output.files[0])).toEqual(
      expect.arrayContaining([
        'path',
        'format',
        'model',
        'examples',
        'issues',
        'stats',
        'missingSystem',
        'missingUser',
        'overLimit',
        'limit',
        'billingTokens',
        'epochs',
        'chargedTokens',
        'estimatedCostUsd',
      ]),
    );
    expect(output.files[0]).toMatchObject({
      path: 'examples/datasets/wakannai.jsonl',
      format: 'chat',
      model: 'gpt-3.5-turbo',
      examples: 10,
      billingTokens: 362,
      epochs: 10,
      chargedTokens: 3620,
      estimatedCostUsd: 0.02896,
    });
    expect(Object.keys(output.files[0].stats.totalTokensPerExample)).toEqual([
      'min',
      'max',
      'mean',
      'median',
      'p5',
      'p95',
      'p10',
      'p90',
    ]);
    expect(output.files[0].issues).toEqual([
      {
        severity: 'warning',
        code: 'few_examples',
        line: null,
        path: null,
        message: 'File has 10 examples; 50–100 are recommended.',
        hint: 'More examples usually give a clearer improvement.',
      },
    ]);
  });

  it('prints compiler-style diagnostics and exits 1 on errors', async () => {
    const lines = Array.from({ length: 12 }, (_, index) => example(index));
    lines[2] = '{"messages": [}';
    const directory = writeDataset(lines);
    const { code, stdout } = await tuneline(['validate', 'train.jsonl'], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'train.jsonl:3:15 error invalid_json Invalid JSON at column 15: expected a value.\n  hint: Each line must be one complete JSON object.',
    );
  });

  it('expands globs', async () => {
    const directory = writeDataset(Array.from({ length: 12 }, (_, index) => example(index)));
    writeFileSync(join(directory, 'valid.jsonl'), `${example(99)}\n`);
    const { stdout } = await tuneline(['validate', '*.jsonl', '--json'], directory);
    expect(JSON.parse(stdout).files.map((file: { path: string }) => file.path)).toEqual([
      'train.jsonl',
      'valid.jsonl',
    ]);
  });

  it('exits 2 with a hint for usage mistakes', async () => {
    // No file named and no tuneline.json to take datasets from.
    expect(
      await tuneline(['validate'], mkdtempSync(join(tmpdir(), 'tuneline-cli-'))),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Usage: npx tuneline validate'),
    });
    expect(await tuneline(['validate', 'x.jsonl', '--epochs', 'many'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--epochs must be a whole number from 1 to 50, not "many"'),
    });
    expect(await tuneline(['validate', 'x.jsonl', '--frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--frobnicate'"),
    });
    expect(
      await tuneline(['validate', 'examples/datasets/wakannai.jsonl', '--model', 'gpt-9']),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown model "gpt-9"') });
  });

  it('validates every dataset tuneline.json lists when no file is named, as train would use it', async () => {
    const directory = writeDataset(Array.from({ length: 12 }, (_, index) => example(index)));
    writeFileSync(
      join(directory, 'valid.jsonl'),
      `${[example(3), example(100), example(101)].join('\n')}\n`,
    );
    writeFileSync(join(directory, 'other.jsonl'), `${example(7)}\n`);
    writeFileSync(
      join(directory, 'tuneline.json'),
      JSON.stringify({
        datasets: {
          support: {
            training: 'train.jsonl',
            validation: 'valid.jsonl',
            model: 'gpt-3.5-turbo',
            hyperparameters: { n_epochs: 3 },
          },
          tiny: { training: 'other.jsonl', model: 'gpt-4o-mini' },
        },
      }),
    );
    const run = await tuneline(['validate', '--json'], directory);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout).files as Array<Record<string, unknown>>;
    expect(files.map((file) => [file.path, file.role, file.model, file.epochs])).toEqual([
      ['train.jsonl', 'training', 'gpt-3.5-turbo', 3],
      ['valid.jsonl', 'validation', 'gpt-3.5-turbo', 3],
      ['other.jsonl', 'training', 'gpt-4o-mini', expect.any(Number)],
    ]);
    const validationIssues = files[1]?.issues as Array<{ code: string; line: number }>;
    expect(validationIssues).toContainEqual(
      expect.objectContaining({ code: 'train_validation_overlap', line: 1 }),
    );
    expect((files[2]?.issues ?? []) as Array<{ code: string }>).toContainEqual(
      expect.objectContaining({ code: 'too_few_examples' }),
    );

    writeFileSync(join(directory, 'tuneline.json'), '{"datasets": {"support": {"training": 5}}}');
    const broken = await tuneline(['validate'], directory);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('tuneline.json is not valid');
    expect(await tuneline(['validate', '--validation', 'valid.jsonl'], directory)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--validation pairs with a training file'),
    });
  });

  it('exits 2 naming an unreadable file, without a stack trace, from the real binary', () => {
    const result = spawnSync(
      process.execPath,
      ['packages/core/dist/cli/main.js', 'validate', 'missing.jsonl'],
      { cwd: repositoryRoot, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'tuneline validate: Cannot read missing.jsonl: no such file.\n  hint: Check the path; globs are expanded relative to the current directory.\n',
    );
  });
});
