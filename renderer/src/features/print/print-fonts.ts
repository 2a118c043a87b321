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

/** One sample per face the print CSS uses (Latin: the subset every summary needs). */
export const PRINT_FONT_FACES = ['400 1em Inter', 'italic 400 1em Inter', '500 1em Inter', '600 1em Inter', '700 1em Inter'] as const;

let latinFaces: Promise<unknown> | null = null;

/**
 * Starts fetching the Latin faces, once. Called as soon as the print chunk loads (main.tsx
 * preloads it while the database opens), so the summary's first layout is already in Inter: a
 * document laid out in a fallback font is laid out again, all of it, when the face arrives.
 * A face that fails to load must not block printing forever, so failures are settled, not thrown.
 */
export function startLoadingPrintFonts(fonts: FontFaceSet = document.fonts): Promise<unknown> {
  latinFaces ??= Promise.allSettled(PRINT_FONT_FACES.map((face) => fonts.load(face)));
  return latinFaces;
}

/**
 * Resolves once every face the summary's text needs is loaded, other scripts' subsets included
 * (Polish, Greek…). Asked with the text itself rather than left to layout: on screen, sections out
 * of view are not laid out (print.css), so layout alone would never request their faces.
 */
export async function printFontsReady(text: string, fonts: FontFaceSet = document.fonts): Promise<void> {
  await Promise.allSettled([startLoadingPrintFonts(fonts), ...PRINT_FONT_FACES.map((face) => fonts.load(face, text))]);
  await fonts.ready;
}
