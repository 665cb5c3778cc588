import { resolve } from 'node:path';
import { estimateTrainingCost } from '../../cost/estimate-training-cost.js';
import { runDatasetValidation } from '../../dataset/validate-dataset.js';
import { getModel } from '../../models/find-model.js';
import { type DatasetFormat, type ModelInfo, modelCatalog } from '../../models/model-catalog.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { formatUsd } from '../format-validation-report.js';
import { parseCommandLine, parseInteger } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const estimateUsage =
  'tuneline estimate <dataset> [--model <id>]... [--epochs <n>] [--json]';

function trainsOn(model: ModelInfo, format: DatasetFormat | null): boolean {
  if (format === 'chat')
    return model.methods.includes('supervised') && model.supervisedFormat === 'chat';
  if (format === 'prompt-completion') return model.supervisedFormat === 'prompt-completion';
  if (format === 'preference') return model.methods.includes('dpo');
  if (format === 'reinforcement') return model.methods.includes('reinforcement');
  return false;
}

/**
 * `tuneline estimate`: what training on a dataset would cost, for the models given or for every model
 * that can train on its format, counting tokens once per encoding.
 */
export async function estimateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      model: { type: 'string', short: 'm', multiple: true },
      epochs: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    estimateUsage,
  );
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0)
    throw usageError('Name one dataset file.', estimateUsage);
  const epochs = parseInteger(values.epochs, 'epochs', estimateUsage, { min: 1, max: 50 });
  const requested = (values.model ?? []).map((id) => getModel(id));
  const source = resolve(io.cwd, path);

  const first = await runDatasetValidation({
    source,
    name: path,
    model: requested[0] ?? getModel('gpt-4o-mini-2024-07-18'),
  });
  const models =
    requested.length > 0
      ? requested
      : modelCatalog.filter((model) => trainsOn(model, first.report.format));
  const tokensByEncoding = new Map([[first.report.encoding, first.exampleTokens]]);
  const rows = [];
  for (const model of models) {
    let exampleTokens = tokensByEncoding.get(model.encoding);
    if (!exampleTokens) {
      exampleTokens = (await runDatasetValidation({ source, name: path, model })).exampleTokens;
      tokensByEncoding.set(model.encoding, exampleTokens);
    }
    const estimate = estimateTrainingCost({
      exampleTokens,
      limit: model.trainingExampleTokenLimit,
      prices: model.prices,
      ...(epochs === undefined ? {} : { epochs }),
    });
    rows.push({
      model: model.id,
      encoding: model.encoding,
      ...estimate,
      trainingPerHour: model.prices.trainingPerHour ?? null,
    });
  }

  // Unless models were named, the table lists only models that train on this format: the first
  // pass's model not doing so is no error of the dataset.
  const errorCount =
    first.report.errorCount -
    (requested.length > 0
      ? 0
      : first.report.issues.filter((issue) => issue.code === 'format_not_supported_by_model')
          .length);
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, path, examples: first.report.examples, format: first.report.format, estimates: rows }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(
      `${path}: ${plural(first.report.examples, 'example')}, ${first.report.format ?? 'unknown format'}\n\n`,
    );
    io.stdout.write(
      formatTable(
        ['model', 'billing tokens', 'epochs', 'charged tokens', 'estimated cost'],
        rows.map((row) => [
          row.model,
          String(row.billingTokens),
          String(row.epochs),
          String(row.chargedTokens),
          row.estimatedCostUsd === null
            ? `$${row.trainingPerHour}/hour`
            : formatUsd(row.estimatedCostUsd),
        ]),
      ),
    );
    if (errorCount > 0)
      io.stdout.write(
        `\nThe dataset has ${plural(errorCount, 'error')}: run npx tuneline validate ${path}\n`,
      );
  }
  return errorCount > 0 ? exitCodes.failed : exitCodes.ok;
}
