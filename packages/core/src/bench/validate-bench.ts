// `npm run bench`: how fast `tuneline validate` is against the floor (reading and parsing the file)
// and against naive js-tiktoken counting, each measured in its own process in the same run.
// Options: --size <MB> (50; 512 for the big run), --seed <n>, --naive-mb <MB> (how much of the
// file the naive pass reads: all of it up to 50 MB, else 20), --model <id>, --encoding <name>,
// --short (short unique examples, about 100 bytes each, for memory per example).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import type { TokenEncodingName } from '../tokens/token-encoding.js';
import { ensureBenchDataset } from './ensure-bench-dataset.js';
import type { PassResult } from './run-pass.js';

const megabyte = 1024 * 1024;
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const childScript = fileURLToPath(new URL('./bench-child.js', import.meta.url));
const usagePreload = pathToFileURL(
  fileURLToPath(new URL('./report-resource-usage.js', import.meta.url)),
).href;
const cliScript = join(repositoryRoot, 'packages/core/dist/cli/main.js');

const targets = {
  megabytesPerSecond: 20,
  timesNaive: 15,
  bigRunMegabytes: 512,
  bigRunMaxRssMegabytes: 400,
};

interface Measurement {
  readonly label: string;
  readonly bytes: number;
  readonly seconds: number;
  readonly maxRssBytes: number;
  readonly note?: string;
}

const run = promisify(execFile);

async function measurePass(options: {
  pass: PassResult['pass'];
  path: string;
  encoding: TokenEncodingName;
  limitBytes?: number;
}): Promise<PassResult> {
  const args = [childScript, options.pass, options.path, options.encoding];
  if (options.limitBytes !== undefined) args.push(String(options.limitBytes));
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * megabyte });
  return JSON.parse(stdout) as PassResult;
}

interface ValidateRun {
  readonly measurement: Measurement;
  readonly exitCode: number | null;
  readonly examples?: number;
  readonly errorCount?: number;
}

async function measureValidate(path: string, model: string, bytes: number): Promise<ValidateRun> {
  const directory = mkdtempSync(join(tmpdir(), 'tuneline-bench-'));
  const usageFile = join(directory, 'usage.json');
  try {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', usagePreload, cliScript, 'validate', path, '--model', model, '--json'],
      {
        env: { ...process.env, TUNELINE_BENCH_USAGE_FILE: usageFile },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    const usage = existsSync(usageFile)
      ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssBytes: number })
      : { maxRssBytes: Number.NaN };
    let report: { files?: { examples?: number; errorCount?: number }[] } = {};
    try {
      report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof report;
    } catch {
      // Reported below as missing figures: the exit code says what went wrong.
    }
    const file = report.files?.[0];
    return {
      measurement: { label: 'tuneline validate', bytes, seconds, maxRssBytes: usage.maxRssBytes },
      exitCode,
      ...(file?.examples === undefined ? {} : { examples: file.examples }),
      ...(file?.errorCount === undefined ? {} : { errorCount: file.errorCount }),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function toMeasurement(label: string, result: PassResult, note?: string): Measurement {
  return {
    label,
    bytes: result.bytes,
    seconds: result.seconds,
    maxRssBytes: result.maxRssBytes,
    ...(note === undefined ? {} : { note }),
  };
}

const speed = (measurement: { bytes: number; seconds: number }): number =>
  measurement.bytes / megabyte / measurement.seconds;

function formatTable(measurements: readonly Measurement[]): string {
  const header = ['pass', 'MB', 'seconds', 'MB/s', 'peak RSS MB', ''];
  const rows = measurements.map((measurement) => [
    measurement.label,
    (measurement.bytes / megabyte).toFixed(1),
    measurement.seconds.toFixed(2),
    speed(measurement).toFixed(1),
    (measurement.maxRssBytes / megabyte).toFixed(0),
    measurement.note ?? '',
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 || column === 5
            ? cell.padEnd(widths[column] ?? 0)
            : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const verdict = (passed: boolean): string => (passed ? 'PASS' : 'FAIL');

const usage =
  'usage: validate-bench [--size MB] [--seed n] [--naive-mb MB] [--model id] [--encoding o200k_base|cl100k_base] [--short]\n';

function parseOptions() {
  return parseArgs({
    options: {
      size: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      'naive-mb': { type: 'string' },
      model: { type: 'string', default: 'gpt-4o-mini-2024-07-18' },
      encoding: { type: 'string', default: 'o200k_base' },
      short: { type: 'boolean', default: false },
    },
  }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof parseOptions>;
  try {
    values = parseOptions();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const megabytes = Number(values.size);
  const seed = Number(values.seed);
  const encoding = values.encoding as TokenEncodingName;
  if (
    !(megabytes > 0) ||
    !Number.isInteger(seed) ||
    (encoding !== 'o200k_base' && encoding !== 'cl100k_base')
  ) {
    process.stderr.write(usage);
    return 2;
  }

  const generationStarted = performance.now();
  const dataset = await ensureBenchDataset({
    directory: join(repositoryRoot, '.bench'),
    megabytes,
    seed,
    kind: values.short ? 'short' : 'chat',
  });
  const generation = dataset.generated
    ? `generated in ${((performance.now() - generationStarted) / 1000).toFixed(1)} s`
    : 'cached';
  process.stdout.write(
    `Dataset: ${dataset.path} (${(dataset.bytes / megabyte).toFixed(1)} MB, ${generation}); engine passes use ${encoding}\n`,
  );

  const naiveMegabytes =
    values['naive-mb'] === undefined
      ? megabytes <= 50
        ? megabytes
        : 20
      : Number(values['naive-mb']);
  const naiveLimit =
    naiveMegabytes >= megabytes ? undefined : Math.round(naiveMegabytes * megabyte);
  const progress = (message: string): void => {
    process.stderr.write(`… ${message}\n`);
  };

  progress('floor: readline + JSON.parse');
  const floor = await measurePass({ pass: 'floor', path: dataset.path, encoding });
  progress(
    `naive: js-tiktoken over ${naiveLimit === undefined ? 'the whole file' : `the first ${naiveMegabytes} MB`}`,
  );
  const naive = await measurePass({
    pass: 'naive',
    path: dataset.path,
    encoding,
    ...(naiveLimit === undefined ? {} : { limitBytes: naiveLimit }),
  });
  progress('engine: createTokenCounter over every string, one thread');
  const engine = await measurePass({ pass: 'engine', path: dataset.path, encoding });
  const engineOnNaivePrefix =
    naiveLimit === undefined
      ? engine
      : await measurePass({ pass: 'engine', path: dataset.path, encoding, limitBytes: naiveLimit });

  const measurements: Measurement[] = [
    toMeasurement('floor (readline + JSON.parse)', floor),
    toMeasurement(
      'naive js-tiktoken',
      naive,
      naiveLimit === undefined ? '' : `first ${naiveMegabytes} MB only`,
    ),
    toMeasurement('token engine alone', engine),
  ];

  let validate: ValidateRun | undefined;
  if (existsSync(cliScript)) {
    progress(`tuneline validate --model ${values.model}`);
    validate = await measureValidate(dataset.path, values.model, dataset.bytes);
    const note =
      validate.exitCode === 0
        ? `${validate.examples ?? '?'} examples, ${validate.errorCount ?? '?'} errors`
        : `exit code ${validate.exitCode}`;
    measurements.push({ ...validate.measurement, note });
  }

  process.stdout.write(`\n${formatTable(measurements)}\n\n`);

  const exact =
    engineOnNaivePrefix.tokens === naive.tokens && engineOnNaivePrefix.strings === naive.strings;
  process.stdout.write(
    `Exactness: ${verdict(exact)}: engine ${engineOnNaivePrefix.tokens.toLocaleString('en')} tokens, js-tiktoken ${naive.tokens.toLocaleString('en')}, over ${naive.strings.toLocaleString('en')} strings (${(naive.bytes / megabyte).toFixed(1)} MB)\n`,
  );
  process.stdout.write(
    `Engine alone: ${(speed(engine) / speed(naive)).toFixed(1)}× naive, ${(speed(engine) / speed(floor)).toFixed(2)}× floor\n`,
  );
  if (validate === undefined) {
    process.stdout.write(`tuneline validate: not measured (${cliScript} not built)\n`);
  } else {
    const measurement = validate.measurement;
    const timesNaive = speed(measurement) / speed(naive);
    process.stdout.write(
      `validate / naive: ${timesNaive.toFixed(1)}×; validate / floor: ${(speed(measurement) / speed(floor)).toFixed(2)}×\n`,
    );
    process.stdout.write(
      `Target ≥ ${targets.megabytesPerSecond} MB/s: ${verdict(speed(measurement) >= targets.megabytesPerSecond)} (${speed(measurement).toFixed(1)} MB/s)\n`,
    );
    process.stdout.write(
      `Target ≥ ${targets.timesNaive}× naive: ${verdict(timesNaive >= targets.timesNaive)} (${timesNaive.toFixed(1)}×)\n`,
    );
    if (megabytes >= targets.bigRunMegabytes) {
      const rss = measurement.maxRssBytes / megabyte;
      process.stdout.write(
        `Target ${targets.bigRunMegabytes} MB under ${targets.bigRunMaxRssMegabytes} MB RSS: ${verdict(rss < targets.bigRunMaxRssMegabytes)} (${rss.toFixed(0)} MB)\n`,
      );
    } else {
      process.stdout.write(
        `Target ${targets.bigRunMegabytes} MB under ${targets.bigRunMaxRssMegabytes} MB RSS: run with --size ${targets.bigRunMegabytes} (and --short for the most examples)\n`,
      );
    }
  }
  return exact && (validate === undefined || validate.exitCode === 0) ? 0 : 1;
}

process.exitCode = await main();
