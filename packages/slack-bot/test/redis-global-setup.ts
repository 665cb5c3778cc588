import { redisRequired, redisSkipNotice, runRedisTests } from '../src/testing/redis-server.js';

/** Says plainly, once per run, that the Redis tests were skipped and how to run them. */
export default function setup(): void {
  if (!runRedisTests && !redisRequired) process.stderr.write(`\n${redisSkipNotice}\n\n`);
}
