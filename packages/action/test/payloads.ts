import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WebhookDefinition {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

const definitions =
  require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookDefinition[];

/** A real payload of `@octokit/webhooks-examples` for an event (its first example), deep-copied. */
export function eventExample(name: string): Record<string, unknown> {
  const definition = definitions.find((candidate) => candidate.name === name);
  const example = definition?.examples[0];
  if (example === undefined) throw new Error(`no ${name} example`);
  return structuredClone(example) as Record<string, unknown>;
}

/** A real `pull_request` payload of `@octokit/webhooks-examples` for `action`, deep-copied. */
export function pullRequestExample(action: string): Record<string, unknown> {
  const definition = definitions.find((candidate) => candidate.name === 'pull_request');
  const example = definition?.examples.find((candidate) => candidate.action === action);
  if (example === undefined) throw new Error(`no pull_request example for ${action}`);
  return structuredClone(example) as Record<string, unknown>;
}

export interface PullRequestEdits {
  readonly action: string;
  readonly headSha: string;
  readonly baseSha: string;
  readonly number?: number;
  readonly fork?: boolean;
  readonly authorAssociation?: string;
  readonly labels?: readonly string[];
  /** The label a `labeled` event adds. */
  readonly addedLabel?: string;
  readonly merged?: boolean;
}

type Json = Record<string, unknown>;

/**
 * The webhook example for `action`, edited the way a fork, an untrusted author, a label or a new
 * push would change it; everything else stays as GitHub sent it.
 */
export function pullRequestPayload(edits: PullRequestEdits): Json {
  const payload = pullRequestExample(edits.action);
  const pullRequest = payload.pull_request as Json;
  const head = pullRequest.head as Json;
  const base = pullRequest.base as Json;
  const number = edits.number ?? (pullRequest.number as number);
  payload.number = number;
  pullRequest.number = number;
  head.sha = edits.headSha;
  base.sha = edits.baseSha;
  if (edits.fork === true) {
    const forkRepository = structuredClone(base.repo) as Json;
    forkRepository.full_name = 'mallory/Hello-World';
    forkRepository.fork = true;
    (forkRepository.owner as Json).login = 'mallory';
    head.repo = forkRepository;
    head.label = 'mallory:changes';
  }
  if (edits.authorAssociation !== undefined)
    pullRequest.author_association = edits.authorAssociation;
  if (edits.labels !== undefined) {
    pullRequest.labels = edits.labels.map((name, index) => ({
      id: 1000 + index,
      node_id: `LA_${index}`,
      url: `https://api.github.com/repos/Codertocat/Hello-World/labels/${name}`,
      name,
      color: 'ededed',
      default: false,
      description: null,
    }));
  }
  if (edits.addedLabel !== undefined) {
    payload.label = { ...((payload.label as Json | undefined) ?? {}), name: edits.addedLabel };
  }
  if (edits.merged !== undefined) pullRequest.merged = edits.merged;
  return payload;
}
