import { ApiError } from '../http/api-error.js';
import { uploadPurposes } from './file-purposes.js';

/** Checks a purpose and, for fine-tuning, the `.jsonl` name OpenAI insists on. */
export function checkPurpose(purpose: string | undefined, filename: string, param: string): string {
  if (purpose === undefined || purpose === '') {
    throw ApiError.badRequest("Missing required parameter: 'purpose'.", {
      param: 'purpose',
      code: 'missing_required_parameter',
    });
  }
  if (!(uploadPurposes as readonly string[]).includes(purpose)) {
    throw ApiError.badRequest(
      `Invalid value: '${purpose}'. Supported values are: ${uploadPurposes.map((value) => `'${value}'`).join(', ')}.`,
      { param: 'purpose', code: 'invalid_value' },
    );
  }
  if (purpose === 'fine-tune' && !filename.toLowerCase().endsWith('.jsonl')) {
    throw ApiError.badRequest('Invalid file format for Fine-Tuning API. Must be .jsonl', {
      param,
      code: 'invalid_file_format',
    });
  }
  return purpose;
}
