import { findSection, type SectionDefinition } from '@zhicheng/contracts';
import { describe, expect, it } from 'vitest';
import { singleSectionGrid } from './single-grid.js';

function section(key: string): SectionDefinition {
  const found = findSection(key);
  if (!found) throw new Error(key);
  return found;
}

describe('singleSectionGrid', () => {
  it('pairs short fields, gives long ones a row, heads each group, and leaves the photo out', () => {
    const rows = singleSectionGrid(section('basicInfo'), {
      name: '张三',
      academicPosts: '学会理事',
      photo: 'p1',
    });
    expect(rows[0]).toEqual({ kind: 'group', title: '个人基本信息' });
    expect(rows[1]).toEqual({
      kind: 'pair',
      left: { label: '姓名', value: '张三' },
      right: { label: '身份证号码', value: '' },
    });
    expect(rows).toContainEqual({
      kind: 'full',
      field: { label: '参加何学术技术团体任何职', value: '学会理事' },
    });
    expect(JSON.stringify(rows)).not.toContain('照片');
    expect(rows.filter((r) => r.kind === 'group').map((r) => r.kind === 'group' && r.title)).toEqual([
      '个人基本信息',
      '工作信息',
      '现资格信息',
      '申报资格信息',
      '联系方式',
    ]);
  });

  it('lays out every field of a section once', () => {
    const def = section('negativeRecords');
    const rows = singleSectionGrid(def, {});
    const labels = rows.flatMap((r) =>
      r.kind === 'pair' ? [r.left.label, r.right?.label] : r.kind === 'full' ? [r.field.label] : [],
    );
    expect(labels.filter(Boolean)).toEqual(def.fields.map((f) => f.label));
  });
});
