import { describe, expect, it } from 'vitest';
import { isTerminalJobStatus } from './job-status.js';

describe('isTerminalJobStatus', () => {
  it('ends on succeeded, failed and cancelled only; unknown statuses are still in progress', () => {
    expect(['succeeded', 'failed', 'cancelled'].map(isTerminalJobStatus)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['validating_files', 'queued', 'running', 'paused', 'pending', 'something_new'].map(
        isTerminalJobStatus,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});
