import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import {
  cancelPullRequestJobs,
  createOpenAIClient,
  type RepositoryConfig,
  TunelineError,
} from '@tuneline/core';
import type OpenAI from 'openai';
import { selectAnnotations } from './annotate-issues.js';
import type { DatasetOutcome, RunReport } from './dataset-outcome.js';
import { followJobs } from './follow-jobs.js';
import { type GitHubClient, type RepositoryRef, statusOf } from './github-client.js';
import {
  type ChangedFiles,
  findMergeBase,
  listComparedFiles,
  listPullRequestFiles,
  pullRequestFilesCap,
} from './list-changed-datasets.js';
import { processDataset } from './process-dataset.js';
import { type RunTarget, readRunTarget } from './pull-request-context.js';
import { ActionInputError, type ActionInputs, readActionInputs } from './read-action-inputs.js';
import { renderReportWithin } from './render-pr-comment.js';
import {
  type DatasetTarget,
  datasetsFromConfig,
  datasetsFromGlob,
  loadConfigAt,
  selectChanged,
} from './select-datasets.js';
import {
  maxCommentCharacters,
  stickyCommentMarker,
  updateOwnComment,
  upsertStickyComment,
} from './upsert-sticky-comment.js';
import { countIssues, writeOutputs } from './write-outputs.js';

/** GitHub rejects a step summary over 1 MiB; leave room for the upload's own framing. */
const maxSummaryBytes = 1024 * 1024 - 4096;
const title = 'Tuneline: fine-tuning datasets';
const defaultModel = 'gpt-4o-mini-2024-07-18';

let warningsShown = 0;

/** A warning annotation of the Action's own; it takes one of the step's 10 warning slots. */
function warn(message: string): void {
  warningsShown++;
  core.warning(message);
}

/** A message for the step's failure: what went wrong and how to fix it, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ActionInputError) return error.message;
  if (TunelineError.isInstance(error)) {
    const text = error.hint === undefined ? error.message : `${error.message} ${error.hint}`;
    // api/network: OpenAI failed or was unreachable; a re-run may succeed.
    if (error.kind === 'api' || error.kind === 'network') return `OpenAI: ${text}`;
    if (error.kind === 'bug') return `Tuneline bug: ${text}`;
    return text;
  }
  const status = statusOf(error);
  if (status !== undefined) {
    const request = (error as { request?: { method?: string; url?: string } }).request;
    const hint =
      status === 401
        ? ' Check `github-token`.'
        : status === 403 || status === 404
          ? ' Check the workflow `permissions` (contents: read, pull-requests: write).'
          : '';
    return `GitHub API ${request?.method ?? ''} ${request?.url ?? ''} answered ${status}: ${(error as Error).message}.${hint}`;
  }
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

function dashboardUrlFor(baseUrl: string | undefined): (jobId: string) => string | null {
  const official = baseUrl === undefined || new URL(baseUrl).hostname === 'api.openai.com';
  return (jobId) =>
    official ? `https://platform.openai.com/finetune/${encodeURIComponent(jobId)}` : null;
}

async function dropTrainLabel(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  issueNumber: number;
  label: string;
}): Promise<void> {
  try {
    await options.octokit.rest.issues.removeLabel({
      ...options.repository,
      issue_number: options.issueNumber,
      name: options.label,
    });
    core.info(`Removed the "${options.label}" label: a new push must be approved again.`);
  } catch (error) {
    warn(`Could not remove the "${options.label}" label: ${describeError(error)}`);
  }
}

interface Plan {
  readonly targets: DatasetTarget[];
  readonly configIssues: RunReport['configIssues'];
  readonly notes: string[];
}

async function planDatasets(options: {
  inputs: ActionInputs;
  octokit: GitHubClient;
  repository: RepositoryRef;
  target: RunTarget;
  directory: string;
  serverUrl: string;
  token: string;
}): Promise<Plan> {
  const { inputs, octokit, repository, target } = options;
  const notes: string[] = [];
  let changed: ChangedFiles | null = null;
  if (target.kind === 'pull_request') {
    changed = await listPullRequestFiles({ octokit, repository, pullRequest: target.number });
    if (changed.paths === null) {
      notes.push(
        `This pull request changes ${pullRequestFilesCap} files or more, more than GitHub lists: every configured dataset is checked.`,
      );
      warn(notes[notes.length - 1] as string);
    }
  } else if (target.kind === 'push' && target.baseSha !== null) {
    try {
      changed = await listComparedFiles({
        octokit,
        repository,
        base: target.baseSha,
        head: target.headSha,
      });
      if (changed.paths === null)
        notes.push('The push changes too many files to list: every dataset is checked.');
    } catch (error) {
      notes.push(
        `The push's changes could not be listed (${describeError(error)}): every dataset is checked.`,
      );
      changed = { paths: null, total: 0 };
    }
  }
  const load = (ref: string) => loadConfigAt({ ...options, path: inputs.config, ref });
  const headConfig = await load(target.headSha);
  // Settings that spend money come from the base branch, never from the pull request's changes.
  const baseConfig = target.kind === 'pull_request' ? await load(target.baseSha) : headConfig;
  const configIssues = headConfig.issues;
  const configForPaths: RepositoryConfig | null = headConfig.value ?? baseConfig.value;
  let targets: DatasetTarget[];
  if (configForPaths !== null) {
    targets = datasetsFromConfig({
      configPath: inputs.config,
      head: configForPaths,
      base: baseConfig.value,
      modelOverride: inputs.model,
    });
  } else if (inputs.datasets !== undefined) {
    targets = await datasetsFromGlob({
      octokit,
      repository,
      glob: inputs.datasets,
      ref: target.headSha,
      changed: target.kind === 'workflow_dispatch' ? null : changed,
      model: inputs.model ?? defaultModel,
      maxCostUsd: inputs.maxCostUsd ?? null,
    });
    if (inputs.model === undefined)
      notes.push(`No \`model\` input: estimates use ${defaultModel}.`);
  } else if (configIssues.length > 0) {
    targets = [];
  } else {
    throw new ActionInputError(
      `There is no ${inputs.config} at ${target.headSha.slice(0, 7)} and no \`datasets\` input: name the datasets in tuneline.json or give a glob such as \`datasets: data/**/*.jsonl\`.`,
    );
  }
  const selected =
    target.kind === 'workflow_dispatch' || configForPaths === null
      ? targets
      : selectChanged({ targets, changed, configPath: inputs.config });
  return { targets: selected, configIssues, notes };
}

function emitAnnotations(outcomes: readonly DatasetOutcome[], report: RunReport): void {
  const sources = [
    ...(report.configIssues.length === 0
      ? []
      : [{ file: report.configPath, configIssues: report.configIssues }]),
    ...outcomes.flatMap((outcome) => [
      ...(outcome.report === null
        ? []
        : [
            {
              file: outcome.path,
              issues: outcome.report.issues,
              omitted: outcome.report.omittedIssues,
            },
          ]),
      ...(outcome.validationReport === null || outcome.validationPath === null
        ? []
        : [
            {
              file: outcome.validationPath,
              issues: outcome.validationReport.issues,
              omitted: outcome.validationReport.omittedIssues,
            },
          ]),
      ...(outcome.readError === null
        ? []
        : [
            {
              file: outcome.path,
              issues: [
                {
                  severity: 'error' as const,
                  code: 'file_unreadable' as const,
                  message: outcome.readError,
                  hint: '',
                },
              ],
              omitted: 0,
            },
          ]),
    ]),
  ];
  for (const annotation of selectAnnotations(sources, { warning: warningsShown })) {
    const properties = {
      ...(annotation.file === undefined ? {} : { file: annotation.file }),
      ...(annotation.line === undefined ? {} : { startLine: annotation.line }),
      ...(annotation.column === undefined ? {} : { startColumn: annotation.column }),
    };
    if (annotation.kind === 'error') core.error(annotation.message, properties);
    else if (annotation.kind === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
}

function failureOf(options: {
  inputs: ActionInputs;
  outcomes: readonly DatasetOutcome[];
  configIssues: number;
}): string | null {
  const { inputs, outcomes } = options;
  const failures: string[] = [];
  const counts = countIssues(outcomes, options.configIssues);
  if (options.configIssues > 0) {
    failures.push(
      `${inputs.config} has ${options.configIssues} problem${options.configIssues === 1 ? '' : 's'}`,
    );
  }
  const invalid = outcomes.filter(
    (outcome) =>
      outcome.readError !== null ||
      (outcome.report?.errorCount ?? 0) + (outcome.validationReport?.errorCount ?? 0) > 0,
  );
  if (invalid.length > 0) {
    failures.push(
      `validation failed for ${invalid.map((outcome) => outcome.path).join(', ')} (${counts.errors - options.configIssues} error${counts.errors - options.configIssues === 1 ? '' : 's'})`,
    );
  }
  if (inputs.failOnWarnings && counts.warnings > 0) {
    failures.push(
      `${counts.warnings} warning${counts.warnings === 1 ? '' : 's'} (fail-on-warnings is set)`,
    );
  }
  for (const outcome of outcomes) {
    if (outcome.trainError !== null)
      failures.push(`${outcome.path} did not train: ${outcome.trainError}`);
    else if (inputs.mode === 'train' && outcome.job === null && invalid.indexOf(outcome) === -1) {
      failures.push(
        `mode is train, but ${outcome.path} was not trained: ${outcome.decision.reasons.join(' ')}`,
      );
    }
    const status = outcome.job?.result?.summary.status;
    if (status === 'failed' || status === 'cancelled') {
      failures.push(`job ${outcome.job?.id} of ${outcome.path} ${status}`);
    }
  }
  return failures.length === 0 ? null : `Tuneline: ${failures.join('; ')}.`;
}

async function runAction(inputs: ActionInputs): Promise<string | null> {
  const context = github.context;
  const token = inputs.githubToken ?? process.env.GITHUB_TOKEN;
  if (token === undefined || token === '') {
    throw new ActionInputError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user
      'github-token is empty: pass `github-token: ${{ github.token }}` (the default).',
    );
  }
  core.setSecret(token);
  const target = readRunTarget({
    eventName: context.eventName,
    payload: context.payload as Record<string, unknown>,
    sha: context.sha ?? '',
    ref: context.ref ?? '',
  });
  if (target === null) {
    throw new ActionInputError(
      `Tuneline runs on pull_request, pull_request_target, push and workflow_dispatch, not on ${context.eventName}.`,
    );
  }
  const octokit = github.getOctokit(token);
  const repository = context.repo;
  const repositoryName = `${repository.owner}/${repository.repo}`;
  const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const baseURL = inputs.openaiBaseUrl ?? (process.env.OPENAI_BASE_URL || undefined);
  // Connection resets are retried by the SDK; creating a job is deduplicated by core, never retried blind.
  const client: OpenAI | null =
    inputs.openaiApiKey === undefined
      ? null
      : createOpenAIClient({
          apiKey: inputs.openaiApiKey,
          ...(baseURL === undefined ? {} : { baseURL }),
          maxRetries: 5,
        });
  const runUrl =
    process.env.GITHUB_RUN_ID === undefined
      ? null
      : `${serverUrl}/${repositoryName}/actions/runs/${process.env.GITHUB_RUN_ID}`;
  const marker = stickyCommentMarker({
    workflow: context.workflow ?? '',
    config: inputs.config,
  });
  const pullRequest = target.kind === 'pull_request' ? target : null;
  const directory = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'tuneline-'));
  try {
    let commentId: number | null = null;
    const postComment = async (report: RunReport): Promise<void> => {
      if (pullRequest === null || !inputs.comment) return;
      const body = renderReportWithin(report, {
        maxCharacters: maxCommentCharacters - marker.length - 2,
        issueLimits: [20, 10, 5, 0],
      });
      const withMarker = `${body}\n\n${marker}`;
      try {
        if (commentId !== null) {
          await updateOwnComment({ octokit, repository, commentId, body: withMarker });
          return;
        }
        const result = await upsertStickyComment({
          octokit,
          repository,
          issueNumber: pullRequest.number,
          marker,
          body: withMarker,
        });
        if (result.kind === 'forbidden') core.info(result.message);
        else {
          commentId = result.commentId;
          core.info(`Comment ${result.kind}: ${result.url}`);
        }
      } catch (error) {
        // The report is in the summary and the annotations either way; the check reflects the data.
        warn(`Could not post the pull request comment: ${describeError(error)}`);
      }
    };

    if (pullRequest !== null && pullRequest.action === 'closed') {
      let cancelled: string[] = [];
      const notes: string[] = [];
      if (pullRequest.merged)
        notes.push('The pull request was merged: its datasets train from the default branch.');
      else if (client === null)
        notes.push(
          'The pull request was closed, but without an API key its jobs could not be cancelled.',
        );
      else if (!pullRequest.fromFork) {
        cancelled = (
          await cancelPullRequestJobs({
            client,
            repository: repositoryName,
            pullRequest: pullRequest.number,
          })
        ).map((job) => job.id);
      }
      const report: RunReport = {
        title,
        repository: repositoryName,
        headSha: pullRequest.headSha,
        pullRequest: pullRequest.number,
        configPath: inputs.config,
        configIssues: [],
        notes,
        datasets: [],
        closedCancelled: pullRequest.merged ? null : cancelled,
        runUrl,
      };
      await core.summary
        .addRaw(renderReportWithin(report, { maxCharacters: maxSummaryBytes, issueLimits: [0] }))
        .write();
      await postComment(report);
      writeOutputs({ outcomes: [], counts: { errors: 0, warnings: 0 }, commentId });
      core.setOutput(
        'jobs',
        JSON.stringify(cancelled.map((jobId) => ({ jobId, status: 'cancelled' }))),
      );
      return null;
    }

    let labelled = false;
    if (pullRequest !== null) {
      const hasLabel = pullRequest.labels.includes(inputs.trainLabel);
      if (pullRequest.action === 'synchronize' && hasLabel) {
        // Approval is for the commit it was given on: a new push needs it again.
        await dropTrainLabel({
          octokit,
          repository,
          issueNumber: pullRequest.number,
          label: inputs.trainLabel,
        });
      } else {
        labelled = hasLabel || pullRequest.addedLabel === inputs.trainLabel;
      }
    }
    let baseSha: string | null = target.kind === 'push' ? target.baseSha : null;
    if (target.kind === 'pull_request') {
      try {
        baseSha = await findMergeBase({
          octokit,
          repository,
          base: target.baseSha,
          head: target.headSha,
        });
      } catch (error) {
        // The base branch's tip is the next best thing to compare with.
        warn(
          `Could not find the merge base (${describeError(error)}); comparing with the base branch's commit.`,
        );
        baseSha = target.baseSha;
      }
    }
    const plan = await planDatasets({
      inputs,
      octokit,
      repository,
      target,
      directory,
      serverUrl,
      token,
    });
    const outcomes: DatasetOutcome[] = [];
    for (const [index, datasetTarget] of plan.targets.entries()) {
      core.info(`Checking ${datasetTarget.path} (${datasetTarget.parameters.model})…`);
      outcomes.push(
        await processDataset(
          {
            inputs,
            octokit,
            repository,
            target,
            baseSha,
            labelled,
            client,
            directory,
            serverUrl,
            token,
            workspace: process.env.GITHUB_WORKSPACE,
            dashboardUrlFor: dashboardUrlFor(baseURL),
            log: (message) => core.info(message),
          },
          datasetTarget,
          index,
        ),
      );
    }
    const reportOf = (datasets: readonly DatasetOutcome[]): RunReport => ({
      title,
      repository: repositoryName,
      headSha: target.headSha,
      pullRequest: pullRequest?.number ?? null,
      configPath: inputs.config,
      configIssues: plan.configIssues,
      notes: plan.notes,
      datasets,
      closedCancelled: null,
      runUrl,
    });
    let report = reportOf(outcomes);
    emitAnnotations(outcomes, report);
    await postComment(report);

    let finalOutcomes = outcomes;
    if (inputs.wait && client !== null && outcomes.some((outcome) => outcome.job !== null)) {
      finalOutcomes = await followJobs({
        client,
        outcomes,
        deadline: Date.now() + inputs.waitMinutes * 60_000,
        onProgress: (message) => core.info(message),
      });
      report = reportOf(finalOutcomes);
      await postComment(report);
    }
    await core.summary
      .addRaw(
        renderReportWithin(report, {
          maxCharacters: maxSummaryBytes,
          issueLimits: [1000, 200, 50, 10, 0],
          measure: (body) => Buffer.byteLength(body),
        }),
      )
      .write();
    writeOutputs({
      outcomes: finalOutcomes,
      counts: countIssues(finalOutcomes, plan.configIssues.length),
      commentId,
    });
    return failureOf({ inputs, outcomes: finalOutcomes, configIssues: plan.configIssues.length });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/**
 * The Action: reads its inputs once, checks the datasets a pull request (or push) changes,
 * reports them, trains them when every gate is open, and fails the step with a clear message
 * when validation fails or a required step could not be done.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs();
    const failure = await runAction(inputs);
    if (failure !== null) core.setFailed(failure);
  } catch (error) {
    const userMistake =
      error instanceof ActionInputError ||
      (TunelineError.isInstance(error) && error.kind !== 'bug');
    if (!userMistake && error instanceof Error && error.stack !== undefined)
      core.debug(error.stack);
    core.setFailed(describeError(error));
  }
}
