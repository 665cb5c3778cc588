/**
 * The `event_type` of the metadata on the bot's messages. Metadata is visible to everyone in the
 * workspace, so it holds only the model id, never prompts or keys.
 */
export const messageKinds = {
  /** An answer of `model`: an assistant turn of the thread's history. */
  answer: 'tuneline_answer',
  /** The message that starts a thread with `model` (`/finetune chat`, the button). */
  threadStart: 'tuneline_thread',
  /** A base model's answer for comparison: not part of the thread's history. */
  comparison: 'tuneline_comparison',
  /** A refusal, error or hint: not part of the history. */
  notice: 'tuneline_notice',
} as const;

export type MessageKind = (typeof messageKinds)[keyof typeof messageKinds];

/** Metadata recording which model a message belongs to. */
export function modelMetadata(kind: MessageKind, model: string) {
  return { event_type: kind, event_payload: { model } };
}
