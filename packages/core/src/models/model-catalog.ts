import type { TokenEncodingName } from '../tokens/token-encoding.js';

export type FineTuningMethodType = 'supervised' | 'dpo' | 'reinforcement';

/** The shape a training line must have: chosen by the model and the method. */
export type DatasetFormat = 'chat' | 'prompt-completion' | 'preference' | 'reinforcement';

export interface Source {
  readonly url: string;
  /** When the figure was read from the source (YYYY-MM-DD). */
  readonly checked: string;
  readonly note?: string;
}

export interface ModelPrices {
  /** USD per 1M training tokens (tokens × epochs); null when training is billed by time. */
  readonly trainingPerMillionTokens: number | null;
  /** USD per hour of training, for methods billed by wall-clock time (RFT). */
  readonly trainingPerHour?: number;
  /** USD per 1M tokens when calling the tuned model. */
  readonly inference: {
    readonly input: number;
    readonly cachedInput?: number;
    readonly output: number;
  };
  readonly source: Source;
}

export interface ModelInfo {
  readonly id: string;
  /** Other names that fine-tune this same model (the undated alias of a snapshot). */
  readonly aliases: readonly string[];
  readonly encoding: TokenEncodingName;
  /** Tokens per training example; longer examples are truncated from the end. */
  readonly trainingExampleTokenLimit: number;
  readonly limitSource: Source;
  readonly methods: readonly FineTuningMethodType[];
  /** Supervised training of the legacy completion models uses prompt/completion lines. */
  readonly supervisedFormat: 'chat' | 'prompt-completion';
  readonly prices: ModelPrices;
}

const launchBlog2023: Source = {
  url: 'https://openai.com/index/gpt-3-5-turbo-fine-tuning-and-api-updates/',
  checked: '2026-11-24',
  note: 'gpt-3.5-turbo training $0.008/1K tokens; babbage-002 $0.0004/1K; davinci-002 $0.006/1K',
};
const fineTuningGuide: Source = {
  url: 'https://platform.openai.com/docs/guides/fine-tuning',
  checked: '2026-11-24',
};
const pricingPage: Source = { url: 'https://openai.com/api/pricing/', checked: '2026-11-24' };
const azureModelLimits: Source = {
  url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/fine-tuning',
  checked: '2026-11-24',
  note: 'secondary source: OpenAI publishes no per-example limit for the gpt-4.1 family',
};

const gpt35Prices: ModelPrices = {
  trainingPerMillionTokens: 8,
  inference: { input: 3, output: 6 },
  source: launchBlog2023,
};

/**
 * Every model OpenAI fine-tunes, with the figures Tuneline's checks and estimates use.
 * OpenAI changes these: each figure names where it was read and when.
 */
export const modelCatalog: readonly ModelInfo[] = [
  {
    id: 'gpt-3.5-turbo',
    aliases: [],
    encoding: 'cl100k_base',
    // The founding walkthrough and the cookbook's notebook both count against 4,096 for the alias.
    trainingExampleTokenLimit: 4096,
    limitSource: { ...fineTuningGuide, note: 'the cookbook data-prep notebook (2023) uses 4,096' },
    methods: ['supervised'],
    supervisedFormat: 'chat',
    prices: gpt35Prices,
  },
  {
    id: 'gpt-3.5-turbo-0613',
    aliases: [],
    encoding: 'cl100k_base',
    trainingExampleTokenLimit: 4096,
    limitSource: fineTuningGuide,
    methods: ['supervised'],
    supervisedFormat: 'chat',
    prices: gpt35Prices,
  },
  {
    id: 'gpt-3.5-turbo-1106',
    aliases: [],
    encoding: 'cl100k_base',
    trainingExampleTokenLimit: 16385,
    limitSource: fineTuningGuide,
    methods: ['supervised'],
    supervisedFormat: 'chat',
    prices: gpt35Prices,
  },
  {
    id: 'gpt-3.5-turbo-0125',
    aliases: [],
    encoding: 'cl100k_base',
    trainingExampleTokenLimit: 16385,
    limitSource: fineTuningGuide,
    methods: ['supervised'],
    supervisedFormat: 'chat',
    prices: gpt35Prices,
  },
  {
    id: 'babbage-002',
    aliases: [],
    encoding: 'cl100k_base',
    trainingExampleTokenLimit: 16384,
    limitSource: fineTuningGuide,
    methods: ['supervised'],
    supervisedFormat: 'prompt-completion',
    prices: {
      trainingPerMillionTokens: 0.4,
      inference: { input: 1.6, output: 1.6 },
      source: launchBlog2023,
    },
  },
  {
    id: 'davinci-002',
    aliases: [],
    encoding: 'cl100k_base',
    trainingExampleTokenLimit: 16384,
    limitSource: fineTuningGuide,
    methods: ['supervised'],
    supervisedFormat: 'prompt-completion',
    prices: {
      trainingPerMillionTokens: 6,
      inference: { input: 12, output: 12 },
      source: launchBlog2023,
    },
  },
  {
    id: 'gpt-4o-2024-08-06',
    aliases: ['gpt-4o'],
    encoding: 'o200k_base',
    trainingExampleTokenLimit: 65536,
    limitSource: fineTuningGuide,
    methods: ['supervised', 'dpo'],
    supervisedFormat: 'chat',
    prices: {
      trainingPerMillionTokens: 25,
      inference: { input: 3.75, cachedInput: 1.875, output: 15 },
      source: { url: 'https://openai.com/index/gpt-4o-fine-tuning/', checked: '2026-11-24' },
    },
  },
  {
    id: 'gpt-4o-mini-2024-07-18',
    aliases: ['gpt-4o-mini'],
    encoding: 'o200k_base',
    trainingExampleTokenLimit: 65536,
    limitSource: fineTuningGuide,
    methods: ['supervised', 'dpo'],
    supervisedFormat: 'chat',
    prices: {
      trainingPerMillionTokens: 3,
      inference: { input: 0.3, cachedInput: 0.15, output: 1.2 },
      source: pricingPage,
    },
  },
  {
    id: 'gpt-4.1-2025-04-14',
    aliases: ['gpt-4.1'],
    encoding: 'o200k_base',
    trainingExampleTokenLimit: 65536,
    limitSource: azureModelLimits,
    methods: ['supervised', 'dpo'],
    supervisedFormat: 'chat',
    prices: {
      trainingPerMillionTokens: 25,
      inference: { input: 3, cachedInput: 0.75, output: 12 },
      source: pricingPage,
    },
  },
  {
    id: 'gpt-4.1-mini-2025-04-14',
    aliases: ['gpt-4.1-mini'],
    encoding: 'o200k_base',
    trainingExampleTokenLimit: 65536,
    limitSource: azureModelLimits,
    methods: ['supervised', 'dpo'],
    supervisedFormat: 'chat',
    prices: {
      trainingPerMillionTokens: 5,
      inference: { input: 0.8, cachedInput: 0.2, output: 3.2 },
      source: pricingPage,
    },
  },
  {
    id: 'gpt-4.1-nano-2025-04-14',
    aliases: ['gpt-4.1-nano'],
    encoding: 'o200k_base',
    trainingExampleTokenLimit: 32768,
    limitSource: azureModelLimits,
    methods: ['supervised', 'dpo'],
    supervisedFormat: 'chat',
    prices: {
      trainingPerMillionTokens: 1.5,
      inference: { input: 0.2, cachedInput: 0.05, output: 0.8 },
      source: pricingPage,
    },
  },
  {
    id: 'o4-mini-2025-04-16',
    aliases: ['o4-mini'],
    encoding: 'o200k_base',
    trainingExampleTokenLimit: 65536,
    limitSource: azureModelLimits,
    methods: ['reinforcement'],
    supervisedFormat: 'chat',
    prices: {
      trainingPerMillionTokens: null,
      trainingPerHour: 100,
      inference: { input: 4, cachedInput: 1, output: 16 },
      source: { url: 'https://help.openai.com/en/articles/11323177', checked: '2026-11-24' },
    },
  },
];
