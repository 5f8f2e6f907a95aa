/**
 * The report page's source pane. It shows the text cse read (each block with its page, line or
 * paragraph) and, for a PDF, the pages drawn by pdf.js's viewer. A click on a value with a place
 * highlights the block read there and, in a PDF, turns to its page and highlights the value's
 * text on it with the viewer's find controller.
 */
export declare const SOURCE_JS: string;
