function editDistance(left: string, right: string): number {
  const previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    let diagonal = previous[0] as number;
    previous[0] = row;
    for (let column = 1; column <= right.length; column++) {
      const above = previous[column] as number;
      const substitution = diagonal + (left[row - 1] === right[column - 1] ? 0 : 1);
      previous[column] = Math.min(above + 1, (previous[column - 1] as number) + 1, substitution);
      diagonal = above;
    }
  }
  return previous[right.length] as number;
}

/** The candidate a misspelt name most likely meant (case-insensitive, at most 3 edits), if any. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(name.length / 2)));
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance || (best === undefined && distance === bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
