/** One record of a CSV file and the line it starts on (1-based; a quoted line break spans lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The text is not CSV: a quote left open, or text right after a closing quote. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unclosed_quote' | 'text_after_quote',
  ) {
    super(`CSV syntax error on line ${line}: ${reason}`);
  }
}

const isBreak = (c: string | undefined) => c === '\r' || c === '\n';

/**
 * RFC 4180 with the leniency spreadsheets need: fields separated by commas, records by CRLF, LF or a
 * lone CR; a field in double quotes may hold commas, line breaks and doubled quotes (`""`); a quote
 * inside an unquoted field is kept as text. Records whose fields are all empty (blank lines, Excel's
 * `,,` rows, the trailing line end) are left out: their lines still count, but they are no rows.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    recordLine = line;
  };

  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && field === '') {
      const quoteLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(quoteLine, 'unclosed_quote');
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] !== '"') break;
          field += '"';
          i += 2;
          continue;
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line += 1;
        field += q;
        i += 1;
      }
      i += 1; // the closing quote
      if (i < text.length && text[i] !== ',' && !isBreak(text[i])) {
        throw new CsvSyntaxError(line, 'text_after_quote');
      }
    } else if (c === ',') {
      fields.push(field);
      field = '';
      i += 1;
    } else if (isBreak(c)) {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      endRecord();
    } else {
      field += c;
      i += 1;
    }
  }
  endRecord();
  return records;
}
