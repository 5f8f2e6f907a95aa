import type { ImportEntry } from '../../pipeline/import.js';
import type { CheckedUpload } from '../uploads.js';
import { type Html } from './layout.js';
export declare function checkPage(result?: CheckedUpload, problem?: {
    code: string;
    message: string;
}): Html;
export declare function importedPage(name: string, entry: ImportEntry | null): Html;
