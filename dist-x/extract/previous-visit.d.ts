/**
 * The visit before the one a report is of, where the report says when it was: a schedule line
 * ("Initial Review - October 2015 Annual Review Year 1 - February 2017 …", Assessment Services'
 * conclusion), or a sentence naming the stage before this one with its month ("the feedback
 * provided at the Annual Review Year 2 in November 2022"; for a first review, "initially assessed
 * … in October 2015").
 */
import { type Block } from '../document/model.js';
import type { PreviousVisit, Stage } from '../schema/report.js';
export declare function previousVisitIn(blocks: readonly Block[], stage: Stage): PreviousVisit | null;
