import { createHash } from 'node:crypto';
import type { JobParameters } from './job-parameters.js';
import { resolveJobMethod } from './resolve-job-method.js';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The idempotency key of a training request: a SHA-256 over the training and validation content
 * hashes, the model and every parameter. Key order and the hyperparameters shorthand do not change it.
 * @example computeRequestKey({ trainingSha256, parameters: { model: 'gpt-4o-mini' } })
 */
export function computeRequestKey(options: {
  trainingSha256: string;
  validationSha256?: string | undefined;
  parameters: JobParameters;
}): string {
  const { parameters } = options;
  const canonical = canonicalJson({
    version: 1,
    training: options.trainingSha256,
    validation: options.validationSha256 ?? null,
    model: parameters.model,
    suffix: parameters.suffix ?? null,
    seed: parameters.seed ?? null,
    method: resolveJobMethod(parameters),
    wandb: parameters.wandb ?? null,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
