import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Static (not variable) TrueType instances of Noto Sans SC, OFL-1.1 (README.md says why this package).
 * Bold is a real face, registered as its own font: nothing is ever synthesised.
 */
export const fontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

/** A parsed font as fontkit gives it; pdfkit accepts one in place of the file's bytes. */
export type ParsedFont = object;

export interface FormFonts {
  regular: ParsedFont;
  bold: ParsedFont;
}

// fontkit (pdfkit's own font parser) ships no types; `create` is all that is used.
const fontkit = require('fontkit') as { create(data: Uint8Array): ParsedFont };

let loaded: Promise<FormFonts> | null = null;

/**
 * Reads and parses the fonts once per process (or worker thread): fontkit reads tables lazily and
 * keeps what it read, so later documents reuse the parsed cmap and glyphs. Each document still
 * embeds its own subset. Loading up front also keeps that cost out of the first render's timing.
 */
export function loadFonts(): Promise<FormFonts> {
  if (!loaded) {
    const parse = async (file: string) => fontkit.create(await readFile(file));
    loaded = Promise.all([parse(fontFiles.regular), parse(fontFiles.bold)]).then(([regular, bold]) => ({
      regular,
      bold,
    }));
  }
  return loaded;
}

/** Loads the fonts (see `loadFonts`), for callers that only want them ready. */
export async function registerFonts(): Promise<void> {
  await loadFonts();
}
