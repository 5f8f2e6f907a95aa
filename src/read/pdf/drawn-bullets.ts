/**
 * List bullets drawn as shapes, not typed. A browser prints a list's disc or square as a filled
 * path, so the text layer holds only the items' words: a list of one-line items set without
 * space between them reads as one paragraph, or as a paragraph a line. A tagged PDF (Chromium's,
 * Word's) still marks each item's label (`Lbl`); a label that holds no text is a drawn bullet.
 * A bullet character is put back before the item's first text, where a typed bullet stands, so
 * that the item starts a list item as one with a typed bullet does.
 */

/** pdfjs's marked-content entries, among the text items when asked for (`includeMarkedContent`). */
interface MarkedContent {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  tag?: string;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** The bullet stands this many of the text's sizes left of the item's text, and is this wide: a typed bullet's place. */
const BULLET_BEFORE = 0.9;
const BULLET_WIDTH = 0.35;

const isMarked = (item: unknown): item is MarkedContent => typeof (item as MarkedContent).type === 'string';
const isText = (item: unknown): item is TextItem => typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);

/**
 * The text items with a bullet ("•") before the first text after each empty label: a `Lbl` marked
 * content that ends before any text does. A label with text ("1.", "a)", a typed "•") is left as
 * it is. The marked-content entries themselves are passed through (the readers skip them).
 */
export function withDrawnBullets(items: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  let pending = false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (isMarked(item) && item.type !== 'endMarkedContent' && item.tag === 'Lbl' && isMarked(items[k + 1]) && (items[k + 1] as MarkedContent).type === 'endMarkedContent') pending = true;
    if (pending && isText(item) && item.str.trim() !== '') {
      pending = false;
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
      const size = Math.hypot(a, b) || Math.abs(d);
      // Moved back along the line of the text, whichever way the page turns it.
      out.push({ str: '•', transform: [a, b, c, d, e - a * BULLET_BEFORE, f - b * BULLET_BEFORE], width: size * BULLET_WIDTH, fontName: item.fontName, hasEOL: false });
    }
    out.push(item);
  }
  return out;
}
