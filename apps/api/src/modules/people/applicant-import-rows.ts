import { applicantCreateSchema, applicantImportColumns, applicantImportLimits } from '@zhicheng/contracts';
import { AppError } from '../../errors/app-error.js';
import { CsvSyntaxError, parseCsv } from './csv-parse.js';
import { decodeImportFile, type UndecodableReason } from './import-file-decode.js';

/** A data row as the file has it; `row` is its line in the file (header = 1). */
export interface ImportRow {
  row: number;
  name: string;
  username: string;
  idNumber: string;
}

export interface RowError {
  row: number;
  message: string;
}

const fieldOfColumn = { 姓名: 'name', 账号: 'username', 身份证号: 'idNumber' } as const;
const columnOfField = { name: '姓名', username: '账号', idNumber: '身份证号' } as const;
const expectedColumns = applicantImportColumns.join('、');

/** The same rules as creating one applicant (name, username, ID number with its check digit). */
const rowSchema = applicantCreateSchema.pick({ name: true, username: true, idNumber: true });

function invalidFile(message: string): AppError {
  return new AppError('import_file_invalid', message, {
    extensions: { expectedColumns: [...applicantImportColumns] },
  });
}

const undecodable: Record<UndecodableReason, string> = {
  empty: '文件是空的，请使用导入模板填写后再上传',
  spreadsheet: '这是 Excel 工作簿，不是 CSV 文件：请在 Excel 中“另存为”“CSV (逗号分隔)”后再上传',
  utf16: '不支持“Unicode 文本”（UTF-16）：请在 Excel 中“另存为”“CSV (逗号分隔)”或“CSV UTF-8”后再上传',
  binary: '文件不是 CSV 文本（只支持 UTF-8 或 GB18030/GBK 编码），请使用导入模板',
};

/** The rows of an uploaded file, and the encoding it was read in. */
export function readImportFile(bytes: Uint8Array): { rows: ImportRow[]; encoding: string } {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) throw invalidFile(undecodable[decoded.reason]);
  return { rows: readImportRows(decoded.text), encoding: decoded.encoding };
}

/**
 * The data rows of a decoded import file. The header (its first non-blank line) must name the columns
 * 姓名, 账号, 身份证号, in any order; other columns are ignored. A file that is not CSV, has another header, no rows or too many
 * is refused as a whole with `import_file_invalid`.
 */
export function readImportRows(text: string): ImportRow[] {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    const what = error.reason === 'unclosed_quote' ? '的引号没有闭合' : '的引号后面还有多余的内容';
    throw invalidFile(`文件不是有效的 CSV：第 ${error.line} 行${what}`);
  }
  const [header, ...data] = records;
  if (!header) throw invalidFile(`文件是空的：第 1 行应为表头 ${expectedColumns}（请使用导入模板）`);
  const names = header.fields.map((f) => f.trim());
  const index = Object.fromEntries(
    applicantImportColumns.map((column) => [fieldOfColumn[column], names.indexOf(column)]),
  ) as Record<keyof typeof columnOfField, number>;
  const missing = applicantImportColumns.filter((c) => !names.includes(c));
  const repeated = applicantImportColumns.filter((c) => names.indexOf(c) !== names.lastIndexOf(c));
  if (missing.length > 0 || repeated.length > 0) {
    const problem = missing.length > 0 ? `缺少“${missing.join('、')}”列` : `“${repeated.join('、')}”列重复`;
    throw invalidFile(`表头不正确：${problem}。第 1 行应为 ${expectedColumns}（请使用导入模板）`);
  }
  if (data.length === 0) throw invalidFile('文件中没有数据行：请在表头下面每行填写一位申报人员');
  if (data.length > applicantImportLimits.maxRows) {
    throw invalidFile(
      `一次最多导入 ${applicantImportLimits.maxRows} 行，该文件有 ${data.length} 行，请分成几个文件导入`,
    );
  }
  const cell = (fields: string[], at: number) => fields[at] ?? '';
  return data.map((r) => ({
    row: r.line,
    name: cell(r.fields, index.name),
    username: cell(r.fields, index.username),
    idNumber: cell(r.fields, index.idNumber),
  }));
}

// Excel shows an 18-digit number as 4.40305E+17 and keeps only 15 significant digits when it saves.
const scientific = /^\d(\.\d+)?E\+?\d+$/i;
const excelHint = '请在 Excel 中把“身份证号”列设为“文本”格式后重新填写';

function idNumberHint(raw: string): string | undefined {
  const id = raw.trim();
  if (scientific.test(id)) return `身份证号：被 Excel 转成了科学计数法（${id}），${excelHint}`;
  if (/^\d{15}000$/.test(id)) return `身份证号：末三位变成了 000，可能被 Excel 截断，${excelHint}`;
  return undefined;
}

export interface ValidatedRows {
  valid: ImportRow[];
  errors: RowError[];
}

/**
 * Each row against the creation rules, then against the rows above it: the first row with an account
 * name or an ID number is the one imported, later ones are reported as duplicates. Valid rows come back
 * normalised (trimmed, ID number in upper case).
 */
export function validateRows(rows: readonly ImportRow[]): ValidatedRows {
  const valid: ImportRow[] = [];
  const errors: RowError[] = [];
  const rowOfUsername = new Map<string, number>();
  const rowOfIdNumber = new Map<string, number>();
  for (const row of rows) {
    const parsed = rowSchema.safeParse(row);
    if (!parsed.success) {
      const messages = parsed.error.issues.map((issue) => {
        const field = issue.path[0] as keyof typeof columnOfField;
        return (
          (field === 'idNumber' && idNumberHint(row.idNumber)) || `${columnOfField[field]}：${issue.message}`
        );
      });
      errors.push({ row: row.row, message: messages.join('；') });
      continue;
    }
    const { name, username, idNumber } = parsed.data;
    const sameUsername = rowOfUsername.get(username.toLowerCase());
    const sameIdNumber = rowOfIdNumber.get(idNumber);
    if (sameUsername !== undefined) {
      errors.push({ row: row.row, message: `账号 ${username} 与第 ${sameUsername} 行重复` });
    } else if (sameIdNumber !== undefined) {
      errors.push({ row: row.row, message: `身份证号与第 ${sameIdNumber} 行重复` });
    } else {
      rowOfUsername.set(username.toLowerCase(), row.row);
      rowOfIdNumber.set(idNumber, row.row);
      valid.push({ row: row.row, name, username, idNumber });
    }
  }
  return { valid, errors };
}
