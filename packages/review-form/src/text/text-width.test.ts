import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, registerFonts } from '../fonts/register-fonts.js';
import { ASCII_ADVANCES, textWidth } from './text-width.js';

interface LoadedFont {
  unitsPerEm: number;
  glyphForCodePoint(code: number): { advanceWidth: number };
}

async function loadedFont(fontWeight: number): Promise<LoadedFont> {
  await registerFonts();
  return Font.getFont({ fontFamily: FONT_FAMILY, fontWeight }).data as unknown as LoadedFont;
}

describe('textWidth', () => {
  it('has the widths of the registered fonts (the wider of Regular and Bold)', async () => {
    const [regular, bold] = await Promise.all([loadedFont(400), loadedFont(700)]);
    expect(regular.unitsPerEm).toBe(1000);
    const widths = ASCII_ADVANCES.map((_, i) =>
      Math.max(
        regular.glyphForCodePoint(0x20 + i).advanceWidth,
        bold.glyphForCodePoint(0x20 + i).advanceWidth,
      ),
    );
    expect(widths).toEqual([...ASCII_ADVANCES]);
    for (const ch of '中文，（）《》')
      expect(regular.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth, ch).toBe(1000);
  });

  it('measures Chinese as one em a character and Latin by its glyphs', () => {
    expect(textWidth('评审表', 10)).toBe(30);
    expect(textWidth('0', 10)).toBeCloseTo(5.9);
    expect(textWidth('', 10)).toBe(0);
  });
});
