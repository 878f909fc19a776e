/**
 * Lines of PDF text from the positioned items pdf.js gives (unpdf's `extractTextItems`): items
 * on one baseline make a line, left to right, with a space where the gap between them is wide
 * enough to be one.
 */

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfLine {
  text: string;
  /** Baseline height from the bottom of the page. */
  y: number;
  fontSize: number;
}

/** Lines of one page, top to bottom. */
export function pageLines(items: readonly PdfItem[]): PdfLine[] {
  const rows: PdfItem[][] = [];
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(1, (item.fontSize || 10) * 0.4);
    if (row && Math.abs(row[0]!.y - item.y) <= tolerance) row.push(item);
    else rows.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of row) {
      const gap = item.x - end;
      const spaced = /\s$/.test(text) || /^\s/.test(item.str);
      if (text && !spaced && gap > (item.fontSize || 10) * 0.15) text += ' ';
      text += item.str;
      end = item.x + item.width;
    }
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean)
      lines.push({ text: clean, y: row[0]!.y, fontSize: Math.max(...row.map((i) => i.fontSize)) });
  }
  return lines;
}
