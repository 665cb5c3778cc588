import { z } from 'zod';

/** A file object as the Files API lists it, parsed leniently. */
export const uploadedFileObjectSchema = z.looseObject({
  id: z.string(),
  filename: z.string().catch(''),
  bytes: z.number().catch(-1),
  created_at: z.number().catch(0),
  status: z.string().nullish().catch(null),
  purpose: z.string().catch(''),
});
export type UploadedFileObject = z.infer<typeof uploadedFileObjectSchema>;
