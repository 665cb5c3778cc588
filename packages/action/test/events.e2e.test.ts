import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { eventExample } from './payloads.js';
import { actionNode, runBundledAction } from './run-bundled-action.js';
import { chatDataset, createScenario, datasetPath } from './scenario.js';

describe('the bundled Action on other events and settings', () => {
  it('runs under Node 24 when .ci/run provides it', async () => {
    const { stdout } = await promisify(execFile)(actionNode(), ['--version']);
    if (process.env.TUNELINE_ACTION_NODE !== undefined) expect(stdout.trim()).toMatch(/^v24\./);
    else expect(stdout.trim()).toBe(process.version);
  });

  it('a push to the default branch trains the datasets the push changed', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const after = scenario.commit({ [datasetPath]: chatDataset(15, 'merged') });
    const payload = eventExample('push');
    Object.assign(payload, { ref: 'refs/heads/master', before: scenario.baseSha, after });
    const run = await runBundledAction({
      eventName: 'push',
      payload,
      githubUrl: scenario.github.url,
      openaiBaseUrl: scenario.emulator.baseURL,
      inputs: { 'github-token': 'ghs_token', 'openai-api-key': scenario.emulator.apiKey },
      env: { GITHUB_REF: 'refs/heads/master', GITHUB_SHA: after },
    });
    expect(run.failure).toBeNull();
    const jobs = await scenario.jobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.metadata).toMatchObject({ tuneline_commit: after });
    expect(jobs[0]?.metadata?.tuneline_pr).toBeUndefined();
    expect(
      scenario.github.callsTo('GET', new RegExp(`/compare/${scenario.baseSha}\\.\\.\\.${after}$`)),
    ).toHaveLength(1);
    expect(scenario.github.comments).toEqual([]);
    expect(run.summary).toContain('support');
  });

  it('workflow_dispatch validates every configured dataset; comment: false posts nothing', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const payload = eventExample('workflow_dispatch');
    const run = await runBundledAction({
      eventName: 'workflow_dispatch',
      payload,
      githubUrl: scenario.github.url,
      inputs: { 'github-token': 'ghs_token', mode: 'validate', comment: 'false' },
      env: { GITHUB_SHA: scenario.baseSha },
    });
    expect(run.failure).toBeNull();
    expect(JSON.parse(run.outputs.datasets ?? '[]')).toEqual([
      expect.objectContaining({ path: datasetPath, examples: 12, train: false }),
    ]);
    expect(scenario.github.calls.filter((call) => call.path.includes('/comments'))).toEqual([]);
  });

  it('takes the key from OPENAI_API_KEY when the input is empty, masks it, and never prints it', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(13, 'env-key') });
    const run = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: { 'openai-api-key': '' },
      env: { OPENAI_API_KEY: scenario.emulator.apiKey },
    });
    expect(run.failure).toBeNull();
    expect(await scenario.jobs()).toHaveLength(1);
    const masked = run.stdout.split('\n').filter((line) => line.includes(scenario.emulator.apiKey));
    expect(masked).toEqual([`::add-mask::${scenario.emulator.apiKey}`]);
    expect(run.summary).not.toContain(scenario.emulator.apiKey);
    expect(scenario.stickyComments()[0]?.body).not.toContain(scenario.emulator.apiKey);
    expect(JSON.stringify(run.outputs)).not.toContain(scenario.emulator.apiKey);
  });

  it('a wrong input fails the step with one clear line and no stack trace', async () => {
    const scenario = await createScenario();
    const run = await scenario.run({
      pullRequest: { action: 'opened', headSha: scenario.baseSha },
      inputs: { mode: 'yolo', 'max-cost-usd': '-3' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toBe(
      'Invalid input: mode must be validate, train or auto (got "yolo"); max-cost-usd must be a positive number (got "-3").',
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.stderr).toBe('');
  });
});

describe('the bundled Action finds and reads datasets', () => {
  it('several datasets: one job each, listed in `jobs`; the single-job outputs stay empty', async () => {
    const config = Buffer.from(
      JSON.stringify({
        datasets: {
          support: { training: datasetPath, model: 'gpt-4o-mini-2024-07-18' },
          sales: { training: 'data/sales.jsonl', model: 'gpt-4.1-mini-2025-04-14' },
        },
      }),
    );
    const scenario = await createScenario({ baseFiles: { 'tuneline.json': config } });
    const headSha = scenario.commit({
      [datasetPath]: chatDataset(12, 'support'),
      'data/sales.jsonl': chatDataset(14, 'sales'),
    });
    const run = await scenario.run({ pullRequest: { action: 'opened', headSha } });
    expect(run.failure).toBeNull();
    const jobs = JSON.parse(run.outputs.jobs ?? '[]');
    expect(jobs.map((job: { dataset: string }) => job.dataset).sort()).toEqual([
      'sales',
      'support',
    ]);
    expect((await scenario.jobs()).map((job) => job.id).sort()).toEqual(
      jobs.map((job: { jobId: string }) => job.jobId).sort(),
    );
    expect(run.outputs['job-id']).toBe('');
    expect(scenario.stickyComments()[0]?.body).toContain('| Dataset | Examples |');
  });

  it('at GitHub’s 3,000-file cap, warns and checks every configured dataset', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(12) });
    scenario.github.pullRequestFiles = Array.from({ length: 3000 }, (_, index) => ({
      filename: `generated/file-${index}.txt`,
      status: 'added' as const,
    }));
    const run = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: { mode: 'validate' },
    });
    expect(run.failure).toBeNull();
    expect(scenario.github.callsTo('GET', /\/pulls\/2\/files$/)).toHaveLength(30);
    expect(
      run.annotations.some(
        (annotation) => annotation.kind === 'warning' && annotation.message.includes('3000 files'),
      ),
    ).toBe(true);
    expect(JSON.parse(run.outputs.datasets ?? '[]')).toEqual([
      expect.objectContaining({ path: datasetPath }),
    ]);
  });

  it('without tuneline.json, takes the datasets matching the `datasets` glob, read from JSON contents when raw is not served', async () => {
    const scenario = await createScenario();
    scenario.github.rawContents = false;
    const headSha = scenario.commit({
      'training/a.jsonl': chatDataset(11, 'a'),
      'training/nested/b.jsonl': chatDataset(13, 'b'),
      'notes/c.jsonl': chatDataset(10, 'c'),
    });
    scenario.github.commits.get(headSha)?.delete('tuneline.json');
    scenario.github.commits.get(scenario.baseSha)?.delete('tuneline.json');
    const run = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: {
        datasets: 'training/**/*.jsonl',
        model: 'gpt-4.1-mini-2025-04-14',
        mode: 'validate',
      },
    });
    expect(run.failure).toBeNull();
    const datasets = JSON.parse(run.outputs.datasets ?? '[]');
    expect(
      datasets.map((dataset: { path: string; examples: number }) => [
        dataset.path,
        dataset.examples,
      ]),
    ).toEqual([
      ['training/a.jsonl', 11],
      ['training/nested/b.jsonl', 13],
    ]);
    expect(datasets[0].model).toBe('gpt-4.1-mini-2025-04-14');
  });
});
