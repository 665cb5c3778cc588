import { TunelineError } from '../errors/tuneline-error.js';

/** OpenAI's job ids: `ftjob-` and letters or digits; other compatible servers keep to the same characters. */
const jobIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

function defectOf(jobId: string): string | undefined {
  if (jobId.trim() === '') return 'is empty';
  if (/\s/.test(jobId)) return 'holds spaces or line breaks';
  if (/[/\\]|\.\./.test(jobId))
    return 'holds "/", "\\\\" or ".." (it would change the request path)';
  if (/^ftjob-?$/i.test(jobId)) return 'has nothing after "ftjob-"';
  if (jobId.startsWith('ft:')) return 'is a fine-tuned model, not a job';
  if (jobId.startsWith('file-')) return 'is a file id, not a job';
  if (!jobIdPattern.test(jobId)) return 'holds characters no job id has';
  return undefined;
}

/**
 * Returns the job id if it can be one, else throws a `usage` TunelineError saying what is wrong
 * with it, before any request is made: an id with "/" or ".." would change the request's path.
 * @example checkJobId(' ftjob-abc ') // throws: holds spaces
 */
export function checkJobId(jobId: string): string {
  const defect = defectOf(jobId);
  if (defect === undefined) return jobId;
  const shown = JSON.stringify(jobId.length > 80 ? `${jobId.slice(0, 77)}…` : jobId);
  throw new TunelineError('invalid_job_id', `Job id ${shown} ${defect}.`, {
    hint: 'Job ids look like ftjob-abc123; `npx tuneline status` lists recent jobs with their ids.',
  });
}
