import {
  type DatasetReport,
  TunelineError,
  type ValidationIssue,
  validateDataset,
} from '@tuneline/core';
import type { FileObject } from '../files/file-object.js';
import type { BlobStore } from '../state/blob-store.js';
import type { JobError, MethodType } from './job-record.js';

export type JobFilesValidation =
  | {
      readonly ok: true;
      readonly training: DatasetReport;
      readonly validation: DatasetReport | null;
    }
  | { readonly ok: false; readonly error: JobError };

/** The issue to report: the first located error (as OpenAI names the first bad line), else the first error. */
function firstError(report: DatasetReport): ValidationIssue | undefined {
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const located = errors
    .filter((issue) => issue.line !== undefined)
    .sort((left, right) => (left.line ?? 0) - (right.line ?? 0));
  return located[0] ?? errors[0];
}

function describeFailure(role: 'training' | 'validation', detail: string): JobError {
  return {
    code: `invalid_${role}_file`,
    message: `The job failed due to an invalid ${role} file. ${detail}`,
    param: `${role}_file`,
  };
}

async function validateOne(options: {
  blobs: BlobStore;
  file: FileObject | undefined;
  fileId: string;
  role: 'training' | 'validation';
  model: string;
  method: MethodType;
  epochs: number | undefined;
}): Promise<{ report: DatasetReport } | { error: JobError }> {
  const { blobs, file, role } = options;
  if (!file || !(await blobs.has(file.id))) {
    return {
      error: describeFailure(role, `File ${options.fileId} was deleted before it could be read.`),
    };
  }
  try {
    const report = await validateDataset({
      source: blobs.pathOf(file.id) ?? blobs.read(file.id),
      name: file.filename,
      model: options.model,
      method: options.method,
      role,
      ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
    });
    const issue = firstError(report);
    if (issue) {
      const where = issue.line === undefined ? '' : `Line ${issue.line}: `;
      return { error: describeFailure(role, `${where}${issue.message}`) };
    }
    return { report };
  } catch (error) {
    if (TunelineError.isInstance(error)) return { error: describeFailure(role, error.message) };
    throw error;
  }
}

/**
 * Validates a job's files with Tuneline core's dataset validator, as OpenAI validates them in
 * `validating_files`: the first error becomes the job's error (`invalid_training_file`, message
 * naming the line).
 */
export async function validateJobFiles(options: {
  blobs: BlobStore;
  trainingFile: FileObject | undefined;
  trainingFileId: string;
  validationFile: FileObject | undefined;
  validationFileId: string | null;
  model: string;
  method: MethodType;
  epochs: number | undefined;
}): Promise<JobFilesValidation> {
  const common = {
    blobs: options.blobs,
    model: options.model,
    method: options.method,
    epochs: options.epochs,
  };
  const training = await validateOne({
    ...common,
    file: options.trainingFile,
    fileId: options.trainingFileId,
    role: 'training',
  });
  if ('error' in training) return { ok: false, error: training.error };
  if (options.validationFileId === null) {
    return { ok: true, training: training.report, validation: null };
  }
  const validation = await validateOne({
    ...common,
    file: options.validationFile,
    fileId: options.validationFileId,
    role: 'validation',
  });
  if ('error' in validation) return { ok: false, error: validation.error };
  return { ok: true, training: training.report, validation: validation.report };
}
