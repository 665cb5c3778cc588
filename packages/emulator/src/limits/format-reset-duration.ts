/** Formats a wait as OpenAI's `x-ratelimit-reset-*` headers do: `20ms`, `1s`, `6m0s`, `1h2m3s`. */
export function formatResetDuration(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds));
  if (total < 1000) return `${total}ms`;
  const seconds = Math.ceil(total / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours}h${minutes}m${rest}s`;
  if (minutes > 0) return `${minutes}m${rest}s`;
  return `${rest}s`;
}
