export { findSecretKind, redactSecrets } from './redact-secrets.js';
