import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  definitionExtensions,
  type FieldDefinition,
  findSection,
  type SectionDefinition,
  sectionDefinitions,
} from './definitions.js';
import { fieldShapeSchema } from './field-schemas.js';
import { isFutureValue, PRESENT_MONTH } from './month-rules.js';
import { sectionIssues, sectionSaveProblems, sectionShapeSchema, sectionStatus } from './section-schemas.js';

const today = new Date('2026-11-28T00:00:00Z');
const section = (key: string): SectionDefinition => {
  const found = findSection(key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
const accepts = (field: FieldDefinition, value: unknown) => fieldShapeSchema(field).safeParse(value).success;

describe('definitions', () => {
  it('hold the 23 sections of the spec, in order, with unique keys', () => {
    expect(sectionDefinitions).toHaveLength(23);
    expect(sectionDefinitions.map((s) => s.no)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(new Set(sectionDefinitions.map((s) => s.key)).size).toBe(23);
    expect(sectionDefinitions.filter((s) => s.requiredForSubmit).map((s) => s.key)).toEqual([
      'basicInfo',
      'education',
      'workHistory',
      'selfEvaluation',
      'negativeRecords',
    ]);
  });

  // The specification's copy in docs/spec: the definitions only add their extension properties.
  const specFile = new URL('../../../../docs/spec/sections.json', import.meta.url);
  it('are exactly the spec file (no field dropped or changed)', () => {
    const spec = JSON.parse(readFileSync(specFile, 'utf8'));
    // This copy only adds the extension properties (至今, computed totals) to the spec's fields.
    const withoutExtensions = sectionDefinitions.map((s) => ({
      ...s,
      fields: s.fields.map((f) =>
        Object.fromEntries(
          Object.entries(f).filter(([k]) => !(definitionExtensions as readonly string[]).includes(k)),
        ),
      ),
    }));
    expect(withoutExtensions).toEqual(spec.sections);
  });

  it('let the end month of a period that may still run be 至今, and no start month', () => {
    const allowing = sectionDefinitions.flatMap((s) =>
      s.fields.filter((f) => f.allowPresent).map((f) => `${s.key}.${f.key}`),
    );
    expect(allowing).toEqual([
      'education.endMonth',
      'nonDegreeEducation.endMonth',
      'workHistory.endMonth',
      'trainingAbroad.endMonth',
      'mentoring.endMonth',
    ]);
    for (const s of sectionDefinitions) {
      for (const f of s.fields) expect(f.allowPresent && f.key !== 'endMonth').toBeFalsy();
    }
  });
});

describe('every field enforces its own limits', () => {
  for (const s of sectionDefinitions) {
    for (const field of s.fields) {
      it(`${s.key}.${field.key} (${field.type})`, () => {
        expect(accepts(field, null)).toBe(true);
        expect(accepts(field, '')).toBe(true);
        if (field.maxLength && ['text', 'textarea'].includes(field.type) && !field.pattern) {
          expect(accepts(field, '字'.repeat(field.maxLength))).toBe(true);
          expect(accepts(field, '字'.repeat(field.maxLength + 1))).toBe(false);
        }
        if (field.options) {
          expect(accepts(field, field.options[0])).toBe(true);
          expect(accepts(field, '不存在的选项')).toBe(false);
        }
        if (field.type === 'number') {
          if (field.min !== undefined) expect(accepts(field, field.min - 1)).toBe(false);
          if (field.max !== undefined) expect(accepts(field, field.max + 1)).toBe(false);
          expect(accepts(field, '12')).toBe(false);
        }
        if (field.type === 'yearMonth') {
          expect(accepts(field, '2024-09')).toBe(true);
          expect(accepts(field, '2024-13')).toBe(false);
        }
        if (field.type === 'date') {
          expect(accepts(field, '2024-02-29')).toBe(true);
          expect(accepts(field, '2023-02-29')).toBe(false);
        }
      });
    }
  }
});

describe('field types', () => {
  const basic = section('basicInfo');
  const field = (key: string) => basic.fields.find((f) => f.key === key) as FieldDefinition;

  it('checks ID numbers, mobiles and patterns', () => {
    expect(accepts(field('idNumber'), '44030519850312001X')).toBe(true);
    expect(accepts(field('idNumber'), '440305198503120010')).toBe(false);
    expect(accepts(field('socialSecurityNo'), '999999999')).toBe(true);
    expect(accepts(field('socialSecurityNo'), '1234567890')).toBe(false);
    // Letters break the digits-only rule, and the message says so (not the length help).
    const letters = fieldShapeSchema(field('socialSecurityNo')).safeParse('12ab');
    expect(letters.error?.issues.map((i) => i.message)).toEqual([
      '社保卡号(电脑号)只能填写数字，最多 9 位；非深圳社保申报人员请填写999999999',
    ]);
    const mobile = basic.fields.find((f) => f.type === 'mobile');
    if (mobile) {
      expect(accepts(mobile, '13800138000')).toBe(true);
      expect(accepts(mobile, '12800138000')).toBe(false);
    }
  });

  it('refuses unknown keys and too many rows', () => {
    expect(sectionShapeSchema(basic).safeParse({ hacker: 1 }).success).toBe(false);
    const education = section('education');
    const rows = Array.from({ length: (education.maxRows ?? 50) + 1 }, () => ({}));
    expect(sectionShapeSchema(education).safeParse(rows).success).toBe(false);
  });
});

describe('strict rules and status', () => {
  const education = section('education');
  const completeRow = {
    startMonth: '2004-09',
    endMonth: '2008-07',
    school: '华南理工大学',
    major: '水利水电工程',
    educationLevel: '大学本科',
    schoolingYears: 4,
    studyMode: '全日制',
  };

  it('empty / incomplete / complete', () => {
    expect(sectionStatus(education, undefined, today)).toBe('empty');
    expect(sectionStatus(education, [], today)).toBe('empty');
    expect(sectionStatus(education, [completeRow], today)).toBe('complete');
    expect(sectionStatus(education, [{ ...completeRow, school: null }], today)).toBe('incomplete');
  });

  it('names missing fields with row paths, end before start, and future months', () => {
    const issues = sectionIssues(
      education,
      [
        completeRow,
        { ...completeRow, school: '', endMonth: '2003-01' },
        { ...completeRow, endMonth: '2027-01' },
      ],
      today,
    );
    expect(issues).toEqual([
      { path: '1.school', message: '请填写毕业院校' },
      { path: '1.endMonth', message: '截止年月不能早于起始年月' },
      { path: '2.endMonth', message: '截止年月不能晚于当前月份' },
    ]);
  });

  it('accepts "present" (至今) only where the definition allows it, as the current month', () => {
    const work = section('workHistory');
    const end = work.fields.find((f) => f.key === 'endMonth') as FieldDefinition;
    const start = work.fields.find((f) => f.key === 'startMonth') as FieldDefinition;
    expect(accepts(end, PRESENT_MONTH)).toBe(true);
    expect(accepts(start, PRESENT_MONTH)).toBe(false);
    const projects = section('researchProjects');
    expect(accepts(projects.fields.find((f) => f.key === 'endMonth') as FieldDefinition, 'present')).toBe(
      false,
    );
    const job = { startMonth: '2019-01', endMonth: 'present', employer: '水务局', work: '水文分析' };
    expect(sectionIssues(work, [job], today)).toEqual([]);
    // A start in the current month still ends at or after it; a start in the future is refused.
    expect(sectionIssues(work, [{ ...job, startMonth: '2026-11' }], today)).toEqual([]);
    expect(sectionIssues(work, [{ ...job, startMonth: '2026-12' }], today)).toEqual([
      { path: '0.startMonth', message: '起始年月不能晚于当前月份' },
      { path: '0.endMonth', message: '截止年月不能早于起始年月' },
    ]);
    expect(sectionIssues(education, [{ ...completeRow, endMonth: 'present' }], today)).toEqual([]);
  });

  it('the future rule the date pickers share: months after this one, days after today', () => {
    const work = section('workHistory');
    const end = work.fields.find((f) => f.key === 'endMonth') as FieldDefinition;
    expect(isFutureValue(end, '2026-11', today)).toBe(false);
    expect(isFutureValue(end, '2026-12', today)).toBe(true);
    expect(isFutureValue(end, 'present', today)).toBe(false);
    const patents = section('patents');
    const grant = patents.fields.find((f) => f.key === 'grantDate') as FieldDefinition;
    expect(isFutureValue(grant, '2026-11-28', today)).toBe(false);
    expect(isFutureValue(grant, '2026-11-29', today)).toBe(true);
  });

  it('computes 继续教育 合计学时 from its parts: a save with another total is refused, per field', () => {
    const education = section('continuingEducation');
    const total = education.fields.find((f) => f.key === 'totalHours');
    expect(total?.sumOf).toEqual(['publicHours', 'professionalHours']);
    const row = { year: 2024, publicHours: 30, professionalHours: 60, totalHours: 90 };
    expect(sectionSaveProblems(education, [row])).toEqual([]);
    const wrong = [row, { ...row, totalHours: 100 }];
    const problem = { path: '1.totalHours', message: '合计学时应为公需科目学时与专业科目学时之和（90）' };
    expect(sectionSaveProblems(education, wrong)).toEqual([problem]);
    expect(sectionIssues(education, wrong, today)).toContainEqual(problem);
    // Parts still missing: nothing to compare yet (the required rule names them).
    expect(sectionSaveProblems(education, [{ ...row, publicHours: null }])).toEqual([]);
    expect(sectionSaveProblems(section('workHistory'), [{ totalHours: 1 }])).toEqual([]);
  });

  it('applies requiredWhen: exemption needs a reason, otherwise the exam details', () => {
    const language = section('foreignLanguage');
    const exemptField = language.fields.find((f) => f.key === 'exempt');
    expect(exemptField?.options).toEqual(expect.arrayContaining(['是', '否']));
    const exempt = sectionIssues(language, { exempt: '是' }, today).map((i) => i.path);
    expect(exempt).toContain('exemptReason');
    expect(exempt).not.toContain('score');
    const notExempt = sectionIssues(language, { exempt: '否' }, today).map((i) => i.path);
    expect(notExempt).toEqual(expect.arrayContaining(['language', 'grade', 'examMonth', 'score']));
    expect(notExempt).not.toContain('exemptReason');
  });
});
