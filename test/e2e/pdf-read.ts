import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

/**
 * Reads a PDF the way the PDF tests need it, with pdfjs-dist (Mozilla's PDF reader, plain
 * JavaScript): no poppler or other system package, so `npm test` runs on a fresh laptop.
 */
export interface PdfReading {
  readonly pages: number;
  /** Width x height in points per page, written like pdfinfo does ("594.96 x 841.92", "612 x 792"). */
  readonly pageSizes: readonly string[];
  /** Each page's text in content-stream order (Chromium draws a table cell's lines together). */
  readonly text: readonly string[];
  readonly title: string | null;
  readonly language: string | null;
  /** /MarkInfo /Marked: the producer says the content is tagged. */
  readonly marked: boolean;
  /** Pages that carry a structure tree (headings, tables, lists for assistive technology). */
  readonly pagesWithStructure: number;
  /** Every bookmark title, depth first. */
  readonly outline: readonly string[];
}

const points = (value: number) => String(Number(value.toFixed(2)));

/**
 * Items joined the way pdftotext does: a space between two runs unless the second starts where
 * the first ended on the same baseline (one word drawn in two runs), a line break where pdfjs saw one.
 */
function joinText(items: readonly (TextItem | TextMarkedContent)[]): string {
  let text = '';
  let previous: { end: number; baseline: number; size: number } | null = null;
  for (const item of items) {
    if (!('str' in item)) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    if (item.str !== '') {
      const size = Math.hypot(a, b) || 1;
      const continues = previous !== null && Math.abs(y - previous.baseline) < size * 0.1 && Math.abs(x - previous.end) < size * 0.1;
      if (previous !== null && !continues) text += ' ';
      text += item.str;
      previous = { end: x + item.width, baseline: y, size };
    }
    if (item.hasEOL) {
      text += '\n';
      previous = null;
    }
  }
  return text;
}

function outlineTitles(items: readonly { title: string; items: readonly unknown[] }[] | null): string[] {
  return (items ?? []).flatMap((item) => [item.title, ...outlineTitles(item.items as { title: string; items: unknown[] }[])]);
}

export async function readPdf(file: string): Promise<PdfReading> {
  const data = new Uint8Array(await readFile(file));
  const pdf = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pageSizes: string[] = [];
    const text: string[] = [];
    let pagesWithStructure = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      pageSizes.push(`${points(right - left)} x ${points(top - bottom)}`);
      text.push(joinText((await page.getTextContent()).items));
      if (((await page.getStructTree()) as { children?: unknown[] } | null)?.children?.length) pagesWithStructure += 1;
      page.cleanup();
    }
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
    const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
    return {
      pages: pdf.numPages,
      pageSizes,
      text,
      title: info.Title ?? null,
      language: info.Language ?? null,
      marked: markInfo?.Marked === true,
      pagesWithStructure,
      outline: outlineTitles(await pdf.getOutline()),
    };
  } finally {
    await pdf.destroy();
  }
}
