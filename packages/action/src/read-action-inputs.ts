import * as core from '@actions/core';
import { z } from 'zod';

const trainingModes = ['validate', 'train', 'auto'] as const;
export type TrainingMode = (typeof trainingModes)[number];

function booleanInput(name: string) {
  return z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === '') return undefined;
      if (/^(true|yes|on|1)$/i.test(value)) return true;
      if (/^(false|no|off|0)$/i.test(value)) return false;
      context.addIssue({
        code: 'custom',
        message: `${name} must be true or false (got "${value}")`,
      });
      return z.NEVER;
    });
}

function positiveNumberInput(name: string) {
  return z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === '') return undefined;
      const number = Number(value);
      if (!Number.isFinite(number) || number <= 0) {
        context.addIssue({
          code: 'custom',
          message: `${name} must be a positive number (got "${value}")`,
        });
        return z.NEVER;
      }
      return number;
    });
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value));

/** The Action's inputs, as action.yml declares them, checked once. */
export const actionInputsSchema = z.object({
  openaiApiKey: optionalText,
  openaiBaseUrl: optionalText.pipe(z.url({ error: 'openai-base-url must be a URL' }).optional()),
  githubToken: optionalText,
  config: z
    .string()
    .trim()
    .transform((value) => (value === '' ? 'tuneline.json' : value.replace(/^\.\//, ''))),
  datasets: optionalText,
  model: optionalText,
  mode: z
    .string()
    .trim()
    .transform((value) => (value === '' ? 'auto' : value.toLowerCase()))
    .pipe(
      z.enum(trainingModes, {
        error: (issue) => `mode must be validate, train or auto (got "${String(issue.input)}")`,
      }),
    ),
  trainLabel: z
    .string()
    .trim()
    .transform((value) => (value === '' ? 'fine-tune' : value)),
  maxCostUsd: positiveNumberInput('max-cost-usd'),
  wait: booleanInput('wait').transform((value) => value ?? false),
  waitMinutes: positiveNumberInput('wait-minutes').transform((value) => value ?? 60),
  comment: booleanInput('comment').transform((value) => value ?? true),
  failOnWarnings: booleanInput('fail-on-warnings').transform((value) => value ?? false),
});
export type ActionInputs = z.infer<typeof actionInputsSchema>;

const inputNames = {
  openaiApiKey: 'openai-api-key',
  openaiBaseUrl: 'openai-base-url',
  githubToken: 'github-token',
  config: 'config',
  datasets: 'datasets',
  model: 'model',
  mode: 'mode',
  trainLabel: 'train-label',
  maxCostUsd: 'max-cost-usd',
  wait: 'wait',
  waitMinutes: 'wait-minutes',
  comment: 'comment',
  failOnWarnings: 'fail-on-warnings',
} as const satisfies Record<keyof ActionInputs, string>;

/** A mistake in the workflow file: reported as one clear message, without a stack trace. */
export class ActionInputError extends Error {
  override readonly name = 'ActionInputError';
}

/**
 * Reads every input once (the runner passes them as `INPUT_*` variables) and checks them; the API
 * key (the input, else `OPENAI_API_KEY` from the step's environment) is masked in the log before
 * anything else happens.
 */
export function readActionInputs(
  getInput: (name: string) => string = (name) => core.getInput(name),
  env: Readonly<Record<string, string | undefined>> = process.env,
): ActionInputs {
  const apiKey = (getInput(inputNames.openaiApiKey) || env.OPENAI_API_KEY || '').trim();
  if (apiKey !== '') core.setSecret(apiKey);
  const raw: Record<string, string> = Object.fromEntries(
    Object.entries(inputNames).map(([field, name]) => [field, getInput(name)]),
  );
  raw.openaiApiKey = apiKey;
  const result = actionInputsSchema.safeParse(raw);
  if (!result.success) {
    throw new ActionInputError(
      `Invalid input: ${result.error.issues.map((issue) => issue.message).join('; ')}.`,
    );
  }
  return result.data;
}
