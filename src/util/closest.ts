/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/** The candidates ordered by closeness to `word` (stable for ties). */
export function byCloseness(word: string, candidates: readonly string[]): string[] {
  const lower = word.toLowerCase();
  return candidates
    .map((c, i) => ({ c, i, d: editDistance(lower, c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.c);
}

/** The closest candidate when it is plausibly a misspelling of `word`. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const best = byCloseness(word, candidates)[0];
  if (best === undefined) return undefined;
  const a = word.toLowerCase();
  const prefix = byCloseness(word, candidates).find((c) => {
    const b = c.toLowerCase();
    return Math.min(a.length, b.length) >= 3 && (b.startsWith(a) || a.startsWith(b));
  });
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  const distance = editDistance(a, best.toLowerCase());
  // A near misspelling wins over a candidate that only shares a prefix ("disable-nxt-line" is
  // "disable-next-line", not "disable").
  if (prefix !== undefined && (distance > limit || editDistance(a, prefix.toLowerCase()) <= distance)) return prefix;
  return distance <= limit ? best : undefined;
}
