/**
 * Facts of a visit stated in running text rather than under a label: "Our assessor, Helen Marsh,
 * …", "This year's assessment was our second annual review", "the assessor visited on 4 June
 * 2024", "In her report dated 18 June 2024". Sentences about another visit give nothing.
 */
import { type Block } from '../../document/model.js';
import type { Stage } from '../../schema/report.js';
export declare function assessorsInProse(text: string): string[];
/** "This year's assessment was our second annual review", "This letter is the report of the reaccreditation assessment". */
export declare function stageInProse(text: string): Stage;
export declare function visitDateInProse(blocks: readonly Block[]): string | null;
export declare function reportDateInProse(text: string): string | null;
/**
 * The date of a report written as a letter: a line that is a date and nothing else, above the
 * letter's greeting ("1 October 2018" over "Our ref: …" over "Dear Ms Pritchard"). A letter is
 * dated on the day it is sent.
 */
export declare function letterDate(blocks: readonly Block[]): string | null;
/** The date beside a signature: "Signed … Registered CSE Assessor … Date 24th February 2017". */
export declare function signOffDate(blocks: readonly Block[]): string | null;
