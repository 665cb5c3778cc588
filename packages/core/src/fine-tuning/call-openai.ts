import { wrapOpenAIError } from './wrap-openai-error.js';

/** Runs one OpenAI call and rethrows its failure wrapped with the operation's name. */
export async function callOpenAI<Result>(
  operation: string,
  call: () => PromiseLike<Result>,
): Promise<Result> {
  try {
    return await call();
  } catch (error) {
    throw wrapOpenAIError(error, { operation });
  }
}
