import { listFineTunedModels } from '@tuneline/core';
import type OpenAI from 'openai';
import { type ChatModels, decideChatModels } from './chat-models.js';

/** Looks the allowed models up at most once a minute; a model not seen yet triggers a fresh look. */
export interface ModelDirectory {
  current(): Promise<ChatModels>;
  /** The allowed models, looked up again if `model` is not among them (it may have just finished). */
  lookup(model: string): Promise<ChatModels>;
}

export function createModelDirectory(options: {
  openai: OpenAI;
  patterns: readonly string[];
  now: () => number;
  maxAgeMs?: number;
}): ModelDirectory {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  let cached: { at: number; models: Promise<ChatModels> } | undefined;

  function refresh(): Promise<ChatModels> {
    const models = listFineTunedModels({ client: options.openai }).then((fineTuned) =>
      decideChatModels({ fineTuned, patterns: options.patterns }),
    );
    cached = { at: options.now(), models };
    models.catch(() => {
      if (cached?.models === models) cached = undefined;
    });
    return models;
  }

  function current(): Promise<ChatModels> {
    if (cached !== undefined && options.now() - cached.at < maxAgeMs) return cached.models;
    return refresh();
  }

  return {
    current,
    async lookup(model) {
      const models = await current();
      if (models.isAllowed(model) || (cached !== undefined && options.now() - cached.at < 1_000)) {
        return models;
      }
      return refresh();
    },
  };
}
