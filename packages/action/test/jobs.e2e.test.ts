import { describe, expect, it } from 'vitest';
import { stickyCommentMarker } from '../src/upsert-sticky-comment.js';
import { chatDataset, createScenario, datasetPath } from './scenario.js';

describe('the bundled Action runs fine-tuning jobs', () => {
  it('re-run: the same comment is updated in place, no second job; a user quoting the marker is left alone', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(12, 'rerun') });
    const marker = stickyCommentMarker({ workflow: 'Tuneline', config: 'tuneline.json' });
    scenario.github.comments.push({
      id: 7,
      body: `Quoting the bot: ${marker}`,
      user: { login: 'octocat', type: 'User' },
      html_url: 'https://github.com/Codertocat/Hello-World/pull/2#issuecomment-7',
    });

    const first = await scenario.run({ pullRequest: { action: 'opened', headSha } });
    const second = await scenario.run({ pullRequest: { action: 'reopened', headSha } });
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    const jobs = await scenario.jobs();
    expect(jobs).toHaveLength(1);
    expect(second.outputs['job-id']).toBe(jobs[0]?.id);
    expect(JSON.parse(second.outputs.jobs ?? '[]')[0]).toMatchObject({ createdNow: false });
    const sticky = scenario.stickyComments();
    expect(sticky).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(
      scenario.github.callsTo('PATCH', /\/issues\/comments\/\d+$/).map((call) => call.path),
    ).toEqual([`/repos/Codertocat/Hello-World/issues/comments/${sticky[0]?.id}`]);
    expect(sticky[0]?.body).toContain('Already trained or training');
    expect(scenario.github.comments.find((comment) => comment.id === 7)?.body).toBe(
      `Quoting the bot: ${marker}`,
    );
  });

  it('two runs that both created a comment: the oldest stays with the latest report, the other is deleted', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(12, 'race') });
    const marker = stickyCommentMarker({ workflow: 'Tuneline', config: 'tuneline.json' });
    scenario.github.onCommentCreated = (comment) => {
      scenario.github.onCommentCreated = undefined;
      scenario.github.comments.push({
        id: comment.id - 1,
        body: `A concurrent run's report\n\n${marker}`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        html_url: 'https://github.com/Codertocat/Hello-World/pull/2#issuecomment-999',
      });
    };
    const run = await scenario.run({ pullRequest: { action: 'opened', headSha } });
    expect(run.exitCode).toBe(0);
    const sticky = scenario.stickyComments();
    expect(sticky.map((comment) => comment.id)).toEqual([999]);
    expect(sticky[0]?.body).toContain('Estimated cost');
    expect(run.outputs['comment-id']).toBe('999');
    expect(scenario.github.callsTo('DELETE', /\/issues\/comments\/1000$/)).toHaveLength(1);
  });

  it('new push: the superseded job is cancelled, an unchanged dataset cancels nothing, closing cancels the rest', async () => {
    const scenario = await createScenario({
      baseFiles: { [datasetPath]: chatDataset(12) },
      emulator: { speed: 0.001 },
    });
    const first = scenario.commit({ [datasetPath]: chatDataset(12, 'first') });
    await scenario.run({ pullRequest: { action: 'opened', headSha: first } });
    const [oldJob] = await scenario.jobs();

    const second = scenario.commit({ [datasetPath]: chatDataset(12, 'second') });
    const pushed = await scenario.run({ pullRequest: { action: 'synchronize', headSha: second } });
    expect(pushed.exitCode).toBe(0);
    const newJobId = pushed.outputs['job-id'];
    expect(newJobId).not.toBe(oldJob?.id);
    const statuses = async () =>
      Object.fromEntries((await scenario.jobs()).map((job) => [job.id, job.status]));
    expect((await statuses())[oldJob?.id ?? '']).toBe('cancelled');
    expect(scenario.stickyComments()[0]?.body).toContain(`Cancelled 1 superseded job`);

    const third = scenario.commit({
      [datasetPath]: chatDataset(12, 'second'),
      'README.md': Buffer.from('docs\n'),
    });
    const unchanged = await scenario.run({
      pullRequest: { action: 'synchronize', headSha: third },
    });
    expect(unchanged.outputs['job-id']).toBe(newJobId);
    const afterUnchanged = await statuses();
    expect(Object.keys(afterUnchanged)).toHaveLength(2);
    expect(afterUnchanged[newJobId ?? '']).not.toBe('cancelled');

    const closed = await scenario.run({
      pullRequest: { action: 'closed', headSha: third, merged: false },
    });
    expect(closed.exitCode).toBe(0);
    expect((await statuses())[newJobId ?? '']).toBe('cancelled');
    expect(scenario.stickyComments()).toHaveLength(1);
    expect(scenario.stickyComments()[0]?.body).toContain('closed without merging');
  });

  it('wait: true follows the job and reports the model, costs and the loss curve', async () => {
    const scenario = await createScenario({
      baseFiles: { [datasetPath]: chatDataset(12) },
      emulator: { speed: 500 },
    });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(16, 'wait') });
    const run = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: { wait: 'true', 'wait-minutes': '5' },
    });
    expect(run.failure).toBeNull();
    expect(run.outputs['job-status']).toBe('succeeded');
    expect(run.outputs['fine-tuned-model']).toMatch(/^ft:gpt-4o-mini-2024-07-18:/);
    const body = scenario.stickyComments()[0]?.body ?? '';
    expect(body).toContain('```mermaid\nxychart-beta');
    expect(body).toContain('Loss by step (table)');
    expect(body).toContain('Actual cost');
    expect(body).toContain('Final training loss');
    expect(body).toContain(`Model: \`${run.outputs['fine-tuned-model']}\``);
    expect(scenario.github.callsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
  });

  it('30 % injected OpenAI faults, resets after the upload or the create was handled: still exactly one job', async () => {
    const scenario = await createScenario({
      baseFiles: { [datasetPath]: chatDataset(12) },
      emulator: {
        speed: 0.001,
        faults: {
          seed: 7,
          routes: {
            'POST /files': { resetAfterHandling: 0.3 },
            'POST /fine_tuning/jobs': { resetAfterHandling: 0.3 },
            '*': { reset: 0.15, resetAfterHandling: 0.15 },
          },
        },
      },
    });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(14, 'faults') });
    const runs = [];
    for (const action of ['opened', 'reopened']) {
      runs.push(await scenario.run({ pullRequest: { action, headSha } }));
    }
    expect(runs.map((run) => run.failure)).toEqual([null, null]);
    const jobs = await scenario.jobs();
    expect(jobs).toHaveLength(1);
    expect(runs.map((run) => run.outputs['job-id'])).toEqual([jobs[0]?.id, jobs[0]?.id]);
  });
});
