import type { FineTunedModel } from '@tuneline/core';

/** The models the bot talks to: the project's fine-tuned models and their base models. */
export interface ChatModels {
  /** Fine-tuned models people may chat with, newest first. */
  readonly fineTuned: readonly FineTunedModel[];
  /** Every model allowed, fine-tuned first, then base models (for comparison). */
  readonly allowed: readonly string[];
  isAllowed(model: string): boolean;
  /** The base model to compare a fine-tuned model with, when it is allowed too. */
  baseModelOf(model: string): string | undefined;
}

/** Whether `model` matches one of `patterns` (exact ids; a trailing `*` matches a prefix). */
export function matchesModelPattern(model: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? model.startsWith(pattern.slice(0, -1)) : model === pattern,
  );
}

/**
 * Decides what the bot may talk to: the project's succeeded fine-tuned models and the base models
 * they came from, narrowed to `patterns` (TUNELINE_SLACK_MODELS) when any are given. This keeps
 * it from being a free general chatbot for the whole workspace.
 */
export function decideChatModels(options: {
  fineTuned: readonly FineTunedModel[];
  patterns: readonly string[];
}): ChatModels {
  const narrow = (model: string) =>
    options.patterns.length === 0 || matchesModelPattern(model, options.patterns);
  const fineTuned = options.fineTuned.filter((entry) => narrow(entry.model));
  const baseModels = [...new Set(options.fineTuned.map((entry) => entry.baseModel))].filter(narrow);
  const allowed = [...fineTuned.map((entry) => entry.model), ...baseModels];
  const allowedSet = new Set(allowed);
  return {
    fineTuned,
    allowed,
    isAllowed: (model) => allowedSet.has(model),
    baseModelOf(model) {
      const base = options.fineTuned.find((entry) => entry.model === model)?.baseModel;
      return base !== undefined && allowedSet.has(base) ? base : undefined;
    },
  };
}
