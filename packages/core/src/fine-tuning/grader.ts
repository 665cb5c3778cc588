import { z } from 'zod';

const nameField = z.string().min(1).describe('A name for the grader, shown in results.');
const templateMessageSchema = z.looseObject({
  role: z.enum(['user', 'assistant', 'system', 'developer']),
  content: z.unknown(),
});

const stringCheckGraderSchema = z.strictObject({
  type: z.literal('string_check'),
  name: nameField,
  input: z.string().describe('Template for the text to check, e.g. "{{sample.output_text}}".'),
  reference: z
    .string()
    .describe('Template for the expected text, e.g. "{{item.reference_answer}}".'),
  operation: z.enum(['eq', 'ne', 'like', 'ilike']),
});

const textSimilarityGraderSchema = z.strictObject({
  type: z.literal('text_similarity'),
  name: nameField,
  input: z.string(),
  reference: z.string(),
  evaluation_metric: z.enum([
    'cosine',
    'fuzzy_match',
    'bleu',
    'gleu',
    'meteor',
    'rouge_1',
    'rouge_2',
    'rouge_3',
    'rouge_4',
    'rouge_5',
    'rouge_l',
  ]),
});

const pythonGraderSchema = z.strictObject({
  type: z.literal('python'),
  name: nameField,
  source: z.string().min(1).describe('Python source defining grade(sample, item) -> float.'),
  image_tag: z.string().optional(),
});

const scoreModelGraderSchema = z.strictObject({
  type: z.literal('score_model'),
  name: nameField,
  model: z.string().min(1),
  input: z.array(templateMessageSchema).min(1),
  range: z.tuple([z.number(), z.number()]).optional(),
  sampling_params: z.record(z.string(), z.unknown()).optional(),
});

const labelModelGraderSchema = z.strictObject({
  type: z.literal('label_model'),
  name: nameField,
  model: z.string().min(1),
  input: z.array(templateMessageSchema).min(1),
  labels: z.array(z.string()).min(1),
  passing_labels: z.array(z.string()).min(1),
});

const multiGraderSchema = z.strictObject({
  type: z.literal('multi'),
  name: nameField,
  graders: z.discriminatedUnion('type', [
    stringCheckGraderSchema,
    textSimilarityGraderSchema,
    pythonGraderSchema,
    scoreModelGraderSchema,
    labelModelGraderSchema,
  ]),
  calculate_output: z.string().min(1).describe("Formula combining the graders' scores."),
});

/** A reinforcement fine-tuning grader, as OpenAI's `method.reinforcement.grader` takes it. */
export const graderSchema = z.discriminatedUnion('type', [
  stringCheckGraderSchema,
  textSimilarityGraderSchema,
  pythonGraderSchema,
  scoreModelGraderSchema,
  multiGraderSchema,
]);
export type Grader = z.infer<typeof graderSchema>;
