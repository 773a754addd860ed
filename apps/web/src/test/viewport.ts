/** setup.ts's `matchMedia`, which matches nothing (every antd breakpoint reads as false). */
const defaultMatchMedia = window.matchMedia;

function matches(query: string, width: number): boolean {
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
}

/**
 * Makes `matchMedia` (antd's breakpoints) answer as a screen `width` pixels wide; returns the function
 * that gives setup.ts's default back: `beforeEach(() => setViewportWidth(1280))` or
 * `onTestFinished(setViewportWidth(375))`.
 */
export function setViewportWidth(width: number): () => void {
  window.matchMedia = (query: string) =>
    ({
      matches: matches(query, width),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  return () => {
    window.matchMedia = defaultMatchMedia;
  };
}
