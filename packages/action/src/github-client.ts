import type * as github from '@actions/github';

/** The Octokit that `@actions/github` builds for the workflow token. */
export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** A repository on GitHub. */
export interface RepositoryRef {
  readonly owner: string;
  readonly repo: string;
}

/** The HTTP status of a failed Octokit request, or undefined for other failures. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = (error as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** Each path segment percent-encoded, the slashes kept. */
export function encodeRepositoryPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
