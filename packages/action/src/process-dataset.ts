import { join } from 'node:path';
import {
  cancelPullRequestJobs,
  type DatasetDiff,
  type DatasetReport,
  diffDatasetVersions,
  formatUsd,
  resolveJobMethod,
  TunelineError,
  trainDataset,
  validateDataset,
  validateDatasets,
} from '@tuneline/core';
import type OpenAI from 'openai';
import type { DatasetOutcome, JobView } from './dataset-outcome.js';
import { decideTraining } from './decide-training.js';
import type { GitHubClient, RepositoryRef } from './github-client.js';
import type { RunTarget } from './pull-request-context.js';
import type { ActionInputs } from './read-action-inputs.js';
import { type FileAtCommit, readFileAtCommit } from './read-file-at-commit.js';
import type { DatasetTarget } from './select-datasets.js';

export interface ProcessContext {
  readonly inputs: ActionInputs;
  readonly octokit: GitHubClient;
  readonly repository: RepositoryRef;
  readonly target: RunTarget;
  /** The commit the base versions are read at (a PR's merge base, a push's parent). */
  readonly baseSha: string | null;
  readonly labelled: boolean;
  readonly client: OpenAI | null;
  readonly directory: string;
  readonly serverUrl: string;
  readonly token: string;
  readonly workspace: string | undefined;
  readonly dashboardUrlFor: (jobId: string) => string | null;
  /** Progress lines for the step's log. */
  readonly log?: (message: string) => void;
}

/** Wall time of each step of checking a dataset, for the log. */
function createPhaseTimer() {
  let last = performance.now();
  const laps: string[] = [];
  return {
    lap(name: string) {
      const now = performance.now();
      laps.push(`${name} in ${((now - last) / 1000).toFixed(2)} s`);
      last = now;
    },
    describe: () => laps.join(', '),
  };
}

function describeFailure(error: unknown): string {
  if (TunelineError.isInstance(error)) {
    return error.hint === undefined ? error.message : `${error.message} ${error.hint}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function readAt(
  context: ProcessContext,
  path: string,
  ref: string,
  name: string,
): Promise<FileAtCommit> {
  return readFileAtCommit({
    octokit: context.octokit,
    repository: context.repository,
    path,
    ref,
    destination: join(context.directory, name),
    serverUrl: context.serverUrl,
    token: context.token,
    workspace: context.workspace,
  });
}

function epochsOf(target: DatasetTarget): number | undefined {
  const epochs = resolveJobMethod(target.parameters).hyperparameters;
  const value = epochs !== undefined && 'n_epochs' in epochs ? epochs.n_epochs : undefined;
  return typeof value === 'number' ? value : undefined;
}

function lowestBudget(...budgets: Array<number | null | undefined>): number | null {
  const given = budgets.filter((budget): budget is number => typeof budget === 'number');
  return given.length === 0 ? null : Math.min(...given);
}

/**
 * Checks one dataset from end to end: reads it (and its base version) at the commits, validates it
 * with core, diffs it against the base, decides whether it trains, cancels the PR's jobs its new
 * data supersedes, and trains it through core when every gate is open.
 */
export async function processDataset(
  context: ProcessContext,
  target: DatasetTarget,
  index: number,
): Promise<DatasetOutcome> {
  const { inputs } = context;
  const maxCostUsd = lowestBudget(inputs.maxCostUsd, target.configMaxCostUsd);
  const model = target.parameters.model;
  const base = {
    name: target.name,
    path: target.path,
    validationPath: target.validationPath,
    model,
    maxCostUsd,
    settingsNote: target.settingsNote,
    diff: null,
    job: null,
    cancelledJobs: [],
    trainError: null,
  };
  const notRead = (message: string): DatasetOutcome => ({
    ...base,
    readError: message,
    readVia: null,
    report: null,
    validationReport: null,
    decision: {
      train: false,
      reasons: ['The dataset could not be read.'],
      howToStart: null,
    },
  });

  const timer = createPhaseTimer();
  const head = await readAt(context, target.path, context.target.headSha, `head-${index}.jsonl`);
  timer.lap('read');
  if (head.kind === 'missing') {
    return notRead(`${target.path} does not exist at ${context.target.headSha.slice(0, 7)}.`);
  }
  if (head.kind === 'unreadable') return notRead(head.message);
  let validationFile: FileAtCommit | null = null;
  if (target.validationPath !== null) {
    validationFile = await readAt(
      context,
      target.validationPath,
      context.target.headSha,
      `validation-${index}.jsonl`,
    );
    if (validationFile.kind === 'missing') {
      return notRead(
        `${target.validationPath} does not exist at ${context.target.headSha.slice(0, 7)}.`,
      );
    }
    if (validationFile.kind === 'unreadable') return notRead(validationFile.message);
  }

  const method = resolveJobMethod(target.parameters).type;
  const epochs = epochsOf(target);
  let training: DatasetReport;
  let validation: DatasetReport | null;
  try {
    const reports = await validateDatasets({
      model,
      method,
      ...(epochs === undefined ? {} : { epochs }),
      training: { source: head.localPath, name: target.path },
      ...(validationFile?.kind === 'file'
        ? { validation: { source: validationFile.localPath, name: target.validationPath ?? '' } }
        : {}),
    });
    training = reports.training;
    validation = reports.validation ?? null;
  } catch (error) {
    if (!TunelineError.isInstance(error)) throw error;
    return notRead(describeFailure(error));
  }

  timer.lap('validated');
  let diff: DatasetDiff | null = null;
  if (context.baseSha !== null) {
    const baseFile = await readAt(context, target.path, context.baseSha, `base-${index}.jsonl`);
    if (baseFile.kind === 'file') {
      const baseReport = await validateDataset({
        source: baseFile.localPath,
        name: target.path,
        model,
        method,
        ...(epochs === undefined ? {} : { epochs }),
      });
      diff = await diffDatasetVersions({
        base: { source: baseFile.localPath, report: baseReport },
        head: { source: head.localPath, report: training },
      });
    } else if (baseFile.kind === 'missing') {
      diff = await diffDatasetVersions({
        base: null,
        head: { source: head.localPath, report: training },
      });
    }
  }

  if (context.baseSha !== null) timer.lap('compared with the base');
  context.log?.(`${target.path}: ${timer.describe()}`);
  const pullRequest = context.target.kind === 'pull_request' ? context.target : null;
  const errorCount = training.errorCount + (validation?.errorCount ?? 0);
  const possibleSecrets = [...training.issues, ...(validation?.issues ?? [])].filter(
    (issue) => issue.code === 'possible_secret',
  ).length;
  const decision = decideTraining({
    mode: inputs.mode,
    trigger:
      context.target.kind === 'push' && !context.target.toDefaultBranch
        ? 'pull_request'
        : context.target.kind,
    errorCount,
    hasApiKey: context.client !== null,
    fromFork: pullRequest?.fromFork ?? false,
    authorAssociation: pullRequest?.authorAssociation ?? null,
    trainLabel: inputs.trainLabel,
    labelled: context.labelled,
    estimatedCostUsd: training.estimatedCostUsd,
    maxCostUsd,
    possibleSecrets,
    inBaseConfig: target.inBaseConfig,
    readable: true,
  });
  const outcome = {
    ...base,
    readError: null,
    readVia: head.via,
    report: training,
    validationReport: validation,
    diff,
    decision,
  };

  const client = context.client;
  const repositoryName = `${context.repository.owner}/${context.repository.repo}`;
  let cancelledJobs: string[] = [];
  if (
    client !== null &&
    pullRequest !== null &&
    !pullRequest.fromFork &&
    inputs.mode !== 'validate'
  ) {
    // A push that changed the data makes the PR's jobs on the old data moot; same data keeps them.
    const cancelled = await cancelPullRequestJobs({
      client,
      repository: repositoryName,
      pullRequest: pullRequest.number,
      datasetPath: target.path,
      keepDatasetSha256: head.sha256,
    });
    cancelledJobs = cancelled.map((job) => job.id);
  }
  if (!decision.train || client === null) return { ...outcome, cancelledJobs };

  try {
    const result = await trainDataset({
      client,
      training: head.localPath,
      validation: validationFile?.kind === 'file' ? validationFile.localPath : undefined,
      datasetPath: target.path,
      datasetName: target.name === target.path ? undefined : target.name,
      parameters: target.parameters,
      maxCostUsd: maxCostUsd ?? undefined,
      origin: {
        source: 'action',
        repository: repositoryName,
        pullRequest: pullRequest?.number,
        commit: context.target.headSha,
      },
      cancelSuperseded: pullRequest !== null,
    });
    if (result.status === 'started' || result.status === 'existing') {
      const job: JobView = {
        id: result.job.id,
        status: result.job.status,
        fineTunedModel: result.job.fine_tuned_model,
        createdNow: result.status === 'started',
        trainingFileId: result.job.training_file,
        dashboardUrl: context.dashboardUrlFor(result.job.id),
      };
      return {
        ...outcome,
        job,
        cancelledJobs: [
          ...cancelledJobs,
          ...result.supersededJobs.map((superseded) => superseded.id),
        ],
      };
    }
    const trainError =
      result.status === 'over_budget'
        ? `The estimate is over the budget by ${formatUsd(result.overByUsd)}.`
        : result.status === 'rate_limited'
          ? `OpenAI refused to start another job now (${result.message})${result.hint === null ? '' : ` ${result.hint}`}`
          : 'The dataset did not validate.';
    return { ...outcome, cancelledJobs, trainError };
  } catch (error) {
    if (!TunelineError.isInstance(error)) throw error;
    return { ...outcome, cancelledJobs, trainError: describeFailure(error) };
  }
}
