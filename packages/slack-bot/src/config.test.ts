import { describe, expect, it } from 'vitest';
import { readSlackBotConfig } from './config.js';

const http = {
  SLACK_BOT_TOKEN: 'xoxb-1-secret-bot-token',
  SLACK_SIGNING_SECRET: 'signing-secret-value',
  PORT: '3100',
  OPENAI_API_KEY: 'sk-secret-openai-key',
};

describe('readSlackBotConfig', () => {
  it('reads the HTTP transport, lists and timeouts', () => {
    const result = readSlackBotConfig({
      ...http,
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      TUNELINE_SLACK_ADMINS: 'U01ADMIN, U02ADMIN',
      TUNELINE_SLACK_CHANNELS: 'C01TUNE',
      TUNELINE_SLACK_MODELS: 'ft:gpt-4.1-mini-2025-04-14:acme:*,gpt-4.1-mini-2025-04-14',
      TUNELINE_SLACK_IDLE_TIMEOUT: '15',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.transport).toEqual({
      kind: 'http',
      signingSecret: 'signing-secret-value',
      port: 3100,
    });
    expect(result.config.slackApiUrl).toBe('http://127.0.0.1:9999/api/');
    expect(result.config.admins).toEqual(['U01ADMIN', 'U02ADMIN']);
    expect(result.config.channels).toEqual(['C01TUNE']);
    expect(result.config.models).toEqual([
      'ft:gpt-4.1-mini-2025-04-14:acme:*',
      'gpt-4.1-mini-2025-04-14',
    ]);
    expect(result.config.idleTimeoutMs).toBe(15_000);
    expect(result.config.logLevel).toBe('info');
  });

  it('prefers Socket Mode when an app token is set', () => {
    const result = readSlackBotConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1-abc',
      OPENAI_API_KEY: 'sk-1',
    });
    expect(result.ok && result.config.transport).toEqual({
      kind: 'socket',
      appToken: 'xapp-1-abc',
      port: undefined,
    });
  });

  it('names every bad variable in one line and never echoes a secret', () => {
    const result = readSlackBotConfig({
      SLACK_BOT_TOKEN: 'xapp-wrong-kind-secret',
      PORT: 'eighty',
      TUNELINE_SLACK_ADMINS: 'alice',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.split('\n')).toHaveLength(1);
    expect(result.message).toContain('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
    expect(result.message).toContain('OPENAI_API_KEY is missing');
    expect(result.message).toContain('PORT must be a port number');
    expect(result.message).toContain('TUNELINE_SLACK_ADMINS must be Slack user ids');
    expect(result.message).toContain('SLACK_SIGNING_SECRET is missing');
    expect(result.message).not.toContain('wrong-kind-secret');
  });
});
