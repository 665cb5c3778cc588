import type { JobParameters } from './job-parameters.js';
import { resolveJobMethod } from './resolve-job-method.js';

/** The epochs a job's parameters set, wherever they sit; undefined for OpenAI's default ("auto"). */
export function chosenEpochs(parameters: JobParameters): number | undefined {
  const epochs = resolveJobMethod(parameters).hyperparameters?.n_epochs;
  return typeof epochs === 'number' ? epochs : undefined;
}
