import { ApiError } from '../http/api-error.js';
import { ParamReader } from '../params/param-reader.js';
import type { HyperparameterValue, JobMethod, MethodType } from './job-record.js';

/** A `POST /fine_tuning/jobs` body whose every field has passed the spec's checks. */
export interface CreateJobRequest {
  readonly model: string;
  readonly trainingFile: string;
  readonly validationFile: string | null;
  readonly suffix: string | null;
  readonly seed: number | undefined;
  readonly metadata: Record<string, string> | null;
  readonly integrations: unknown[] | null;
  readonly method: JobMethod;
}

const methodTypes = ['supervised', 'dpo', 'reinforcement'] as const;

/** Required fields of each grader type (spec: GraderStringCheck, GraderTextSimilarity, …). */
const graderFields: Record<string, readonly string[]> = {
  string_check: ['name', 'input', 'reference', 'operation'],
  text_similarity: ['name', 'input', 'reference', 'evaluation_metric'],
  python: ['name', 'source'],
  score_model: ['name', 'model', 'input'],
  multi: ['name', 'graders', 'calculate_output'],
};

/** Hyperparameters and their ranges (spec: FineTune{Supervised,DPO,Reinforcement}Hyperparameters). */
function readHyperparameters(
  reader: ParamReader | undefined,
  type: MethodType,
): Record<string, HyperparameterValue> {
  const known = ['batch_size', 'learning_rate_multiplier', 'n_epochs'];
  if (type === 'dpo') known.push('beta');
  if (type === 'reinforcement') {
    known.push('reasoning_effort', 'compute_multiplier', 'eval_interval', 'eval_samples');
  }
  const values: Record<string, HyperparameterValue> = {};
  for (const name of known) values[name] = name === 'reasoning_effort' ? 'default' : 'auto';
  if (!reader) return values;
  reader.rejectUnknown(known);
  const read: Record<string, HyperparameterValue | undefined> = {
    batch_size: reader.autoOrInteger('batch_size', { min: 1, max: 256 }),
    learning_rate_multiplier: reader.autoOrNumber('learning_rate_multiplier', {
      min: 0,
      exclusiveMin: true,
    }),
    n_epochs: reader.autoOrInteger('n_epochs', { min: 1, max: 50 }),
  };
  if (type === 'dpo') {
    read.beta = reader.autoOrNumber('beta', { min: 0, exclusiveMin: true, max: 2 });
  }
  if (type === 'reinforcement') {
    read.reasoning_effort = reader.enumValue('reasoning_effort', [
      'default',
      'low',
      'medium',
      'high',
    ]);
    read.compute_multiplier = reader.autoOrNumber('compute_multiplier', {
      min: 0.00001,
      exclusiveMin: true,
      max: 10,
    });
    read.eval_interval = reader.autoOrInteger('eval_interval', { min: 1 });
    read.eval_samples = reader.autoOrInteger('eval_samples', { min: 1 });
  }
  for (const [name, value] of Object.entries(read)) {
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function readGrader(reader: ParamReader): unknown {
  const grader = reader.object('grader');
  if (!grader) throw reader.missing('grader');
  const type = grader.enumValue('type', Object.keys(graderFields));
  if (type === undefined) throw grader.missing('type');
  for (const field of graderFields[type] ?? []) {
    if (!grader.has(field)) throw grader.missing(field);
  }
  return reader.raw('grader');
}

function readMethod(params: ParamReader): JobMethod {
  const method = params.object('method');
  const legacy = params.object('hyperparameters');
  if (!method) {
    const hyperparameters = readHyperparameters(legacy, 'supervised');
    return { type: 'supervised', supervised: { hyperparameters } };
  }
  const type = method.enumValue('type', methodTypes);
  if (type === undefined) throw method.missing('type');
  method.rejectUnknown(['type', type]);
  if (legacy && type !== 'supervised') {
    throw params.invalidValue(
      'hyperparameters',
      `The deprecated 'hyperparameters' apply to supervised jobs only; pass them in method.${type}.hyperparameters.`,
    );
  }
  const settings = method.object(type);
  settings?.rejectUnknown(
    type === 'reinforcement' ? ['grader', 'hyperparameters'] : ['hyperparameters'],
  );
  const own = settings?.object('hyperparameters');
  if (legacy && own) {
    throw params.invalidValue(
      'hyperparameters',
      "Give hyperparameters either in 'method.supervised.hyperparameters' or in the deprecated 'hyperparameters', not both.",
    );
  }
  const hyperparameters = readHyperparameters(own ?? legacy, type);
  if (type === 'reinforcement') {
    if (!settings) throw method.missing('reinforcement');
    return { type, reinforcement: { grader: readGrader(settings), hyperparameters } };
  }
  return type === 'dpo'
    ? { type, dpo: { hyperparameters } }
    : { type, supervised: { hyperparameters } };
}

function readMetadata(params: ParamReader): Record<string, string> | null {
  const raw = params.raw('metadata');
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw params.invalidType('metadata', 'an object');
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > 16) {
    throw params.invalidValue(
      'metadata',
      `Invalid 'metadata': too many properties. Expected an object with at most 16 properties, but got an object with ${entries.length} properties instead.`,
      'object_above_max_properties',
    );
  }
  const metadata: Record<string, string> = {};
  for (const [key, value] of entries) {
    const keyLength = [...key].length;
    if (keyLength > 64) {
      throw ApiError.badRequest(
        `Invalid 'metadata': key too long. Expected a key with maximum length 64, but got a key with length ${keyLength} instead.`,
        { param: 'metadata', code: 'string_above_max_length' },
      );
    }
    new ParamReader({ [key]: value }, 'metadata.').requiredString(key, { maxLength: 512 });
    metadata[key] = value as string;
  }
  return metadata;
}

function readIntegrations(params: ParamReader): unknown[] | null {
  const integrations = params.array('integrations', { maxItems: 5 });
  if (integrations === undefined) return null;
  integrations.forEach((_, index) => {
    const integration = params.element('integrations', index);
    integration.rejectUnknown(['type', 'wandb']);
    if (integration.enumValue('type', ['wandb']) === undefined) throw integration.missing('type');
    const wandb = integration.object('wandb');
    if (!wandb) throw integration.missing('wandb');
    wandb.rejectUnknown(['project', 'name', 'entity', 'tags']);
    wandb.requiredString('project', { minLength: 1 });
    wandb.string('name');
    wandb.string('entity');
    const tags = wandb.array('tags', { maxItems: 50 });
    tags?.forEach((tag, tagIndex) => {
      const tagPath = `${wandb.path('tags')}[${tagIndex}]`;
      if (typeof tag !== 'string' || tag.length > 64) {
        throw ApiError.badRequest(
          `Invalid '${tagPath}': expected a string of at most 64 characters.`,
          {
            param: tagPath,
            code: 'invalid_value',
          },
        );
      }
    });
  });
  return integrations;
}

/**
 * Checks a job-creation body against `CreateFineTuningJobRequest` — required fields, types,
 * the ranges of every hyperparameter of every method, metadata limits (16 pairs, keys ≤ 64,
 * values ≤ 512 characters), integrations — answering the first problem as OpenAI's 400.
 */
export function parseCreateJobRequest(body: Record<string, unknown>): CreateJobRequest {
  const params = new ParamReader(body);
  params.rejectUnknown([
    'model',
    'training_file',
    'validation_file',
    'hyperparameters',
    'method',
    'suffix',
    'seed',
    'metadata',
    'integrations',
  ]);
  const model = params.requiredString('model', { minLength: 1 });
  const trainingFile = params.requiredString('training_file', { minLength: 1 });
  const validationFile = params.string('validation_file') ?? null;
  const suffix = params.string('suffix', { minLength: 1, maxLength: 64 }) ?? null;
  const seed = params.integer('seed', { min: 0, max: 2_147_483_647 });
  const metadata = readMetadata(params);
  const integrations = readIntegrations(params);
  const method = readMethod(params);
  return { model, trainingFile, validationFile, suffix, seed, metadata, integrations, method };
}
