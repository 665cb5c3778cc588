import { TunelineError } from '../errors/tuneline-error.js';

/** The error for a tuneline.json that does not parse: every problem with its hint, at once. */
export function describeInvalidConfig(
  path: string,
  issues: ReadonlyArray<{ readonly message: string; readonly hint: string }>,
): TunelineError {
  const details = issues.map((issue) => `  ${issue.message}\n    hint: ${issue.hint}`).join('\n');
  return new TunelineError('invalid_config', `${path} is not valid:\n${details}`, {
    hint: 'Fix tuneline.json (editors complete it from its $schema), or name a dataset file.',
  });
}
