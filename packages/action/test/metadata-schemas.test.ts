import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function validatorFor(schemaFile: string) {
  const schema = JSON.parse(await readFile(join(root, 'fixtures', 'github', schemaFile), 'utf8'));
  // SchemaStore's schemas use draft-07 and formats Ajv does not know; their structure is what counts.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(schema);
}

describe('GitHub metadata', () => {
  it("action.yml follows SchemaStore's action schema and declares the inputs and outputs of the interface", async () => {
    const validate = await validatorFor('github-action.schema.json');
    const action = parse(await readFile(join(root, 'packages', 'action', 'action.yml'), 'utf8'));
    expect(validate(action), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual([
      'openai-api-key',
      'openai-base-url',
      'github-token',
      'config',
      'datasets',
      'model',
      'mode',
      'train-label',
      'max-cost-usd',
      'wait',
      'wait-minutes',
      'comment',
      'fail-on-warnings',
    ]);
    expect(Object.keys(action.outputs)).toEqual([
      'valid',
      'error-count',
      'warning-count',
      'datasets',
      'total-billing-tokens',
      'estimated-cost-usd',
      'training-file-id',
      'job-id',
      'job-status',
      'fine-tuned-model',
      'jobs',
      'comment-id',
    ]);
  });

  it("every workflow follows SchemaStore's workflow schema", async () => {
    const validate = await validatorFor('github-workflow.schema.json');
    const directory = join(root, '.github', 'workflows');
    const files = (await readdir(directory)).filter((file) => /\.ya?ml$/.test(file));
    expect(files).toContain('tuneline.yml');
    for (const file of files) {
      const workflow = parse(await readFile(join(directory, file), 'utf8'));
      expect(validate(workflow), `${file}: ${JSON.stringify(validate.errors, null, 2)}`).toBe(true);
    }
  });

  it('the Tuneline workflow uses the local Action on the example datasets with least privilege', async () => {
    const workflow = parse(
      await readFile(join(root, '.github', 'workflows', 'tuneline.yml'), 'utf8'),
    );
    expect(workflow.on.pull_request.types).toEqual(
      expect.arrayContaining(['opened', 'synchronize', 'reopened', 'labeled', 'closed']),
    );
    expect(workflow.on.pull_request.paths).toEqual(
      expect.arrayContaining(['examples/datasets/**', 'tuneline.json']),
    );
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(workflow.jobs) as Array<{
      permissions?: unknown;
      steps: Array<{ uses?: string }>;
    }>;
    expect(job?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(workflow.concurrency.group).toContain('github.event.pull_request.number');
    const step = job?.steps.find(
      (candidate: { uses?: string }) => candidate.uses === './packages/action',
    );
    expect(step).toBeDefined();
  });
});
