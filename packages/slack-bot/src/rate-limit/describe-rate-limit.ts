/** The friendly reply for a user who reached the per-minute chat cap. */
export function describeRateLimit(options: { limit: number; retryAfterSeconds: number }): string {
  const requests = options.limit === 1 ? '1 chat request' : `${options.limit} chat requests`;
  return `You've reached the limit of ${requests} per minute, which keeps the team's OpenAI budget shared fairly. Please try again in about ${options.retryAfterSeconds} s.`;
}
