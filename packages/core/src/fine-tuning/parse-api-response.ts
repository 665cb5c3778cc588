import type { z } from 'zod';
import { TunelineError } from '../errors/tuneline-error.js';

/** Parses an API response with a lenient schema; a response missing core fields is an API error. */
export function parseApiResponse<Schema extends z.ZodType>(options: {
  schema: Schema;
  value: unknown;
  what: string;
}): z.output<Schema> {
  const result = options.schema.safeParse(options.value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
  throw new TunelineError('openai_api', `OpenAI returned a ${options.what} Tuneline cannot read.`, {
    cause: result.error,
    hint: `Fields missing or of the wrong type: ${fields}. Check OPENAI_BASE_URL points at an OpenAI-compatible API.`,
  });
}
