import { resolve } from 'node:path';
import type { DatasetReport } from '../../dataset/dataset-report.js';
import { validateDatasets } from '../../dataset/validate-datasets.js';
import { toValidateJson } from '../../json/to-validate-json.js';
import { getModel } from '../../models/find-model.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { expandDatasetPaths } from '../expand-dataset-paths.js';
import { formatValidationReport } from '../format-validation-report.js';
import { parseCommandLine, parseInteger } from '../parse-command-line.js';
import { createProgressReporter } from '../progress-reporter.js';
import { usageError } from '../usage-error.js';

export const validateUsage =
  'tuneline validate <files or globs...> [--model <id>] [--epochs <n>] [--validation <file>] [--json]';
export const defaultModel = 'gpt-4o-mini-2024-07-18';

/** `tuneline validate`: checks datasets and prints the report; exit 1 when any has an error. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      model: { type: 'string', short: 'm' },
      epochs: { type: 'string' },
      validation: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    validateUsage,
  );
  if (positionals.length === 0) throw usageError('Name at least one dataset file.', validateUsage);
  const epochs = parseInteger(values.epochs, 'epochs', validateUsage, { min: 1, max: 50 });
  const modelId = values.model ?? defaultModel;
  const model = getModel(modelId);
  const paths = await expandDatasetPaths(positionals, io.cwd, validateUsage);
  if (values.validation !== undefined && paths.length > 1) {
    throw usageError(
      '--validation pairs with a single training file; validate the others separately.',
      validateUsage,
    );
  }

  const reports: DatasetReport[] = [];
  for (const path of paths) {
    const progress = createProgressReporter(io.stderr, path);
    try {
      const result = await validateDatasets({
        model: modelId,
        ...(epochs === undefined ? {} : { epochs }),
        onProgress: progress.update,
        training: { source: resolve(io.cwd, path), name: path },
        ...(values.validation === undefined
          ? {}
          : {
              validation: { source: resolve(io.cwd, values.validation), name: values.validation },
            }),
      });
      reports.push(result.training);
      if (result.validation) reports.push(result.validation);
    } finally {
      progress.done();
    }
  }

  if (values.json) {
    io.stdout.write(`${JSON.stringify(toValidateJson(reports), null, 2)}\n`);
  } else {
    io.stdout.write(reports.map((report) => formatValidationReport(report, model)).join('\n'));
  }
  return reports.some((report) => report.errorCount > 0) ? exitCodes.failed : exitCodes.ok;
}
