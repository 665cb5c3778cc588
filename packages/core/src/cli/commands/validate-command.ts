import { dirname, relative, resolve } from 'node:path';
import { findDatasetOfFile, findRepositoryConfig } from '../../config/find-repository-config.js';
import { loadRepositoryConfig } from '../../config/load-repository-config.js';
import type { DatasetReport } from '../../dataset/dataset-report.js';
import { validateDatasets } from '../../dataset/validate-datasets.js';
import { chosenEpochs } from '../../fine-tuning/chosen-epochs.js';
import { toValidateJson } from '../../json/to-validate-json.js';
import { getModel } from '../../models/find-model.js';
import { resolveTrainRequest } from '../../train/resolve-train-request.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { describeInvalidConfig } from '../describe-invalid-config.js';
import { expandDatasetPaths } from '../expand-dataset-paths.js';
import { formatValidationReport } from '../format-validation-report.js';
import { parseCommandLine, parseInteger } from '../parse-command-line.js';
import { createProgressReporter } from '../progress-reporter.js';
import { usageError } from '../usage-error.js';

export const validateUsage =
  'tuneline validate [files or globs...] [--model <id>] [--epochs <n>] [--validation <file>] [--json]';
export const defaultModel = 'gpt-4o-mini-2024-07-18';

/** The model tuneline.json names for the dataset this file belongs to, if it names one. */
async function configuredModel(path: string): Promise<string | undefined> {
  const found = await findRepositoryConfig({ directory: dirname(path) });
  if (found === null || !found.ok || found.value === null) return undefined;
  const listed = findDatasetOfFile({
    datasets: found.value.datasets,
    directory: found.directory,
    path,
  });
  return listed?.dataset.model;
}

interface ValidationTarget {
  readonly training: string;
  readonly validation: string | undefined;
  readonly model: string | undefined;
  readonly epochs: number | undefined;
}

/**
 * With no file named, every dataset tuneline.json lists: its validation file, model and epochs,
 * as `train <name>` would use them.
 */
async function configuredTargets(cwd: string): Promise<ValidationTarget[]> {
  const loaded = await loadRepositoryConfig({ directory: cwd });
  if (!loaded.ok) throw describeInvalidConfig(loaded.path, loaded.issues);
  const config = loaded.value;
  const names = Object.keys(config?.datasets ?? {});
  if (config === null || names.length === 0) {
    throw usageError(
      'Name at least one dataset file, or list datasets in tuneline.json.',
      validateUsage,
    );
  }
  return names.map((datasetName) => {
    const request = resolveTrainRequest({ config, directory: cwd, target: { datasetName } });
    return {
      training: request.datasetPath,
      validation:
        request.validationPath === undefined ? undefined : relative(cwd, request.validationPath),
      model: request.parameters.model,
      epochs: chosenEpochs(request.parameters),
    };
  });
}

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
  const epochs = parseInteger(values.epochs, 'epochs', validateUsage, { min: 1, max: 50 });
  if (values.model !== undefined) getModel(values.model);
  let targets: ValidationTarget[];
  if (positionals.length === 0) {
    if (values.validation !== undefined) {
      throw usageError('--validation pairs with a training file: name it too.', validateUsage);
    }
    targets = await configuredTargets(io.cwd);
  } else {
    const paths = await expandDatasetPaths(positionals, io.cwd, validateUsage);
    if (values.validation !== undefined && paths.length > 1) {
      throw usageError(
        '--validation pairs with a single training file; validate the others separately.',
        validateUsage,
      );
    }
    targets = await Promise.all(
      paths.map(async (path) => ({
        training: path,
        validation: values.validation,
        model: await configuredModel(resolve(io.cwd, path)),
        epochs: undefined,
      })),
    );
  }

  const reports: DatasetReport[] = [];
  for (const target of targets) {
    const modelId = values.model ?? target.model ?? defaultModel;
    const chosenEpochs = epochs ?? target.epochs;
    const progress = createProgressReporter(io.stderr, target.training);
    try {
      const result = await validateDatasets({
        model: modelId,
        ...(chosenEpochs === undefined ? {} : { epochs: chosenEpochs }),
        onProgress: progress.update,
        training: { source: resolve(io.cwd, target.training), name: target.training },
        ...(target.validation === undefined
          ? {}
          : {
              validation: { source: resolve(io.cwd, target.validation), name: target.validation },
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
    io.stdout.write(
      reports.map((report) => formatValidationReport(report, getModel(report.model))).join('\n'),
    );
  }
  return reports.some((report) => report.errorCount > 0) ? exitCodes.failed : exitCodes.ok;
}
