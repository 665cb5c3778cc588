import { benchVocabulary as vocabulary } from './bench-vocabulary.js';
import { createRandom, type Random } from './create-random.js';

type Kind = 'english' | 'japanese' | 'code';

interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

// Rough characters per token of each kind, only to size the examples (30 to 3,000 tokens).
const charactersPerToken: Record<Kind, number> = { english: 4.3, japanese: 1.2, code: 3.5 };
const minimumTokens = 30;
const maximumTokens = 3000;
const rareWordCount = 50_000;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const rareWords: string[] = [];

/** Rare word `index` of a fixed pseudo-vocabulary: the long tail real text has. */
function rareWord(index: number): string {
  let word = rareWords[index];
  if (word === undefined) {
    const random = createRandom(index + 1);
    word = '';
    for (let count = random.integer(2, 4); count > 0; count--)
      word += random.pick(vocabulary.syllables);
    rareWords[index] = word;
  }
  return word;
}

function englishWord(random: Random): string {
  const roll = random.next();
  if (roll < 0.75) return random.pickSkewed(vocabulary.englishWords);
  if (roll < 0.87) return rareWord(Math.floor(random.next() ** 2 * rareWordCount));
  if (roll < 0.93) return random.pick(vocabulary.technicalTerms);
  if (roll < 0.96) return String(random.integer(0, random.chance(0.5) ? 100 : 100_000));
  if (roll < 0.98) return random.pick(vocabulary.englishNames);
  return random.pick(["don't", "it's", "we'll", "they're", "you've", "I'm", "can't", "that's"]);
}

function englishSentence(random: Random): string {
  const words: string[] = [];
  for (let count = random.integer(5, 24); count > 0; count--) {
    let word = englishWord(random);
    if (count > 2 && random.chance(0.08)) word += ',';
    words.push(word);
  }
  if (random.chance(0.05)) words.push(`(${englishWord(random)} ${englishWord(random)})`);
  if (random.chance(0.03)) words.push(random.pick(vocabulary.emoji));
  const end = random.chance(0.85) ? '.' : random.pick(['?', '!', ':']);
  return `${capitalize(words.join(' ').replace(/,$/, ''))}${end}`;
}

function englishParagraph(random: Random): string {
  const sentences: string[] = [];
  for (let count = random.integer(1, 6); count > 0; count--)
    sentences.push(englishSentence(random));
  return sentences.join(' ');
}

function englishText(random: Random, targetCharacters: number, allowLists: boolean): string {
  const blocks: string[] = [];
  let length = 0;
  while (length < targetCharacters) {
    let block: string;
    const roll = random.next();
    if (allowLists && roll < 0.12) {
      const marker = random.chance(0.5) ? '-' : '1.';
      const items: string[] = [];
      for (let count = random.integer(2, 5); count > 0; count--) {
        items.push(`${marker} ${englishSentence(random)}`);
      }
      block = items.join('\n');
    } else if (allowLists && roll < 0.17) {
      block = `## ${capitalize(englishWord(random))} ${englishWord(random)}`;
    } else {
      block = englishParagraph(random);
    }
    blocks.push(block);
    length += block.length + 2;
  }
  return blocks.join('\n\n');
}

function japaneseClause(random: Random): string {
  let clause = random.chance(0.2) ? `${random.pick(vocabulary.japaneseConnectors)}、` : '';
  if (random.chance(0.3)) clause += random.pick(vocabulary.japaneseAdjectives);
  for (let count = random.integer(1, 3); count > 0; count--) {
    const roll = random.next();
    if (roll < 0.6) clause += random.pickSkewed(vocabulary.japaneseNouns);
    else if (roll < 0.85) clause += random.pick(vocabulary.japaneseLoanwords);
    else if (roll < 0.93) clause += random.pick(vocabulary.technicalTerms);
    else clause += `${random.integer(1, 2025)}${random.pick(['年', 'つ', '件', '%', '円', '日'])}`;
    clause += random.pick(vocabulary.japaneseParticles);
  }
  return clause + random.pick(vocabulary.japaneseEndings);
}

function japaneseText(random: Random, targetCharacters: number): string {
  let text = '';
  while (text.length < targetCharacters) {
    const clauses: string[] = [];
    for (let count = random.integer(1, 3); count > 0; count--) clauses.push(japaneseClause(random));
    let sentence = clauses.join('、') + (random.chance(0.85) ? '。' : random.pick(['？', '！']));
    if (random.chance(0.05)) sentence = `「${sentence}」`;
    text += sentence;
    if (random.chance(0.15)) text += '\n\n';
  }
  return text;
}

function identifier(random: Random, style: 'camel' | 'snake'): string {
  const words: string[] = [];
  for (let count = random.integer(1, 3); count > 0; count--) {
    words.push(
      random.chance(0.85)
        ? random.pickSkewed(vocabulary.englishWords)
        : rareWord(random.integer(0, 999)),
    );
  }
  if (style === 'snake') return words.join('_');
  return words.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
}

function typescriptBlock(random: Random): string {
  const name = identifier(random, 'camel');
  const parameter = identifier(random, 'camel');
  const lines = [
    `export ${random.chance(0.5) ? 'async ' : ''}function ${name}(${parameter}: ${capitalize(identifier(random, 'camel'))}): Promise<number> {`,
  ];
  for (let count = random.integer(2, 12); count > 0; count--) {
    const variable = identifier(random, 'camel');
    const roll = random.next();
    if (roll < 0.3)
      lines.push(
        `  const ${variable} = await ${parameter}.${identifier(random, 'camel')}(${random.integer(0, 500)});`,
      );
    else if (roll < 0.5)
      lines.push(
        `  if (!${variable}) {`,
        `    throw new Error('${englishWord(random)} ${englishWord(random)} failed');`,
        '  }',
      );
    else if (roll < 0.65) lines.push(`  // ${englishSentence(random)}`);
    else if (roll < 0.8)
      lines.push(
        `  for (const item of ${variable}.items) {`,
        `    total += item.${identifier(random, 'camel')} * ${random.integer(1, 99)};`,
        '  }',
      );
    else
      lines.push(
        `  let ${variable} = \`${englishWord(random)}: \${${parameter}.${identifier(random, 'camel')}}\`;`,
      );
  }
  lines.push(`  return ${identifier(random, 'camel')}.length;`, '}');
  return `\`\`\`ts\n${lines.join('\n')}\n\`\`\``;
}

function pythonBlock(random: Random): string {
  const lines = [
    `def ${identifier(random, 'snake')}(${identifier(random, 'snake')}, limit=${random.integer(1, 100)}):`,
  ];
  lines.push(`    """${englishSentence(random)}"""`);
  for (let count = random.integer(2, 10); count > 0; count--) {
    const variable = identifier(random, 'snake');
    const roll = random.next();
    if (roll < 0.3)
      lines.push(`    ${variable} = [x.${identifier(random, 'snake')} for x in items if x]`);
    else if (roll < 0.55)
      lines.push(
        `    if ${variable} is None:`,
        `        raise ValueError("${englishWord(random)} is missing")`,
      );
    else if (roll < 0.7) lines.push(`    # ${englishSentence(random)}`);
    else
      lines.push(
        `    with open("${identifier(random, 'snake')}.jsonl") as handle:`,
        `        ${variable} = json.loads(handle.readline())`,
      );
  }
  lines.push(`    return ${identifier(random, 'snake')}`);
  return `\`\`\`python\n${lines.join('\n')}\n\`\`\``;
}

function goBlock(random: Random): string {
  const name = capitalize(identifier(random, 'camel'));
  const lines = [`func ${name}(ctx context.Context) error {`];
  for (let count = random.integer(2, 8); count > 0; count--) {
    lines.push(
      `\tif err := ${identifier(random, 'camel')}(ctx); err != nil {`,
      `\t\treturn fmt.Errorf("${englishWord(random)}: %w", err)`,
      '\t}',
    );
  }
  lines.push('\treturn nil', '}');
  return `\`\`\`go\n${lines.join('\n')}\n\`\`\``;
}

function codeAnswer(random: Random, targetCharacters: number): string {
  const blocks: string[] = [];
  let length = 0;
  while (length < targetCharacters) {
    const roll = random.next();
    const block =
      roll < 0.35
        ? englishParagraph(random)
        : roll < 0.7
          ? typescriptBlock(random)
          : roll < 0.9
            ? pythonBlock(random)
            : goBlock(random);
    blocks.push(block);
    length += block.length + 2;
  }
  return blocks.join('\n\n');
}

function text(random: Random, kind: Kind, tokens: number, isAnswer: boolean): string {
  const characters = Math.max(8, Math.round(tokens * charactersPerToken[kind]));
  if (kind === 'japanese') return japaneseText(random, characters);
  if (kind === 'code' && isAnswer) return codeAnswer(random, characters);
  return englishText(random, characters, isAnswer);
}

function example(random: Random): { messages: ChatMessage[] } {
  const roll = random.next();
  const kind: Kind = roll < 0.45 ? 'english' : roll < 0.7 ? 'japanese' : 'code';
  const messages: ChatMessage[] = [];
  if (random.chance(0.7)) {
    const prompts = vocabulary.systemPrompts;
    const prompt =
      kind === 'japanese'
        ? prompts[2]
        : kind === 'code'
          ? prompts[1]
          : random.pick([prompts[0], prompts[3]]);
    messages.push({ role: 'system', content: prompt });
  }
  const totalTokens = Math.round(minimumTokens * (maximumTokens / minimumTokens) ** random.next());
  const turns = totalTokens > 600 && random.chance(0.3) ? random.integer(2, 3) : 1;
  const tokensPerTurn = totalTokens / turns;
  const questionKind: Kind = kind === 'code' ? (random.chance(0.8) ? 'english' : 'japanese') : kind;
  for (let turn = 0; turn < turns; turn++) {
    messages.push({
      role: 'user',
      content: text(random, questionKind, Math.max(8, tokensPerTurn * 0.15), false),
    });
    messages.push({ role: 'assistant', content: text(random, kind, tokensPerTurn * 0.85, true) });
  }
  return { messages };
}

/**
 * An endless, deterministic stream of chat fine-tuning examples as JSONL lines (without the newline):
 * English prose, code answers and Japanese; unique user and assistant texts; a few system prompts
 * repeated across examples; 30 to 3,000 tokens each.
 */
export function* generateChatExamples(seed: number): Generator<string, never, undefined> {
  const random = createRandom(seed);
  for (;;) yield JSON.stringify(example(random));
}
