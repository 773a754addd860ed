import { describe, expect, it } from 'vitest';
import { decodeQueueCursor, encodeQueueCursor } from './queue-cursor.js';

const id = '0b0e6c1e-8d7a-4f3e-9a51-3c2f1d0e9b8a';

describe('queue cursor', () => {
  it('round-trips the last row of every sort, an unsubmitted one and a long Chinese name included', () => {
    const at = '2026-11-02T08:30:00.123456Z';
    expect(decodeQueueCursor(encodeQueueCursor('-submittedAt', { value: at, id }), '-submittedAt')).toEqual({
      value: at,
      id,
    });
    expect(decodeQueueCursor(encodeQueueCursor('submittedAt', { value: null, id }), 'submittedAt')).toEqual({
      value: null,
      id,
    });
    const name = '欧'.repeat(50);
    const cursor = encodeQueueCursor('name', { value: name, id });
    expect(cursor.length).toBeLessThanOrEqual(512);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeQueueCursor(cursor, 'name')).toEqual({ value: name, id });
  });

  it('refuses what it did not write, and a cursor of another sort', () => {
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const bad: [string, Parameters<typeof decodeQueueCursor>[1]][] = [
      ['???', '-submittedAt'],
      [forge({ s: '-submittedAt', v: '2026-11-02', id }), '-submittedAt'],
      [forge({ s: '-submittedAt', v: '2026-02-30T00:00:00.000000Z', id }), '-submittedAt'],
      [forge({ s: '-updatedAt', v: null, id }), '-updatedAt'],
      [forge({ s: 'name', v: null, id }), 'name'],
      [forge({ s: 'name', v: 'x', id: 'not-a-uuid' }), 'name'],
      [forge({ s: 'name', v: 'x', id }), '-name'],
      [forge('text'), 'name'],
    ];
    for (const [cursor, sort] of bad) {
      expect(() => decodeQueueCursor(cursor, sort), cursor).toThrow(
        expect.objectContaining({ code: 'validation_failed' }),
      );
    }
  });
});
