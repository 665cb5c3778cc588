import type { RespondArguments } from '@slack/bolt';

/** Where an answer goes: a new ephemeral message, or in place of the one a button was on. */
export type Placement = 'new' | 'replace';

/** An ephemeral response_url answer, replacing the original message when asked to. */
export function respondEphemeral(
  placement: Placement,
  message: Omit<RespondArguments, 'response_type'>,
): RespondArguments {
  return {
    response_type: 'ephemeral',
    ...(placement === 'replace' ? { replace_original: true } : {}),
    ...message,
  } as RespondArguments;
}
