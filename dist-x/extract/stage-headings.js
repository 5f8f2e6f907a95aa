import { parseStage, STAGE_NAMES } from '../parse/stages.js';
import { locationOf } from './draft.js';
export function headingsNamingOtherStage(blocks, stage) {
    if (stage === 'unknown')
        return [];
    return blocks.flatMap((block) => {
        if (block.kind !== 'heading')
            return [];
        const named = parseStage(block.text);
        if (!named || named === stage)
            return [];
        return [
            {
                rule: 'heading-contradicts-stage',
                severity: 'warning',
                message: `The heading "${block.text}" names the ${STAGE_NAMES[named].toLowerCase()}, but the report is of the ${STAGE_NAMES[stage].toLowerCase()}; say which visit this section's ratings are from.`,
                stage,
                criterion: null,
                elements: [],
                location: locationOf(block.loc),
            },
        ];
    });
}
//# sourceMappingURL=stage-headings.js.map