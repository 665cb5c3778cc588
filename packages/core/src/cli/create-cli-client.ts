import type OpenAI from 'openai';
import { createOpenAIClient } from '../fine-tuning/create-openai-client.js';
import type { CliIo } from './cli-io.js';

/**
 * The OpenAI client of a CLI command, from the environment the command runs in
 * (`OPENAI_API_KEY`, `OPENAI_BASE_URL`); a missing key is a TunelineError saying what to set.
 */
export function createCliClient(io: CliIo): OpenAI {
  return createOpenAIClient({ env: io.env });
}
