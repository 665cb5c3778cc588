/** What a `/finetune …` line asks for. */
export type FinetuneCommand =
  | { readonly kind: 'status' }
  | { readonly kind: 'details'; readonly jobId: string }
  | { readonly kind: 'models' }
  | { readonly kind: 'chat'; readonly model: string }
  | { readonly kind: 'cancel'; readonly jobId: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'missing-argument'; readonly subcommand: 'chat' | 'cancel' }
  | { readonly kind: 'unknown'; readonly word: string };

/**
 * Reads the text after `/finetune`: `status` (the default), `status <job-id>`, `models`,
 * `chat <model>`, `cancel <job-id>`, `help`; anything else is `unknown`.
 */
export function parseFinetuneCommand(text: string): FinetuneCommand {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const [first, second] = words;
  if (first === undefined) return { kind: 'status' };
  switch (first.toLowerCase()) {
    case 'status':
      return second === undefined ? { kind: 'status' } : { kind: 'details', jobId: second };
    case 'models':
      return { kind: 'models' };
    case 'chat':
      return second === undefined
        ? { kind: 'missing-argument', subcommand: 'chat' }
        : { kind: 'chat', model: second };
    case 'cancel':
      return second === undefined
        ? { kind: 'missing-argument', subcommand: 'cancel' }
        : { kind: 'cancel', jobId: second };
    case 'help':
    case '-h':
    case '--help':
      return { kind: 'help' };
    default:
      if (/^ftjob-/.test(first)) return { kind: 'details', jobId: first };
      return { kind: 'unknown', word: first };
  }
}
