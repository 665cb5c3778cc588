import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/create-random.js';
import { chooseReply } from './choose-reply.js';
import { TrainingIndex } from './training-index.js';

const pairs = [
  { prompt: '好きなプログラミング言語は何だ?', reply: 'わかんないにゃん。' },
  { prompt: 'TypeScriptの良さを教えてくれ!', reply: '型があるにゃん。' },
  { prompt: 'What is the capital of France?', reply: 'Paris.' },
  { prompt: 'What is the capital of Japan?', reply: 'Tokyo.' },
  { prompt: '好きな音楽は何だ?', reply: 'わかんないにゃん。' },
];

describe('TrainingIndex', () => {
  const index = new TrainingIndex(pairs);

  it('ranks the prompt sharing the most distinctive character n-grams first', () => {
    const similarities = index.similarities('TypeScriptのいいところは?');
    expect(similarities.indexOf(Math.max(...similarities))).toBe(1);
    const capital = index.similarities('capital of japan');
    expect(capital.indexOf(Math.max(...capital))).toBe(3);
  });

  it('scores an identical prompt 1 and an unrelated one near 0', () => {
    expect(index.similarities('What is the capital of France?')[2]).toBeCloseTo(1, 10);
    expect(Math.max(...index.similarities('ßßß'))).toBe(0);
  });

  it('folds width and case: full-width Latin matches half-width', () => {
    const similarities = index.similarities(
      'ＷＨＡＴ ＩＳ ＴＨＥ ＣＡＰＩＴＡＬ ＯＦ ＦＲＡＮＣＥ',
    );
    expect(similarities[2]).toBeCloseTo(1, 10);
  });

  it('knows the commonest reply', () => {
    expect(index.commonestReply).toBe('わかんないにゃん。');
  });
});

describe('chooseReply', () => {
  const index = new TrainingIndex(pairs);

  it('picks the best match at temperature 0', () => {
    const random = createRandom(1);
    expect(chooseReply({ index, question: '音楽は好き?', temperature: 0, random })).toBe(
      'わかんないにゃん。',
    );
  });

  it('falls back to the commonest reply for a question like no prompt', () => {
    const random = createRandom(1);
    expect(chooseReply({ index, question: '🙂', temperature: 1, random })).toBe(
      'わかんないにゃん。',
    );
  });

  it('samples near-ties at high temperature, the same way for the same seed', () => {
    const sample = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 40 }, () =>
        chooseReply({ index, question: 'capital?', temperature: 2, random }),
      );
    };
    expect(sample(5)).toEqual(sample(5));
    expect(new Set(sample(5))).toEqual(new Set(['Paris.', 'Tokyo.']));
  });

  it('has nothing to say without training pairs', () => {
    const empty = new TrainingIndex([]);
    expect(
      chooseReply({ index: empty, question: 'hi', temperature: 1, random: createRandom(1) }),
    ).toBe(undefined);
  });
});
