/**
 * Reports written in two languages: every label, heading and table header given in both, as
 * "Sefydliad / Organisation" or a Welsh line over an English one ("Cydymffurfio Plws" over
 * "Compliance Plus"), and values too ("2 Ebrill 2013 / 2 April 2013"). The recognisers read
 * English; a bilingual report is read through its English half. A document is taken as
 * bilingual only when several of its texts pair a half in English with one that is not, the
 * English nearly always on the same side; each pair with its English on that side then keeps
 * its English half. Prose set in each
 * language in paragraphs of its own is left as it is: the recognisers skip what they cannot read.
 */
import { type Document } from '../document/model.js';
/** The document read through the English half of each pair, where it is bilingual; else the document itself. */
export declare function englishHalf(document: Document): Document;
