import { Tag, type TagProps } from 'antd';

/**
 * antd's preset tag colours put the colour's 6th/7th shade on its 1st as text, below WCAG AA's 4.5:1
 * for small text. A readable tag keeps the preset background and border and takes the darkest shade of
 * its colour as text. The one owner of these shades: every coloured tag in the app is one of these.
 */
export const readableTagText = {
  green: '#135200',
  blue: '#002c8c',
  orange: '#873800',
  red: '#a8071a',
} as const;

export type ReadableTagColour = keyof typeof readableTagText | 'default';

export function ReadableTag({
  color,
  style,
  ...props
}: Omit<TagProps, 'color'> & { color: ReadableTagColour }) {
  if (color === 'default') return <Tag style={style} {...props} />;
  return <Tag color={color} style={{ ...style, color: readableTagText[color] }} {...props} />;
}
