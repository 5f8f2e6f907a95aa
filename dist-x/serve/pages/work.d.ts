import type { WorkList } from '../queries/work-list.js';
import { type Html } from './layout.js';
export declare function workPage(w: WorkList, offset: number, limit: number): Html;
