import type { SearchCommandOptions } from './search-options.js';
export declare function runSearch(query: string, options: SearchCommandOptions): number;
