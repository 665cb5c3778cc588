import { readFile as readFileFromDisk } from 'node:fs/promises';
import { join } from 'node:path';
import { TunelineError } from '../errors/tuneline-error.js';
import type { ConfigIssue } from './config-issue.js';
import { parseRepositoryConfig } from './parse-repository-config.js';
import type { RepositoryConfig } from './repository-config.js';

/** The name of the optional config file at a repository's root. */
export const repositoryConfigFileName = 'tuneline.json';

export type LoadRepositoryConfigResult =
  /** `value` is null when the repository has no tuneline.json. */
  | { readonly ok: true; readonly path: string; readonly value: RepositoryConfig | null }
  | { readonly ok: false; readonly path: string; readonly issues: readonly ConfigIssue[] };

/**
 * Reads and checks the optional tuneline.json at a repository's root. A missing file is not an
 * error (`value: null`); a wrong one returns every problem with its line, field path and fix.
 * @example
 * const result = await loadRepositoryConfig({ directory: process.cwd() });
 * if (!result.ok) for (const issue of result.issues) console.error(issue.message, issue.hint);
 */
export async function loadRepositoryConfig(options: {
  directory: string;
  readFile?: (path: string) => Promise<string>;
}): Promise<LoadRepositoryConfigResult> {
  const path = join(options.directory, repositoryConfigFileName);
  const readFile = options.readFile ?? ((file: string) => readFileFromDisk(file, 'utf8'));
  let text: string;
  try {
    text = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, path, value: null };
    throw new TunelineError('file_unreadable', `Cannot read ${path}.`, {
      cause: error,
      hint: 'Check the file is readable.',
    });
  }
  const result = parseRepositoryConfig({ text, file: path });
  return result.ok
    ? { ok: true, path, value: result.value }
    : { ok: false, path, issues: result.issues };
}
