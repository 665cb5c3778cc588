import { checkJobId } from '../../fine-tuning/check-job-id.js';
import { retrieveJob } from '../../fine-tuning/retrieve-job.js';
import type { CliIo } from '../cli-io.js';
import { createCliClient } from '../create-cli-client.js';
import { followJobToEnd } from '../jobs/follow-job-to-end.js';
import { parseCommandLine, parseInteger } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const watchUsage = 'tuneline watch <job-id> [--interval <seconds>] [--json]';

/**
 * `tuneline watch`: follows a job live until it ends. Ctrl-C stops watching, not the job. With
 * --json, one JSON object per update (status, event, metrics, model, end).
 */
export async function watchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      interval: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    watchUsage,
  );
  const [jobId, ...extra] = positionals;
  if (jobId === undefined || extra.length > 0) throw usageError('Name one job.', watchUsage);
  checkJobId(jobId);
  const interval = parseInteger(values.interval, 'interval', watchUsage, { min: 1, max: 600 });
  const client = createCliClient(io);
  // Fails fast, with the API's own message, on an unknown job id.
  const initial = await retrieveJob({ client, jobId });
  if (!values.json)
    io.stdout.write(
      `Watching job ${jobId} (${initial.model}). Ctrl-C stops watching; the job goes on.\n`,
    );
  return followJobToEnd({
    client,
    job: initial,
    io,
    json: values.json,
    pollIntervalMilliseconds: interval === undefined ? undefined : interval * 1000,
  });
}
