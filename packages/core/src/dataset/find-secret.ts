import { findSecretKind } from '../redaction/redact-secrets.js';

/**
 * The kind of credential the text seems to contain, never the credential itself: a tuned model can
 * repeat its training data. The same patterns redact messages, so what is flagged is also hidden.
 */
export function findSecret(text: string): string | undefined {
  return findSecretKind(text);
}
