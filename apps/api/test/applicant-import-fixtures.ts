import { applicantImportColumns } from '@zhicheng/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { makeIdNumber } from './fixtures.js';
import { bearer } from './helpers.js';
import { multipart } from './upload-fixtures.js';

let sequence = 0;

/** A row that passes every rule: a fresh username and a valid, unique ID number. */
export function validRow(name = '测试人员') {
  sequence += 1;
  const seq = String(sequence).padStart(3, '0');
  return { name: `${name}${sequence}`, username: `imp${seq}user`, idNumber: makeIdNumber('19910203', seq) };
}

export type Row = ReturnType<typeof validRow>;

/** CSV text with the template's header; `lines` may be rows or raw lines. */
export function csvText(lines: (Row | string)[], header = applicantImportColumns.join(',')): string {
  const body = lines.map((l) => (typeof l === 'string' ? l : `${l.name},${l.username},${l.idNumber}`));
  return `${[header, ...body].join('\r\n')}\r\n`;
}

export const utf8 = (text: string, bom = false) => Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8');

/**
 * GB18030 as Excel on Chinese Windows writes it, from a byte table (Node's TextEncoder only writes
 * UTF-8): ASCII stays one byte, these characters are two bytes, 㐁 (U+3401) four.
 */
const gb18030Bytes: Record<string, number[]> = {
  姓: [0xd0, 0xd5],
  名: [0xc3, 0xfb],
  账: [0xd5, 0xcb],
  号: [0xba, 0xc5],
  身: [0xc9, 0xed],
  份: [0xb7, 0xdd],
  证: [0xd6, 0xa4],
  王: [0xcd, 0xf5],
  五: [0xce, 0xe5],
  张: [0xd5, 0xc5],
  三: [0xc8, 0xfd],
  㐁: [0x81, 0x39, 0xef, 0x30],
};

export function gb18030(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = gb18030Bytes[char];
      if (!encoded) throw new Error(`no GB18030 bytes for ${char} in the test table`);
      bytes.push(...encoded);
    }
  }
  return Buffer.from(bytes);
}

/** `POST /unit/applicants/import` of one file, as a browser sends it. */
export function importFile(
  app: FastifyInstance,
  token: string,
  data: Buffer,
  name = '申报人员.csv',
): Promise<LightMyRequestResponse> {
  const body = multipart([{ name, data, type: 'text/csv' }]);
  return app.inject({
    method: 'POST',
    url: '/api/v1/unit/applicants/import',
    headers: { ...bearer(token), 'content-type': body.contentType },
    payload: body.payload,
  });
}
