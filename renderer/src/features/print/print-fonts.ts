/*
 * Static Inter for paper. Chromium's PDF engine cannot embed a variable font as an outline font:
 * it draws every glyph of 'Inter Variable' as a Type 3 font, which some viewers, printers and
 * archive checks handle badly. The static faces (TrueType outlines) embed as TrueType. Only the
 * weights the print CSS uses are loaded, and only here: this module is part of the lazily loaded
 * print route, so the app's initial bundle does not grow. Every subset is declared with its
 * unicode-range, so a face file is fetched only when the summary uses its characters.
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';

/** One sample per face the print CSS uses, so each is loaded before the route says it is ready. */
export const PRINT_FONT_FACES = ['400 1em Inter', 'italic 400 1em Inter', '500 1em Inter', '600 1em Inter', '700 1em Inter'] as const;

/** Resolves once every face is loaded (or failed: a missing face must not block printing forever). */
export async function loadPrintFonts(fonts: FontFaceSet = document.fonts): Promise<void> {
  await Promise.allSettled(PRINT_FONT_FACES.map((face) => fonts.load(face)));
  await fonts.ready;
}
