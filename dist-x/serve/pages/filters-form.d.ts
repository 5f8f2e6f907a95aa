import type { HolderQuery } from '../queries/holders.js';
import type { Html } from './layout.js';
export interface Choices {
    sectors: string[];
    regions: string[];
    bodies: string[];
    years: number[];
}
export declare function filtersForm(action: string, query: HolderQuery & {
    includePartial?: boolean;
}, choices: Choices, options?: {
    search?: boolean;
    partial?: boolean;
}): Html;
