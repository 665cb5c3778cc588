import { createId } from '../random/create-id.js';
import type { JobEventObject, JobRecord } from './job-record.js';

/** Adds an event to a job's log, stamped now. */
export function appendJobEvent(
  record: JobRecord,
  nowMs: number,
  event: {
    message: string;
    level?: JobEventObject['level'];
    type?: JobEventObject['type'];
    data?: Record<string, unknown>;
  },
): void {
  record.events.push({
    object: 'fine_tuning.job.event',
    id: createId('ftevent-', 24),
    created_at: Math.floor(nowMs / 1000),
    level: event.level ?? 'info',
    message: event.message,
    type: event.type ?? 'message',
    data: event.data ?? {},
  });
}
