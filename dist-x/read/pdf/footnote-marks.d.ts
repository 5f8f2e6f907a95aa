/**
 * Footnote marks set as superscripts ("… will close in 2015.¹ The review …"). A mark is drawn
 * smaller and raised above its line's baseline, so it falls on a baseline of its own between two
 * lines of a paragraph and would part the paragraph in two ("paragraph: 1"). Word and Markdown
 * readers leave a footnote's reference out of the text; so does this.
 */
import type { TextLine } from './fragments.js';
/**
 * The page's lines without the lines that are only superscript footnote marks. A word processor
 * sets the line a mark stands on further down, by as much as the mark reaches above the line's
 * own text: the line keeps that as space a paragraph's gap does not include.
 */
export declare function withoutFootnoteMarks(lines: readonly TextLine[]): TextLine[];
