/**
 * A heading that names another stage than the one the report is of: "8. Compliance against the
 * Customer Service Excellence Standard Year 2" in an "Annual Review Year 1" report (Melton). A
 * reader cannot tell which visit that section's ratings belong to, so a quality check shows it.
 *
 * Found at extraction, not by a rule over the record: the record keeps no headings (they are the
 * document's layout, not its data), and this is the only check that needs them.
 */
import type { Block } from '../document/model.js';
import { parseStage, STAGE_NAMES } from '../parse/stages.js';
import type { Stage } from '../schema/report.js';
import { locationOf, type FindingDraft } from './draft.js';

export function headingsNamingOtherStage(blocks: readonly Block[], stage: Stage): FindingDraft[] {
  if (stage === 'unknown') return [];
  return blocks.flatMap((block) => {
    if (block.kind !== 'heading') return [];
    const named = parseStage(block.text);
    if (!named || named === stage) return [];
    return [
      {
        rule: 'heading-contradicts-stage',
        severity: 'warning' as const,
        message: `The heading "${block.text}" names the ${STAGE_NAMES[named].toLowerCase()}, but the report is of the ${STAGE_NAMES[stage].toLowerCase()}; say which visit this section's ratings are from.`,
        stage,
        criterion: null,
        elements: [],
        location: locationOf(block.loc),
      },
    ];
  });
}
