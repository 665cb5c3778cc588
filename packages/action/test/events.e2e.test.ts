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
      openaiBaseUrl: scenario.emulator.url,
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
