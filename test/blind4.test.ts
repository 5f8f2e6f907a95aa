/**
 * fixtures/blind4: thirteen documents written blind (HTML printed to Word, LibreOffice PDF and
 * Chromium PDF; four also written as Markdown), against hand-written records (README there);
 * what is held: blind-sets.ts.
 */
import { describeBlindSet } from './blind-sets.js';

describeBlindSet({
  folder: 'blind4',
  formats: ['md', 'docx', 'lo.pdf', 'chromium.pdf'],
  checksOrganisation: true,
  knownWrong: new Set(),
});
