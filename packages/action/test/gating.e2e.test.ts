import { describe, expect, it } from 'vitest';
import {
  chatDataset,
  chatLine,
  createScenario,
  datasetPath,
  repositoryConfig,
} from './scenario.js';

describe('the bundled Action decides whether to train', () => {
  it('untrusted author: not trained without the label, trained once a maintainer labels it, label dropped after a push', async () => {
    const scenario = await createScenario({
      baseFiles: { [datasetPath]: chatDataset(12) },
      emulator: { speed: 0.001 },
    });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(13, 'contributor') });

    const unlabelled = await scenario.run({
      pullRequest: { action: 'opened', headSha, authorAssociation: 'CONTRIBUTOR' },
    });
    expect(unlabelled.exitCode).toBe(0);
    expect(await scenario.jobs()).toEqual([]);
    const body = scenario.stickyComments()[0]?.body ?? '';
    expect(body).toContain('is not an owner, member or collaborator');
    expect(body).toContain('adds the `fine-tune` label');

    const labelled = await scenario.run({
      pullRequest: {
        action: 'labeled',
        headSha,
        authorAssociation: 'CONTRIBUTOR',
        labels: ['fine-tune'],
        addedLabel: 'fine-tune',
      },
    });
    expect(labelled.exitCode).toBe(0);
    const jobs = await scenario.jobs();
    expect(jobs).toHaveLength(1);
    expect(labelled.outputs['job-id']).toBe(jobs[0]?.id);

    const pushed = scenario.commit({ [datasetPath]: chatDataset(14, 'pushed') });
    const afterPush = await scenario.run({
      pullRequest: {
        action: 'synchronize',
        headSha: pushed,
        authorAssociation: 'CONTRIBUTOR',
        labels: ['fine-tune'],
      },
    });
    expect(afterPush.exitCode).toBe(0);
    expect(scenario.github.callsTo('DELETE', /\/issues\/2\/labels\/fine-tune$/)).toHaveLength(1);
    expect(scenario.github.labels).toEqual([]);
    // The new push is not approved yet: nothing new starts, and the job on the old data stops.
    const after = await scenario.jobs();
    expect(after).toHaveLength(1);
    expect(after[0]?.status).toBe('cancelled');
    expect(scenario.stickyComments()).toHaveLength(1);
    expect(scenario.stickyComments()[0]?.body).toContain('Cancelled 1 superseded job');
  });

  it('over budget: not trained in auto mode (the step passes), the step fails in train mode', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(20, 'big') });
    const auto = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: { 'max-cost-usd': '0.001' },
    });
    expect(auto.exitCode).toBe(0);
    expect(await scenario.jobs()).toEqual([]);
    expect(scenario.stickyComments()[0]?.body).toMatch(
      /The estimate \(\$[0-9.]+\) is over the budget \(\$0\.001\)/,
    );

    const train = await scenario.run({
      pullRequest: { action: 'synchronize', headSha },
      inputs: { 'max-cost-usd': '0.001', mode: 'train' },
    });
    expect(train.exitCode).toBe(1);
    expect(train.failure).toContain('mode is train, but data/support.jsonl was not trained');
    expect(await scenario.jobs()).toEqual([]);
  });

  it("takes the budget from the base branch's tuneline.json, not from the pull request's", async () => {
    const scenario = await createScenario({
      baseFiles: {
        'tuneline.json': repositoryConfig({ maxCostUsd: 0.001 }),
        [datasetPath]: chatDataset(12),
      },
    });
    const headSha = scenario.commit({
      'tuneline.json': repositoryConfig({ maxCostUsd: 1000 }),
      [datasetPath]: chatDataset(20, 'raise'),
    });
    const run = await scenario.run({ pullRequest: { action: 'opened', headSha } });
    expect(run.exitCode).toBe(0);
    expect(await scenario.jobs()).toEqual([]);
    const body = scenario.stickyComments()[0]?.body ?? '';
    expect(body).toContain('over the budget ($0.001)');
    expect(body).toContain('take effect after merge');
  });

  it('never uploads a dataset that may contain a credential', async () => {
    const scenario = await createScenario();
    const lines = Array.from({ length: 12 }, (_, index) => chatLine(index));
    lines[6] = JSON.stringify({
      messages: [
        { role: 'user', content: 'What is the key?' },
        { role: 'assistant', content: 'Use sk-proj-abcdefghijklmnopqrstuvwxyz0123456789' },
      ],
    });
    const headSha = scenario.commit({ [datasetPath]: Buffer.from(`${lines.join('\n')}\n`) });
    const run = await scenario.run({ pullRequest: { action: 'opened', headSha } });
    expect(await scenario.jobs()).toEqual([]);
    expect((await scenario.client.files.list()).data).toEqual([]);
    expect(scenario.stickyComments()[0]?.body).toContain('may contain a credential');
    expect(scenario.stickyComments()[0]?.body).not.toContain(
      'abcdefghijklmnopqrstuvwxyz0123456789',
    );
    expect(run.outputs['job-id']).toBe('');
  });
});
