import type { DatasetReport } from '../dataset/dataset-report.js';

/** One dataset report in the `--json` shapes (validate's files, train's reports). */
export function toReportJson(report: DatasetReport) {
  return {
    path: report.path,
    role: report.role,
    format: report.format,
    model: report.model,
    encoding: report.encoding,
    bytes: report.bytes,
    examples: report.examples,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    omittedIssues: report.omittedIssues,
    // Every issue has the same keys: null line for whole-file problems, null path when the line
    // as a whole is at fault; column only where the problem has one.
    issues: report.issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      line: issue.line ?? null,
      ...(issue.column === undefined ? {} : { column: issue.column }),
      path: issue.path ?? null,
      message: issue.message,
      hint: issue.hint,
    })),
    stats: report.stats,
    missingSystem: report.missingSystem,
    missingUser: report.missingUser,
    overLimit: report.overLimit,
    limit: report.limit,
    billingTokens: report.billingTokens,
    epochs: report.epochs,
    chargedTokens: report.chargedTokens,
    estimatedCostUsd: report.estimatedCostUsd,
  };
}

export type ReportJson = ReturnType<typeof toReportJson>;
