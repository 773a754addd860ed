import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadAllTexts } from '../../../i18n';
import { auditActionLabel, auditActionOptions } from './audit-labels';

describe('audit action labels', () => {
  beforeAll(() => loadAllTexts());

  it('names refused access and its per-minute summary in Chinese, also in the action filter', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(auditActionLabel(t, 'access.denied')).toBe('拒绝访问（无权或访问他人对象）');
    expect(auditActionLabel(t, 'access.denied_suppressed')).toBe('拒绝访问（超出每分钟记录上限，合并计数）');
    expect(auditActionOptions(t).map((o) => o.value)).toContain('access.denied');
  });
});
