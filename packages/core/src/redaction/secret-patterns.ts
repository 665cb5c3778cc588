/**
 * Credentials Tuneline recognizes, each with the prefix it keeps when redacting: enough for a
 * reader to know what was there, never a character of the secret itself.
 */
export interface SecretPattern {
  readonly kind: string;
  /** Finds the credential; global, so one pass replaces every occurrence. */
  readonly pattern: RegExp;
  /** What stands in for the match. */
  readonly replacement: string;
}

export const secretPatterns: readonly SecretPattern[] = [
  // Before OpenAI's: Anthropic keys start with sk- too.
  {
    kind: 'an Anthropic API key',
    pattern: /\bsk-ant-[A-Za-z0-9_-]{16,}/g,
    replacement: 'sk-ant-[REDACTED]',
  },
  {
    kind: 'an OpenAI API key',
    pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}/g,
    replacement: 'sk-[REDACTED]',
  },
  {
    kind: 'an AWS access key id',
    pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
    replacement: 'AKIA[REDACTED]',
  },
  {
    kind: 'a GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,})/g,
    replacement: 'gh_[REDACTED]',
  },
  {
    kind: 'a Slack token',
    pattern: /\b(?:xox[abposre]-|xapp-)[A-Za-z0-9-]{8,}/g,
    replacement: 'xox-[REDACTED]',
  },
  {
    kind: 'a Google API key',
    pattern: /\bAIza[0-9A-Za-z_-]{30,}/g,
    replacement: 'AIza[REDACTED]',
  },
  {
    kind: 'a Stripe key',
    pattern: /\b(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}/g,
    replacement: 'stripe_[REDACTED]',
  },
  {
    kind: 'a Hugging Face token',
    pattern: /\bhf_[A-Za-z0-9]{30,}/g,
    replacement: 'hf_[REDACTED]',
  },
  {
    kind: 'a GitLab token',
    pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g,
    replacement: 'glpat-[REDACTED]',
  },
  {
    kind: 'an npm token',
    pattern: /\bnpm_[A-Za-z0-9]{36,}/g,
    replacement: 'npm_[REDACTED]',
  },
  {
    kind: 'a webhook signing secret',
    pattern: /\bwhsec_[A-Za-z0-9+/=_-]{16,}/g,
    replacement: 'whsec_[REDACTED]',
  },
  {
    kind: 'a Slack webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{16,}/g,
    replacement: 'https://hooks.slack.com/services/[REDACTED]',
  },
  {
    kind: 'a JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
    replacement: 'eyJ[REDACTED]',
  },
  {
    kind: 'a private key',
    pattern:
      /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----(?:[^-]|-(?!----END))*(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----)?/g,
    replacement: '[REDACTED PRIVATE KEY]',
  },
  {
    kind: 'a bearer token',
    pattern: /\b(Bearer\s+)[A-Za-z0-9._~+/=-]{16,}/g,
    replacement: '$1[REDACTED]',
  },
  {
    kind: 'a password or API key',
    pattern:
      /\b((?:api[_-]?key|secret[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|password|passwd)\\?["']?\s*[:=]\s*\\?["']?)[A-Za-z0-9._~+/=!@#$%^&*-]{12,}/gi,
    replacement: '$1[REDACTED]',
  },
];

/** One cheap test on every text; the patterns run only when it matches. */
export const anySecretPrefix =
  /sk-|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposre]-|xapp-|AIza|_live_|_test_|hf_|glpat-|npm_|whsec_|hooks\.slack\.com|eyJ|PRIVATE KEY|Bearer|api[_-]?key|secret|token|passw/i;
