/**
 * Inline content as text, markup dropped; a hard break (or `<br>`) is a newline, and so is a soft
 * one unless `softBreak` says otherwise. Text struck through (`~~5~~ 4`) is left out: it is what
 * the author changed, not what the report says (as the Word reader does).
 */
export function inlineText(nodes, softBreak = '\n') {
    let out = '';
    for (const node of nodes) {
        switch (node.type) {
            case 'text':
            case 'inlineCode':
                out += softBreak === '\n' ? node.value : node.value.replace(/\n/g, softBreak);
                break;
            case 'break':
                out += '\n';
                break;
            case 'delete':
                break;
            case 'html':
                if (/^<br\s*\/?>$/i.test(node.value))
                    out += '\n';
                break;
            default:
                if ('children' in node)
                    out += inlineText(node.children, softBreak);
        }
    }
    return out;
}
/**
 * Blocks as text, one line for each paragraph, list item or line of code: a paragraph's lines
 * wrapped to fit a column (a grid table's cell) are one line again. An ordered list keeps its
 * numbers: a cell "1. Customer Insight" is a list to CommonMark, and its number is text to a reader.
 */
export function blocksText(nodes) {
    return nodes
        .map((node) => {
        if (node.type === 'paragraph' || node.type === 'heading')
            return inlineText(node.children, ' ').trim();
        if (node.type === 'list' && node.ordered)
            return node.children.map((item, i) => `${(node.start ?? 1) + i}. ${blocksText(item.children)}`.trim()).join('\n');
        if ('children' in node)
            return blocksText(node.children);
        if (node.type === 'html')
            return node.value.replace(/<[^>]+>/g, '').trim();
        return 'value' in node ? node.value.trim() : '';
    })
        .filter((text) => text !== '')
        .join('\n');
}
//# sourceMappingURL=mdast-text.js.map