import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startTestEmulator, type TestEmulator } from '@tuneline/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadTrainingFile } from '../../fine-tuning/upload-training-file.js';
import { watchJob } from '../../fine-tuning/watch-job.js';
import { type ProxiedRequest, startRecordingProxy } from '../chat/recording-proxy.fixture.js';
import { repositoryRoot, runTuneline } from '../run-cli.fixture.js';
import { chatCommand } from './chat-command.js';

const wakannai = 'わかんないにゃん。';
const stackFrame = /^\s+at /m;

let test: TestEmulator;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
/** A model fine-tuned on examples/datasets/wakannai.jsonl: it answers every question the same. */
let tuned: string;

beforeAll(async () => {
  test = await startTestEmulator({ speed: 1000 });
  proxy = await startRecordingProxy({ target: test.emulator.url });
  const { fileId } = await uploadTrainingFile({
    client: test.client,
    path: join(repositoryRoot, 'examples/datasets/wakannai.jsonl'),
  });
  const job = await test.client.fineTuning.jobs.create({
    model: 'gpt-3.5-turbo-0125',
    training_file: fileId,
    suffix: 'wakannai',
  });
  for await (const update of watchJob({
    client: test.client,
    jobId: job.id,
    pollIntervalMilliseconds: 10,
    maxPollIntervalMilliseconds: 50,
  })) {
    if (update.type === 'model' && update.model !== null) tuned = update.model;
  }
});

afterAll(async () => {
  await proxy?.close();
  await test?.close();
});

function emulatorEnv() {
  return { OPENAI_BASE_URL: test.emulator.url, OPENAI_API_KEY: test.emulator.apiKey };
}

/** Runs the command through the recording proxy and returns what it sent to /chat/completions. */
async function chatThroughProxy(args: readonly string[], input: readonly string[]) {
  const before = proxy.requests.length;
  const run = await runTuneline(['chat', ...args], {
    env: { OPENAI_BASE_URL: proxy.url, OPENAI_API_KEY: test.emulator.apiKey },
    input,
  });
  const sent = proxy.requests
    .slice(before)
    .filter((request) => request.path === '/chat/completions')
    .map((request: ProxiedRequest) => request.body as { model: string; messages: unknown[] });
  return { ...run, sent };
}

describe('tuneline chat --message', () => {
  it('prints the tuned model’s answer and exits 0', async () => {
    const { code, stdout, stderr } = await runTuneline(
      ['chat', '--model', tuned, '--message', 'TypeScriptの良さを教えてくれ!'],
      { env: emulatorEnv() },
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`${wakannai}\n`);
  });

  it('streams the answer to stdout piece by piece as it arrives', async () => {
    const writes: string[] = [];
    const code = await chatCommand(['--model', 'gpt-4o-mini', '--message', 'Hello there'], {
      stdout: { write: (text: string) => writes.push(text) },
      stderr: { write: () => true },
      env: emulatorEnv(),
      cwd: repositoryRoot,
    });
    expect(code).toBe(0);
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.join('')).toMatch(/^This is an emulated reply from gpt-4o-mini.*Hello there"\n$/);
  });

  it('prints one JSON object with the answer and its token usage when asked for --json', async () => {
    const { code, stdout } = await runTuneline(
      ['chat', '--model', tuned, '--message', '好きな食べ物は?', '--json'],
      { env: emulatorEnv() },
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toEqual({
      version: 1,
      model: tuned,
      message: '好きな食べ物は?',
      answer: wakannai,
      usage: {
        promptTokens: expect.any(Number),
        completionTokens: expect.any(Number),
        totalTokens: expect.any(Number),
      },
    });
    expect(output.usage.completionTokens).toBeGreaterThan(0);
    expect(output.usage.totalTokens).toBe(
      output.usage.promptTokens + output.usage.completionTokens,
    );
  });

  it('sends the --system message before the question', async () => {
    const { code, sent } = await chatThroughProxy(
      ['--model', tuned, '--message', 'Hi', '--system', 'You are a cat.'],
      [],
    );
    expect(code).toBe(0);
    expect(sent).toEqual([
      expect.objectContaining({
        model: tuned,
        stream: true,
        stream_options: { include_usage: true },
        messages: [
          { role: 'system', content: 'You are a cat.' },
          { role: 'user', content: 'Hi' },
        ],
      }),
    ]);
  });
});

describe('tuneline chat --compare', () => {
  it('prints the base model’s answer after the tuned one, each labelled with its model', async () => {
    const { code, stdout } = await runTuneline(
      ['chat', '--model', tuned, '--compare', 'gpt-3.5-turbo', '--message', '猫は好き?'],
      { env: emulatorEnv() },
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`assistant (${tuned})> ${wakannai}`);
    expect(lines[1]).toMatch(/^assistant \(gpt-3\.5-turbo\)> This is an emulated reply from /);
    expect(lines[1]).toContain('猫は好き?');
  });

  it('adds the base model’s answer and usage under "compare" in --json', async () => {
    const { code, stdout } = await runTuneline(
      ['chat', '-m', tuned, '--compare', 'gpt-3.5-turbo', '--message', '猫は好き?', '--json'],
      { env: emulatorEnv() },
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.answer).toBe(wakannai);
    expect(output.compare).toEqual({
      model: 'gpt-3.5-turbo',
      answer: expect.stringMatching(/emulated/),
      usage: {
        promptTokens: expect.any(Number),
        completionTokens: expect.any(Number),
        totalTokens: expect.any(Number),
      },
    });
  });
});

describe('tuneline chat (interactive)', () => {
  it('answers each line of input, with the conversation so far as context, until /exit', async () => {
    const { code, stdout, stderr, sent } = await chatThroughProxy(
      ['--model', tuned],
      ['好きなプログラミング言語は何だ?', '', 'なんで?', '/exit', 'never asked'],
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`${wakannai}\n${wakannai}\n`);
    expect(sent.map((request) => request.messages)).toEqual([
      [{ role: 'user', content: '好きなプログラミング言語は何だ?' }],
      [
        { role: 'user', content: '好きなプログラミング言語は何だ?' },
        { role: 'assistant', content: wakannai },
        { role: 'user', content: 'なんで?' },
      ],
    ]);
  });

  it('forgets the conversation but keeps the system message on /reset', async () => {
    const { code, sent } = await chatThroughProxy(
      ['--model', tuned, '--system', 'Answer like a cat.'],
      ['first question', '/reset', 'second question'],
    );
    expect(code).toBe(0);
    expect(sent.map((request) => request.messages)).toEqual([
      [
        { role: 'system', content: 'Answer like a cat.' },
        { role: 'user', content: 'first question' },
      ],
      [
        { role: 'system', content: 'Answer like a cat.' },
        { role: 'user', content: 'second question' },
      ],
    ]);
  });

  it('keeps a separate history for the compared model', async () => {
    const { code, stdout, sent } = await chatThroughProxy(
      ['--model', tuned, '--compare', 'gpt-3.5-turbo'],
      ['one', 'two'],
    );
    expect(code).toBe(0);
    expect(sent.map((request) => request.model)).toEqual([
      tuned,
      'gpt-3.5-turbo',
      tuned,
      'gpt-3.5-turbo',
    ]);
    expect(sent[3]?.messages).toEqual([
      { role: 'user', content: 'one' },
      { role: 'assistant', content: expect.stringMatching(/emulated.*"one"$/) },
      { role: 'user', content: 'two' },
    ]);
    expect(stdout.match(/^assistant \(.*?\)> /gm)).toEqual([
      `assistant (${tuned})> `,
      'assistant (gpt-3.5-turbo)> ',
      `assistant (${tuned})> `,
      'assistant (gpt-3.5-turbo)> ',
    ]);
  });

  it('prompts "you> " only when reading from a terminal', async () => {
    let stdout = '';
    const terminal = Object.assign(Readable.from(['hello\n']), { isTTY: true });
    const code = await chatCommand(['--model', tuned], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      env: emulatorEnv(),
      cwd: repositoryRoot,
      stdin: terminal,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(`you> ${wakannai}\n`);
    expect(stdout.endsWith('you> ')).toBe(true);
  });
});

describe('tuneline chat failures', () => {
  it('exits 1 with the API’s reason, and no stack trace, for a model that does not exist', async () => {
    const { code, stdout, stderr } = await runTuneline(
      ['chat', '--model', 'ft:gpt-4o-mini-2024-07-18:acme:nope:xyz', '--message', 'hi'],
      { env: emulatorEnv() },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tuneline chat: .*HTTP 404.*ft:gpt-4o-mini-2024-07-18:acme:nope:xyz/);
    expect(stderr).toContain('does not exist');
    expect(stderr).not.toMatch(stackFrame);
  });

  it('exits 2 when --model is missing', async () => {
    const { code, stderr } = await runTuneline(['chat', '--message', 'hi'], {
      env: emulatorEnv(),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--model <id>');
    expect(stderr).not.toMatch(stackFrame);
  });

  it('exits 2 naming OPENAI_API_KEY when it is not set', async () => {
    const { code, stderr } = await runTuneline(['chat', '--model', tuned, '--message', 'hi'], {
      env: { OPENAI_BASE_URL: test.emulator.url },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('OPENAI_API_KEY');
    expect(stderr).not.toMatch(stackFrame);
  });

  it('exits 2 without --message when there is no input to read questions from', async () => {
    const { code, stderr } = await runTuneline(['chat', '--model', tuned], { env: emulatorEnv() });
    expect(code).toBe(2);
    expect(stderr).toContain('--message');
  });

  it('exits 2 for --json without --message', async () => {
    const { code, stderr } = await runTuneline(['chat', '--model', tuned, '--json'], {
      env: emulatorEnv(),
      input: ['hi'],
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--json needs --message');
  });
});
