/**
 * A laid-out page as plain data: what to draw where, in points from the page's top left. The whole
 * form is laid out into these first, so the page total is known before anything is drawn (one pass).
 */
export type FontName = 'regular' | 'bold';

export type Op =
  | { kind: 'text'; text: string; x: number; y: number; font: FontName; size: number; color: string }
  | { kind: 'fill'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'box'; x: number; y: number; w: number; h: number }
  | { kind: 'image'; data: Buffer; x: number; y: number; w: number; h: number; cover: boolean };

export type Page = Op[];
