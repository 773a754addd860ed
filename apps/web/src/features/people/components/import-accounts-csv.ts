import { type ApplicantImportReport, csvBom, csvLine } from '@zhicheng/contracts';

export interface AccountsCsvHeader {
  row: string;
  name: string;
  username: string;
  initialPassword: string;
}

/** The created accounts with their initial passwords, as a CSV for Excel (UTF-8 with BOM, CRLF). */
export function importedAccountsCsv(
  accounts: ApplicantImportReport['accounts'],
  header: AccountsCsvHeader,
): Blob {
  const lines = [
    csvLine([header.row, header.name, header.username, header.initialPassword]),
    ...accounts.map((a) => csvLine([String(a.row), a.name, a.username, a.initialPassword])),
  ];
  return new Blob([csvBom, ...lines], { type: 'text/csv;charset=utf-8' });
}
