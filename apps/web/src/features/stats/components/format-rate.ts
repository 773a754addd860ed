/** A pass rate (0–1) as a percentage with one decimal, `—` when nothing is decided yet. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}
