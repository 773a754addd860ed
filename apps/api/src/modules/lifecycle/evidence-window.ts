import { sectionDefinitions } from '@zhicheng/contracts';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Which copied sections 重新申报 flags for review (needs_review). The rule: a section is flagged when
 * any of its evidence dates — a `date` or `yearMonth` field the applicant enters (derived fields such as
 * the birth month are not evidence) — is later than the new cycle's closing day, compared at the field's
 * own precision in China time: a `yearMonth` after the closing month, a `date` after the closing day.
 * Such a date cannot count for the new cycle. Dates before the old cycle opened are fine: earlier
 * evidence stays valid evidence.
 */
export function sectionsNeedingReview(
  sections: readonly { key: string; data: unknown }[],
  closesAt: Date,
): Set<string> {
  const closingDay = new Date(closesAt.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  const closingMonth = closingDay.slice(0, 7);
  const flagged = new Set<string>();
  for (const { key, data } of sections) {
    const definition = sectionDefinitions.find((s) => s.key === key);
    if (!definition) continue;
    const dateFields = definition.fields.filter(
      (f) => (f.type === 'date' || f.type === 'yearMonth') && !f.derived,
    );
    const rows = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
    const late = rows.some((row) =>
      dateFields.some((f) => {
        const value = row?.[f.key];
        if (typeof value !== 'string' || value === '') return false;
        return f.type === 'yearMonth' ? value.slice(0, 7) > closingMonth : value.slice(0, 10) > closingDay;
      }),
    );
    if (late) flagged.add(key);
  }
  return flagged;
}
