import { TunelineError } from '../errors/tuneline-error.js';

/** A mistake in the command line itself: exit code 2, with the usage line as the hint. */
export function usageError(message: string, usage: string): TunelineError {
  return new TunelineError('usage', message, { hint: `Usage: npx ${usage}` });
}
