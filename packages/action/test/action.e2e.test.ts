import { describe, expect, it } from 'vitest';
import { chatDataset, createScenario, datasetPath } from './scenario.js';

describe('the bundled Action on a pull request', () => {
  it('valid dataset: comments the estimate, the diff against the base and the job, and sets the outputs', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(15, 'v2') });
    const run = await scenario.run({ pullRequest: { action: 'opened', headSha } });

    expect(run.failure).toBeNull();
    expect(run.exitCode).toBe(0);
    const jobs = await scenario.jobs();
    expect(jobs).toHaveLength(1);
    const job = jobs[0];
    expect(job?.metadata).toMatchObject({
      tuneline_repository: 'Codertocat/Hello-World',
      tuneline_pr: '2',
      tuneline_commit: headSha,
      tuneline_dataset_path: datasetPath,
    });
    expect(run.outputs).toMatchObject({
      valid: 'true',
      'error-count': '0',
      'job-id': job?.id,
      'training-file-id': job?.training_file,
    });
    expect(Number(run.outputs['estimated-cost-usd'])).toBeGreaterThan(0);
    expect(Number(run.outputs['total-billing-tokens'])).toBeGreaterThan(0);
    const datasets = JSON.parse(run.outputs.datasets ?? '[]');
    expect(datasets[0]).toMatchObject({ path: datasetPath, examples: 15, train: true });
    expect(datasets[0].diff).toMatchObject({ added: 3, changed: 12, removed: 0 });
    expect(JSON.parse(run.outputs.jobs ?? '[]')).toEqual([
      expect.objectContaining({ jobId: job?.id, createdNow: true }),
    ]);

    const [comment, ...others] = scenario.stickyComments();

    expect(others).toEqual([]);
    expect(run.outputs['comment-id']).toBe(String(comment?.id));
    expect(comment?.body).toContain('Estimated cost');
    expect(comment?.body).toMatch(/\*\*3 added\*\*, \*\*0 removed\*\*, \*\*12 changed\*\*/);
    expect(comment?.body).toContain(`\`${job?.id}\``);
    expect(comment?.body).toContain(`/finetune status ${job?.id}`);
    expect(run.summary).toContain('Estimated cost');
    // Read through the API at the PR's head and at the merge base, in raw form.
    const reads = scenario.github.callsTo('GET', /\/contents\/data\/support\.jsonl$/);
    expect(reads.map((call) => call.query.get('ref')).sort()).toEqual(
      [headSha, scenario.baseSha].sort(),
    );
    expect(reads.every((call) => call.accept.includes('raw'))).toBe(true);
  });
});
