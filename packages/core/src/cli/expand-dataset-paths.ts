import { isAbsolute, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { usageError } from './usage-error.js';

/** Expands globs (`data/**\/*.jsonl`) in order; plain paths pass through so a missing file is named. */
export async function expandDatasetPaths(
  patterns: readonly string[],
  cwd: string,
  usage: string,
): Promise<string[]> {
  const paths: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      paths.push(pattern);
      continue;
    }
    const matches = await glob(pattern, { cwd, absolute: isAbsolute(pattern), onlyFiles: true });
    if (matches.length === 0) throw usageError(`No file matches "${pattern}".`, usage);
    paths.push(
      ...matches
        .sort()
        .map((match) => (isAbsolute(pattern) ? match : relative(cwd, `${cwd}/${match}`))),
    );
  }
  return [...new Set(paths)];
}
