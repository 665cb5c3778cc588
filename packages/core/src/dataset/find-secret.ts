/** Credentials that must not be trained into a model: a tuned model can repeat its training data. */
const secretPatterns: ReadonlyArray<{ readonly kind: string; readonly pattern: RegExp }> = [
  { kind: 'an OpenAI API key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/ },
  { kind: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  {
    kind: 'a GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/,
  },
  { kind: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: 'a private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];

// One cheap pre-check on every line; the precise patterns run only when it matches.
const anySecretPrefix = /sk-|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposr]-|PRIVATE KEY-----/;

/** The kind of credential the text seems to contain, never the credential itself. */
export function findSecret(text: string): string | undefined {
  if (!anySecretPrefix.test(text)) return undefined;
  return secretPatterns.find(({ pattern }) => pattern.test(text))?.kind;
}
