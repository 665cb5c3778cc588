import type { JobMethod } from './job-method.js';
import type { JobParameters } from './job-parameters.js';

/** The method a job trains with: `method` if given, else supervised with `hyperparameters`. */
export function resolveJobMethod(
  parameters: Pick<JobParameters, 'method' | 'hyperparameters'>,
): JobMethod {
  if (parameters.method !== undefined) return parameters.method;
  return parameters.hyperparameters === undefined
    ? { type: 'supervised' }
    : { type: 'supervised', hyperparameters: parameters.hyperparameters };
}
