import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chatDataset, chatLine, createScenario, datasetPath } from './scenario.js';

describe('the bundled Action reports datasets', () => {
  it('invalid dataset: annotations on the right lines, comment still posted and escaped, step fails, no job', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const lines = Array.from({ length: 12 }, (_, index) => chatLine(index));
    lines[2] = '{"messages": [{"role": "user", "content": "unfinished"';
    lines[4] = JSON.stringify({
      messages: [
        { role: '<img src=x onerror=alert(1)>@admin', content: 'hello' },
        { role: 'assistant', content: 'hi' },
      ],
    });
    const headSha = scenario.commit({ [datasetPath]: Buffer.from(`${lines.join('\n')}\n`) });
    const run = await scenario.run({ pullRequest: { action: 'opened', headSha } });

    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(/validation failed for data\/support\.jsonl \(2 errors\)/);
    expect(run.failure).not.toMatch(/\n\s+at /);
    const errors = run.annotations.filter(
      (annotation) => annotation.properties.file === datasetPath,
    );
    expect(
      errors
        .filter((annotation) => annotation.kind === 'error')
        .map((annotation) => annotation.properties.line),
    ).toEqual(['3', '5']);
    expect(run.stdout).toMatch(/^::error file=data\/support\.jsonl,line=3,col=\d+::/m);
    expect(run.stdout).toMatch(/^::error file=data\/support\.jsonl,line=5::messages\[0\]\.role: /m);
    expect(await scenario.jobs()).toEqual([]);
    expect((await scenario.client.files.list()).data).toEqual([]);
    expect(run.outputs).toMatchObject({ valid: 'false', 'error-count': '2' });

    const [comment] = scenario.stickyComments();
    expect(comment?.body).toContain('2 errors');
    expect(comment?.body).toContain('line 3');
    expect(comment?.body).toContain('Not trained');
    expect(comment?.body).not.toContain('<img');
    expect(comment?.body).not.toMatch(/@admin/);
    expect(comment?.body).toContain('&lt;img');
    expect(run.summary).not.toContain('<img');
  });

  it('shows at most 10 error annotations, then one notice pointing at the job summary', async () => {
    const scenario = await createScenario();
    const lines = Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0 ? `{"broken": ${index}` : chatLine(index),
    );
    const headSha = scenario.commit({ [datasetPath]: Buffer.from(`${lines.join('\n')}\n`) });
    const run = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: { mode: 'validate' },
    });

    expect(run.exitCode).toBe(1);
    const located = run.annotations.filter(
      (annotation) => annotation.properties.file !== undefined,
    );
    const errors = located.filter((annotation) => annotation.kind === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]?.properties.line).toBe('1');
    const notices = run.annotations.filter((annotation) => annotation.kind === 'notice');
    expect(notices).toHaveLength(1);
    const total = Number(run.outputs['error-count']) + Number(run.outputs['warning-count']);
    expect(total).toBeGreaterThanOrEqual(20);
    expect(notices[0]?.message).toBe(`${total - located.length} more issues: see the job summary.`);
    expect(run.summary).toContain('line 39');
  });

  it('fork PR: validated, never trained even with a key; the comment says why, and a read-only token falls back to the summary', async () => {
    const scenario = await createScenario({ baseFiles: { [datasetPath]: chatDataset(12) } });
    const headSha = scenario.commit({ [datasetPath]: chatDataset(14, 'fork') });

    const target = await scenario.run({
      eventName: 'pull_request_target',
      pullRequest: { action: 'opened', headSha, fork: true, authorAssociation: 'OWNER' },
    });
    expect(target.exitCode).toBe(0);
    expect(await scenario.jobs()).toEqual([]);
    expect(target.outputs['job-id']).toBe('');
    const [comment] = scenario.stickyComments();
    expect(comment?.body).toContain('comes from a fork');

    scenario.github.forbidComments = true;
    const readOnly = await scenario.run({
      pullRequest: { action: 'synchronize', headSha, fork: true },
    });
    expect(readOnly.exitCode).toBe(0);
    expect(readOnly.failure).toBeNull();
    expect(readOnly.stdout).toContain('may not comment');
    expect(readOnly.summary).toContain('comes from a fork');
    expect(readOnly.outputs.valid).toBe('true');
    expect(readOnly.outputs['comment-id']).toBe('');
    expect(await scenario.jobs()).toEqual([]);
  });

  it('a 60 MB dataset is read through the raw endpoint and validated, among 150 paginated PR files', async () => {
    const scenario = await createScenario();
    const line = (index: number) =>
      JSON.stringify({
        messages: [
          {
            role: 'user',
            content: `Question ${index}: ${'how does the billing page work? '.repeat(5)}`,
          },
          {
            role: 'assistant',
            content: `Answer ${index}: ${'open billing, then invoices. '.repeat(5)}`,
          },
        ],
      });
    const lineBytes = Buffer.byteLength(line(100_000)) + 1;
    const examples = Math.ceil((60 * 1024 * 1024) / lineBytes);
    const parts: string[] = [];
    for (let index = 0; index < examples; index++) parts.push(line(100_000 + index));
    const big = Buffer.from(`${parts.join('\n')}\n`);
    expect(big.length).toBeGreaterThanOrEqual(60 * 1024 * 1024);
    const headSha = scenario.commit({ [datasetPath]: big });
    scenario.github.pullRequestFiles = [
      ...Array.from({ length: 150 }, (_, index) => ({
        filename: `docs/page-${index}.md`,
        status: 'modified' as const,
      })),
      { filename: datasetPath, status: 'added' as const },
    ];
    const run = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: { mode: 'validate', 'openai-api-key': '' },
    });

    expect(run.failure).toBeNull();
    expect(run.exitCode).toBe(0);
    const [dataset] = JSON.parse(run.outputs.datasets ?? '[]');
    expect(dataset).toMatchObject({ path: datasetPath, examples, errors: 0 });
    const read = scenario.github.callsTo('GET', /\/contents\/data\/support\.jsonl$/);
    expect(read.find((call) => call.query.get('ref') === headSha)?.accept).toContain('raw');
    expect(scenario.github.callsTo('GET', /\/pulls\/2\/files$/).length).toBeGreaterThanOrEqual(2);
  });

  it('a Git LFS pointer is resolved through the LFS batch API, or explained when it cannot be', async () => {
    const scenario = await createScenario();
    const real = chatDataset(12, 'lfs');
    const oid = createHash('sha256').update(real).digest('hex');
    const pointer = Buffer.from(
      `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${real.length}\n`,
    );
    const headSha = scenario.commit({ [datasetPath]: pointer });
    scenario.github.lfsObjects.set(oid, real);
    const resolved = await scenario.run({
      pullRequest: { action: 'opened', headSha },
      inputs: { mode: 'validate' },
    });
    expect(resolved.exitCode).toBe(0);
    expect(JSON.parse(resolved.outputs.datasets ?? '[]')[0]).toMatchObject({
      examples: 12,
      errors: 0,
    });
    const batch = scenario.github.callsTo('POST', /\/info\/lfs\/objects\/batch$/);
    expect(batch).toHaveLength(1);
    expect(batch[0]?.body).toMatchObject({
      operation: 'download',
      objects: [{ oid, size: real.length }],
    });
    expect(batch[0]?.authorization).toBe(
      `Basic ${Buffer.from('x-access-token:ghs_fake_workflow_token').toString('base64')}`,
    );

    scenario.github.lfsObjects.clear();
    const unresolved = await scenario.run({ pullRequest: { action: 'synchronize', headSha } });
    expect(unresolved.exitCode).toBe(1);
    expect(unresolved.failure).toContain('data/support.jsonl');
    const error = unresolved.annotations.find(
      (annotation) => annotation.kind === 'error' && annotation.properties.file === datasetPath,
    );
    expect(error?.message).toMatch(/is a Git LFS pointer .* never validated or uploaded/);
    expect(error?.message).toContain('lfs: true');
    expect(scenario.stickyComments()[0]?.body).toContain('Git LFS pointer');
    expect(await scenario.jobs()).toEqual([]);
  });
});
