import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the page, and that a
 * keyboard user can focus to scroll it with the arrow keys (WCAG 2.1.1; axe scrollable-region-focusable).
 * antd's own `scroll={{ x }}` container cannot take focus, so tables go inside this one instead.
 */
/** `label` names the region; landmarks' names must differ from an enclosing section's (axe landmark-unique). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard.
    <section className="scroll-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
