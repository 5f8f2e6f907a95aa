/**
 * A form's checkboxes, read as the choice they record: "☐ Compliance Plus ☒ Compliance ☐ Partial
 * Compliance ☐ Non-Compliance" is "Compliance", "☒ Initial assessment ☐ Reassessment" is "Initial
 * assessment", a Markdown task list ("- [ ] Compliance Plus", "- [x] Compliance") the same. A form
 * prints every choice it offers, so an unticked box's label is not a statement of anything; left
 * in, a rating cell names all four ratings and a stage field every stage. Where the boxes cannot
 * be told apart (none ticked, two ticked, the glyphs lost to one shape) nothing is kept of the
 * choices: which the author meant cannot be known.
 *
 * Only boxes with short labels are read, one of them empty at least. A tick or a cross alone in a
 * matrix's cell is a matrix's mark (recognise/marks.ts), and a ticked line with no empty box beside
 * it ("☒ Completed by the quality team") says what it says. (❏ and ❑ are left alone: they are
 * bullets more often than boxes.)
 */
import { type Document } from '../document/model.js';
/**
 * A text with its boxes read: the words before the boxes, then the ticked label. Where no box or
 * two are ticked, nothing of the choices is kept; an empty box alone (a form's cell a page break
 * split) is not kept either.
 */
export declare function withBoxesRead(text: string): string;
/**
 * The document with every group of boxes read. A list whose items are the boxes (a task list) is
 * one group; its choice joins the field's label above it into one line ("Judgement: Compliance"),
 * as a form's field and value are one statement, and with no certain choice the list is dropped.
 */
export declare function withCheckboxesRead(document: Document): Document;
