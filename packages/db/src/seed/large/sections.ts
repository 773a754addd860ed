import { type FieldDefinition, sampleFieldValue, sectionDefinitions } from '@zhicheng/contracts';
import type { Person } from './people.js';
import type { Random } from './random.js';

/** The sections a submission needs (`requiredForSubmit` in the definitions), in definition order. */
export const requiredSectionKeys: readonly string[] = sectionDefinitions
  .filter((s) => s.requiredForSubmit)
  .map((s) => s.key);

const definitionOf = (key: string) => {
  const found = sectionDefinitions.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};

export interface SectionContext {
  person: Person;
  mobile: string;
  unitName: string;
  specialty: string;
  qualification: string;
  /** The cycle's year: dates stay before it. */
  year: number;
}

const schools = [
  '深圳大学',
  '华南理工大学',
  '中山大学',
  '南方科技大学',
  '武汉大学',
  '湖南大学',
  '河海大学',
  '暨南大学',
];
const majors = [
  '土木工程',
  '水利水电工程',
  '计算机科学与技术',
  '电子信息工程',
  '临床医学',
  '汉语言文学',
  '机械工程',
  '环境工程',
];
const pad = (n: number) => String(n).padStart(2, '0');
const month = (year: number, m: number) => `${year}-${pad(m)}`;

/**
 * Plausible values for one section, shaped by its definition: the fields named here get realistic values,
 * every other required field the contracts' sample value (`sampleFieldValue`), optional ones stay empty.
 */
function fill(key: string, values: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of definitionOf(key).fields) {
    if (field.key in values) row[field.key] = values[field.key];
    else if (field.required && !field.requiredWhen) row[field.key] = sampleOf(field);
  }
  return row;
}

function sampleOf(field: FieldDefinition): unknown {
  // 'photo-1' is no uploaded file's id: the 评审表 prints an empty photo box, as for an upload not yet made.
  return sampleFieldValue(field, 'photo-1');
}

const builders: Record<string, (r: Random, c: SectionContext) => unknown> = {
  basicInfo: (r, c) => {
    const workStart = c.person.birth.year + r.int(21, 25);
    return fill('basicInfo', {
      name: c.person.name,
      idNumber: c.person.idNumber,
      gender: Number(c.person.idNumber.charAt(16)) % 2 === 1 ? '男' : '女',
      birthMonth: month(c.person.birth.year, c.person.birth.month),
      birthplace: c.person.birthplace,
      ethnicity: r.chance(0.92) ? '汉族' : r.pick(['壮族', '回族', '满族', '土家族', '苗族']),
      socialSecurityNo: String(r.int(100_000_000, 999_999_999)),
      politicalStatus: r.pick(['中共党员', '群众', '群众', '共青团员', '民主党派']),
      workStartMonth: month(Math.min(workStart, c.year - 2), r.int(7, 9)),
      employer: c.unitName,
      professionalYears: Math.max(1, Math.min(40, c.year - workStart)),
      currentWork: `${c.specialty}技术工作`,
      applySpecialty: c.specialty,
      applyQualification: c.qualification,
      otherApplications: '无',
      mobile: c.mobile,
      email: `${c.person.idNumber.slice(-8).toLowerCase()}@example.com`,
    });
  },
  education: (r, c) => {
    const start = c.person.birth.year + 18;
    return [
      fill('education', {
        startMonth: month(start, 9),
        endMonth: month(start + 4, 7),
        school: r.pick(schools),
        major: r.pick(majors),
        educationLevel: '大学本科',
        degree: '学士',
        schoolingYears: 4,
        studyMode: '全日制',
        isHighest: '是',
      }),
    ];
  },
  workHistory: (r, c) => {
    const start = Math.min(c.person.birth.year + 22, c.year - 3);
    const change = r.int(start + 1, c.year - 1);
    return [
      fill('workHistory', {
        startMonth: month(start, 7),
        endMonth: month(change, 6),
        employer: '深圳市某某工程咨询有限公司',
        work: `${c.specialty}相关技术工作`,
        position: '技术员',
      }),
      fill('workHistory', {
        startMonth: month(change, 7),
        endMonth: 'present',
        employer: c.unitName,
        work: `${c.specialty}项目技术负责`,
        position: r.pick(['工程师', '项目经理', '技术主管', '主任']),
      }),
    ];
  },
  selfEvaluation: (_r, c) =>
    fill('selfEvaluation', {
      selfEvaluation: `本人自参加工作以来一直从事${c.specialty}工作，业务熟练，能独立承担项目技术工作，申报${c.qualification}。`,
    }),
  negativeRecords: () => fill('negativeRecords', { hasNegative: '无' }),
};

/** The data of one section for an applicant; sections without a builder get their sample row. */
export function sectionData(key: string, random: Random, context: SectionContext): unknown {
  const build = builders[key];
  if (build) return build(random, context);
  const definition = definitionOf(key);
  const row = fill(key, {});
  return definition.kind === 'list' ? [row] : row;
}
