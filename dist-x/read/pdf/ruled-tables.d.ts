/**
 * Tables ruled with horizontal lines only: a rule above and below every row and none between
 * the columns, as report templates and browsers' CSS often draw them. The rules say where each
 * row starts and ends (a cell wrapped over several lines is still one row); the columns are
 * where the text between the rules starts, as in a table without borders (stream-tables.ts).
 * Column lines are implied there, so that the table is read as a bordered one (grid-tables.ts).
 */
import { type Fragment } from './fragments.js';
import type { Ruling } from './rulings.js';
/** The column lines the text of each table ruled only across implies: its two sides and one left of each column. */
export declare function impliedColumnRulings(rulings: readonly Ruling[], fragments: readonly Fragment[]): Ruling[];
