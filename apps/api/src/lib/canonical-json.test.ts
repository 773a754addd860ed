import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every level', () => {
    const a = { b: 1, a: { d: [{ y: 2, x: 1 }], c: '中' } };
    const b = { a: { c: '中', d: [{ x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"中","d":[{"x":1,"y":2}]},"b":1}');
  });

  it('keeps array order, drops undefined members and writes dates as ISO strings', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]');
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson({ at: new Date('2026-11-28T00:00:00Z') })).toBe('{"at":"2026-11-28T00:00:00.000Z"}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
