import { describe, expect, it } from 'vitest';
import { sectionDefinitions } from './definitions.js';
import { sampleFieldValue } from './sample-values.js';
import { sectionIssues, sectionStatus } from './section-schemas.js';

describe('sampleFieldValue', () => {
  it('fills every section so that it is complete, with no strict-rule issue', () => {
    const today = new Date('2026-11-28T00:00:00Z');
    for (const section of sectionDefinitions) {
      const row = Object.fromEntries(section.fields.map((f) => [f.key, sampleFieldValue(f)]));
      const data = section.kind === 'list' ? [row] : row;
      expect(sectionIssues(section, data, today), section.key).toEqual([]);
      expect(sectionStatus(section, data, today), section.key).toBe('complete');
    }
  });

  it('puts the given photo id into photo fields', () => {
    const photo = sectionDefinitions.flatMap((s) => s.fields).find((f) => f.type === 'photo');
    expect(photo && sampleFieldValue(photo, 'abc')).toBe('abc');
  });
});
