import { benchVocabulary } from './bench-vocabulary.js';
import { createRandom, type Random } from './create-random.js';

function words(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.pickSkewed(benchVocabulary.englishWords)).join(
    ' ',
  );
}

/**
 * An endless, deterministic stream of short, unique chat examples as JSONL lines (without the
 * newline), about 100 bytes each: the most examples a file of a given size holds, which is what
 * memory per example is measured on.
 */
export function* generateShortExamples(seed: number): Generator<string, never, undefined> {
  const random = createRandom(seed);
  for (let index = 0; ; index++) {
    yield JSON.stringify({
      messages: [
        { role: 'user', content: `${words(random, random.integer(2, 5))} #${index}?` },
        { role: 'assistant', content: `${words(random, random.integer(1, 4))}.` },
      ],
    });
  }
}
