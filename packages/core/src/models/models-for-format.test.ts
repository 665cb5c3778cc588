import { describe, expect, it } from 'vitest';
import { modelsForFormat } from './models-for-format.js';

describe('modelsForFormat', () => {
  it('names the models that train each format, by the methods they offer', () => {
    const ids = (format: Parameters<typeof modelsForFormat>[0]) =>
      modelsForFormat(format).map((model) => model.id);
    expect(ids('chat')).toContain('gpt-3.5-turbo');
    expect(ids('chat')).not.toContain('babbage-002');
    expect(ids('prompt-completion')).toEqual(expect.arrayContaining(['babbage-002']));
    for (const model of modelsForFormat('preference')) expect(model.methods).toContain('dpo');
    for (const model of modelsForFormat('reinforcement'))
      expect(model.methods).toContain('reinforcement');
    expect(modelsForFormat(null)).toEqual([]);
  });
});
