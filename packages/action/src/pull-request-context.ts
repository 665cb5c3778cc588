/** What the Action runs for, taken from the event payload. */
export type RunTarget =
  | {
      readonly kind: 'pull_request';
      readonly number: number;
      /** `opened`, `synchronize`, `labeled`, `closed`, … */
      readonly action: string;
      readonly headSha: string;
      readonly baseSha: string;
      readonly baseRef: string;
      readonly fromFork: boolean;
      readonly authorAssociation: string | null;
      readonly labels: readonly string[];
      /** The label this event added, for `labeled`. */
      readonly addedLabel: string | null;
      readonly merged: boolean;
    }
  | {
      readonly kind: 'push';
      readonly headSha: string;
      /** Null for a new branch (nothing to compare with). */
      readonly baseSha: string | null;
      readonly toDefaultBranch: boolean;
    }
  | { readonly kind: 'workflow_dispatch'; readonly headSha: string };

type Payload = Record<string, unknown>;

const record = (value: unknown): Payload =>
  typeof value === 'object' && value !== null ? (value as Payload) : {};
const string = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Reads the target of the run from the event: the pull request's head, base and author, a push's
 * commits, or the dispatched commit. Returns null for events the Action does not handle.
 */
export function readRunTarget(options: {
  eventName: string;
  payload: Payload;
  sha: string;
  ref: string;
}): RunTarget | null {
  const { eventName, payload } = options;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pullRequest = record(payload.pull_request);
    const head = record(pullRequest.head);
    const base = record(pullRequest.base);
    const headRepository = string(record(head.repo).full_name);
    const baseRepository = string(record(base.repo).full_name);
    const labels = Array.isArray(pullRequest.labels)
      ? pullRequest.labels.flatMap((label) => {
          const name = string(record(label).name);
          return name === null ? [] : [name];
        })
      : [];
    return {
      kind: 'pull_request',
      number: Number(pullRequest.number ?? payload.number),
      action: string(payload.action) ?? '',
      headSha: string(head.sha) ?? options.sha,
      baseSha: string(base.sha) ?? '',
      baseRef: string(base.ref) ?? '',
      // A deleted fork has no head repository; it is still a fork.
      fromFork: headRepository === null || headRepository !== baseRepository,
      authorAssociation: string(pullRequest.author_association),
      labels,
      addedLabel: string(record(payload.label).name),
      merged: pullRequest.merged === true,
    };
  }
  if (eventName === 'push') {
    const before = string(payload.before);
    const defaultBranch = string(record(payload.repository).default_branch);
    return {
      kind: 'push',
      headSha: string(payload.after) ?? options.sha,
      baseSha: before === null || /^0+$/.test(before) ? null : before,
      toDefaultBranch: defaultBranch !== null && options.ref === `refs/heads/${defaultBranch}`,
    };
  }
  if (eventName === 'workflow_dispatch') return { kind: 'workflow_dispatch', headSha: options.sha };
  return null;
}
