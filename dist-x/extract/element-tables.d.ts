/**
 * Element-level tables: per-element rating tables ("1.1.1 | Compliance plus"), lists of rated
 * elements with their justification under a rating heading ("Compliance Plus Elements":
 * Element | Justification), and per-element assessor comments (Element | Assessor Report).
 */
import { type Block, type SourceLocation, type TableRow } from '../document/model.js';
import type { Rating, Stage } from '../schema/report.js';
import type { FindingDraft } from './draft.js';
export interface RatedElement {
    code: string;
    rating: Rating;
    justification: string | null;
    loc: SourceLocation;
    /** The sentence that rates it, where running text does: a sentence dated before the visit is about another. */
    sentence?: string;
    /** The stage the evidence itself names (a column per visit), where it names one: it wins over the part of the document. */
    stage?: Stage;
    /** The index of the block that rates it, where the recogniser knows it: the stage is the one whose part holds that block. */
    index?: number;
    /** The row says the element keeps the rating it had at the previous stage ("all remain CP", "Remains CP – …"). */
    carriedOver?: boolean;
    /** The rating this one replaces ("re-rated from Partial Compliance to Compliance"): the document's other statements of it for this element are superseded, not a contradiction. */
    replaces?: Rating;
}
/** Codes a row's element cell names: a code list, a leading code, or nothing. */
export declare function codesOfCell(cell: string): string[];
/** Rows that pair an element code with a rating cell. Needs at least `minRows` such rows to count as a rating table. */
export declare function parseElementRatingTable(block: Block, minRows?: number): RatedElement[] | undefined;
export declare function withSplitRowsJoined(rows: readonly TableRow[]): TableRow[];
export declare function isHeaderRow(cells: readonly string[], first: RegExp, second: RegExp): boolean;
/**
 * An "Element | Justification" table under a heading that names its rating. Each row names one
 * or more elements (or, with a blank element cell, names them inside its text: "Elements
 * previously identified as CP (ie 111,113,…) all remain CP"); the row's text is their justification.
 */
export declare function parseJustifiedList(block: Block, rating: Rating, notes: FindingDraft[]): RatedElement[] | undefined;
/**
 * "Element | Assessor Report" tables: the assessor's text for each element whose code can be
 * read. Rows whose code was lost are reported, never attributed by guess.
 */
export declare function parseAssessorComments(block: Block, notes: FindingDraft[]): Map<string, string> | undefined;
/** Ratings stated in "now <rating>" prose in some blocks ("Element 4.3.5 is now compliant"). */
export declare function ratedInProse(blocks: readonly Block[]): RatedElement[];
