import { z } from 'zod';

/** A job event as the API returns it, parsed leniently (extra fields kept, unknown levels and types accepted). */
export const fineTuningEventSchema = z.looseObject({
  id: z.string(),
  created_at: z.number(),
  level: z.string().catch('info'),
  message: z.string().catch(''),
  type: z.string().nullish().catch(null),
  data: z.unknown().optional(),
});
export type FineTuningEvent = z.infer<typeof fineTuningEventSchema>;
