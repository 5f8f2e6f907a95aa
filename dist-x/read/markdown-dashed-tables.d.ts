import type { Block } from '../document/model.js';
/** The document's lines with its dashed tables blanked, and each table's block by its first line (1-based). */
export declare function takeDashedTables(lines: readonly string[]): {
    lines: string[];
    tables: Map<number, Block[]>;
};
