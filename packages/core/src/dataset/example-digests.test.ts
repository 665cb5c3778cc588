import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExampleDigests, SpilledRecords } from './example-digests.js';
import { runDatasetValidation } from './validate-dataset.js';

/** 32 bits as uniform as SHA-1's. */
function mix(value: number): number {
  let mixed = Math.imul(value ^ (value >>> 16), 0x45d9f3b);
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

/** Line `line` holds example `exampleOf(line)`: about one line in six repeats an earlier one. */
function exampleOf(line: number): number {
  return line % 6 === 0 ? mix(line) % Math.max(1, line - 1) : line;
}

/** Every [line, first line] pair `digests` reports, in memory as lines come, then from disk. */
function duplicatesFound(digests: ExampleDigests, lines: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let line = 1; line <= lines; line++) {
    const example = exampleOf(line);
    const firstLine = digests.add(mix(example), mix(example ^ 0x5bd1e995), line);
    if (firstLine !== undefined) found.push([line, firstLine]);
  }
  digests.forEachSpilledDuplicate((line, firstLine) => found.push([line, firstLine]));
  return found.sort((a, b) => a[0] - b[0]);
}

const createdDirectories: string[] = [];

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'tuneline-digests-test-'));
  createdDirectories.push(directory);
  return directory;
}

afterAll(() => {
  for (const directory of createdDirectories.splice(0)) {
    rmSync(directory, { recursive: true, force: true });
  }
});

describe('ExampleDigests', () => {
  it('finds the same duplicates with the same first lines once its digests go to disk', () => {
    const lines = 30_000;
    const inMemory = new ExampleDigests();
    const directory = temporaryDirectory();
    const spilling = new ExampleDigests({
      maxDigestsInMemory: 1000,
      temporaryDirectory: directory,
    });
    const expected = duplicatesFound(inMemory, lines);
    const actual = duplicatesFound(spilling, lines);
    expect(inMemory.spilled).toBe(false);
    expect(spilling.spilled).toBe(true);
    expect(expected.length).toBeGreaterThan(4000);
    expect(actual).toEqual(expected);
    spilling.dispose();
    expect(readdirSync(directory)).toEqual([]);
  });

  it('matches another file against digests on disk as a lookup in memory would', () => {
    const directory = temporaryDirectory();
    const training = new ExampleDigests({ maxDigestsInMemory: 500, temporaryDirectory: directory });
    const reference = new ExampleDigests();
    for (let line = 1; line <= 8000; line++) {
      const example = exampleOf(line);
      training.add(mix(example), mix(example ^ 0x5bd1e995), line);
      reference.add(mix(example), mix(example ^ 0x5bd1e995), line);
    }
    const candidates = new SpilledRecords(directory);
    const expected: Array<[number, number]> = [];
    for (let line = 1; line <= 3000; line++) {
      // Every third validation example is also in the training file, some of them twice.
      const example = line % 3 === 0 ? exampleOf(line * 2) : 1_000_000 + line;
      candidates.write(mix(example), mix(example ^ 0x5bd1e995), line);
      const trainingLine = reference.lineOf(mix(example), mix(example ^ 0x5bd1e995));
      if (trainingLine !== undefined) expected.push([line, trainingLine]);
    }
    const actual: Array<[number, number]> = [];
    training.forEachSpilledMatch(candidates, (line, trainingLine) =>
      actual.push([line, trainingLine]),
    );
    expect(expected).toHaveLength(1000);
    expect(actual.sort((a, b) => a[0] - b[0])).toEqual(expected);
    candidates.dispose();
    training.dispose();
    expect(readdirSync(directory)).toEqual([]);
  });

  it.each([
    ['does not exist', () => join(temporaryDirectory(), 'missing', 'deeper')],
    [
      'is a file',
      () => {
        const file = join(temporaryDirectory(), 'not-a-directory');
        writeFileSync(file, '');
        return file;
      },
    ],
  ])('names the directory and the fix when the temporary directory %s', (_, directoryOf) => {
    const missing = directoryOf();
    const digests = new ExampleDigests({ maxDigestsInMemory: 10, temporaryDirectory: missing });
    expect(() => {
      for (let line = 1; line <= 20; line++) digests.add(mix(line), mix(line + 1), line);
    }).toThrow(
      expect.objectContaining({
        code: 'temporary_files_unwritable',
        message: expect.stringContaining(missing),
        hint: expect.stringContaining('TMPDIR'),
      }),
    );
  });
});

describe('SpilledRecords', () => {
  it("removes a day-old folder of a killed validation, and nobody else's", () => {
    const parent = temporaryDirectory();
    const folder = (name: string, ageHours: number) => {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, '0.bin'), '');
      const time = new Date(Date.now() - ageHours * 3_600_000);
      utimesSync(join(parent, name), time, time);
      return name;
    };
    // No process has a pid this large on Linux (pid_max is at most 2^22).
    const killed = folder('tuneline-digests-99999999-aaaaaa', 48);
    const recentlyKilled = folder('tuneline-digests-99999998-bbbbbb', 1);
    const running = folder(`tuneline-digests-${process.pid}-cccccc`, 48);
    const unrelated = folder('something-else-99999999-dddddd', 48);
    const records = new SpilledRecords(parent);
    const left = readdirSync(parent);
    expect(left).not.toContain(killed);
    expect(left).toEqual(expect.arrayContaining([recentlyKilled, running, unrelated]));
    records.dispose();
    expect(readdirSync(parent).sort()).toEqual([recentlyKilled, running, unrelated].sort());
  });
});

describe('runDatasetValidation with digests on disk', () => {
  it('reports the same duplicates and training overlaps as with digests in memory', async () => {
    const directory = temporaryDirectory();
    const chat = (index: number) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `Question ${index}?` },
          { role: 'assistant', content: `Answer ${index}.` },
        ],
      });
    const trainingPath = join(directory, 'train.jsonl');
    const validationPath = join(directory, 'valid.jsonl');
    writeFileSync(
      trainingPath,
      `${Array.from({ length: 400 }, (_, index) => chat(index % 7 === 6 ? index - 3 : index)).join('\n')}\n`,
    );
    writeFileSync(
      validationPath,
      `${Array.from({ length: 120 }, (_, index) => chat(index % 4 === 0 ? index * 3 : 10_000 + (index % 50))).join('\n')}\n`,
    );
    const validateBoth = async (maxDigestsInMemory?: number) => {
      const budget = maxDigestsInMemory === undefined ? {} : { maxDigestsInMemory };
      const training = await runDatasetValidation({
        source: trainingPath,
        model: 'gpt-4o-mini',
        keepDigests: true,
        ...budget,
      });
      try {
        const validation = await runDatasetValidation({
          source: validationPath,
          model: 'gpt-4o-mini',
          role: 'validation',
          trainingDigests: training.digests,
          trainingPath,
          ...budget,
        });
        return { training: training.report, validation: validation.report };
      } finally {
        training.digests.dispose();
      }
    };
    const inMemory = await validateBoth();
    const onDisk = await validateBoth(20);
    expect(onDisk).toEqual(inMemory);
    const codes = (issues: ReadonlyArray<{ code: string }>) => issues.map((issue) => issue.code);
    expect(codes(inMemory.training.issues)).toContain('duplicate_example');
    expect(codes(inMemory.validation.issues)).toContain('train_validation_overlap');
    expect(codes(inMemory.validation.issues)).toContain('duplicate_example');
    expect(readdirSync(directory).sort()).toEqual(['train.jsonl', 'valid.jsonl']);
  });
});
