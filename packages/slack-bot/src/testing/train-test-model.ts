import type OpenAI from 'openai';
import { toFile } from 'openai';

/** One question and the answer the tuned model should give. */
export type TrainingPair = readonly [question: string, answer: string];

/**
 * Fine-tunes a model on the emulator from question/answer pairs (at least ten, as OpenAI asks)
 * and waits until it succeeded; resolves to its `ft:` id.
 */
export async function trainTestModel(options: {
  openai: OpenAI;
  pairs?: readonly TrainingPair[];
  jsonl?: string;
  model?: string;
  suffix?: string;
}): Promise<{ model: string; jobId: string; baseModel: string }> {
  const text =
    options.jsonl ??
    (options.pairs ?? [])
      .map(([question, answer]) =>
        JSON.stringify({
          messages: [
            { role: 'user', content: question },
            { role: 'assistant', content: answer },
          ],
        }),
      )
      .join('\n');
  const file = await options.openai.files.create({
    file: await toFile(Buffer.from(`${text.trimEnd()}\n`), 'train.jsonl'),
    purpose: 'fine-tune',
  });
  const baseModel = options.model ?? 'gpt-4o-mini-2024-07-18';
  const job = await options.openai.fineTuning.jobs.create({
    model: baseModel,
    training_file: file.id,
    ...(options.suffix === undefined ? {} : { suffix: options.suffix }),
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const current = await options.openai.fineTuning.jobs.retrieve(job.id);
    if (current.status === 'succeeded' && current.fine_tuned_model) {
      return { model: current.fine_tuned_model, jobId: job.id, baseModel };
    }
    if (current.status === 'failed' || current.status === 'cancelled' || Date.now() > deadline) {
      throw new Error(`Test fine-tuning job ${job.id} ended ${current.status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
