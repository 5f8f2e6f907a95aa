export function narrativePassages(document) {
    const passages = [];
    let section = null;
    for (const block of document.blocks) {
        if (block.kind === 'heading')
            section = block.text;
        else if (block.kind === 'paragraph')
            passages.push({ section, loc: block.loc, text: block.text });
        else if (block.kind === 'list')
            passages.push({ section, loc: block.loc, text: block.items.join('\n') });
    }
    return passages;
}
//# sourceMappingURL=passages.js.map