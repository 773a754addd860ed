import { describe, expect, it } from 'vitest';
import { maskPersonName } from './public-publicity.js';

describe('maskPersonName', () => {
  it.each([
    ['张三明', '张*明'],
    ['张三', '张*'],
    ['欧阳小明', '欧**明'],
    ['张', '张'],
    ['  张三明  ', '张*明'],
    [' 张三 ', '张*'],
    ['', ''],
    ['𠀀三明', '𠀀*明'],
  ])('%j → %j', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });

  it('never keeps a middle character', () => {
    const masked = maskPersonName('司马相如');
    expect(masked).toBe('司**如');
    expect(masked).not.toContain('马');
    expect(masked).not.toContain('相');
  });
});
