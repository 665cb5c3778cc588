import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { type FineTuningEvent, fineTuningEventSchema } from './fine-tuning-event.js';

/**
 * The events of a job not yet in `seen`, oldest first, and adds them to `seen`. Events are listed
 * newest first, so it pages back with `after` until it reaches one it has seen: none is missed,
 * none repeated, however many arrived between two polls.
 */
export async function fetchNewEvents(options: {
  client: OpenAI;
  jobId: string;
  seen: Set<string>;
  pageSize?: number;
  signal?: AbortSignal | undefined;
}): Promise<FineTuningEvent[]> {
  const { client, jobId, seen } = options;
  const fresh: FineTuningEvent[] = [];
  await callOpenAI(`list the events of job ${jobId}`, async () => {
    let after: string | undefined;
    for (;;) {
      const page = await client.fineTuning.jobs.listEvents(
        jobId,
        { limit: options.pageSize ?? 100, ...(after === undefined ? {} : { after }) },
        options.signal === undefined ? undefined : { signal: options.signal },
      );
      let reachedSeen = false;
      for (const item of page.data) {
        const parsed = fineTuningEventSchema.safeParse(item);
        if (!parsed.success) continue;
        if (seen.has(parsed.data.id)) {
          reachedSeen = true;
          continue;
        }
        if (!fresh.some((event) => event.id === parsed.data.id)) fresh.push(parsed.data);
      }
      const last = page.data[page.data.length - 1];
      if (reachedSeen || !page.has_more || last === undefined || last.id === after) break;
      after = last.id;
    }
  });
  // Newest first from the API: reverse, then a stable sort keeps same-second events in order.
  const chronological = fresh.reverse().sort((left, right) => left.created_at - right.created_at);
  for (const event of chronological) seen.add(event.id);
  return chronological;
}
