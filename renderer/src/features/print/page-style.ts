import type { PaperSize } from '../../../../shared/export/print-route';

const PAGE_SIZE: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };
const FOOTER_TITLE_LENGTH = 70;

/**
 * A user title inside a CSS string: every character that could end the string or the rule is
 * written as a CSS hex escape, so a title is always text in the footer. (The <style> element's
 * text is set by React as text, so it cannot close the element either.)
 */
export function cssString(value: string): string {
  const escaped = Array.from(value)
    .map((ch) => (/[\p{L}\p{N} .,:;()&'!?%+=_–—-]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

function footerTitle(title: string): string {
  const chars = Array.from(title.replace(/\s+/g, ' '));
  return chars.length > FOOTER_TITLE_LENGTH ? `${chars.slice(0, FOOTER_TITLE_LENGTH - 1).join('')}…` : chars.join('');
}

/**
 * The page box: paper size, margins, and the footer in CSS page-margin boxes (Chromium 131+),
 * which page.pdf(), Electron's printToPDF and window.print all honour, so the PDF needs no
 * header/footer template. 'Inter' is the static face print-fonts.ts loads (not the app's variable
 * font, which would embed as Type 3).
 */
export function pageStyle(paper: PaperSize, title: string): string {
  return `@page {
  size: ${PAGE_SIZE[paper]};
  margin: 16mm 17mm 18mm 17mm;
  @bottom-left { content: ${cssString(footerTitle(title))}; font: 400 8pt 'Inter', sans-serif; color: #5b6573; vertical-align: top; padding-top: 5mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 400 8pt 'Inter', sans-serif; color: #5b6573; vertical-align: top; padding-top: 5mm; }
}`;
}
