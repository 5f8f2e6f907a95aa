/**
 * Finding things in a Document by what they say: labelled values, sections under headings,
 * the text around a table. Shared by every template's extractor.
 */
import { type Block, type SourceLocation } from '../document/model.js';
export interface LabelledValue {
    label: string;
    /** The label as `normaliseLabel` gives it, for matching. */
    key: string;
    value: string;
    loc: SourceLocation;
    /** The index of the block that states it. */
    index: number;
}
/**
 * Label/value pairs a document states: table rows laid out as label, value, label, value…;
 * lines "Label: value", several to a line where " | " or " · " parts them; and a line that is only a
 * label followed by its value on the next line.
 */
export declare function labelledValues(blocks: readonly Block[]): LabelledValue[];
/** The first value whose label matches, tidied; null when the label is absent or its value blank. */
export declare function valueOf(blocks: readonly Block[], label: RegExp): LabelledValue | null;
export interface Section {
    heading: Block;
    blocks: Block[];
}
/** Splits blocks into sections, each starting at a block the predicate picks; blocks before the first are dropped. */
export declare function sectionsStartingAt(blocks: readonly Block[], starts: (block: Block) => boolean): Section[];
/** Is this block a title: a heading, or a one-line paragraph or list item short enough to be one? */
export declare function titleText(block: Block): string | null;
/** The nearest block before `index` for which `pick` returns a value, not looking past a block `stop` accepts. */
export declare function lookBack<T>(blocks: readonly Block[], index: number, pick: (block: Block) => T | null, stop?: (block: Block) => boolean): T | null;
/** All the text of some blocks, one block a line. */
export declare function allText(blocks: readonly Block[]): string;
/** The caption of the table at `index`: the short line or heading just above it, or null (none, a table, a list, or running text longer than `maxLength`). */
export declare function captionAbove(blocks: readonly Block[], index: number, maxLength: number): string | null;
