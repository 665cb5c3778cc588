import { afterEach, describe, expect, it } from 'vitest';
import { runSlackBotCli } from '../src/cli.js';
import { type FakeSlackApi, startFakeSlackApi } from '../src/testing/index.js';

function capture() {
  const errors: string[] = [];
  const infos: string[] = [];
  return {
    errors,
    infos,
    writeError: (line: string) => errors.push(line),
    writeInfo: (line: string) => infos.push(line),
  };
}

describe('tuneline-slack', () => {
  let slack: FakeSlackApi | undefined;
  afterEach(async () => {
    await slack?.close();
    slack = undefined;
  });

  it('prints its usage for --help and refuses arguments, before reading any setting', async () => {
    const help = capture();
    expect((await runSlackBotCli({ env: {}, args: ['--help'], ...help })).exitCode).toBe(0);
    expect(help.infos[0]).toBe('Usage: npx tuneline-slack');
    expect(help.infos.join('\n')).toContain('SLACK_BOT_TOKEN');
    expect(help.errors).toEqual([]);
    const stray = capture();
    expect((await runSlackBotCli({ env: {}, args: ['status'], ...stray })).exitCode).toBe(2);
    expect(stray.errors[0]).toMatch(/^tuneline-slack: it takes no arguments \(got "status"\)/);
  });

  it('stops with one clear line, no trace, when a setting is missing or bad', async () => {
    const output = capture();
    const result = await runSlackBotCli({
      env: { SLACK_BOT_TOKEN: 'xoxb-secret-value', SLACK_SIGNING_SECRET: 'shh', PORT: '70000' },
      ...output,
    });
    expect(result.exitCode).toBe(1);
    expect(output.errors).toEqual([
      'tuneline-slack: Invalid configuration: PORT must be a port number (0-65535); OPENAI_API_KEY is missing: set it to an OpenAI API key of the project',
    ]);
  });

  it('says Slack refused the token, without printing it', async () => {
    slack = await startFakeSlackApi({ botToken: 'xoxb-the-right-one' });
    const output = capture();
    const result = await runSlackBotCli({
      env: {
        SLACK_BOT_TOKEN: 'xoxb-a-wrong-secret-token',
        SLACK_SIGNING_SECRET: 'shh',
        PORT: '0',
        OPENAI_API_KEY: 'sk-test',
        SLACK_API_URL: slack.apiUrl,
      },
      ...output,
    });
    expect(result.exitCode).toBe(1);
    expect(output.errors).toEqual([
      'tuneline-slack: Slack refused SLACK_BOT_TOKEN (invalid_auth): copy the bot token again from OAuth & Permissions.',
    ]);
  });

  it('starts on HTTP with a good token and says where it listens', async () => {
    slack = await startFakeSlackApi({ botToken: 'xoxb-the-right-one' });
    const output = capture();
    const result = await runSlackBotCli({
      env: {
        SLACK_BOT_TOKEN: 'xoxb-the-right-one',
        SLACK_SIGNING_SECRET: 'shh',
        PORT: '0',
        OPENAI_API_KEY: 'sk-test',
        SLACK_API_URL: slack.apiUrl,
        TUNELINE_SLACK_LOG_LEVEL: 'warn',
      },
      ...output,
    });
    try {
      expect(result.exitCode).toBe(0);
      expect(output.infos[0]).toMatch(
        /^tuneline-slack: running as @tuneline in Tuneline test over HTTP on port \d+ \(\/slack\/events\)$/,
      );
      expect(output.infos.join('\n')).not.toContain('xoxb-the-right-one');
    } finally {
      await result.bot?.stop();
    }
  });
});
