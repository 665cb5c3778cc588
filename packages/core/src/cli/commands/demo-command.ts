import { fileURLToPath } from 'node:url';
import type OpenAI from 'openai';
import { streamChatAnswer } from '../../chat/stream-chat-answer.js';
import { validateDataset } from '../../dataset/validate-dataset.js';
import { TunelineError } from '../../errors/tuneline-error.js';
import { createOpenAIClient } from '../../fine-tuning/create-openai-client.js';
import { trainDataset } from '../../fine-tuning/train-dataset.js';
import { formatUsd } from '../../format/format-usd.js';
import { getModel } from '../../models/find-model.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { formatValidationReport } from '../format-validation-report.js';
import { followJob } from '../jobs/follow-job.js';
import { formatDuration } from '../jobs/format-duration.js';
import { formatJobOutcome } from '../jobs/format-job-outcome.js';
import { loadEmulator } from '../load-emulator.js';
import { parseCommandLine, parsePositiveNumber } from '../parse-command-line.js';
import { readAnswer } from '../read-answer.js';
import { usageError } from '../usage-error.js';

export const demoUsage =
  'tuneline demo [--emulator] [--speed <x>] [--yes] [--dataset <file>] [--model <id>] [--question <text>]';

/** The founding walkthrough: ten questions, every answer "わかんないにゃん。" ("dunno, meow"). */
const walkthroughDataset = fileURLToPath(new URL('../../../demo/wakannai.jsonl', import.meta.url));
const walkthroughModel = 'gpt-3.5-turbo';
const walkthroughQuestion = '好きなプログラミング言語を教えてください!!';

interface DemoTarget {
  readonly client: OpenAI;
  readonly description: string;
  readonly emulated: boolean;
  close(): Promise<void>;
}

async function chooseTarget(options: {
  io: CliIo;
  forceEmulator: boolean;
  speed: number;
}): Promise<DemoTarget> {
  const { io } = options;
  const apiKey = io.env.OPENAI_API_KEY;
  if (!options.forceEmulator && apiKey !== undefined && apiKey.trim() !== '') {
    return {
      client: createOpenAIClient({ env: io.env }),
      description: `the OpenAI API at ${io.env.OPENAI_BASE_URL || 'https://api.openai.com/v1'} (OPENAI_API_KEY is set; --emulator runs it locally instead)`,
      emulated: false,
      close: async () => {},
    };
  }
  const { startEmulator } = await loadEmulator();
  const emulator = await startEmulator({ port: 0, speed: options.speed });
  return {
    client: createOpenAIClient({ apiKey: emulator.apiKey, baseURL: emulator.url }),
    description: `the embedded OpenAI emulator at ${emulator.url}: no API key, no cost, nothing leaves this machine`,
    emulated: true,
    close: () => emulator.close(),
  };
}

function heading(io: CliIo, text: string): void {
  io.stdout.write(`\n━━ ${text}\n\n`);
}

/**
 * `tuneline demo`: the walkthrough end to end. Validates the dataset, uploads it, trains, follows
 * the job live and asks the tuned model a question, on the embedded emulator, or on the real API
 * (after confirming the estimated cost) when OPENAI_API_KEY is set.
 */
export async function demoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      emulator: { type: 'boolean', default: false },
      speed: { type: 'string', default: '1' },
      yes: { type: 'boolean', short: 'y', default: false },
      dataset: { type: 'string' },
      model: { type: 'string' },
      question: { type: 'string' },
    },
    demoUsage,
  );
  if (positionals.length > 0) throw usageError('The demo takes no arguments.', demoUsage);
  const speed = parsePositiveNumber(values.speed, 'speed', demoUsage) ?? 1;
  const started = Date.now();
  const datasetPath = values.dataset ?? walkthroughDataset;
  const datasetName = values.dataset ?? 'wakannai.jsonl (the walkthrough)';
  const model = getModel(values.model ?? walkthroughModel);
  const modelId = values.model ?? walkthroughModel;
  const question = values.question ?? walkthroughQuestion;

  heading(io, `1/4  Validate ${datasetName} for ${modelId}`);
  const report = await validateDataset({ source: datasetPath, name: datasetName, model });
  io.stdout.write(formatValidationReport(report, model));
  if (report.errorCount > 0) {
    io.stderr.write('tuneline demo: the dataset has errors; fix them before training.\n');
    return exitCodes.failed;
  }

  const target = await chooseTarget({ io, forceEmulator: values.emulator, speed });
  try {
    heading(io, '2/4  Upload and start the fine-tuning job');
    io.stdout.write(`Target: ${target.description}\n`);
    if (!target.emulated && !values.yes) {
      const cost =
        report.estimatedCostUsd === null ? 'an unknown amount' : formatUsd(report.estimatedCostUsd);
      const answer =
        io.stdin?.isTTY === true
          ? await readAnswer(
              io,
              `This starts a real fine-tuning job, estimated at ${cost}. Continue? [y/N] `,
            )
          : undefined;
      if (answer === undefined || !/^y(es)?$/i.test(answer.trim())) {
        throw new TunelineError('usage', 'Not confirmed: no job was started on the OpenAI API.', {
          hint: 'Answer "y" at the prompt, pass --yes, or add --emulator to run the demo locally.',
        });
      }
    }
    const trained = await trainDataset({
      client: target.client,
      training: datasetPath,
      datasetPath: values.dataset ?? 'examples/datasets/wakannai.jsonl',
      parameters: { model: modelId, suffix: 'wakannai' },
      origin: { source: 'cli' },
    });
    if (trained.status !== 'started' && trained.status !== 'existing') {
      throw new TunelineError('job_failed', `The job was not started (${trained.status}).`, {
        hint: 'Run tuneline train on the dataset to see why.',
      });
    }
    const upload = trained.trainingFile;
    if (upload !== null) {
      io.stdout.write(
        `Uploaded ${upload.filename} as ${upload.fileId}${upload.via === 'existing' ? ' (already there, reused)' : ''}\n`,
      );
    }
    io.stdout.write(
      `${trained.status === 'started' ? 'Created' : 'Found'} job ${trained.job.id} on ${trained.job.model}\n`,
    );

    heading(io, '3/4  Train');
    const followed = await followJob({
      client: target.client,
      jobId: trained.job.id,
      io,
      json: false,
      ...(target.emulated ? { pollIntervalMilliseconds: 200 } : {}),
    });
    if (followed.job === null || followed.outcome !== 'finished') return exitCodes.ok;
    io.stdout.write(
      `\n${formatJobOutcome({ job: followed.job, trainLosses: followed.trainLosses, fineTunedModel: followed.fineTunedModel, estimatedCostUsd: trained.estimatedCostUsd })}`,
    );
    const tunedModel = followed.fineTunedModel;
    if (followed.job.status !== 'succeeded' || tunedModel === null) return exitCodes.failed;

    heading(io, '4/4  Ask the fine-tuned model');
    io.stdout.write(`you> ${question}\n${tunedModel}> `);
    await streamChatAnswer({
      client: target.client,
      model: tunedModel,
      messages: [{ role: 'user', content: question }],
      onText: (text) => io.stdout.write(text),
    });
    io.stdout.write(`\n\nDone in ${formatDuration(Date.now() - started)}.`);
    io.stdout.write(
      target.emulated
        ? ' Next: tuneline validate <your dataset>, or set OPENAI_API_KEY and run the demo against the real API.\n'
        : '\n',
    );
    return exitCodes.ok;
  } finally {
    await target.close();
  }
}
