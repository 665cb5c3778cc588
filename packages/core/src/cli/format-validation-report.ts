import type { DatasetReport } from '../dataset/dataset-report.js';
import type { ValidationIssue } from '../dataset/validation-issue.js';
import { formatDecimal } from '../format/format-decimal.js';
import { formatUsd } from '../format/format-usd.js';
import type { ModelInfo } from '../models/model-catalog.js';
import type { DistributionSummary } from '../stats/summarize-distribution.js';

/** As the cookbook notebook prints (31 → "31.0"), without float noise (44.74999999999999 → "44.75"). */
function pythonFloat(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : formatDecimal(value, 10);
}

function formatDistribution(title: string, summary: DistributionSummary): string[] {
  return [
    `#### Distribution of ${title}:`,
    `min / max: ${summary.min}, ${summary.max}`,
    `mean / median: ${pythonFloat(summary.mean)}, ${pythonFloat(summary.median)}`,
    // The notebook prints its 10th/90th percentiles as "p5 / p95"; both are shown under their real names.
    `p10 / p90: ${pythonFloat(summary.p10)}, ${pythonFloat(summary.p90)}`,
    `p5 / p95: ${pythonFloat(summary.p5)}, ${pythonFloat(summary.p95)}`,
  ];
}

/** `path:line:column severity code message`, then the hint, as compilers print diagnostics. */
export function formatDiagnostic(path: string, issue: ValidationIssue): string {
  const location = [path, issue.line, issue.column].filter((part) => part !== undefined).join(':');
  const where = issue.path ? ` (at ${issue.path})` : '';
  return `${location} ${issue.severity} ${issue.code} ${issue.message}${where}\n  hint: ${issue.hint}`;
}

const formatNames = {
  chat: 'chat (supervised)',
  'prompt-completion': 'prompt/completion',
  preference: 'preference (DPO)',
  reinforcement: 'reinforcement (RFT)',
} as const;

/** The notebook's report, which users of the cookbook recognise, followed by Tuneline's diagnostics. */
export function formatValidationReport(report: DatasetReport, model: ModelInfo): string {
  const lines: string[] = [];
  const format = report.format === null ? 'unknown format' : formatNames[report.format];
  lines.push(
    `${report.path} (${report.role}): ${format}, model ${report.model} (${report.encoding})`,
  );
  lines.push(`Num examples: ${report.examples}`);
  lines.push(
    report.errorCount === 0
      ? `No errors found${report.warningCount > 0 ? ` (${report.warningCount} warning${report.warningCount === 1 ? '' : 's'})` : ''}`
      : `Found ${report.errorCount} error${report.errorCount === 1 ? '' : 's'} and ${report.warningCount} warning${report.warningCount === 1 ? '' : 's'}`,
  );
  // Messages, system and user turns are chat's: a prompt/completion file has none of them.
  const isPromptCompletion = report.format === 'prompt-completion';
  if (!isPromptCompletion) {
    lines.push(`Num examples missing system message: ${report.missingSystem}`);
    lines.push(`Num examples missing user message: ${report.missingUser}`);
  }
  lines.push('');
  if (!isPromptCompletion) {
    lines.push(
      ...formatDistribution('num_messages_per_example', report.stats.messagesPerExample),
      '',
    );
  }
  lines.push(
    ...formatDistribution('num_total_tokens_per_example', report.stats.totalTokensPerExample),
    '',
  );
  lines.push(
    ...formatDistribution(
      isPromptCompletion ? 'num_completion_tokens_per_example' : 'num_assistant_tokens_per_example',
      report.stats.assistantTokensPerExample,
    ),
    '',
  );
  lines.push(
    `${report.overLimit} example${report.overLimit === 1 ? '' : 's'} may be over the ${report.limit} token limit, they will be truncated during fine-tuning`,
  );
  if (report.role === 'validation') {
    lines.push(`Validation file: ~${report.billingTokens} tokens, evaluated but not billed`);
  } else {
    lines.push(
      `Dataset has ~${report.billingTokens} tokens that will be charged for during training`,
    );
    const how = report.epochsAreDefault ? "By default, you'll" : "You'll";
    lines.push(
      `${how} train for ${report.epochs} epoch${report.epochs === 1 ? '' : 's'} on this dataset`,
    );
    lines.push(`${how} be charged for ~${report.chargedTokens} tokens`);
    const price = model.prices.trainingPerMillionTokens;
    if (report.estimatedCostUsd !== null && price !== null) {
      lines.push(
        `Estimated training cost: ${formatUsd(report.estimatedCostUsd)} (${model.id} at $${price.toFixed(2)} per 1M training tokens, prices of ${model.prices.source.checked})`,
      );
    } else if (model.prices.trainingPerHour !== undefined) {
      lines.push(
        `Training cost: billed by time at $${model.prices.trainingPerHour} per hour; no token estimate`,
      );
    }
  }
  if (report.estimatedTokenFields.length > 0) {
    const names = { tools: 'tools definitions', tool_calls: 'tool calls' } as const;
    const estimated = report.estimatedTokenFields.map((field) => names[field]).join(' and ');
    lines.push(`Tokens of ${estimated} are estimated by OpenAI's published recipe`);
  }
  if (report.issues.length > 0) {
    lines.push('');
    for (const issue of report.issues) lines.push(formatDiagnostic(report.path, issue));
    if (report.omittedIssues > 0)
      lines.push(
        `… and ${report.omittedIssues} more issue${report.omittedIssues === 1 ? '' : 's'} (${Object.entries(
          report.omittedIssuesByCode,
        )
          .map(([code, count]) => `${count} ${code}`)
          .join(', ')}; see --json for counts)`,
      );
  }
  return `${lines.join('\n')}\n`;
}
