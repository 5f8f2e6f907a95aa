/**
 * Word (.docx) into the document model: mammoth turns the document into HTML (headings from
 * Word's heading styles, tables with their spans) and html-blocks.ts that into blocks. Merged
 * cells are spread over the cells they cover; a full-width merged row inside a table is a title
 * between two tables; a header row repeated inside a table is dropped. Ticks and crosses read as
 * `✓` and `✗`, from Unicode or from a symbol font (marks.ts); text struck through is left out;
 * soft hyphens, which show only where a line breaks, are dropped.
 */
import mammoth from 'mammoth';
import { checkWordPackage } from './docx-package.js';
import { htmlBlocks } from './html-blocks.js';
import { markInSymbolFont } from './marks.js';
import { joinTabLaidTables } from './tab-laid.js';
/** Styles report templates use for titles that mammoth does not map by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];
/** Mammoth messages that say only that a template style has no HTML meaning: kept, as info. */
const ROUTINE_MESSAGE = /^Unrecognised (paragraph|run|table) style/;
export async function readDocx(path, bytes, options = {}) {
    await checkWordPackage(path, bytes, options.maxUnpackedBytes);
    const result = await mammoth.convertToHtml({ buffer: bytes }, {
        styleMap: STYLE_MAP,
        // Images are not part of a report's data; reading them would only cost memory.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        transformDocument: (document) => withoutStruckText(withSymbolFontMarks(document)),
    });
    // Every paragraph, heading, list item and table row is numbered in document order, empty ones too.
    let paragraph = 0;
    const blocks = htmlBlocks(result.value, () => ({ paragraph: ++paragraph }));
    return { blocks: joinTabLaidTables(blocks), diagnostics: diagnosticsOf(result.messages) };
}
function diagnosticsOf(messages) {
    const seen = new Set();
    const out = [];
    for (const { message } of messages) {
        if (seen.has(message))
            continue;
        seen.add(message);
        out.push({ severity: ROUTINE_MESSAGE.test(message) ? 'info' : 'warning', message: `Word reader: ${message}` });
    }
    return out;
}
/**
 * The document without the text its author struck through: a draft marks a changed rating or count
 * by striking the old one through beside the new ("~~Compliance Plus~~ Compliance", "~~5~~ 4"),
 * and what is struck through is what the report no longer says. Mammoth keeps struck text as
 * plain text by default, which reads the cell as holding both.
 */
function withoutStruckText(element) {
    if (element.children)
        element.children = element.children.filter((child) => !(child.type === 'run' && child.isStrikethrough)).map(withoutStruckText);
    return element;
}
/**
 * A tick or cross typed in a symbol font (a run in Wingdings holding U+F0FC) as the mark it
 * shows: mammoth keeps the font's character, which means nothing without the font.
 */
function withSymbolFontMarks(element) {
    if (element.type === 'run' && element.font) {
        const font = element.font;
        for (const child of element.children ?? [])
            if (child.type === 'text' && child.value)
                child.value = markInSymbolFont(child.value, font) ?? child.value;
    }
    for (const child of element.children ?? [])
        withSymbolFontMarks(child);
    return element;
}
//# sourceMappingURL=docx.js.map