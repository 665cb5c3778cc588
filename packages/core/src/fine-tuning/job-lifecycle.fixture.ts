import type OpenAI from 'openai';
import { createTemporaryDirectory, writeChatDataset } from './datasets.fixture.js';
import { uploadTrainingFile } from './upload-training-file.js';

/** Uploads a fresh valid dataset and starts a plain job on it, straight through the SDK. */
export async function startPlainJob(options: {
  client: OpenAI;
  variant?: string;
  metadata?: Record<string, string>;
  withValidation?: boolean;
}): Promise<string> {
  const directory = await createTemporaryDirectory();
  const variant = options.variant ?? String(Math.random());
  const training = await uploadTrainingFile({
    client: options.client,
    path: await writeChatDataset({ directory, name: 'train.jsonl', variant }),
  });
  const validation =
    options.withValidation === true
      ? await uploadTrainingFile({
          client: options.client,
          path: await writeChatDataset({
            directory,
            name: 'valid.jsonl',
            variant: `${variant} validation`,
          }),
        })
      : undefined;
  const job = await options.client.fineTuning.jobs.create({
    model: 'gpt-4o-mini',
    training_file: training.fileId,
    ...(validation === undefined ? {} : { validation_file: validation.fileId }),
    ...(options.metadata === undefined ? {} : { metadata: options.metadata }),
  });
  return job.id;
}
