/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) over code points, so
 * `签道`→`签到` and `hlep`→`help` are both one edit.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const u = [...b];
  const width = u.length + 1;
  const d = new Array<number>((s.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= s.length; i++) d[i * width] = i;
  for (let j = 0; j <= u.length; j++) d[j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= u.length; j++) {
      const cost = s[i - 1] === u[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      const transposed = i > 1 && j > 1 && s[i - 1] === u[j - 2] && s[i - 2] === u[j - 1];
      if (transposed) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(s.length, u.length);
}
