import { randomBytes } from 'node:crypto';
import { type StartTestEmulatorOptions, startTestEmulator } from '@tuneline/testing';
import type OpenAI from 'openai';
import { onTestFinished } from 'vitest';
import { commitFiles, type FakeContent, type FakeGitHub, startFakeGitHub } from './fake-github.js';
import { type PullRequestEdits, pullRequestPayload } from './payloads.js';
import { type ActionRun, runBundledAction } from './run-bundled-action.js';

export const owner = 'Codertocat';
export const repo = 'Hello-World';
export const datasetPath = 'data/support.jsonl';

/** A chat example; `variant` changes the answers, so two variants hash differently. */
export function chatLine(index: number, variant = 'v1'): string {
  return JSON.stringify({
    messages: [
      { role: 'system', content: 'You are a terse support assistant.' },
      { role: 'user', content: `How do I reset setting number ${index}?` },
      { role: 'assistant', content: `Open Settings, then reset number ${index} (${variant}).` },
    ],
  });
}

export function chatDataset(examples: number, variant = 'v1'): Buffer {
  const lines = Array.from({ length: examples }, (_, index) => chatLine(index, variant));
  return Buffer.from(`${lines.join('\n')}\n`);
}

export function repositoryConfig(options: { maxCostUsd?: number; model?: string } = {}): Buffer {
  return Buffer.from(
    `${JSON.stringify(
      {
        ...(options.maxCostUsd === undefined ? {} : { maxCostUsd: options.maxCostUsd }),
        datasets: {
          support: {
            training: datasetPath,
            model: options.model ?? 'gpt-4o-mini-2024-07-18',
            suffix: 'support',
          },
        },
      },
      null,
      2,
    )}\n`,
  );
}

export const newSha = () => randomBytes(20).toString('hex');

export interface Scenario {
  readonly github: FakeGitHub;
  readonly emulator: { baseURL: string; apiKey: string };
  /** The official SDK on the emulator, patient with injected faults. */
  readonly client: OpenAI;
  readonly baseSha: string;
  /** Commits a new head with these files on top of the base's; returns its SHA. */
  commit(files: Record<string, FakeContent>): string;
  run(options: {
    pullRequest: Omit<PullRequestEdits, 'baseSha'> & { baseSha?: string };
    inputs?: Record<string, string>;
    eventName?: string;
    env?: Record<string, string>;
  }): Promise<ActionRun>;
  /** Every fine-tuning job the emulator holds. */
  jobs(): Promise<OpenAI.FineTuning.FineTuningJob[]>;
  /** The Action's sticky comments (the fake's bot-authored ones holding the marker). */
  stickyComments(): FakeGitHub['comments'];
}

/**
 * A repository on a fake GitHub whose base commit holds tuneline.json and `baseFiles`, and an
 * OpenAI emulator: the world one Action run sees.
 */
export async function createScenario(
  options: { baseFiles?: Record<string, FakeContent>; emulator?: StartTestEmulatorOptions } = {},
): Promise<Scenario> {
  const github = await startFakeGitHub({ owner, repo });
  const emulator = await startTestEmulator({ speed: 1000, maxRetries: 12, ...options.emulator });
  onTestFinished(async () => {
    await github.close();
    await emulator.close();
  });
  const baseFiles: Record<string, FakeContent> = {
    'tuneline.json': repositoryConfig({ maxCostUsd: 5 }),
    ...options.baseFiles,
  };
  const baseSha = newSha();
  commitFiles(github, baseSha, baseFiles);
  github.mergeBase = baseSha;
  const client = emulator.client;
  return {
    github,
    emulator: { baseURL: emulator.baseURL, apiKey: emulator.apiKey },
    client,
    baseSha,
    commit(files) {
      const sha = newSha();
      commitFiles(github, sha, { ...baseFiles, ...files });
      github.pullRequestFiles = Object.keys(files).map((filename) => ({
        filename,
        status: Object.hasOwn(baseFiles, filename) ? 'modified' : 'added',
      }));
      return sha;
    },
    async run(runOptions) {
      const payload = pullRequestPayload({ baseSha, ...runOptions.pullRequest });
      github.labels = [...(runOptions.pullRequest.labels ?? [])];
      return runBundledAction({
        eventName: runOptions.eventName ?? 'pull_request',
        payload,
        githubUrl: github.url,
        openaiBaseUrl: emulator.baseURL,
        inputs: {
          'github-token': 'ghs_fake_workflow_token',
          'openai-api-key': emulator.apiKey,
          ...runOptions.inputs,
        },
        ...(runOptions.env === undefined ? {} : { env: runOptions.env }),
      });
    },
    async jobs() {
      const jobs: OpenAI.FineTuning.FineTuningJob[] = [];
      for await (const job of client.fineTuning.jobs.list({ limit: 100 })) jobs.push(job);
      return jobs;
    },
    stickyComments: () =>
      github.comments.filter(
        (comment) =>
          comment.user.type === 'Bot' && comment.body.includes('tuneline-sticky-comment'),
      ),
  };
}
