import type { HolderRow } from '../queries/holders.js';
import { type Choices } from './filters-form.js';
import { type Html } from './layout.js';
import type { HolderQuery } from '../queries/holders.js';
export declare function holdersPage(rows: readonly HolderRow[], query: HolderQuery, choices: Choices): Html;
