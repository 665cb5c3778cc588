export {
  createUserRateLimiter,
  type RateLimitDecision,
  type UserRateLimiter,
} from './create-user-rate-limiter.js';
export { describeRateLimit } from './describe-rate-limit.js';
