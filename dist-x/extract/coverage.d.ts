import type { DraftReport, FindingDraft } from './draft.js';
export declare function coverageFindings(draft: DraftReport): FindingDraft[];
