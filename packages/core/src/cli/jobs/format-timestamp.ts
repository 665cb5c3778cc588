/**
 * A Unix timestamp in seconds as `2026-11-24 12:00:05 UTC`: the API's times are UTC, and so are
 * ours, so that logs from CI, Slack and a laptop line up.
 */
export function formatTimestamp(unixSeconds: number | null): string {
  if (unixSeconds === null || !Number.isFinite(unixSeconds)) return '-';
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
