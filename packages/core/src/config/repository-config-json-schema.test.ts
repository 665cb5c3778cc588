import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createRepositoryConfigJsonSchema } from './repository-config-json-schema.js';

const shippedSchemaUrl = new URL('../../tuneline.schema.json', import.meta.url);

describe('createRepositoryConfigJsonSchema', () => {
  it('equals the shipped tuneline.schema.json (regenerate it when the config schema changes)', async () => {
    const shipped: unknown = JSON.parse(await readFile(shippedSchemaUrl, 'utf8'));
    expect(shipped).toEqual(createRepositoryConfigJsonSchema());
  });

  it('describes the fields editors complete', () => {
    const schema = createRepositoryConfigJsonSchema() as {
      required: string[];
      properties: {
        datasets: {
          additionalProperties: { properties: Record<string, { description?: string }> };
        };
      };
    };
    expect(schema.required).toEqual(['datasets']);
    const fields = schema.properties.datasets.additionalProperties.properties;
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining([
        'training',
        'validation',
        'model',
        'suffix',
        'seed',
        'hyperparameters',
        'method',
        'wandb',
        'maxCostUsd',
      ]),
    );
    expect(fields.model?.description).toContain('ft:');
  });
});
