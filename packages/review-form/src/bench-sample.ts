import {
  type FieldDefinition,
  type SectionDefinition,
  sampleFieldValue,
  sectionDefinitions,
} from '@zhicheng/contracts';
import { PRESENT } from './format/field-value.js';
import { samplePhotoPng } from './sample/sample-photo.js';
import { longChineseText } from './sample/sample-text.js';
import type { ReviewFormInput, ReviewFormSections, SectionValues } from './types.js';

/** Rows in each list section of the full form (the benchmark's "10 rows each"). */
export const SAMPLE_LIST_ROWS = 10;

/** A valid value for every field; textareas filled to their limit with Chinese text. */
function sampleValue(field: FieldDefinition, row: number): unknown {
  if (field.type === 'textarea') return longChineseText(field.maxLength ?? 300, row);
  return sampleFieldValue(field);
}

function sampleRow(section: SectionDefinition, row: number): SectionValues {
  const values: SectionValues = Object.fromEntries(section.fields.map((f) => [f.key, sampleValue(f, row)]));
  // The first row of a list whose period may still run (allowPresent) ends 至今.
  const end = section.fields.find((f) => f.key === 'endMonth');
  if (row === 0 && end?.allowPresent) values.endMonth = PRESENT;
  return values;
}

/**
 * The full 评审表 that tests and the benchmark share: all 23 sections, 10 rows in each list section,
 * sample values from the contracts, long Chinese text in every textarea (2,000 characters in the
 * self-evaluation), a photo, two opinions and the committee's votes.
 */
export function fullSampleInput(mode: ReviewFormInput['mode'] = 'final'): ReviewFormInput {
  const sections: ReviewFormSections = {};
  for (const section of sectionDefinitions) {
    sections[section.key] =
      section.kind === 'list'
        ? Array.from({ length: SAMPLE_LIST_ROWS }, (_, i) => sampleRow(section, i))
        : sampleRow(section, 0);
  }
  return {
    mode,
    cover: {
      applicantName: '张三',
      unitName: '深圳市水务规划设计院股份有限公司',
      series: '工程技术',
      specialty: '水利水电工程',
      level: '副高级',
      qualification: '高级工程师',
      committee: '深圳市水务工程技术高级职称评审委员会',
      department: '深圳市水务局',
      trackLabel: '普通申报（正常申报）',
      cycleName: '2026年度专业技术资格评审',
    },
    photo: { data: samplePhotoPng(), format: 'png' },
    sections,
    opinions: [
      {
        stageLabel: '单位审核意见',
        decisionLabel: '通过',
        opinion: '经审核，该同志申报材料真实、完整，符合申报条件，同意推荐。',
        reviewerName: '李四',
        at: '2026-09-10T02:30:00Z',
      },
      {
        stageLabel: '部门审核意见',
        decisionLabel: '通过',
        opinion: '材料齐全，同意提交评委会评审。',
        reviewerName: '王五',
        at: '2026-10-08T07:00:00Z',
      },
    ],
    votes: { present: 15, for: 13, against: 1, abstain: 1, meetingDate: '2026-11-20' },
    verification: { code: 'ZC7K-2Q9M-4HXT', url: 'https://zhicheng.example.gov.cn/verify/ZC7K-2Q9M-4HXT' },
    generatedAt: '2026-11-28T08:00:00Z',
  };
}
