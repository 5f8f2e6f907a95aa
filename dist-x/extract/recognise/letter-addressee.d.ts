/**
 * The holder named only in a letter's address block: an assessment body's outcome letter opens
 * with its letterhead, then the addressee ("Mrs Grace Okonjo / Town Clerk / Tarrant Minster Town
 * Council / The Guildhall / …"), the date and "Dear …", and calls the holder "your Council" after.
 * The address block is the block of short lines nearest above the salutation that is not the date
 * and names no assessment body; the holder is its one line that ends as a holder's name ends.
 */
import { type Block } from '../../document/model.js';
export declare function letterAddressee(blocks: readonly Block[]): {
    name: string;
    index: number;
} | null;
