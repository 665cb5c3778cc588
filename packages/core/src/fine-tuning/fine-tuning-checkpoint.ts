import { z } from 'zod';

/** A job checkpoint as the API returns it, parsed leniently. */
export const fineTuningCheckpointSchema = z.looseObject({
  id: z.string(),
  created_at: z.number().catch(0),
  fine_tuned_model_checkpoint: z.string().nullish().catch(null),
  step_number: z.number(),
  metrics: z.record(z.string(), z.unknown()).nullish().catch(null),
});
export type FineTuningCheckpoint = z.infer<typeof fineTuningCheckpointSchema>;
