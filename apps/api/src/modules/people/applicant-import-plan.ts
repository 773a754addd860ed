import type { ImportRow, RowError } from './applicant-import-rows.js';

/** An account that already has a row's username, or (in the importing unit) its ID number. */
export interface ExistingAccount {
  username: string;
  role: string;
  unitId: string | null;
  idNumber: string | null;
}

export interface ImportPlan {
  create: ImportRow[];
  skipped: { row: number; username: string }[];
  errors: RowError[];
}

/**
 * What to do with each valid row, given the accounts that exist. Idempotent by account: a row whose
 * username is already an applicant of this unit with the same ID number is skipped (a re-run creates
 * nothing); a username anyone else holds is an error, and so is an ID number that is already an
 * applicant of this unit under another username (it would be a second account for the same person).
 */
export function planImport(
  rows: readonly ImportRow[],
  existing: readonly ExistingAccount[],
  unitId: string,
): ImportPlan {
  const byUsername = new Map(existing.map((a) => [a.username.toLowerCase(), a]));
  const unitApplicants = existing.filter((a) => a.role === 'applicant' && a.unitId === unitId);
  const byIdNumber = new Map(unitApplicants.map((a) => [a.idNumber, a]));
  const plan: ImportPlan = { create: [], skipped: [], errors: [] };
  for (const row of rows) {
    const holder = byUsername.get(row.username.toLowerCase());
    if (holder) {
      const sameUnitApplicant = holder.role === 'applicant' && holder.unitId === unitId;
      if (sameUnitApplicant && holder.idNumber === row.idNumber) {
        plan.skipped.push({ row: row.row, username: holder.username });
      } else if (sameUnitApplicant) {
        plan.errors.push({
          row: row.row,
          message: `账号 ${row.username} 已是本单位另一位申报人员的账号（身份证号不同），请换一个账号`,
        });
      } else {
        plan.errors.push({
          row: row.row,
          message: `账号 ${row.username} 已被其他单位或其他人员使用，请换一个账号，可尝试加入数字编号，如 zhangsan01`,
        });
      }
      continue;
    }
    const samePerson = byIdNumber.get(row.idNumber);
    if (samePerson) {
      plan.errors.push({
        row: row.row,
        message: `本单位已有该身份证号的申报人员（账号 ${samePerson.username}），不再重复创建`,
      });
      continue;
    }
    plan.create.push(row);
  }
  return plan;
}
