import { TunelineError } from '@tuneline/core';

/** Why an answer stopped, in a line for the thread: what happened, never the internals. */
export function describeChatFailure(error: unknown): string {
  if (TunelineError.isInstance(error)) {
    const kind = (error as { kind?: unknown }).kind;
    if (error.code === 'timeout') return error.message;
    if (error.code === 'rate_limited')
      return 'OpenAI is rate-limiting this project; try again in a minute.';
    if (kind === 'network')
      return 'OpenAI could not be reached, or the answer broke off; try again.';
    return error.message;
  }
  return 'Something went wrong while answering (the details are in the bot’s log); try again.';
}
