import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const bundlePath = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');

let noted = false;
/**
 * The Node that runs the bundle: Node 24 (the runner's `node24`) from `TUNELINE_ACTION_NODE`, which
 * .ci/run sets; locally, the current Node with a note. CI must never fall back silently.
 */
export function actionNode(): string {
  const configured = process.env.TUNELINE_ACTION_NODE;
  if (configured !== undefined && configured !== '') return configured;
  if (process.env.CI === 'true') {
    throw new Error(
      'TUNELINE_ACTION_NODE is not set: CI must run the Action bundle under Node 24 (.ci/run sets it).',
    );
  }
  if (!noted) {
    noted = true;
    console.warn(
      `TUNELINE_ACTION_NODE is not set: running the Action bundle with this Node (${process.version}), not Node 24.`,
    );
  }
  return process.execPath;
}

/** One annotation the Action printed as a workflow command. */
export interface PrintedAnnotation {
  readonly kind: 'error' | 'warning' | 'notice';
  readonly properties: Record<string, string>;
  readonly message: string;
}

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly annotations: PrintedAnnotation[];
  /** The `::error::` message of `setFailed`, when the step failed. */
  readonly failure: string | null;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] as string);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++) {
      value.push(lines[index] as string);
    }
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}

const unescapeData = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) =>
  unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseAnnotations(stdout: string): PrintedAnnotation[] {
  const annotations: PrintedAnnotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter((part) => part !== '')) {
      const separator = pair.indexOf('=');
      properties[pair.slice(0, separator)] = unescapeProperty(pair.slice(separator + 1));
    }
    annotations.push({
      kind: match[1] as PrintedAnnotation['kind'],
      properties,
      message: unescapeData(match[3] ?? ''),
    });
  }
  return annotations;
}

/**
 * Runs the bundled Action as the runner does: a child process of `node dist/index.js` with
 * `INPUT_*` variables, the event payload in a file, fresh output and summary files and an empty
 * workspace, pointed at a fake GitHub API and an OpenAI-compatible server.
 */
export async function runBundledAction(options: {
  inputs: Record<string, string>;
  eventName: string;
  payload: unknown;
  githubUrl: string;
  openaiBaseUrl?: string;
  repository?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const directory = await mkdtemp(join(tmpdir(), 'tuneline-action-run-'));
  onTestFinished(() => rm(directory, { recursive: true, force: true }));
  const eventPath = join(directory, 'event.json');
  const outputPath = join(directory, 'output.txt');
  const summaryPath = join(directory, 'summary.md');
  const workspace = join(directory, 'workspace');
  const runnerTemp = join(directory, 'runner-temp');
  await Promise.all([mkdir(workspace), mkdir(runnerTemp)]);
  await writeFile(eventPath, JSON.stringify(options.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const inputs = Object.fromEntries(
    Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const { PATH, HOME, SYSTEMROOT } = process.env;
  const env: Record<string, string> = {
    ...(PATH === undefined ? {} : { PATH }),
    ...(HOME === undefined ? {} : { HOME }),
    ...(SYSTEMROOT === undefined ? {} : { SYSTEMROOT }),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_API_URL: options.githubUrl,
    GITHUB_SERVER_URL: options.githubUrl,
    GITHUB_GRAPHQL_URL: `${options.githubUrl}/graphql`,
    GITHUB_REPOSITORY: options.repository ?? 'Codertocat/Hello-World',
    GITHUB_WORKFLOW: 'Tuneline',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    GITHUB_REF: 'refs/heads/master',
    ...(options.openaiBaseUrl === undefined ? {} : { OPENAI_BASE_URL: options.openaiBaseUrl }),
    ...inputs,
    ...options.env,
  };
  const child = spawn(actionNode(), [bundlePath], { env, cwd: workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const annotations = parseAnnotations(stdout);
  const failures = annotations.filter(
    (annotation) => annotation.kind === 'error' && Object.keys(annotation.properties).length === 0,
  );
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    annotations,
    failure: failures.length === 0 ? null : (failures[failures.length - 1]?.message ?? null),
  };
}
