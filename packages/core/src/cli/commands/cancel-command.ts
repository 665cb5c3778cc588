import { cancelJob } from '../../fine-tuning/cancel-job.js';
import { checkJobId } from '../../fine-tuning/check-job-id.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { createCliClient } from '../create-cli-client.js';
import { parseCommandLine } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const cancelUsage = 'tuneline cancel <job-id> [--json]';

/** `tuneline cancel`: cancels a job; OpenAI bills only the steps already trained. */
export async function cancelCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    { json: { type: 'boolean', default: false } },
    cancelUsage,
  );
  const [jobId, ...extra] = positionals;
  if (jobId === undefined || extra.length > 0) throw usageError('Name one job.', cancelUsage);
  checkJobId(jobId);
  const job = await cancelJob({ client: createCliClient(io), jobId });
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, job }, null, 2)}\n`);
  } else {
    io.stdout.write(`Job ${job.id}: ${job.status}.\n`);
  }
  return exitCodes.ok;
}
