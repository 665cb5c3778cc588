/**
 * Splits `length` items into at most `maxBuckets` consecutive, near-equal ranges
 * (`[start, end)` index pairs), one per item when they already fit.
 */
export function bucketRanges(length: number, maxBuckets: number): [start: number, end: number][] {
  const buckets = Math.max(0, Math.min(length, Math.floor(maxBuckets)));
  const ranges: [number, number][] = [];
  for (let index = 0; index < buckets; index++) {
    ranges.push([
      Math.floor((index * length) / buckets),
      Math.floor(((index + 1) * length) / buckets),
    ]);
  }
  return ranges;
}
