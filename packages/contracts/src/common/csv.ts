/**
 * CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break. Files start with a UTF-8 BOM so Excel reads the Chinese right.
 * One writer for the API's exports and the files the web builds in the browser.
 */
export const csvBom = '\uFEFF';

/**
 * A cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage return) would run as a formula in
 * Excel or WPS (CSV injection): a leading single quote keeps it text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
