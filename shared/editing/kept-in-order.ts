/** Indices of the longest increasing run: the items that kept their order; the rest moved. */
export function keptInOrder(positions: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(positions.length).fill(-1);
  positions.forEach((position, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((positions[tails[mid] as number] as number) < position) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let at = tails.at(-1) ?? -1; at !== -1; at = previous[at] as number) kept.add(at);
  return kept;
}
