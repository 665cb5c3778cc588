import { z } from 'zod';
import { repositoryConfigSchema } from './repository-config.js';

/**
 * The JSON Schema of tuneline.json, generated from its zod schema; the package ships it as
 * `tuneline.schema.json` so editors complete and check the file.
 */
export function createRepositoryConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(repositoryConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}
