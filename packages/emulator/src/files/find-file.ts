import type { EmulatorContext } from '../emulator-context.js';
import { ApiError } from '../http/api-error.js';
import type { FileObject } from './file-object.js';
import { isExpired } from './is-expired.js';

/** The file with this id, or OpenAI's 404 for it. */
export function findFile(context: EmulatorContext, fileId: string): FileObject {
  const file = context.state.files.get(fileId);
  if (!file || isExpired(file, context.clock.now())) {
    throw ApiError.notFound(`No such File object: ${fileId}`, 'id');
  }
  return file;
}
