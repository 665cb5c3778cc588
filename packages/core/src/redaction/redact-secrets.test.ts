import { describe, expect, it } from 'vitest';
import { findSecretKind, redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  const cases: Array<[kind: string, secret: string]> = [
    ['an OpenAI API key', `sk-proj-${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY'.repeat(3)}`],
    ['an OpenAI API key', 'sk-Ab12Cd34Ef56Gh78Ij90Kl12'],
    ['a GitHub token', `ghp_${'0123456789abcdefghijABCDEFGHIJ012345'}`],
    ['a GitHub token', `github_pat_${'11AAAAAAA0aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbb'}`],
    ['a Slack token', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp'],
    ['a Slack token', 'xoxp-123456789012-1234567890123-abcdef'],
    ['a Slack token', 'xapp-1-A0123456789-1234567890123-abcdef'],
    ['an AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['an Anthropic API key', `sk-ant-api03-${'Zx9Yw8Vu7Ts6Rq5Po4'.repeat(3)}`],
    ['a Google API key', 'AIzaSyB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R'],
    ['a Stripe key', 'sk_live_51H8aBcDeFgHiJkLmNoPqRsTu'],
    ['a Hugging Face token', 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567'],
    ['a GitLab token', 'glpat-Ab12Cd34Ef56Gh78Ij90'],
    ['an npm token', 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
    ['a webhook signing secret', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    [
      'a Slack webhook URL',
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    ],
    [
      'a JSON Web Token',
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
    [
      'a private key',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----',
    ],
    ['a bearer token', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc'],
    ['a password or API key', 'password=Tr0ub4dor&3xyzzy'],
    ['a password or API key', '"api_key": "9f8e7d6c5b4a39281706f5e4"'],
  ];
  for (const [kind, secret] of cases) {
    it(`hides ${kind} (${secret.slice(0, 8)}…) wherever it sits, and names its kind`, () => {
      const text = `before ${secret} after`;
      const redacted = redactSecrets(text);
      expect(redacted).toContain('[REDACTED');
      expect(redacted).toMatch(/^before /);
      expect(redacted).toMatch(/ after$/);
      // Nothing after the recognizable prefix survives.
      expect(redacted).not.toContain(secret.slice(-10));
      expect(findSecretKind(text)).toBe(kind);
    });
  }

  it('leaves ordinary text alone', () => {
    const text = 'The sk-learn docs, a token count of 12, and ghp_ alone are fine.';
    expect(redactSecrets(text)).toBe(text);
    expect(findSecretKind(text)).toBeUndefined();
  });

  it('hides a known secret and each line of it, even one no pattern knows', () => {
    const key = 'not-a-pattern-0123456789\nsecond-half-abcdefghij';
    const redacted = redactSecrets(
      `key was ${JSON.stringify(key)}; parts: second-half-abcdefghij`,
      {
        knownSecrets: [key],
      },
    );
    expect(redacted).not.toContain('0123456789');
    expect(redacted).not.toContain('abcdefghij');
  });

  it('finds every occurrence in one pass, however often the text is redacted', () => {
    const key = 'sk-Ab12Cd34Ef56Gh78Ij90Kl12';
    const text = `${key} and ${key}`;
    expect(redactSecrets(text)).toBe('sk-[REDACTED] and sk-[REDACTED]');
    expect(redactSecrets(text)).toBe('sk-[REDACTED] and sk-[REDACTED]');
  });
});
