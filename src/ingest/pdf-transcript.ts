/**
 * A PDF (a transcript, a statement, a report) as one corpus document, its text by unpdf (a
 * serverless build of Mozilla's pdf.js). Page furniture is left out: page numbers, and lines
 * repeated at the top or bottom of most pages (running headers and footers). Lines are joined
 * into paragraphs at a wider gap, at a `NAME:` speaker label (kept at the start of its line for
 * the attribution) and across a page break when the sentence runs on.
 * @see https://github.com/unjs/unpdf
 */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { pageLines, type PdfLine } from './pdf-lines.js';
import { failed, type Extraction } from './types.js';

/** Lines at each end of a page that may be running headers or footers. */
const EDGE_LINES = 3;
/** A speaker label opening a line: `MAYA OKAFOR:`, `Q:`, `Chair:`, `CALLER (JANET):`. */
const LABEL =
  /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(?:Q|A|[\p{Lu}][\p{Lu}\p{L}.’' -]{0,40}?(?:\s*\([^()]{1,40}\))?):\s/u;
const PAGE_NUMBER =
  /^(?:(?:page|p\.|pg\.?)\s*)?#+(?:\s*(?:of|\/)\s*#+)?$|^[-–—]\s*#+\s*[-–—]$|^\[?#+\]?$/i;

export async function extractPdf(
  bytes: Uint8Array,
  label: string,
  fallbackTitle: string,
): Promise<Extraction> {
  let pages: PdfLine[][];
  let info: Record<string, unknown> = {};
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>;
    pages = (await extractTextItems(pdf)).items.map((items) => pageLines(items));
  } catch (err) {
    return failed(
      `not a readable PDF (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    );
  }
  if (pages.every((lines) => lines.length === 0))
    return failed('the PDF has no text layer (a scanned document?): run it through OCR first');
  const kept = dropFurniture(pages);
  const paragraphs = joinParagraphs(kept);
  if (paragraphs.length === 0)
    return failed('the PDF holds only page headers, footers and numbers');
  const labelled = paragraphs.filter((p) => LABEL.test(p)).length;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    ok: true,
    documents: [
      {
        label,
        title: str(info.Title) ?? kept.flat()[0]?.text ?? fallbackTitle,
        author: str(info.Author),
        publisher: null,
        url: null,
        published: null,
        kind: labelled >= 2 ? 'transcript' : 'other',
        body: `${paragraphs.join('\n\n')}\n`,
      },
    ],
  };
}

/** Digits as `#`, case and spacing ignored: "Page 3 of 12" and "Page 4 of 12" are one line. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Leaves out page numbers and the lines found at the same end of at least half the pages (two
 * at least). Only the first and last few lines of a page are candidates, so a sentence repeated
 * in the text is never lost.
 */
function dropFurniture(pages: PdfLine[][]): PdfLine[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set(
      [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => furnitureKey(l.text)),
    );
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (key: string) => {
    const n = counts.get(key) ?? 0;
    return pages.length >= 2 && n >= 2 && n >= pages.length / 2;
  };
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
      if (!atEdge) return true;
      const key = furnitureKey(line.text);
      return !PAGE_NUMBER.test(key) && !repeated(key);
    }),
  );
}

/**
 * Paragraphs from lines: a new one after a gap wider than the usual line spacing, at a change
 * of font size, or at a speaker label; a line broken after a hyphen joins without a space.
 */
function joinParagraphs(pages: PdfLine[][]): string[] {
  const spacing = usualSpacing(pages);
  const paragraphs: string[] = [];
  let current = '';
  const close = () => {
    if (current) paragraphs.push(current);
    current = '';
  };
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      const gap = prev ? prev.y - line.y : null;
      // a page's first line goes on with the paragraph before only when its sentence runs on
      const runsOn = !prev && current !== '' && !/[.!?…"”’)]$/.test(current);
      const breaks =
        LABEL.test(line.text) ||
        (prev ? gap! > spacing * 1.4 || Math.abs(prev.fontSize - line.fontSize) > 0.5 : !runsOn);
      if (breaks) close();
      if (!current) current = line.text;
      else if (/\p{L}-$/u.test(current)) current += line.text;
      else current += ` ${line.text}`;
    });
  }
  close();
  return paragraphs;
}

/** The most common distance between consecutive lines of a page: the body's line spacing. */
function usualSpacing(pages: PdfLine[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round(lines[i - 1]!.y - lines[i]!.y);
      if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  let best = 12;
  let most = 0;
  for (const [gap, n] of counts)
    if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  return best;
}
