import { z } from 'zod';

// PostgreSQL refuses U+0000 in text, and no field wants the other C0 controls or DEL (#16).
export const controlCharacterMessage = '不能包含控制字符';

/** True when `value` holds a control character the field refuses (multi-line text keeps \t \n \r). */
export function hasControlCharacter(value: string, multiLine = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && !(multiLine && (c === 0x09 || c === 0x0a || c === 0x0d)))) return true;
  }
  return false;
}

/**
 * The one owner of request text: a string without control characters (single-line: no C0 or DEL at
 * all; multi-line: tab, newline and carriage return allowed). A refinement, so the JSON schema is unchanged.
 */
export function text(options: { multiLine?: boolean; message?: string; error?: string } = {}) {
  const base = options.error ? z.string({ error: options.error }) : z.string();
  return base.refine(
    (v) => !hasControlCharacter(v, options.multiLine),
    options.message ?? controlCharacterMessage,
  );
}
