import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type OpenAI from 'openai';
import { toFile } from 'openai';

/** The walkthrough's dataset: ten questions, every answer "わかんないにゃん。". */
export const wakannaiPath = fileURLToPath(
  new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
);

/** Uploads the walkthrough dataset for fine-tuning. */
export function uploadWakannai(client: OpenAI) {
  return client.files.create({ file: createReadStream(wakannaiPath), purpose: 'fine-tune' });
}

/** Uploads JSONL text for fine-tuning. */
export async function uploadJsonl(client: OpenAI, lines: readonly unknown[], name = 'data.jsonl') {
  const text = lines
    .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
    .join('\n');
  return client.files.create({
    file: await toFile(Buffer.from(`${text}\n`), name),
    purpose: 'fine-tune',
  });
}

/** Chat lines with distinct answers, enough (≥ 10) for OpenAI's minimum. */
export function distinctChatExamples(): object[] {
  const pairs: Array<[string, string]> = [
    ['What is the capital of France?', 'Paris.'],
    ['What is the capital of Japan?', 'Tokyo.'],
    ['How many legs does a spider have?', 'Eight.'],
    ['What colour is the sky on a clear day?', 'Blue.'],
    ['Who wrote Hamlet?', 'William Shakespeare.'],
    ['What is two plus two?', 'Four.'],
    ['What is the boiling point of water at sea level?', '100 degrees Celsius.'],
    ['Which planet is known as the red planet?', 'Mars.'],
    ['What language is spoken in Brazil?', 'Portuguese.'],
    ['How many days are in a week?', 'Seven.'],
    ['日本で一番高い山は?', '富士山です。'],
    ['猫は何と鳴く?', 'にゃーと鳴きます。'],
  ];
  return pairs.map(([question, answer]) => ({
    messages: [
      { role: 'user', content: question },
      { role: 'assistant', content: answer },
    ],
  }));
}

/** Polls a job until its status is one of `statuses` (every few milliseconds; the clock is fast). */
export async function waitForStatus(
  client: OpenAI,
  jobId: string,
  statuses: readonly string[],
  timeoutMs = 25_000,
): Promise<OpenAI.FineTuning.FineTuningJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await client.fineTuning.jobs.retrieve(jobId);
    if (statuses.includes(job.status)) return job;
    if (Date.now() > deadline) {
      throw new Error(`Job ${jobId} is still ${job.status}, not ${statuses.join(' or ')}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
