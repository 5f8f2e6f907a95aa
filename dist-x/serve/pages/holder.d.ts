import type { HolderView } from '../queries/holder.js';
import { type Html } from './layout.js';
export declare function holderPage(h: HolderView): Html;
