export declare function parseCode(token: string): string | null;
/** The code a cell or line starts with ("1.1.1 We have an in-depth…", "I.2.1", "112"), or null. */
export declare function leadingCode(text: string): string | null;
/** The code an item opens with in any spelling ("Element 2.1.4", "(3.2.1)", "1.1.2.", "113"), and the text after it; null when it opens with none. */
export declare function splitLeadingCode(text: string): {
    code: string;
    rest: string;
} | null;
/**
 * Codes in a cell that holds only codes ("1.1.1", "3.4.1, 3.4.2", "111, 113 and 121"), or null
 * when the cell holds anything else.
 */
export declare function codeListCell(text: string): string[] | null;
/**
 * Codes cited in prose. Dotted codes anywhere; undotted three-digit codes only in a comma list
 * of two or more that are all real codes ("111,113,121"), because a lone "365" or "300" in prose
 * is a number, not a code.
 */
export declare function codesInText(text: string): string[];
/**
 * A cell that holds one code-shaped token the standard lacks ("1.4.1", "6.1.2"), as written; null
 * when the cell holds a real code or no code at all. Such a cell is a wrong code, not a lost one.
 */
export declare function codeNotInStandard(cell: string): string | null;
