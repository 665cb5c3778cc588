import type { GitHubClient, RepositoryRef } from './github-client.js';

/** GitHub lists at most 3,000 files of a pull request. */
export const pullRequestFilesCap = 3000;
/** The compare endpoint lists at most 300 files. */
export const compareFilesCap = 300;

/** Files a pull request or push changed; null when GitHub's list was cut off (check every dataset). */
export interface ChangedFiles {
  /** Paths added, modified, renamed or copied (removed ones are left out). */
  readonly paths: ReadonlySet<string> | null;
  readonly total: number;
}

/** Lists the files a pull request changes, every page. */
export async function listPullRequestFiles(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  pullRequest: number;
}): Promise<ChangedFiles> {
  const files = await options.octokit.paginate(options.octokit.rest.pulls.listFiles, {
    ...options.repository,
    pull_number: options.pullRequest,
    per_page: 100,
  });
  if (files.length >= pullRequestFilesCap) return { paths: null, total: files.length };
  return {
    paths: new Set(files.filter((file) => file.status !== 'removed').map((file) => file.filename)),
    total: files.length,
  };
}

/** Lists the files changed between two commits (a push). */
export async function listComparedFiles(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  base: string;
  head: string;
}): Promise<ChangedFiles> {
  const { data } = await options.octokit.rest.repos.compareCommitsWithBasehead({
    ...options.repository,
    basehead: `${options.base}...${options.head}`,
    per_page: 100,
  });
  const files = data.files ?? [];
  if (files.length >= compareFilesCap) return { paths: null, total: files.length };
  return {
    paths: new Set(files.filter((file) => file.status !== 'removed').map((file) => file.filename)),
    total: files.length,
  };
}

/** The merge base of a pull request: the commit its changes are measured against. */
export async function findMergeBase(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  base: string;
  head: string;
}): Promise<string> {
  const { data } = await options.octokit.rest.repos.compareCommitsWithBasehead({
    ...options.repository,
    basehead: `${options.base}...${options.head}`,
    per_page: 1,
  });
  return data.merge_base_commit.sha;
}

/** Every file path of a commit, to match the `datasets` glob when no change list applies. */
export async function listFilesAtCommit(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  ref: string;
}): Promise<string[]> {
  const { data } = await options.octokit.rest.git.getTree({
    ...options.repository,
    tree_sha: options.ref,
    recursive: 'true',
  });
  return data.tree.flatMap((entry) =>
    entry.type === 'blob' && entry.path !== undefined ? [entry.path] : [],
  );
}

/**
 * Turns a glob (`**` any depth, `*` within a segment, `?` one character, `{a,b}` either) into a
 * regular expression over repository paths.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  const text = glob.replace(/^\.\//, '');
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (character === '*') {
      if (text[index + 1] === '*') {
        const slash = text[index + 2] === '/';
        pattern += slash ? '(?:.*/)?' : '.*';
        index += slash ? 2 : 1;
      } else pattern += '[^/]*';
    } else if (character === '?') pattern += '[^/]';
    else if (character === '{') {
      const end = text.indexOf('}', index);
      if (end === -1) pattern += '\\{';
      else {
        pattern += `(?:${text
          .slice(index + 1, end)
          .split(',')
          .map((option) => option.replace(/[.+^${}()|[\]\\*?]/g, '\\$&'))
          .join('|')})`;
        index = end;
      }
    } else pattern += character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

/** Each of several comma- or newline-separated globs as a matcher. */
export function createGlobMatcher(globs: string): (path: string) => boolean {
  const patterns = globs
    .split(/\n|,(?![^{]*\})/)
    .map((glob) => glob.trim())
    .filter((glob) => glob !== '')
    .map(globToRegExp);
  return (path) => patterns.some((pattern) => pattern.test(path));
}
