import { lineBreakSegments } from '../text/line-break.js';
import { textWidth } from '../text/text-width.js';

/** Noto Sans SC's own line spacing (ascent + descent, 1.448 em), which every text uses. */
export const LINE_SPACING = 1.45;

/** Height of one line of text at `fontSize`: Noto Sans SC's own ascent plus descent. */
export function lineHeight(fontSize: number): number {
  return fontSize * LINE_SPACING;
}

/** The characters of a segment too wide for any line, cut so that each piece fits (never happens in a laid-out table). */
function cutToWidth(segment: string, width: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of segment) {
    if (piece && textWidth(piece + ch, fontSize) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The lines `text` takes in a box `width` points wide: greedy, breaking only between the segments of
 * `lineBreakSegments` (so 避头尾 holds, Latin words and numbers stay whole, and no hyphen is ever
 * added), at explicit line breaks, and dropping the spaces a line would end or start with. An empty
 * text is one empty line. Widths are the conservative `textWidth`, so a line never overflows.
 */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const segment of lineBreakSegments(paragraph)) {
      const space = segment.trim() === '';
      if (space && line === '') continue;
      const w = textWidth(segment, fontSize);
      if (line !== '' && lineWidth + w > width) {
        lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
        if (space) continue;
      }
      if (w > width) {
        const pieces = cutToWidth(segment, width, fontSize);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = textWidth(line, fontSize);
        continue;
      }
      line += segment;
      lineWidth += w;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
