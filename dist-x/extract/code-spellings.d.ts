/**
 * Element codes a report spells its own way, written as the standard writes them before any
 * recogniser reads the text: "2. 2. 4" and "1-3-4" become "2.2.4" and "1.3.4" wherever they stand,
 * and "1.2 (3)" becomes "1.2.3" where it is a whole cell or opens a line (elsewhere "1.2 (3)" may
 * be a sub-criterion and a count); "sub-criterion 1.2, element 3" and "element 3 of sub-criterion
 * 1.2" become "element 1.2.3"; "1 1 1", spaces for dots, only where it is a whole cell or line (a
 * sentence's "1 1 1" may be three counts). Only spellings of codes the standard has are rewritten, so a
 * recogniser reading "x.y.z" reads every report alike, and sentences are not split at "2. 2".
 */
import { type Document } from '../document/model.js';
export declare function withStandardCodeSpellings(document: Document): Document;
