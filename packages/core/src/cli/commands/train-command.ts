import { TunelineError } from '../../errors/tuneline-error.js';
import { isTerminalJobStatus } from '../../fine-tuning/job-status.js';
import { trainDataset } from '../../fine-tuning/train-dataset.js';
import { formatUsd } from '../../format/format-usd.js';
import { toTrainJson } from '../../json/to-train-json.js';
import { getModel } from '../../models/find-model.js';
import { resolveTrainRequest, type TrainRequest } from '../../train/resolve-train-request.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { createCliClient } from '../create-cli-client.js';
import { formatValidationReport } from '../format-validation-report.js';
import { followJobToEnd } from '../jobs/follow-job-to-end.js';
import { resolveTrainTarget } from '../jobs/resolve-train-target.js';
import { parseCommandLine, parseInteger, parsePositiveNumber } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const trainUsage =
  'tuneline train <dataset file or tuneline.json name> [--model <id>] [--validation <file>] [--epochs <n>] [--batch-size <n>] [--learning-rate-multiplier <x>] [--suffix <text>] [--seed <n>] [--max-cost <usd>] [--wait] [--json]';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function describeUpload(
  label: string,
  file: { fileId: string; via: string; bytes: number } | null,
) {
  if (file === null) return [];
  const how =
    file.via === 'existing' ? 'already uploaded, reused' : `uploaded, ${file.bytes} bytes`;
  return [`${label} file ${file.fileId} (${how})`];
}

/**
 * `tuneline train`: validates the dataset (refusing on errors), prints the estimate, uploads and
 * starts the job, or finds the same job already started; with --wait, follows it to the end.
 */
export async function trainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      model: { type: 'string', short: 'm' },
      validation: { type: 'string' },
      epochs: { type: 'string' },
      'batch-size': { type: 'string' },
      'learning-rate-multiplier': { type: 'string' },
      suffix: { type: 'string' },
      seed: { type: 'string' },
      'max-cost': { type: 'string' },
      wait: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    trainUsage,
  );
  const [targetName, ...extra] = positionals;
  if (targetName === undefined || extra.length > 0) {
    throw usageError('Name one dataset file, or one dataset of tuneline.json.', trainUsage);
  }
  const hyperparameters: Record<string, number> = {};
  const epochs = parseInteger(values.epochs, 'epochs', trainUsage, { min: 1, max: 50 });
  if (epochs !== undefined) hyperparameters.n_epochs = epochs;
  const batchSize = parseInteger(values['batch-size'], 'batch-size', trainUsage, {
    min: 1,
    max: 256,
  });
  if (batchSize !== undefined) hyperparameters.batch_size = batchSize;
  const multiplier = parsePositiveNumber(
    values['learning-rate-multiplier'],
    'learning-rate-multiplier',
    trainUsage,
  );
  if (multiplier !== undefined) hyperparameters.learning_rate_multiplier = multiplier;
  const seed = parseInteger(values.seed, 'seed', trainUsage, { min: 0, max: 2_147_483_647 });
  const maxCostFlag = parsePositiveNumber(values['max-cost'], 'max-cost', trainUsage);

  const { target: trainTarget, config } = await resolveTrainTarget({
    target: targetName,
    cwd: io.cwd,
  });
  let target: TrainRequest;
  try {
    target = resolveTrainRequest({
      config,
      directory: io.cwd,
      target: trainTarget,
      overrides: {
        model: values.model,
        validation: values.validation,
        suffix: values.suffix,
        seed,
        hyperparameters,
        maxCostUsd: maxCostFlag,
      },
    });
  } catch (error) {
    if (TunelineError.isInstance(error) && error.code === 'invalid_request') {
      throw usageError(error.message, trainUsage);
    }
    throw error;
  }
  const { parameters } = target;
  const client = createCliClient(io);
  const result = await trainDataset({
    client,
    training: target.trainingPath,
    validation: target.validationPath,
    datasetPath: target.datasetPath,
    datasetName: target.datasetName,
    parameters,
    maxCostUsd: target.maxCostUsd,
    origin: { source: 'cli' },
  });

  if (values.json && !values.wait) {
    io.stdout.write(`${JSON.stringify(toTrainJson(result), null, 2)}\n`);
    return result.status === 'started' || result.status === 'existing'
      ? exitCodes.ok
      : exitCodes.failed;
  }
  const out = (line: string) => {
    if (!values.json) io.stdout.write(`${line}\n`);
  };
  const model = getModel(parameters.model);
  const training = result.reports.training;
  if (result.status === 'invalid') {
    io.stdout.write(formatValidationReport(training, model));
    if (result.reports.validation)
      io.stdout.write(formatValidationReport(result.reports.validation, model));
    io.stderr.write('tuneline train: the dataset has errors; nothing was uploaded or started.\n');
    return exitCodes.failed;
  }
  const cost =
    training.estimatedCostUsd === null
      ? 'cost unknown'
      : `estimated ${formatUsd(training.estimatedCostUsd)}`;
  out(
    `${target.datasetPath}: ${plural(training.examples, 'example')}, ${plural(training.warningCount, 'warning')}; ${training.billingTokens} billing tokens × ${training.epochs} epochs = ${training.chargedTokens} charged tokens on ${training.model}, ${cost}`,
  );
  if (result.status === 'over_budget') {
    throw new TunelineError(
      'budget_exceeded',
      `The estimated cost ${formatUsd(result.estimatedCostUsd)} is over the budget of ${formatUsd(result.maxCostUsd)} by ${formatUsd(result.overByUsd)}; no job was started.`,
      {
        hint: 'Raise --max-cost (or maxCostUsd in tuneline.json), or train on fewer tokens or epochs.',
      },
    );
  }
  if (result.status === 'rate_limited') {
    const wait =
      result.retryAfterSeconds === null
        ? 'Wait for your active jobs to finish, or check your organization limits.'
        : `Try again in ${Math.ceil(result.retryAfterSeconds)} s.`;
    throw new TunelineError('rate_limited', result.message, { hint: result.hint ?? wait });
  }
  for (const line of [
    ...describeUpload('Training', result.trainingFile),
    ...describeUpload('Validation', result.validationFile),
  ]) {
    out(line);
  }
  out(
    result.status === 'started'
      ? `Started job ${result.job.id} (${result.job.status}).`
      : result.job.status === 'succeeded'
        ? `Job ${result.job.id} already trained this data with these parameters: ${result.job.fine_tuned_model ?? 'succeeded'}. Nothing was uploaded or created.`
        : `Job ${result.job.id} is already training this data with these parameters (${result.job.status}); nothing was uploaded or created.`,
  );
  for (const superseded of result.supersededJobs) out(`Cancelled superseded job ${superseded.id}.`);
  if (!values.wait) {
    if (!isTerminalJobStatus(result.job.status))
      out(`Follow it with: tuneline watch ${result.job.id}`);
    return exitCodes.ok;
  }
  return followJobToEnd({
    client,
    job: result.job,
    io,
    json: values.json,
    estimatedCostUsd: result.estimatedCostUsd,
  });
}
