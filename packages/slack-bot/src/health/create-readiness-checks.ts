import type { WebClient } from '@slack/web-api';
import type OpenAI from 'openai';
import type { StateStore } from '../store/state-store.js';
import type { ReadinessCheck } from './create-health-routes.js';

/**
 * What /readyz checks: Slack auth (`auth.test`), OpenAI (one cheap list call) and, when Redis is
 * configured, the shared store. Passing Slack and OpenAI answers are reused for 15 s.
 */
export function createReadinessChecks(options: {
  slack: WebClient;
  openai: OpenAI;
  store: StateStore;
  redisConfigured: boolean;
}): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [
    {
      name: 'slack',
      cacheMs: 15_000,
      check: async () => (await options.slack.auth.test()).ok === true,
    },
    {
      name: 'openai',
      cacheMs: 15_000,
      check: async () => {
        await options.openai.fineTuning.jobs.list({ limit: 1 }, { maxRetries: 0, timeout: 3000 });
        return true;
      },
    },
  ];
  if (options.redisConfigured) checks.push({ name: 'redis', check: () => options.store.ping() });
  return checks;
}
