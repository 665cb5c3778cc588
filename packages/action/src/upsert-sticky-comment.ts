import type { GitHubClient, RepositoryRef } from './github-client.js';
import { statusOf } from './github-client.js';

/** GitHub refuses comment bodies longer than this (422 "Body is too long"). */
export const maxCommentCharacters = 65_536;

/** The account the workflow token comments as: `GITHUB_TOKEN` is the Actions app's bot. */
export const actionsBotLogin = 'github-actions[bot]';

/** The hidden line that marks the Action's comment for one workflow and config. */
export function stickyCommentMarker(options: { workflow: string; config: string }): string {
  const clean = (text: string) => text.replace(/--+>?|[<>\n\r]/g, '_');
  return `<!-- tuneline-sticky-comment workflow="${clean(options.workflow)}" config="${clean(options.config)}" -->`;
}

export type UpsertResult =
  | { readonly kind: 'created' | 'updated'; readonly commentId: number; readonly url: string }
  | {
      /** The token may not comment (a fork's read-only token): not a failure. */
      readonly kind: 'forbidden';
      readonly message: string;
    };

interface IssueComment {
  readonly id: number;
  readonly body?: string | undefined;
  readonly html_url: string;
  readonly user: { readonly login: string; readonly type?: string } | null;
  readonly performed_via_github_app?: { readonly slug?: string } | null;
}

/**
 * The accounts whose comments are the Action's: the token's own (`GET /user`, for a personal or
 * app token) and the Actions bot, which the workflow token comments as. GitHub logins cannot
 * contain "[", so no person can be `github-actions[bot]`.
 */
async function findOwnLogins(octokit: GitHubClient): Promise<Set<string>> {
  const logins = new Set([actionsBotLogin]);
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    logins.add(data.login);
  } catch {
    // The workflow token is an app installation token: GET /user answers 403 for it.
  }
  return logins;
}

/**
 * Creates the PR's one sticky comment or updates it in place: the comment with `marker` written by
 * the token's own account (a user's comment quoting the marker is never touched). A 403 (the
 * read-only token of a fork PR) is reported, not thrown.
 */
export async function upsertStickyComment(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  issueNumber: number;
  marker: string;
  body: string;
}): Promise<UpsertResult> {
  const { octokit, repository, marker } = options;
  const body = options.body.includes(marker) ? options.body : `${options.body}\n\n${marker}`;
  if (body.length > maxCommentCharacters) {
    throw new Error(`The comment is ${body.length} characters long; GitHub allows 65,536.`);
  }
  try {
    const logins = await findOwnLogins(octokit);
    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
      ...repository,
      issue_number: options.issueNumber,
      per_page: 100,
    })) as IssueComment[];
    const existing = comments.find(
      (comment) =>
        comment.body?.includes(marker) === true &&
        comment.user !== null &&
        logins.has(comment.user.login),
    );
    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({
        ...repository,
        comment_id: existing.id,
        body,
      });
      return { kind: 'updated', commentId: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
      ...repository,
      issue_number: options.issueNumber,
      body,
    });
    return await keepOldestComment({ ...options, logins, created: data, body });
  } catch (error) {
    if (statusOf(error) === 403) {
      return {
        kind: 'forbidden',
        message:
          'The workflow token may not comment on this pull request (a fork pull request gets a read-only token); the report is in the job summary and the annotations.',
      };
    }
    throw error;
  }
}

/**
 * Two runs that both found no comment both create one: after creating, the oldest of the Action's
 * marked comments stays (updated with this run's report) and the others are deleted.
 */
async function keepOldestComment(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  issueNumber: number;
  marker: string;
  body: string;
  logins: ReadonlySet<string>;
  created: { id: number; html_url: string };
}): Promise<UpsertResult> {
  const { octokit, repository, marker, logins, created } = options;
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    ...repository,
    issue_number: options.issueNumber,
    per_page: 100,
  })) as IssueComment[];
  const own = comments
    .filter(
      (comment) =>
        comment.body?.includes(marker) === true &&
        comment.user !== null &&
        logins.has(comment.user.login),
    )
    .sort((left, right) => left.id - right.id);
  const oldest = own[0];
  if (oldest === undefined || oldest.id === created.id) {
    return { kind: 'created', commentId: created.id, url: created.html_url };
  }
  const { data } = await octokit.rest.issues.updateComment({
    ...repository,
    comment_id: oldest.id,
    body: options.body,
  });
  for (const duplicate of own.slice(1)) {
    await octokit.rest.issues.deleteComment({ ...repository, comment_id: duplicate.id });
  }
  return { kind: 'updated', commentId: data.id, url: data.html_url };
}

/** Updates a comment the Action already owns (a later report of the same run). */
export async function updateOwnComment(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  commentId: number;
  body: string;
}): Promise<void> {
  await options.octokit.rest.issues.updateComment({
    ...options.repository,
    comment_id: options.commentId,
    body: options.body,
  });
}
