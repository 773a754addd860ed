import type { Correction, MaterialCategoryKey } from '@zhicheng/contracts';
import type { LatestReturn } from './lifecycle-repository.js';

/**
 * The application's `correction` (一次性告知) from its latest return's review record. A return recorded
 * before the marks existed names nothing but its opinion.
 */
export function correctionFrom(latest: LatestReturn): Correction {
  return {
    opinion: latest.opinion ?? '',
    sections: latest.correction?.sections ?? [],
    materials: (latest.correction?.materials ?? []) as MaterialCategoryKey[],
    correctBy: latest.correction?.correctBy ?? null,
    returnedAt: latest.createdAt.toISOString(),
    returnedByRole: latest.actorRole,
  };
}
