import type { DatasetReport, ValidationIssue } from '@tuneline/core';
import { describe, expect, it } from 'vitest';
import type { DatasetOutcome, RunReport } from './dataset-outcome.js';
import { renderReport, renderReportWithin } from './render-pr-comment.js';

function outcome(issues: ValidationIssue[]): DatasetOutcome {
  const report = {
    path: 'data/a.jsonl',
    examples: 120,
    billingTokens: 30_000,
    epochs: 3,
    epochsAreDefault: true,
    estimatedCostUsd: 0.27,
    errorCount: issues.filter((issue) => issue.severity === 'error').length,
    warningCount: issues.filter((issue) => issue.severity === 'warning').length,
    omittedIssues: 0,
    issues,
  } as unknown as DatasetReport;
  return {
    name: 'support',
    path: 'data/a.jsonl',
    validationPath: null,
    model: 'gpt-4o-mini-2024-07-18',
    readError: null,
    readVia: 'raw',
    report,
    validationReport: null,
    diff: {
      baseExists: true,
      baseExamples: 100,
      headExamples: 120,
      added: 25,
      removed: 5,
      changed: 3,
      unchanged: 92,
      billingTokensDelta: 5_000,
      estimatedCostDeltaUsd: 0.045,
    },
    maxCostUsd: 1,
    settingsNote: null,
    decision: {
      train: false,
      reasons: ['The dataset has 1 error.'],
      howToStart: 'To train: fix the errors and push.',
    },
    job: null,
    cancelledJobs: [],
    trainError: null,
  };
}

function runReport(datasets: DatasetOutcome[]): RunReport {
  return {
    title: 'Tuneline',
    repository: 'acme/data',
    headSha: 'abcdef1234567890',
    pullRequest: 7,
    configPath: 'tuneline.json',
    configIssues: [],
    notes: [],
    datasets,
    closedCancelled: null,
    runUrl: null,
  };
}

describe('renderReport', () => {
  it('shows the figures, the diff against the base, and why it does not train', () => {
    const body = renderReport(runReport([outcome([])]), { issueLimit: 10, includeChart: true });
    expect(body).toContain('| Examples | 120 | +20 |');
    expect(body).toContain('| Billing tokens (per epoch) | 30,000 | +5,000 |');
    expect(body).toContain('$0.27 (budget $1.00)');
    expect(body).toContain('**25 added**, **5 removed**, **3 changed**, 92 unchanged');
    expect(body).toContain('Not trained');
    expect(body).toContain('To train: fix the errors and push.');
  });

  it('starts with one row per dataset when there are several', () => {
    const second = { ...outcome([]), name: 'sales', path: 'data/b.jsonl' };
    const body = renderReport(runReport([outcome([]), second]), {
      issueLimit: 10,
      includeChart: true,
    });
    expect(body).toContain(
      '| Dataset | Examples | Estimated cost | Errors | Warnings | Training |',
    );
    expect(body).toContain('| support | 120 | $0.27 | 0 | 0 | not trained |');
    expect(body).toContain('| sales | 120 | $0.27 | 0 | 0 | not trained |');
    expect(renderReport(runReport([second]), { issueLimit: 10, includeChart: true })).not.toContain(
      '| Dataset |',
    );
  });

  it('fits 65,536 characters by listing fewer issues, saying how many are left', () => {
    const issues: ValidationIssue[] = Array.from({ length: 3000 }, (_, index) => ({
      severity: 'error',
      code: 'invalid_json',
      line: index + 1,
      message: `Line is not JSON: ${'x'.repeat(200)}`,
      hint: 'Fix the JSON.',
    }));
    const report = runReport([outcome(issues)]);
    expect(renderReport(report, { issueLimit: 3000, includeChart: true }).length).toBeGreaterThan(
      65_536,
    );
    const body = renderReportWithin(report, {
      maxCharacters: 65_000,
      issueLimits: [3000, 100, 20],
    });
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain('and 2,900 more (see the job summary)');
    expect(body).toContain('| Examples | 120 |');
  });
});
