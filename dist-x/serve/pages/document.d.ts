import type { AssessmentView } from '../queries/assessment.js';
import type { DocumentView } from '../queries/document.js';
import { type Html } from './layout.js';
export declare function documentPage(d: DocumentView, views: ReadonlyMap<number, AssessmentView>, back: string): Html;
