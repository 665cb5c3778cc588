import { redisRequired, redisSkipNotice, runRedisTests } from '../src/testing/redis-server.js';

/** Says plainly that the Redis tests were skipped and how to run them: before the run and after. */
export default function setup(): (() => void) | undefined {
  if (runRedisTests || redisRequired) return undefined;
  process.stderr.write(`\n${redisSkipNotice}\n\n`);
  return () => process.stderr.write(`\n${redisSkipNotice}\n`);
}
