import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toolConversation as withTools } from '../dataset/tool-conversation.fixture.js';
import { validateDataset } from '../dataset/validate-dataset.js';
import { getModel } from '../models/find-model.js';
import { formatValidationReport } from './format-validation-report.js';

const wakannai = fileURLToPath(
  new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
);

describe('the dataset report of estimated tokens', () => {
  it('says which figures are estimates, in the report and its text', async () => {
    const line = JSON.stringify(withTools);
    const report = await validateDataset({
      source: Readable.from([Array(10).fill(line).join('\n')]),
      name: 'tools.jsonl',
      model: 'gpt-4o-mini-2024-07-18',
    });
    expect(report.errorCount).toBe(0);
    expect(report.estimatedTokenFields).toEqual(['tools', 'tool_calls']);
    const text = formatValidationReport(report, getModel('gpt-4o-mini-2024-07-18'));
    expect(text).toContain(
      "Tokens of tools definitions and tool calls are estimated by OpenAI's published recipe",
    );
  });

  it('keeps the walkthrough exact: 362 billing tokens, no estimates, no note', async () => {
    const report = await validateDataset({ source: wakannai, model: 'gpt-3.5-turbo' });
    expect(report).toMatchObject({
      billingTokens: 362,
      chargedTokens: 3620,
      estimatedCostUsd: 0.02896,
    });
    expect(report.estimatedTokenFields).toEqual([]);
    expect(formatValidationReport(report, getModel('gpt-3.5-turbo'))).not.toContain('estimated by');
  });
});
