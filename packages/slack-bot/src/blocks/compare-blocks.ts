import type { KnownBlock } from '@slack/types';

export const compareActionId = 'tuneline_compare_base';

/** What the compare button carries: which question, in which thread, for which base model. */
export interface CompareRequest {
  readonly baseModel: string;
  readonly threadTs: string;
  readonly questionTs: string;
}

/** The "Compare with base model" button under an answer. */
export function renderCompareButton(request: CompareRequest): KnownBlock[] {
  return [
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: compareActionId,
          text: { type: 'plain_text', text: 'Compare with base model' },
          value: JSON.stringify({
            b: request.baseModel,
            t: request.threadTs,
            q: request.questionTs,
          }),
        },
      ],
    },
  ];
}

/** Reads the compare button's value back; undefined when it is not one. */
export function readCompareRequest(value: string | undefined): CompareRequest | undefined {
  try {
    const parsed = JSON.parse(value ?? '') as { b?: unknown; t?: unknown; q?: unknown };
    if (
      typeof parsed.b === 'string' &&
      typeof parsed.t === 'string' &&
      typeof parsed.q === 'string'
    ) {
      return { baseModel: parsed.b, threadTs: parsed.t, questionTs: parsed.q };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
