/** Orders Slack message timestamps ("1780000000.000012") exactly, without float rounding. */
export function compareTs(left: string, right: string): number {
  const [leftSeconds = '0', leftMicros = '0'] = left.split('.');
  const [rightSeconds = '0', rightMicros = '0'] = right.split('.');
  const seconds = BigInt(leftSeconds) - BigInt(rightSeconds);
  if (seconds !== 0n) return seconds < 0n ? -1 : 1;
  const micros = BigInt(leftMicros.padEnd(6, '0')) - BigInt(rightMicros.padEnd(6, '0'));
  return micros === 0n ? 0 : micros < 0n ? -1 : 1;
}
