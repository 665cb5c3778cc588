import { describe, expect, it } from 'vitest';
import { splitModelFromText } from './split-model-from-text.js';

describe('splitModelFromText', () => {
  it('takes the mention off and the model named first apart from the question', () => {
    expect(
      splitModelFromText(
        '<@UBOT> ft:gpt-4o-mini-2024-07-18:tuneline::abc12345 好きな音楽は何だ?',
        'UBOT',
      ),
    ).toEqual({
      model: 'ft:gpt-4o-mini-2024-07-18:tuneline::abc12345',
      question: '好きな音楽は何だ?',
    });
  });

  it('recognizes base and unknown OpenAI model names so they can be refused by name', () => {
    expect(splitModelFromText('<@UBOT> gpt-5 hello', 'UBOT').model).toBe('gpt-5');
    expect(splitModelFromText('<@UBOT> gpt-4o-mini-2024-07-18 hello', 'UBOT').model).toBe(
      'gpt-4o-mini-2024-07-18',
    );
  });

  it('leaves an ordinary question alone', () => {
    expect(splitModelFromText('<@UBOT|tuneline> what is a gpt?', 'UBOT')).toEqual({
      model: undefined,
      question: 'what is a gpt?',
    });
  });
});
