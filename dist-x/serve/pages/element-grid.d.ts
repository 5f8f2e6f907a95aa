import type { AssessmentView } from '../queries/assessment.js';
import { type Html } from './layout.js';
export declare function elementGrid(a: AssessmentView): Html;
