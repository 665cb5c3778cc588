import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

async function tuneline(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd: repositoryRoot,
  });
  return { code, stdout, stderr };
}

describe('tuneline estimate', () => {
  it('prices the walkthrough dataset for every chat model, counting each encoding', async () => {
    const { code, stdout } = await tuneline([
      'estimate',
      'examples/datasets/wakannai.jsonl',
      '--json',
    ]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    const byModel = Object.fromEntries(
      output.estimates.map((row: { model: string }) => [row.model, row]),
    );
    expect(byModel['gpt-3.5-turbo']).toMatchObject({
      billingTokens: 362,
      epochs: 10,
      chargedTokens: 3620,
      estimatedCostUsd: 0.02896,
    });
    expect(byModel['gpt-4o-mini-2024-07-18']).toMatchObject({
      encoding: 'o200k_base',
      epochs: 10,
      estimatedCostUsd: (byModel['gpt-4o-mini-2024-07-18'].chargedTokens * 3) / 1e6,
    });
    expect(byModel['babbage-002']).toBeUndefined();
    expect(byModel['o4-mini-2025-04-16']).toBeUndefined();
  });

  it('prices only the models asked for, with the epochs given', async () => {
    const { stdout } = await tuneline([
      'estimate',
      'examples/datasets/wakannai.jsonl',
      '-m',
      'gpt-3.5-turbo',
      '--epochs',
      '2',
    ]);
    expect(stdout).toMatch(/gpt-3\.5-turbo\s+362\s+2\s+724\s+\$0\.005792/);
  });
});

describe('tuneline models', () => {
  it('lists every model with its sources in JSON', async () => {
    const { stdout } = await tuneline(['models', '--json']);
    const models = JSON.parse(stdout).models as Array<{
      id: string;
      prices: { source: { url: string; checked: string } };
    }>;
    expect(models.map((model) => model.id)).toContain('gpt-4.1-nano-2025-04-14');
    for (const model of models) expect(model.prices.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('prints a table of limits and prices', async () => {
    const { stdout } = await tuneline(['models']);
    expect(stdout).toMatch(
      /gpt-4o-mini-2024-07-18\s+supervised, dpo\s+o200k_base\s+65536\s+\$3\.00/,
    );
  });
});
