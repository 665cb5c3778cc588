import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/api-error.js';
import { ParamReader } from './param-reader.js';

function problem(read: () => unknown): ApiError {
  try {
    read();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('ParamReader', () => {
  it("words range errors as OpenAI does, with the parameter's dotted path", () => {
    const nested = new ParamReader({ method: { dpo: { hyperparameters: { beta: 0 } } } });
    const beta = problem(() =>
      nested.object('method')?.object('dpo')?.object('hyperparameters')?.autoOrNumber('beta', {
        min: 0,
        exclusiveMin: true,
        max: 2,
      }),
    );
    expect(beta.message).toBe(
      "Invalid 'method.dpo.hyperparameters.beta': decimal below minimum value. Expected a value > 0, but got 0 instead.",
    );
    expect(beta.param).toBe('method.dpo.hyperparameters.beta');
    expect(beta.code).toBe('decimal_below_min_value');
  });

  it('treats 0, false and the empty string as present values', () => {
    const reader = new ParamReader({ seed: 0, stream: false, suffix: '' });
    expect(reader.integer('seed', { min: 0 })).toBe(0);
    expect(reader.boolean('stream')).toBe(false);
    expect(reader.has('suffix')).toBe(true);
    expect(problem(() => reader.string('suffix', { minLength: 1 })).code).toBe(
      'string_below_min_length',
    );
  });

  it('lists supported values of an enum', () => {
    const error = problem(() => new ParamReader({ type: 'x' }).enumValue('type', ['a', 'b', 'c']));
    expect(error.message).toBe("Invalid value: 'x'. Supported values are: 'a', 'b', and 'c'.");
  });

  it('counts string length in characters, not UTF-16 units', () => {
    const reader = new ParamReader({ suffix: '🐱'.repeat(64) });
    expect(reader.string('suffix', { maxLength: 64 })).toHaveLength(128);
  });

  it("accepts 'auto' where hyperparameters allow it and rejects other strings", () => {
    const reader = new ParamReader({ n_epochs: 'auto', batch_size: 'eight' });
    expect(reader.autoOrInteger('n_epochs', { min: 1 })).toBe('auto');
    expect(problem(() => reader.autoOrInteger('batch_size', { min: 1 })).code).toBe(
      'invalid_value',
    );
  });
});
