/**
 * fixtures/blind6: eight documents written blind (HTML printed to Word, LibreOffice PDF and
 * Chromium PDF; three also written as Markdown), against hand-written records (README there);
 * what is held: blind-sets.ts.
 */
import { describeBlindSet } from './blind-sets.js';

describeBlindSet({
  folder: 'blind6',
  formats: ['md', 'docx', 'lo.pdf', 'chromium.pdf'],
  checksOrganisation: true,
  knownWrong: new Set([
    // LibreOffice's print of the cumulative record (a column per visit) is read as one visit, the
    // last: its stage and totals are review-2's, which the scorer sets against the first visit's.
    'lyndale-mbc-2021-cumulative lo.pdf stage',
    'lyndale-mbc-2021-cumulative lo.pdf overall',
  ]),
});
