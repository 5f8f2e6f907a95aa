/**
 * fixtures/blind2: twelve reports written blind as HTML and printed to Word, LibreOffice PDF and
 * Chromium PDF (README there), against hand-written records; what is held: blind-sets.ts.
 */
import { describeBlindSet } from './blind-sets.js';

describeBlindSet({
  folder: 'blind2',
  formats: ['docx', 'lo.pdf', 'chromium.pdf'],
  checksOrganisation: false,
  knownWrong: new Set([
    // The cover writes "B. Quayle", the sign-off "Bernadette Quayle": cse keeps the first it reads.
    'tamar-leisure-2009-interim docx assessors',
    'tamar-leisure-2009-interim chromium.pdf assessors',
  ]),
});
