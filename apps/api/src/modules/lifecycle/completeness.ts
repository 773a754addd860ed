import {
  type Completeness,
  type FieldError,
  materialCategories,
  materialRequirements,
  sectionDefinitions,
  sectionIssues,
  sectionStatus,
} from '@zhicheng/contracts';

export interface CompletenessInput {
  track: 'normal' | 'innovative';
  committeePilot: boolean;
  /** Saved sections (data as stored). */
  sections: readonly { key: string; data: unknown }[];
  /** Files per material category. */
  materialCounts: ReadonlyMap<string, number>;
  today: Date;
}

/**
 * What keeps an application from being submitted (sections.md, materials.md): every required section
 * complete, no section incomplete, every required material category with at least one file.
 * Statuses follow the rules as of today, like the section list.
 */
export function checkCompleteness(input: CompletenessInput): Completeness {
  const saved = new Map(input.sections.map((s) => [s.key, s.data]));
  const sections: Completeness['sections'] = [];
  for (const section of sectionDefinitions) {
    const data = saved.get(section.key);
    const status = data === undefined ? 'empty' : sectionStatus(section, data, input.today);
    if (status === 'incomplete') {
      const problems = sectionIssues(section, data, input.today).length;
      sections.push({
        key: section.key,
        title: section.title,
        status,
        message: `栏目信息不完整，有 ${problems} 处需要补充或修改`,
      });
    } else if (status === 'empty' && section.requiredForSubmit) {
      sections.push({ key: section.key, title: section.title, status, message: '必填栏目，尚未填报' });
    }
  }

  const rules = materialRequirements({
    track: input.track,
    committeePilot: input.committeePilot,
    sections: Object.fromEntries(saved),
  });
  const materials = materialCategories
    .filter((c) => rules[c.key].required && (input.materialCounts.get(c.key) ?? 0) === 0)
    .map((c) => ({
      key: c.key,
      title: c.title,
      reason: rules[c.key].reason,
      message: `尚未上传${c.title}`,
    }));

  return { complete: sections.length === 0 && materials.length === 0, sections, materials };
}

/** The missing items as problem `errors`, with paths naming where to fix them. */
export function missingItems(result: Completeness): FieldError[] {
  return [
    ...result.sections.map((s) => ({ path: `sections.${s.key}`, message: `${s.title}：${s.message}` })),
    ...result.materials.map((m) => ({ path: `materials.${m.key}`, message: m.message })),
  ];
}
