export { redactSecrets } from './redact-secrets.js';
