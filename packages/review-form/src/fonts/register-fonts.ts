import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';
import { hyphenationCallback } from '../text/hyphenation.js';

/** The one family every text of the form uses (react-pdf's built-in fonts have no Chinese glyphs). */
export const FONT_FAMILY = 'NotoSansSC';

const require = createRequire(import.meta.url);

/**
 * Static (not variable) TrueType instances of Noto Sans SC, OFL-1.1 (README.md says why this package).
 * Bold is a real face: react-pdf never synthesises bold, it would fall back to Regular.
 */
export const fontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

let registered: Promise<void> | null = null;

/**
 * Registers the fonts and the line-break rules once per process (or worker thread). react-pdf keeps
 * each parsed font in its font store, so only the first render pays for reading and parsing the
 * 10 MB files; loading them here, up front, also keeps that cost out of the first render's timing.
 */
export function registerFonts(): Promise<void> {
  if (!registered) {
    Font.register({
      family: FONT_FAMILY,
      fonts: [
        { src: fontFiles.regular, fontWeight: 400 },
        { src: fontFiles.bold, fontWeight: 700 },
      ],
    });
    Font.registerHyphenationCallback(hyphenationCallback);
    registered = Promise.all([
      Font.load({ fontFamily: FONT_FAMILY, fontWeight: 400 }),
      Font.load({ fontFamily: FONT_FAMILY, fontWeight: 700 }),
    ]).then(() => undefined);
  }
  return registered;
}
