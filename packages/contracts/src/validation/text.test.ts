import { describe, expect, it } from 'vitest';
import { loginRequestSchema } from '../auth/login.js';
import { applicationFiltersSchema } from '../review/queue.js';
import { fieldShapeSchema } from '../sections/field-schemas.js';
import { controlCharacterMessage, hasControlCharacter, personNameSchema, text } from './fields.js';

const c0 = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f'];
const lineBreaks = ['\t', '\n', '\r'];

describe('text (#16)', () => {
  it('refuses NUL and every other C0 control and DEL in single-line text', () => {
    for (const ch of c0) {
      expect(hasControlCharacter(`a${ch}b`), JSON.stringify(ch)).toBe(true);
      expect(text().safeParse(`a${ch}b`).error?.issues[0]?.message).toBe(controlCharacterMessage);
    }
    expect(text().safeParse('张三 Zhang San').success).toBe(true);
  });

  it('allows tab, newline and carriage return only in multi-line text', () => {
    const multi = text({ multiLine: true });
    for (const ch of c0) {
      const ok = multi.safeParse(`第一行${ch}第二行`).success;
      expect(ok, JSON.stringify(ch)).toBe(lineBreaks.includes(ch));
    }
  });

  it('owns the request fields: login, searches, names, section text', () => {
    const login = loginRequestSchema.safeParse({ username: 'unit\u0000admin', password: 'x' });
    expect(login.error?.issues).toEqual([
      expect.objectContaining({ path: ['username'], message: controlCharacterMessage }),
    ]);
    expect(applicationFiltersSchema.safeParse({ q: '\u0000' }).error?.issues[0]?.path).toEqual(['q']);
    expect(personNameSchema.safeParse('张\u0001三').success).toBe(false);
    const textarea = fieldShapeSchema({
      key: 'x',
      label: '自我评价',
      type: 'textarea',
      required: true,
      maxLength: 100,
    });
    expect(textarea.safeParse('第一行\r\n\t第二行').success).toBe(true);
    expect(textarea.safeParse('a\u0000b').error?.issues[0]?.message).toBe(
      `自我评价${controlCharacterMessage}`,
    );
    const single = fieldShapeSchema({
      key: 'y',
      label: '单位',
      type: 'text',
      required: true,
      maxLength: 100,
    });
    expect(single.safeParse('a\nb').success).toBe(false);
  });
});
