import { describe, expect, it } from 'vitest';
import { materialCategoryKeys } from './categories.js';
import { type MaterialRuleInput, materialCompletion, materialRequirements } from './required-materials.js';

const input = (over: Partial<MaterialRuleInput> = {}): MaterialRuleInput => ({
  track: 'normal',
  committeePilot: false,
  sections: {},
  ...over,
});
const requiredKeys = (i: MaterialRuleInput) =>
  Object.entries(materialRequirements(i))
    .filter(([, r]) => r.required)
    .map(([k]) => k);

/** Every section a pilot rule looks at, filled. */
const filledSections = {
  basicInfo: { currentQualification: '工程师', headTeacherYears: 3 },
  foreignLanguage: { score: 72, exempt: '否' },
  computerSkill: { result: '合格', exempt: '否' },
  mentoring: [{ name: '带教' }],
  patents: [{ name: '专利' }],
  researchProjects: [{ name: '项目' }],
  awards: [{ name: '奖项' }],
  publications: [{ pubType: '论文' }, { pubType: '译著' }],
  technicalReports: [{ title: '报告' }],
};

describe('materialRequirements', () => {
  it('decides every one of the 17 categories', () => {
    expect(Object.keys(materialRequirements(input())).sort()).toEqual([...materialCategoryKeys].sort());
  });

  it('a non-pilot committee with nothing filled needs only the highest degree', () => {
    expect(requiredKeys(input())).toEqual(['highest_degree']);
    expect(materialRequirements(input()).personal_summary).toEqual({
      required: false,
      reason: null,
      preApproval: false,
    });
  });

  it('a pilot committee adds the personal summary, and the evidence of each filled section', () => {
    expect(requiredKeys(input({ committeePilot: true }))).toEqual(['highest_degree', 'personal_summary']);
    const all = requiredKeys(input({ committeePilot: true, sections: filledSections }));
    expect(all).toEqual([
      'highest_degree',
      'personal_summary',
      'current_qualification',
      'foreign_language_score',
      'computer_score',
      'teaching_proof',
      'patent_proof',
      'research_proof',
      'award_proof',
      'published_papers',
      'published_books',
      'technical_reports',
      'head_teacher_proof',
    ]);
    expect(
      materialRequirements(input({ committeePilot: true, sections: filledSections })).patent_proof.reason,
    ).toBe('已填写发明专利情况');
  });

  it('filled sections alone require nothing on a non-pilot committee except pre-approval materials', () => {
    expect(requiredKeys(input({ sections: filledSections }))).toEqual([
      'highest_degree',
      'head_teacher_proof',
    ]);
  });

  it('the innovative track requires its proof on any committee, as a pre-approval material', () => {
    for (const committeePilot of [false, true]) {
      const rule = materialRequirements(input({ track: 'innovative', committeePilot })).innovative_proof;
      expect(rule).toEqual({ required: true, reason: '创新型人才申报', preApproval: true });
    }
    expect(materialRequirements(input()).innovative_proof.required).toBe(false);
  });

  it('claimed exemptions require their proofs on any committee', () => {
    const sections = { foreignLanguage: { exempt: '是' }, computerSkill: { exempt: '是' } };
    expect(requiredKeys(input({ sections }))).toEqual([
      'highest_degree',
      'foreign_language_exemption',
      'computer_exemption',
    ]);
    // Exempt, so no score: the score certificate is not asked for even on a pilot committee.
    const pilot = materialRequirements(input({ committeePilot: true, sections }));
    expect(pilot.foreign_language_score.required).toBe(false);
    expect(pilot.computer_exemption.preApproval).toBe(true);
  });

  it('papers and books are told apart by publication type; empty values do not count as filled', () => {
    const papersOnly = materialRequirements(
      input({ committeePilot: true, sections: { publications: [{ pubType: '论文' }] } }),
    );
    expect([papersOnly.published_papers.required, papersOnly.published_books.required]).toEqual([
      true,
      false,
    ]);
    const booksOnly = materialRequirements(
      input({ committeePilot: true, sections: { publications: [{ pubType: '教材' }] } }),
    );
    expect([booksOnly.published_papers.required, booksOnly.published_books.required]).toEqual([false, true]);
    const blank = materialRequirements(
      input({
        committeePilot: true,
        sections: { basicInfo: { currentQualification: '', headTeacherYears: 0 }, patents: [] },
      }),
    );
    expect([
      blank.current_qualification.required,
      blank.head_teacher_proof.required,
      blank.patent_proof.required,
    ]).toEqual([false, false, false]);
  });
});

describe('materialCompletion', () => {
  it('is done with a file, missing when required and empty, not needed when optional and empty', () => {
    expect(materialCompletion({ required: true, files: [{}] })).toBe('done');
    expect(materialCompletion({ required: false, files: [{}] })).toBe('done');
    expect(materialCompletion({ required: true, files: [] })).toBe('missing');
    expect(materialCompletion({ required: false, files: [] })).toBe('notNeeded');
  });
});
