import { z } from 'zod';

/** The 17 material categories of materials.md, in the order the list page shows them. */
export const materialCategories = [
  { key: 'highest_degree', title: '最高学历(学位)证书或最高学历(学位)证书验证证明' },
  { key: 'personal_summary', title: '个人总结' },
  { key: 'current_qualification', title: '专业技术资格证' },
  { key: 'foreign_language_score', title: '职称外语考试成绩' },
  { key: 'computer_score', title: '计算机应用能力考试成绩' },
  { key: 'innovative_proof', title: '创新型人才申报证明材料' },
  { key: 'foreign_language_exemption', title: '职称外语免考证明材料' },
  { key: 'computer_exemption', title: '计算机免考证明材料' },
  { key: 'teaching_proof', title: '"获现资格以来完成教学工作情况"证明材料' },
  { key: 'patent_proof', title: '"获专利情况"证明材料' },
  { key: 'research_proof', title: '"承担科学研究项目的情况"证明材料' },
  { key: 'award_proof', title: '"获奖情况(含指导学生的获奖)"证明材料' },
  { key: 'published_papers', title: '公开发表论文艺术作品' },
  { key: 'indexed_papers', title: 'SCI、EI、ISTP、人大复印资料索引论文' },
  { key: 'published_books', title: '公开出版的著作' },
  { key: 'technical_reports', title: '专项技术分析报告' },
  { key: 'head_teacher_proof', title: '班主任任职年限证明材料' },
] as const;

export type MaterialCategoryKey = (typeof materialCategories)[number]['key'];
export const materialCategoryKeys = materialCategories.map((c) => c.key) as [
  MaterialCategoryKey,
  ...MaterialCategoryKey[],
];
export const materialCategoryKeySchema = z.enum(materialCategoryKeys, { error: '未知的材料类别' });

export function materialCategoryTitle(key: MaterialCategoryKey): string {
  return materialCategories.find((c) => c.key === key)?.title ?? key;
}

/** File types accepted for materials, decided from the bytes (magic numbers), never from the name. */
export const materialContentTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type MaterialContentType = (typeof materialContentTypes)[number];
/** The 1-inch photo of basic info: images only. */
export const photoContentTypes = ['image/jpeg', 'image/png'] as const;
export const photoMaxBytes = 2 * 1024 * 1024;

/** Default limits (the API reads its own from config; the web uses these to warn before sending). */
export const materialLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFilesPerCategory: 60,
  maxBytesPerApplication: 300 * 1024 * 1024,
} as const;
