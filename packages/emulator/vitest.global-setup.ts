import { loadOpenAISchemas } from './src/testing/openai-schemas.fixture.js';

/** Reads OpenAI's spec once per run (into a cache file), not once per test file. */
export default function prepareOpenAISchemas(): void {
  loadOpenAISchemas();
}
