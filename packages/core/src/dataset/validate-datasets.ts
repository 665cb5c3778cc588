import type { DatasetReport } from './dataset-report.js';
import { runDatasetValidation, type ValidateDatasetOptions } from './validate-dataset.js';

/**
 * Validates a training file and, optionally, its validation file, warning about examples that
 * appear in both.
 */
export async function validateDatasets(
  options: Omit<ValidateDatasetOptions, 'source' | 'name' | 'role'> & {
    readonly training: {
      readonly source: ValidateDatasetOptions['source'];
      readonly name?: string;
    };
    readonly validation?: {
      readonly source: ValidateDatasetOptions['source'];
      readonly name?: string;
    };
  },
): Promise<{ training: DatasetReport; validation?: DatasetReport }> {
  const { training, validation, ...shared } = options;
  const trainingResult = await runDatasetValidation({
    ...shared,
    ...training,
    role: 'training',
    keepDigests: validation !== undefined,
  });
  if (!validation) return { training: trainingResult.report };
  try {
    const validationResult = await runDatasetValidation({
      ...shared,
      ...validation,
      role: 'validation',
      trainingDigests: trainingResult.digests,
      trainingPath: trainingResult.report.path,
    });
    return { training: trainingResult.report, validation: validationResult.report };
  } finally {
    trainingResult.digests.dispose();
  }
}
