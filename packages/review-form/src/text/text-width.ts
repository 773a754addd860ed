/**
 * Advance widths of printable ASCII (U+0020–U+007E) in Noto Sans SC, in thousandths of an em, the
 * larger of Regular and Bold. Read from the font files once (`text-width.test.ts` checks them against
 * the registered fonts, so a font change cannot silently break the column layout). Everything else
 * is counted as one em: every CJK character of the font is exactly 1 em wide, and other scripts are
 * narrower, so the estimate errs towards too wide, never too narrow.
 */
export const ASCII_ADVANCES: readonly number[] = [
  227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 392, 590, 590, 590, 590, 590,
  590, 590, 590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615, 585, 717, 757, 330,
  568, 686, 578, 853, 749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 392, 378, 590,
  567, 626, 591, 644, 527, 644, 581, 372, 597, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 437, 495,
  421, 637, 576, 863, 562, 574, 511, 378, 296, 378, 590,
];

/** Width of `text` in points at `fontSize`, as the font would set it on one line. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 0x20 && code <= 0x7e ? (ASCII_ADVANCES[code - 0x20] ?? 1000) : 1000;
  }
  return (units * fontSize) / 1000;
}
