import type { Block } from '../document/model.js';
/**
 * `lines` with every grid table at the left margin that the library reads blanked, and the blocks
 * of each by the line of its top border.
 */
export declare function takeGridTables(lines: readonly string[]): {
    lines: string[];
    tables: Map<number, Block[]>;
};
/**
 * The blocks of a grid table whose lines (without any quote's `>` or list's indent) are `lines`,
 * the first of them line `firstLine` of the file; null when they are not one grid table.
 */
export declare function gridTableBlocks(lines: readonly string[], firstLine: number): Block[] | null;
