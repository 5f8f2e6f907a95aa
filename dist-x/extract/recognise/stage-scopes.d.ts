/**
 * Which stage each part of a document reports on. A title that is only a stage's name (with
 * section numbers, dates and words like "report" or "scores" around it: "Section C: 12 Month
 * Review Report", "Annual Review 1 (AR1) – March 2023") opens that stage's part; a heading that
 * names a stage inside a longer phrase ("Progress since the initial assessment", "Compliance
 * against the standard Year 2") does not. The document's own stage comes from a field
 * ("Assessment type: AR1"), then from a cover title, then from prose ("This year's assessment
 * was our second annual review").
 */
import type { Block } from '../../document/model.js';
import { type StageNamed } from '../../parse/stages.js';
/** A title about another visit than the one it names: "Progress since the initial assessment". */
export declare const ABOUT_ANOTHER: RegExp;
export interface StageTitle {
    index: number;
    named: StageNamed;
    /** A heading (not a short paragraph set apart). */
    heading: boolean;
}
/** The title that opens a stage's part, or null. */
export declare function stageTitleOf(block: Block): StageNamed | null;
export declare function stageTitles(blocks: readonly Block[]): StageTitle[];
