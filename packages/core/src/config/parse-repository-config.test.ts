import { describe, expect, it } from 'vitest';
import { parseRepositoryConfig } from './parse-repository-config.js';

const valid = {
  $schema: './node_modules/@tuneline/core/tuneline.schema.json',
  maxCostUsd: 10,
  datasets: {
    support: {
      training: 'data/support/train.jsonl',
      validation: 'data/support/valid.jsonl',
      model: 'gpt-4o-mini-2024-07-18',
      suffix: 'support',
      seed: 42,
      hyperparameters: { n_epochs: 3, batch_size: 'auto', learning_rate_multiplier: 1.8 },
      maxCostUsd: 2,
      wandb: { project: 'tuning', tags: ['ci'] },
    },
    'tone.dpo': {
      training: 'data/tone.jsonl',
      model: 'gpt-4o-2024-08-06',
      method: { type: 'dpo', hyperparameters: { beta: 0.1 } },
    },
    grader: {
      training: 'data/rft.jsonl',
      model: 'o4-mini',
      method: {
        type: 'reinforcement',
        grader: {
          type: 'string_check',
          name: 'exact',
          input: '{{sample.output_text}}',
          reference: '{{item.answer}}',
          operation: 'eq',
        },
      },
    },
  },
};

function parse(text: string) {
  return parseRepositoryConfig({ text, file: 'tuneline.json' });
}

describe('parseRepositoryConfig', () => {
  it('accepts datasets with hyperparameters, DPO and reinforcement methods', () => {
    const result = parse(JSON.stringify(valid, null, 2));
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.datasets['tone.dpo']?.method?.type).toBe('dpo');
  });

  it('names the file, the line, the field path and the fix for a value out of range', () => {
    const text = JSON.stringify(
      {
        datasets: {
          support: {
            training: 'train.jsonl',
            model: 'gpt-4o-mini',
            hyperparameters: { n_epochs: 0 },
          },
        },
      },
      null,
      2,
    );
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({
      code: 'invalid_value',
      file: 'tuneline.json',
      path: 'datasets.support.hyperparameters.n_epochs',
      line: 7,
      column: 21,
    });
    expect(issue?.message).toBe(
      'tuneline.json:7:21: datasets.support.hyperparameters.n_epochs must be at least 1 (got 0).',
    );
    expect(issue?.hint).toBe(
      'Set datasets.support.hyperparameters.n_epochs to a value that is at least 1.',
    );
  });

  it('reports every problem at once: unknown fields with a suggestion, missing fields, bad enums', () => {
    const text = JSON.stringify({
      datasets: {
        support: { training: 'train.jsonl', sufix: 'x', method: { type: 'sft' } },
        'bad name!': { training: 'b.jsonl', model: 'm' },
      },
    });
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path, issue]));
    expect(byPath['datasets.support.sufix']).toMatchObject({ code: 'unknown_field', line: 1 });
    expect(byPath['datasets.support.sufix']?.hint).toContain('rename it to "suffix"');
    expect(byPath['datasets.support.model']).toMatchObject({ code: 'missing_field' });
    expect(byPath['datasets.support.model']?.hint).toBe(
      'Add "model" (a string) to datasets.support.',
    );
    expect(byPath['datasets.support.method.type']?.message).toContain(
      'must be one of "supervised", "dpo", "reinforcement" (got "sft")',
    );
    expect(byPath['datasets["bad name!"]']?.message).toContain(
      'dataset name "bad name!" is not a valid name',
    );
    expect(byPath['datasets["bad name!"]']?.hint).toContain('"bad-name"');
    expect(byPath['datasets["bad name!"]']?.hint).toContain('1–64 letters');
    expect(result.issues).toHaveLength(4);
  });

  it('suggests only the fields allowed where the typo is', () => {
    const text = JSON.stringify({
      datasets: { a: { training: 'a.jsonl', model: 'm', hyperparameters: { n_epoch: 2 } } },
    });
    const result = parse(text);
    expect(!result.ok && result.issues[0]?.hint).toBe(
      'Remove "n_epoch", or rename it to "n_epochs". Fields allowed here: n_epochs, batch_size, learning_rate_multiplier.',
    );
  });

  it('refuses paths outside the repository and files that are not JSON Lines', () => {
    const text = JSON.stringify({
      datasets: { a: { training: '../secrets.jsonl', validation: 'v.csv', model: 'm' } },
    });
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'datasets.a.training',
      'datasets.a.validation',
    ]);
    expect(result.issues[1]?.message).toContain('must be the path of a .jsonl file');
    expect(result.issues[1]?.hint).toContain('to a value that is the path of a .jsonl file');
  });

  it('refuses hyperparameters beside a method, with the fix', () => {
    const text = JSON.stringify({
      datasets: {
        a: {
          training: 'a.jsonl',
          model: 'm',
          hyperparameters: { n_epochs: 2 },
          method: { type: 'supervised' },
        },
      },
    });
    const result = parse(text);
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: 'datasets.a.hyperparameters',
      hint: 'Move the hyperparameters into method.hyperparameters.',
    });
  });

  it('locates JSON syntax errors', () => {
    const result = parse('{\n  "datasets": {},\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'invalid_json', line: 3, column: 1 });
    expect(result.issues[0]?.message).toMatch(/^tuneline\.json:3:1: is not valid JSON/);
    expect(parse('').ok).toBe(false);
  });
});
