import { anySecretPrefix, secretPatterns } from './secret-patterns.js';

/** Below this length a "known secret" is too short to search for without redacting ordinary words. */
const minimumKnownSecretLength = 8;

/**
 * Replaces every credential in a text (OpenAI, GitHub, Slack and AWS keys, private keys, bearer
 * tokens, `password=…` values, and any `knownSecrets` such as the configured API key) with a
 * marker naming its kind. Every message Tuneline builds from data or from an error passes
 * through it.
 * @example redactSecrets('key sk-proj-abc…xyz') // 'key sk-[REDACTED]'
 */
export function redactSecrets(
  text: string,
  options: { readonly knownSecrets?: ReadonlyArray<string | undefined> } = {},
): string {
  let result = text;
  for (const secret of options.knownSecrets ?? []) {
    if (secret === undefined) continue;
    // A pasted key may carry spaces or line breaks: hide the whole value and each of its lines.
    for (const part of [secret, ...secret.split(/\s+/)]) {
      const trimmed = part.trim();
      if (trimmed.length >= minimumKnownSecretLength && result.includes(trimmed))
        result = result.split(trimmed).join('[REDACTED]');
    }
  }
  if (!anySecretPrefix.test(result)) return result;
  for (const { pattern, replacement } of secretPatterns) {
    pattern.lastIndex = 0;
    result = result.replace(pattern, replacement);
  }
  return result;
}

/** The kind of credential a text seems to contain ("an OpenAI API key"), never the credential. */
export function findSecretKind(text: string): string | undefined {
  if (!anySecretPrefix.test(text)) return undefined;
  for (const { kind, pattern } of secretPatterns) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) {
      pattern.lastIndex = 0;
      return kind;
    }
  }
  return undefined;
}
