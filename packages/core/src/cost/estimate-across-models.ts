import type { DatasetReport } from '../dataset/dataset-report.js';
import type { ByteSource } from '../dataset/read-jsonl-lines.js';
import { runDatasetValidation } from '../dataset/validate-dataset.js';
import { getModel } from '../models/find-model.js';
import type { ModelInfo } from '../models/model-catalog.js';
import { modelsForFormat } from '../models/models-for-format.js';
import type { TokenEncodingName } from '../tokens/token-encoding.js';
import { estimateTrainingCost, type TrainingCostEstimate } from './estimate-training-cost.js';

/** What training one dataset would cost on one model. */
export interface ModelCostEstimate extends TrainingCostEstimate {
  readonly model: string;
  readonly encoding: TokenEncodingName;
  /** USD per hour for models billed by time; null for models billed by tokens. */
  readonly trainingPerHour: number | null;
}

/** A dataset priced for several models. */
export interface AcrossModelsEstimate {
  /** The dataset's validation report, for the first model priced (or the default model). */
  readonly report: DatasetReport;
  readonly estimates: readonly ModelCostEstimate[];
}

/** The model a dataset is read with when no model is named: it decides only the token encoding. */
const defaultModelId = 'gpt-4o-mini-2024-07-18';

/**
 * Prices a dataset for the models given, or for every model that can train on its format,
 * counting its tokens once per encoding (the data is read once per encoding).
 * @example const { estimates } = await estimateAcrossModels({ source: 'data/train.jsonl' });
 */
export async function estimateAcrossModels(options: {
  /** A file path, or a function giving the bytes afresh (e.g. a file read from a commit). */
  source: string | (() => ByteSource);
  /** The name diagnostics use; defaults to the path. */
  name?: string;
  /** Model ids or catalog entries; by default every model that trains on the dataset's format. */
  models?: readonly (string | ModelInfo)[];
  /** Overrides OpenAI's default epochs. */
  epochs?: number | undefined;
}): Promise<AcrossModelsEstimate> {
  const requested = (options.models ?? []).map((model) =>
    typeof model === 'string' ? getModel(model) : model,
  );
  const read = () => (typeof options.source === 'string' ? options.source : options.source());
  const name =
    options.name ?? (typeof options.source === 'string' ? options.source : 'dataset.jsonl');
  const first = await runDatasetValidation({
    source: read(),
    name,
    model: requested[0] ?? getModel(defaultModelId),
  });
  const models = requested.length > 0 ? requested : modelsForFormat(first.report.format);
  const tokensByEncoding = new Map([[first.report.encoding, first.exampleTokens]]);
  const estimates: ModelCostEstimate[] = [];
  for (const model of models) {
    let exampleTokens = tokensByEncoding.get(model.encoding);
    if (!exampleTokens) {
      exampleTokens = (await runDatasetValidation({ source: read(), name, model })).exampleTokens;
      tokensByEncoding.set(model.encoding, exampleTokens);
    }
    estimates.push({
      model: model.id,
      encoding: model.encoding,
      ...estimateTrainingCost({
        exampleTokens,
        limit: model.trainingExampleTokenLimit,
        prices: model.prices,
        ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
      }),
      trainingPerHour: model.prices.trainingPerHour ?? null,
    });
  }
  return { report: first.report, estimates };
}
