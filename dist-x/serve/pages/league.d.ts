import type { Benchmark } from '../../bench/benchmark.js';
import type { HolderQuery } from '../queries/holders.js';
import { type Choices } from './filters-form.js';
import { type Html } from './layout.js';
/** `corrected`: the assessments a reviewer corrected a value of, marked in the table. */
export declare function leaguePage(b: Benchmark, query: HolderQuery & {
    includePartial?: boolean;
}, choices: Choices, corrected: ReadonlySet<number>): Html;
