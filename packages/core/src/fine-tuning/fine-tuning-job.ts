import { z } from 'zod';

const optionalString = z
  .string()
  .nullish()
  .catch(null)
  .transform((value) => value ?? null);
const optionalNumber = z
  .number()
  .nullish()
  .catch(null)
  .transform((value) => value ?? null);

/** The live API has sent `error: {}` on jobs that did not fail: only a code or message counts. */
const jobErrorSchema = z
  .unknown()
  .optional()
  .transform((value): { code: string | null; message: string; param: string | null } | null => {
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const code = typeof record.code === 'string' && record.code !== '' ? record.code : null;
    const message =
      typeof record.message === 'string' && record.message !== '' ? record.message : null;
    if (code === null && message === null) return null;
    const param = typeof record.param === 'string' ? record.param : null;
    return { code, message: message ?? code ?? '', param };
  });

const metadataSchema = z
  .record(z.string(), z.unknown())
  .nullish()
  .catch(null)
  .transform((value) => {
    const metadata: Record<string, string> = {};
    for (const [key, entry] of Object.entries(value ?? {})) {
      if (typeof entry === 'string') metadata[key] = entry;
    }
    return metadata;
  });

/**
 * The statuses OpenAI documents, plus `paused` (pause/resume exist, the spec lacks the value);
 * the API may send others, which Tuneline treats as still in progress.
 */
export type FineTuningJobStatus =
  | 'validating_files'
  | 'queued'
  | 'running'
  | 'paused'
  | 'succeeded'
  | 'failed'
  | 'cancelled'
  | (string & {});

/**
 * A fine-tuning job as the API returns it, parsed leniently: unknown statuses and extra fields are
 * kept, `error: {}` becomes null, and missing optional fields become null.
 */
export const fineTuningJobSchema = z.looseObject({
  id: z.string(),
  created_at: z.number(),
  model: z.string(),
  status: z.string().transform((status): FineTuningJobStatus => status),
  fine_tuned_model: optionalString,
  finished_at: optionalNumber,
  estimated_finish: optionalNumber,
  trained_tokens: optionalNumber,
  training_file: optionalString,
  validation_file: optionalString,
  result_files: z
    .array(z.string())
    .nullish()
    .catch(null)
    .transform((value) => value ?? []),
  seed: optionalNumber,
  error: jobErrorSchema,
  metadata: metadataSchema,
  hyperparameters: z.record(z.string(), z.unknown()).nullish().catch(null),
  method: z.looseObject({ type: z.string() }).nullish().catch(null),
});
export type FineTuningJob = z.infer<typeof fineTuningJobSchema>;
