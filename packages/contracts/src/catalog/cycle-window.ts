/**
 * The one "is this cycle open" rule: open from `opensAt` (inclusive) until `closesAt` (exclusive).
 * Cycle listings, step 1 (a new draft), the first submission and re-apply all ask this.
 */
export function isCycleOpen(cycle: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return cycle.opensAt.getTime() <= now.getTime() && now.getTime() < cycle.closesAt.getTime();
}
