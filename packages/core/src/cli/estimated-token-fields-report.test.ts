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

  it('leaves chat-only lines out of a prompt/completion report, and names completion tokens', async () => {
    const lines = Array.from({ length: 12 }, (_, index) =>
      JSON.stringify({ prompt: `Q${index} ->`, completion: ` A${index}\n` }),
    );
    const report = await validateDataset({
      source: Readable.from([lines.join('\n')]),
      name: 'legacy.jsonl',
      model: 'babbage-002',
    });
    expect(report).toMatchObject({ format: 'prompt-completion', errorCount: 0 });
    const text = formatValidationReport(report, getModel('babbage-002'));
    expect(text).not.toContain('missing system message');
    expect(text).not.toContain('num_messages_per_example');
    expect(text).toContain('#### Distribution of num_completion_tokens_per_example:');
    expect(text).toContain('#### Distribution of num_total_tokens_per_example:');
  });
});
