/**
 * fixtures/blind12: eight documents written blind (seven reports and one that is not a report;
 * HTML printed to Word, LibreOffice PDF and Chromium PDF; three also written as Markdown), against
 * hand-written records (README there); what is held: blind-sets.ts.
 */
import { describeBlindSet } from './blind-sets.js';

describeBlindSet({
  folder: 'blind12',
  formats: ['md', 'docx', 'lo.pdf', 'chromium.pdf'],
  checksOrganisation: true,
  knownWrong: new Set(),
});
