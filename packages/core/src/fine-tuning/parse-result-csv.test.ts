import { describe, expect, it } from 'vitest';
import { parseResultCsv } from './parse-result-csv.js';

const csv = [
  'step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy',
  '1,2.5,0.4,,',
  '2,2.1,0.5,2.3,0.45',
  '3,1.9,0.55,,',
  '',
].join('\n');

describe('parseResultCsv', () => {
  it('reads the result CSV, leaving out empty validation cells', () => {
    expect(parseResultCsv(csv)).toEqual([
      { step: 1, trainLoss: 2.5, trainAccuracy: 0.4 },
      { step: 2, trainLoss: 2.1, trainAccuracy: 0.5, validLoss: 2.3, validAccuracy: 0.45 },
      { step: 3, trainLoss: 1.9, trainAccuracy: 0.55 },
    ]);
  });

  it('decodes the base64 form OpenAI serves', () => {
    const encoded = Buffer.from(csv)
      .toString('base64')
      .replace(/(.{60})/g, '$1\n');
    expect(parseResultCsv(encoded)).toEqual(parseResultCsv(csv));
  });

  it('reads CRLF line ends and full-validation columns', () => {
    const text =
      'step,train_loss,full_valid_loss,full_valid_mean_token_accuracy\r\n10,1.2,1.4,0.7\r\n';
    expect(parseResultCsv(text)).toEqual([
      { step: 10, trainLoss: 1.2, fullValidLoss: 1.4, fullValidAccuracy: 0.7 },
    ]);
  });

  it('is empty for an empty file', () => {
    expect(parseResultCsv('')).toEqual([]);
  });
});
