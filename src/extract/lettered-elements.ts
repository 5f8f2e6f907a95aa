/**
 * Elements lettered within their sub-criterion, as a nested list sets the standard out: "1.1
 * Customer Identification" over "a) We have an in-depth understanding … – Full compliance", "b) …",
 * so no code is ever written whole. Each item gets its code ("1.1.1 We have …"), the sub-criterion
 * the title above names and the letter's place in the alphabet, so the item reads as any item that
 * opens with its code. Only items lettered in order from "a)" under the title (the assessor's
 * comments may stand between them), and only codes the standard has: a letter out of order, or one
 * past the sub-criterion's last element, ends the list, and nothing after it is coded.
 */
import { blockText, type Block, type Document } from '../document/model.js';
import { isElementCode } from '../standard/catalogue.js';

/** A sub-criterion's title on a line of its own: "1.1 Customer Identification", "Sub-criterion 3.2: Quality of information". */
const SUB_CRITERION_TITLE = /^(?:sub[- ]?criterion\s+)?([1-5])\.([1-4])\.?[:\s–—-]+\p{L}[^\n]{0,80}$/iu;
/** An item lettered "a)", "(b)", "c." at its start. */
const LETTERED = /^\s*(?:\(([a-i])\)|([a-i])[).])\s+(?=\S)/;
/** A title of another level ends the list: a criterion's ("2. The Culture of the Organisation"), an element's code written whole. */
const OTHER_TITLE = /^(?:criterion\s+)?[1-5]\.?\s+\p{L}[^\n]{0,80}$|^[1-5]\.[1-4]\.[1-9]\b/iu;

interface Scope {
  prefix: string;
  next: number;
}

/** The item's text with its code for its letter, or null where the letter is not the one expected next. */
function coded(text: string, scope: Scope): string | null {
  const m = LETTERED.exec(text);
  if (!m) return null;
  const number = (m[1] ?? m[2])!.charCodeAt(0) - 'a'.charCodeAt(0) + 1;
  const code = `${scope.prefix}${number}`;
  if (number !== scope.next || !isElementCode(code)) return null;
  scope.next += 1;
  return `${code} ${text.slice(m[0].length)}`;
}

/** A line that carries on the item above it (a PDF broke the item at a page's or a bold run's edge): it opens in lower case, or with the dash before the rating. */
const CARRIED_ON = /^(?:\p{Ll}|[–—-]\s)/u;
/** An item that stops at a separator ("… on a regular basis. –") goes on in the next block. */
const OPEN_END = /\s[–—:-]$/;

export function withLetteredElementsCoded(document: Document): Document {
  let scope: Scope | null = null;
  let changed = false;
  const blocks: Block[] = [];
  const source = document.blocks;
  for (let i = 0; i < source.length; i++) {
    const block = source[i]!;
    if (block.kind === 'table') {
      scope = null;
      blocks.push(block);
      continue;
    }
    const text = blockText(block).trim();
    const title = block.kind !== 'list' ? SUB_CRITERION_TITLE.exec(text) : null;
    if (title) {
      scope = { prefix: `${title[1]}.${title[2]}.`, next: 1 };
      blocks.push(block);
      continue;
    }
    if (!scope) {
      blocks.push(block);
      continue;
    }
    if (block.kind === 'list') {
      const items = block.items.map((item) => (scope ? coded(item, scope) : null));
      if (items.every((item) => item === null)) {
        if (block.items.some((item) => LETTERED.test(item))) scope = null;
        blocks.push(block);
        continue;
      }
      changed = true;
      blocks.push({ ...block, items: block.items.map((item, k) => items[k] ?? item) });
      continue;
    }
    if (block.kind === 'heading' || OTHER_TITLE.test(text)) {
      scope = null;
      blocks.push(block);
      continue;
    }
    let item = coded(block.text, scope);
    if (item === null) {
      // A lettered item out of order ends the list; a comment between items does not.
      if (LETTERED.test(block.text)) scope = null;
      blocks.push(block);
      continue;
    }
    // The rest of the item, set apart as a line or a title of its own: joined to it again.
    const next = source[i + 1];
    const carriedOn = next !== undefined && (next.kind === 'paragraph' || next.kind === 'heading') && !LETTERED.test(next.text) && !SUB_CRITERION_TITLE.test(next.text.trim());
    if (carriedOn && (CARRIED_ON.test(next.text.trim()) || OPEN_END.test(item))) {
      item = `${item} ${next.text.trim()}`;
      i++;
    }
    changed = true;
    blocks.push({ ...block, text: item });
  }
  return changed ? { ...document, blocks } : document;
}
