import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { BOLD_TITLE_LEVEL, isTitleText } from '../document/model.js';
import { withPlainMarks } from './marks.js';
import { asSuperscript, RAISED_MARK } from './superscript.js';
import { spreadSpans, tableBlocks } from './table-blocks.js';
import { tabLaidRows, tabLaidTable } from './tab-laid.js';
const parser = unified().use(rehypeParse, { fragment: true });
/** The blocks of an HTML fragment, each where `locate` says. */
export function htmlBlocks(html, locate) {
    const tree = parser.parse(html);
    for (const node of tree.children)
        if (node.type === 'element')
            raiseMarks(node);
    const walker = new BlockWalker(locate);
    for (const node of tree.children)
        if (node.type === 'element')
            walker.visit(node);
    return walker.blocks;
}
/** The text of every `<sup>` holding only a footnote mark, as superscript characters (superscript.ts). */
function raiseMarks(node) {
    if (node.tagName === 'sup') {
        for (const child of node.children)
            if (child.type === 'text' && RAISED_MARK.test(child.value.trim()))
                child.value = asSuperscript(child.value.trim());
        return;
    }
    for (const child of elementChildren(node))
        raiseMarks(child);
}
function elementChildren(node) {
    return node.children.filter((c) => c.type === 'element');
}
/**
 * Text with paragraphs and line breaks as single newlines, spaces tidied within lines, and tabs
 * kept, a leading one included: it is the empty first cell of a tab-laid row. Ticks and crosses
 * read as `✓` and `✗`; soft hyphens, which show only where a line breaks, are dropped.
 */
function textOf(node) {
    return withPlainMarks(toText(node, { whitespace: 'pre' }))
        .replace(/\u00ad/g, '')
        .split('\n')
        .map((line) => line.replace(/[ \u00a0]+/g, ' ').replace(/^ | $/g, ''))
        .filter((line) => line.length > 0)
        .join('\n');
}
function isBoldTitle(p) {
    const meaningful = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = meaningful.length === 1 ? meaningful[0] : undefined;
    if (only?.type !== 'element' || (only.tagName !== 'strong' && only.tagName !== 'b'))
        return false;
    const text = textOf(p);
    return isTitleText(text);
}
class BlockWalker {
    locate;
    blocks = [];
    constructor(locate) {
        this.locate = locate;
    }
    visit(node) {
        const heading = /^h([1-6])$/.exec(node.tagName);
        if (heading) {
            const text = textOf(node).replace(/\s+/g, ' ');
            const loc = this.locate(node);
            if (text)
                this.blocks.push({ kind: 'heading', level: Number(heading[1]), text, loc });
            return;
        }
        switch (node.tagName) {
            case 'p':
                this.paragraphBlock(node);
                return;
            case 'ul':
            case 'ol':
                this.listBlock(node);
                return;
            case 'table':
                if (isLayoutTable(node)) {
                    // A table used to lay the page out (the whole report in one cell, two panels side by side): its cells' contents, in order.
                    for (const tr of rowsOf(node))
                        for (const cell of elementChildren(tr))
                            for (const child of elementChildren(cell))
                                this.visit(child);
                    return;
                }
                this.blocks.push(...tableBlocks(spreadSpans(rowsOf(node).map((tr) => ({ cells: cellsOf(tr), loc: this.locate(tr) })))));
                return;
            default:
                for (const child of elementChildren(node))
                    this.visit(child);
        }
    }
    paragraphBlock(p) {
        const loc = this.locate(p);
        const text = textOf(p);
        if (!text)
            return;
        if (isBoldTitle(p)) {
            this.blocks.push({ kind: 'heading', level: BOLD_TITLE_LEVEL, text, loc });
            return;
        }
        const rows = text.includes('\t') ? tabLaidRows(text.split('\n').map((line) => ({ text: line, loc }))) : null;
        if (rows)
            this.blocks.push(tabLaidTable(rows, loc));
        else
            this.blocks.push({ kind: 'paragraph', text, loc });
    }
    listBlock(list) {
        const items = [];
        let loc;
        for (const li of elementChildren(list).filter((c) => c.tagName === 'li')) {
            const itemLoc = this.locate(li);
            loc ??= itemLoc;
            const text = textOf(li);
            if (text)
                items.push(text);
        }
        if (items.length > 0)
            this.blocks.push({ kind: 'list', items, loc: loc ?? {} });
    }
}
/** A table with a cell that holds a table or a heading lays the page out: no table of data holds either. */
function isLayoutTable(table) {
    const holdsBlocks = (node) => elementChildren(node).some((c) => c.tagName === 'table' || /^h[1-6]$/.test(c.tagName) || (c.tagName === 'div' && holdsBlocks(c)));
    return rowsOf(table).some((tr) => elementChildren(tr).some((cell) => (cell.tagName === 'td' || cell.tagName === 'th') && holdsBlocks(cell)));
}
function rowsOf(table) {
    return elementChildren(table).flatMap((child) => child.tagName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? elementChildren(child).filter((c) => c.tagName === 'tr') : []);
}
function cellsOf(tr) {
    return elementChildren(tr)
        .filter((c) => c.tagName === 'td' || c.tagName === 'th')
        .map((td) => ({ text: textOf(td), colSpan: Number(td.properties?.colSpan ?? 1), rowSpan: Number(td.properties?.rowSpan ?? 1) }));
}
//# sourceMappingURL=html-blocks.js.map