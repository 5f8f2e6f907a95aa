/**
 * A heading that names another stage than the one the report is of: "8. Compliance against the
 * Customer Service Excellence Standard Year 2" in an "Annual Review Year 1" report (Melton). A
 * reader cannot tell which visit that section's ratings belong to, so a quality check shows it.
 *
 * Found at extraction, not by a rule over the record: the record keeps no headings (they are the
 * document's layout, not its data), and this is the only check that needs them.
 */
import type { Block } from '../document/model.js';
import type { Stage } from '../schema/report.js';
import { type FindingDraft } from './draft.js';
export declare function headingsNamingOtherStage(blocks: readonly Block[], stage: Stage): FindingDraft[];
