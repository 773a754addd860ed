import { Text } from '@react-pdf/renderer';
import { type Style, styles } from './styles.js';

interface CellProps {
  width: number;
  text: string;
  style?: Style | Style[];
}

/**
 * One bordered table cell; its text wraps inside it (the line breaker gives it break points). A
 * single Text carries the border and padding itself: a View around it would double the nodes react-pdf
 * lays out, and a full form has some two thousand cells.
 */
export function Cell({ width, text, style }: CellProps) {
  const extra = Array.isArray(style) ? style : style ? [style] : [];
  return <Text style={[styles.cell, { width }, ...extra]}>{text}</Text>;
}
