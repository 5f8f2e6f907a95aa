import type { HtmlEscapedString } from 'hono/utils/html';
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;
export declare function page(title: string, body: Html, options?: {
    active?: string;
    module?: string;
}): Html;
declare const RATING_SHORT: {
    readonly 'compliance-plus': "CP";
    readonly compliance: "C";
    readonly 'partial-compliance': "PC";
    readonly 'non-compliance': "NC";
};
/** A rating as a small coloured label: "CP", "C", "PC", "NC". */
export declare function ratingBadge(rating: keyof typeof RATING_SHORT | null, title?: string): Html;
/** A read-in-part mark with its reasons. */
export declare function partMark(readInPart: boolean, reasons: string | null): Html;
/** A location in words: "page 3", "line 40", "paragraph 12". */
export declare function locationWords(loc: {
    page?: number;
    line?: number;
    paragraph?: number;
} | null | undefined): string;
/** Data attributes a click uses to show where a value was read: `data-page`, `data-line`, `data-paragraph`, and the text to find there. */
export declare function locationAttributes(loc: {
    page?: number;
    line?: number;
    paragraph?: number;
} | null | undefined, find: string): Html;
export {};
