import type { ValidationIssue } from '@tuneline/core';
import { formatInteger } from '@tuneline/core';
import type { DatasetOutcome, JobView, RunReport } from './dataset-outcome.js';
import { escapeMarkdown, inlineLiteral, truncateText } from './escape-markdown.js';
import { formatCost, formatSigned } from './format-values.js';

export interface RenderOptions {
  /** At most this many issues per dataset are listed; the rest are counted. */
  readonly issueLimit: number;
  readonly includeChart: boolean;
  /** Slack's slash command, shown as the way to follow a job. */
  readonly slackCommand?: string;
}

const text = (value: string) => escapeMarkdown(truncateText(value, 500));

function describeIssue(issue: ValidationIssue): string {
  const where = [
    issue.line === undefined ? null : `line ${issue.line}`,
    issue.column === undefined ? null : `column ${issue.column}`,
    issue.path === undefined ? null : text(issue.path),
  ]
    .filter((part) => part !== null)
    .join(', ');
  const icon = issue.severity === 'error' ? '❌' : '⚠️';
  return `- ${icon} ${where === '' ? '' : `${where}: `}${text(issue.message)} ${issue.hint === '' ? '' : `— ${text(issue.hint)}`} (${issue.code})`;
}

function renderIssues(outcome: DatasetOutcome, limit: number): string {
  const issues = [...(outcome.report?.issues ?? []), ...(outcome.validationReport?.issues ?? [])];
  if (issues.length === 0) return '';
  const errors = (outcome.report?.errorCount ?? 0) + (outcome.validationReport?.errorCount ?? 0);
  const warnings =
    (outcome.report?.warningCount ?? 0) + (outcome.validationReport?.warningCount ?? 0);
  const shown = issues.slice(0, limit);
  const notListed =
    issues.length -
    shown.length +
    (outcome.report?.omittedIssues ?? 0) +
    (outcome.validationReport?.omittedIssues ?? 0);
  const lines = shown.map(describeIssue);
  if (notListed > 0) lines.push(`- … and ${formatInteger(notListed)} more (see the job summary)`);
  return [
    '',
    `<details><summary>${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}</summary>`,
    '',
    ...lines,
    '',
    '</details>',
  ].join('\n');
}

function renderFigures(outcome: DatasetOutcome): string {
  const report = outcome.report;
  if (report === null) return '';
  const diff = outcome.diff;
  const base = diff?.baseExists === true;
  const rows: string[] = ['| | This pull request | Δ against the base |', '|---|---:|---:|'];
  rows.push(
    `| Examples | ${formatInteger(report.examples)} | ${
      diff === null
        ? ''
        : base
          ? formatSigned(diff.headExamples - diff.baseExamples, formatInteger)
          : 'new dataset'
    } |`,
  );
  rows.push(
    `| Billing tokens (per epoch) | ${formatInteger(report.billingTokens)} | ${
      diff === null ? '' : formatSigned(diff.billingTokensDelta, formatInteger)
    } |`,
  );
  rows.push(`| Epochs | ${report.epochs}${report.epochsAreDefault ? ' (OpenAI default)' : ''} | |`);
  rows.push(
    `| Estimated cost | ${formatCost(report.estimatedCostUsd)}${
      outcome.maxCostUsd === null ? '' : ` (budget ${formatCost(outcome.maxCostUsd)})`
    } | ${
      diff === null || diff.estimatedCostDeltaUsd === null
        ? ''
        : formatSigned(diff.estimatedCostDeltaUsd, (value) => formatCost(value))
    } |`,
  );
  const errors = report.errorCount + (outcome.validationReport?.errorCount ?? 0);
  const warnings = report.warningCount + (outcome.validationReport?.warningCount ?? 0);
  rows.push(
    `| Issues | ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} | |`,
  );
  const lines = ['', ...rows];
  if (diff !== null) {
    lines.push(
      '',
      base
        ? `Examples against the base: **${formatInteger(diff.added)} added**, **${formatInteger(diff.removed)} removed**, **${formatInteger(diff.changed)} changed**, ${formatInteger(diff.unchanged)} unchanged.`
        : `A new dataset: **${formatInteger(diff.added)} added** examples.`,
    );
  }
  return lines.join('\n');
}

function renderJob(job: JobView, options: RenderOptions): string {
  const lines: string[] = [];
  const verb = job.createdNow
    ? 'Started'
    : 'Already trained or training (same data and settings; nothing new started):';
  lines.push(`🚀 **${verb}** job ${inlineLiteral(job.id)}, status **${text(job.status)}**.`);
  if (job.fineTunedModel !== null) lines.push(`Model: ${inlineLiteral(job.fineTunedModel)}`);
  if (job.result === undefined) {
    const follow = [
      job.dashboardUrl === null ? null : `[the job in OpenAI's dashboard](${job.dashboardUrl})`,
      `in Slack: \`${options.slackCommand ?? '/finetune'} status ${job.id.replace(/[^A-Za-z0-9_-]/g, '')}\``,
    ].filter((part) => part !== null);
    lines.push(`Follow it: ${follow.join(' · ')}.`);
    return lines.join('\n\n');
  }
  const { summary, chart, points, timedOut } = job.result;
  if (timedOut) lines.push('⏱️ The wait ran out before the job finished; it goes on.');
  const figures = [
    '| Result | |',
    '|---|---:|',
    `| Status | ${text(summary.status)} |`,
    `| Trained tokens | ${summary.trainedTokens === null ? 'unknown' : formatInteger(summary.trainedTokens)} |`,
    `| Actual cost | ${formatCost(summary.actualCostUsd)} |`,
    `| Estimated cost | ${formatCost(summary.estimatedCostUsd)} |`,
    `| Final training loss | ${summary.finalTrainLoss === null ? '–' : summary.finalTrainLoss.toFixed(4)} |`,
    `| Final validation loss | ${
      (summary.finalFullValidLoss ?? summary.finalValidLoss) === null
        ? '–'
        : (summary.finalFullValidLoss ?? summary.finalValidLoss ?? 0).toFixed(4)
    } |`,
  ];
  lines.push(figures.join('\n'));
  if (options.includeChart && chart !== '') {
    lines.push(`\`\`\`mermaid\n${chart}\n\`\`\``);
    const step = Math.max(1, Math.ceil(points.length / 10));
    const sampled = points.filter((_, index) => index % step === 0 || index === points.length - 1);
    lines.push(
      [
        '<details><summary>Loss by step (table)</summary>',
        '',
        '| Step | Training loss | Validation loss |',
        '|---:|---:|---:|',
        ...sampled.map(
          (point) =>
            `| ${point.step} | ${point.trainLoss?.toFixed(4) ?? '–'} | ${
              (point.fullValidLoss ?? point.validLoss)?.toFixed(4) ?? '–'
            } |`,
        ),
        '',
        '</details>',
      ].join('\n'),
    );
  }
  return lines.join('\n\n');
}

function renderTraining(outcome: DatasetOutcome, options: RenderOptions): string {
  const lines: string[] = [''];
  if (outcome.cancelledJobs.length > 0) {
    lines.push(
      `🛑 Cancelled ${outcome.cancelledJobs.length} superseded job${outcome.cancelledJobs.length === 1 ? '' : 's'} of this pull request: ${outcome.cancelledJobs.map(inlineLiteral).join(', ')}.`,
      '',
    );
  }
  if (outcome.trainError !== null) {
    lines.push(`❌ **Training could not start:** ${text(outcome.trainError)}`);
  } else if (outcome.job !== null) {
    lines.push(renderJob(outcome.job, options));
  } else if (!outcome.decision.train) {
    lines.push(
      `⏸️ **Not trained.** ${outcome.decision.reasons.map((reason) => escapeMarkdownKeepingCode(reason)).join(' ')}`,
    );
    if (outcome.decision.howToStart !== null) {
      lines.push('', escapeMarkdownKeepingCode(outcome.decision.howToStart));
    }
  }
  return lines.join('\n');
}

/** Our own sentences: they hold code spans we wrote, and no text from the data. */
function escapeMarkdownKeepingCode(sentence: string): string {
  return sentence
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@&#8203;');
}

function renderDataset(outcome: DatasetOutcome, options: RenderOptions): string {
  const icon =
    outcome.readError !== null ||
    (outcome.report?.errorCount ?? 0) + (outcome.validationReport?.errorCount ?? 0) > 0
      ? '❌'
      : (outcome.report?.warningCount ?? 0) > 0
        ? '⚠️'
        : '✅';
  const heading = `### ${icon} ${outcome.name === outcome.path ? inlineLiteral(outcome.path) : text(outcome.name)}${
    outcome.name === outcome.path ? '' : ` (${inlineLiteral(outcome.path)})`
  } · ${inlineLiteral(outcome.model)}`;
  const parts = [heading];
  if (outcome.readError !== null) parts.push('', `**Not validated:** ${text(outcome.readError)}`);
  if (outcome.readVia === 'lfs' || outcome.readVia === 'workspace') {
    parts.push('', 'Stored in Git LFS: the real file was read, not its pointer.');
  }
  if (outcome.settingsNote !== null) parts.push('', `ℹ️ ${text(outcome.settingsNote)}`);
  parts.push(renderFigures(outcome));
  parts.push(renderIssues(outcome, options.issueLimit));
  parts.push(renderTraining(outcome, options));
  return parts.filter((part) => part !== '').join('\n');
}

function trainingState(outcome: DatasetOutcome): string {
  if (outcome.trainError !== null) return 'failed to start';
  if (outcome.job !== null)
    return `${outcome.job.createdNow ? 'started' : 'existing'} ${inlineLiteral(outcome.job.id)}`;
  return 'not trained';
}

/** One row per dataset, before the details, when a change touches several. */
function renderOverview(datasets: readonly DatasetOutcome[]): string {
  return [
    '| Dataset | Examples | Estimated cost | Errors | Warnings | Training |',
    '|---|---:|---:|---:|---:|---|',
    ...datasets.map((outcome) => {
      const errors =
        (outcome.readError === null ? 0 : 1) +
        (outcome.report?.errorCount ?? 0) +
        (outcome.validationReport?.errorCount ?? 0);
      const warnings =
        (outcome.report?.warningCount ?? 0) + (outcome.validationReport?.warningCount ?? 0);
      return `| ${outcome.name === outcome.path ? inlineLiteral(outcome.path) : text(outcome.name)} | ${
        outcome.report === null ? '–' : formatInteger(outcome.report.examples)
      } | ${outcome.report === null ? '–' : formatCost(outcome.report.estimatedCostUsd)} | ${errors} | ${warnings} | ${trainingState(outcome)} |`;
    }),
  ].join('\n');
}

/**
 * The report as GitHub Markdown: per dataset a table of examples, tokens, epochs, cost and
 * issues, the diff against the base, whether it trains (and why not), and the job. Every string
 * that comes from the data, file names or the API is escaped.
 */
export function renderReport(report: RunReport, options: RenderOptions): string {
  const lines: string[] = [`## ${report.title}`];
  const where = [
    report.pullRequest === null ? null : `pull request #${report.pullRequest}`,
    `commit ${report.headSha.slice(0, 7)}`,
  ]
    .filter((part) => part !== null)
    .join(' at ');
  lines.push(
    '',
    `Checked ${where}${report.runUrl === null ? '' : ` · [workflow run](${report.runUrl})`}.`,
  );
  for (const note of report.notes) lines.push('', `> ${escapeMarkdownKeepingCode(note)}`);
  if (report.closedCancelled !== null) {
    lines.push(
      '',
      report.closedCancelled.length === 0
        ? '🔒 The pull request was closed without merging; no job of it was running.'
        : `🔒 The pull request was closed without merging: cancelled ${report.closedCancelled.map(inlineLiteral).join(', ')}.`,
    );
  }
  if (report.configIssues.length > 0) {
    lines.push(
      '',
      `### ❌ ${text(report.configPath)}`,
      '',
      ...report.configIssues.map((issue) => `- ${text(issue.message)} — ${text(issue.hint)}`),
    );
  }
  if (report.datasets.length === 0 && report.closedCancelled === null) {
    lines.push('', 'No dataset changed.');
  }
  if (report.datasets.length > 1) lines.push('', renderOverview(report.datasets));
  for (const dataset of report.datasets) lines.push('', renderDataset(dataset, options));
  return lines.join('\n');
}

/**
 * Renders the report within `maxCharacters`, listing fewer issues (then dropping the charts) until
 * it fits: details collapse, figures stay.
 */
export function renderReportWithin(
  report: RunReport,
  options: {
    maxCharacters: number;
    issueLimits: readonly number[];
    slackCommand?: string;
    /** How size is counted: characters for comments, UTF-8 bytes for the job summary. */
    measure?: (body: string) => number;
  },
): string {
  const measure = options.measure ?? ((body: string) => body.length);
  let body = '';
  for (const includeChart of [true, false]) {
    for (const issueLimit of options.issueLimits) {
      body = renderReport(report, {
        issueLimit,
        includeChart,
        ...(options.slackCommand === undefined ? {} : { slackCommand: options.slackCommand }),
      });
      if (measure(body) <= options.maxCharacters) return body;
    }
  }
  const notice = '\n\n… (cut to fit; the full report is in the job summary)';
  let cut = body.slice(0, options.maxCharacters - notice.length);
  while (measure(cut) + notice.length > options.maxCharacters)
    cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return `${cut}${notice}`;
}
