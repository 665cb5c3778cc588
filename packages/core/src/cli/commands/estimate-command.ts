import { resolve } from 'node:path';
import { estimateAcrossModels } from '../../cost/estimate-across-models.js';
import { formatUsd } from '../../format/format-usd.js';
import { jsonVersion } from '../../json/json-version.js';
import { getModel } from '../../models/find-model.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { parseCommandLine, parseInteger } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const estimateUsage =
  'tuneline estimate <dataset> [--model <id>]... [--epochs <n>] [--json]';

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
  const { report, estimates: rows } = await estimateAcrossModels({
    source: resolve(io.cwd, path),
    name: path,
    ...(requested.length > 0 ? { models: requested } : {}),
    epochs,
  });

  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: jsonVersion, path, examples: report.examples, format: report.format, estimates: rows }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(
      `${path}: ${report.examples} examples, ${report.format ?? 'unknown format'}\n\n`,
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
    if (report.errorCount > 0)
      io.stdout.write(
        `\nThe dataset has ${report.errorCount} errors: run tuneline validate ${path}\n`,
      );
  }
  return report.errorCount > 0 ? exitCodes.failed : exitCodes.ok;
}
