/**
 * The q-quantile of ascending values by linear interpolation, computed exactly as numpy's default
 * (`np.quantile(..., method="linear")`), so figures match the cookbook's notebook to the last digit.
 */
export function quantile(sortedValues: ArrayLike<number>, q: number): number {
  const count = sortedValues.length;
  if (count === 0) return Number.NaN;
  const virtualIndex = (count - 1) * q;
  const lowerIndex = Math.floor(virtualIndex);
  const lower = sortedValues[lowerIndex] as number;
  const upper = sortedValues[Math.min(lowerIndex + 1, count - 1)] as number;
  const fraction = virtualIndex - lowerIndex;
  const difference = upper - lower;
  // numpy interpolates from the nearer end, which decides the last bits of the result.
  return fraction >= 0.5 ? upper - difference * (1 - fraction) : lower + difference * fraction;
}
