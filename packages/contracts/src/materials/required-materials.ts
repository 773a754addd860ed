import type { MaterialCategoryKey } from './categories.js';

type Row = Record<string, unknown>;

/** What the required-when rules look at: the choice, the committee's pilot flag and the saved sections. */
export interface MaterialRuleInput {
  track: 'normal' | 'innovative';
  /** 试点评委会 (online review): only these need the evidence materials; every committee needs the pre-approval ones. */
  committeePilot: boolean;
  /** Saved section data by section key (single → object, list → array of rows); missing = not saved. */
  sections: Partial<Record<string, unknown>>;
}

export interface MaterialRequirement {
  required: boolean;
  /** Why it is required (Chinese, shown beside the 必传 mark); null when optional. */
  reason: string | null;
  /** Pre-approval (前置审批) material: required for every committee. */
  preApproval: boolean;
}

function single(input: MaterialRuleInput, key: string): Row {
  const data = input.sections[key];
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Row) : {};
}

function rows(input: MaterialRuleInput, key: string): Row[] {
  const data = input.sections[key];
  return Array.isArray(data) ? (data as Row[]) : [];
}

function filled(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

const BOOK_TYPES = ['著作', '译著', '教材'];

/**
 * One decision for every category (materials.md): the API refuses an incomplete submission with it,
 * the web marks 必传 with it, the submit page lists what is missing with it.
 * "Teaching work" is reported in the 指导研究生和专业技术人员进修情况 section (the only teaching-related one).
 */
export function materialRequirements(
  input: MaterialRuleInput,
): Record<MaterialCategoryKey, MaterialRequirement> {
  const pilot = input.committeePilot;
  const basic = single(input, 'basicInfo');
  const language = single(input, 'foreignLanguage');
  const computer = single(input, 'computerSkill');
  const publications = rows(input, 'publications');

  const pilotRule = (condition: boolean, reason: string): MaterialRequirement => ({
    required: pilot && condition,
    reason: pilot && condition ? reason : null,
    preApproval: false,
  });
  const preApproval = (condition: boolean, reason: string): MaterialRequirement => ({
    required: condition,
    reason: condition ? reason : null,
    preApproval: true,
  });

  return {
    highest_degree: { required: true, reason: '必须上传', preApproval: false },
    personal_summary: pilotRule(true, '试点评委会必须上传'),
    current_qualification: pilotRule(filled(basic.currentQualification), '已填写现专业技术资格'),
    foreign_language_score: pilotRule(filled(language.score), '已填写职称外语考试成绩'),
    computer_score: pilotRule(filled(computer.result), '已填写计算机应用能力考试结果'),
    innovative_proof: preApproval(input.track === 'innovative', '创新型人才申报'),
    foreign_language_exemption: preApproval(language.exempt === '是', '申请职称外语免试'),
    computer_exemption: preApproval(computer.exempt === '是', '申请计算机免试'),
    teaching_proof: pilotRule(rows(input, 'mentoring').length > 0, '已填写教学（指导）工作情况'),
    patent_proof: pilotRule(rows(input, 'patents').length > 0, '已填写发明专利情况'),
    research_proof: pilotRule(rows(input, 'researchProjects').length > 0, '已填写科研项目情况'),
    award_proof: pilotRule(rows(input, 'awards').length > 0, '已填写获奖情况'),
    published_papers: pilotRule(
      publications.some((r) => r.pubType === '论文'),
      '已填写发表论文',
    ),
    indexed_papers: { required: false, reason: null, preApproval: false },
    published_books: pilotRule(
      publications.some((r) => typeof r.pubType === 'string' && BOOK_TYPES.includes(r.pubType)),
      '已填写出版著作',
    ),
    technical_reports: pilotRule(rows(input, 'technicalReports').length > 0, '已填写专项技术分析报告'),
    head_teacher_proof: preApproval(
      filled(basic.headTeacherYears) && Number(basic.headTeacherYears) > 0,
      '已填写班主任任职年限',
    ),
  };
}

/** 完成状态 of one category as the applicant sees it. */
export type MaterialCompletion = 'done' | 'missing' | 'notNeeded';

/**
 * 是 when a file is there, 否 when a required category (by `materialRequirements`) has none, and
 * 无需上传 when an optional or irrelevant one has none (`done` alone would show 是 for those).
 */
export function materialCompletion(category: {
  required: boolean;
  files: readonly unknown[];
}): MaterialCompletion {
  if (category.files.length > 0) return 'done';
  return category.required ? 'missing' : 'notNeeded';
}
