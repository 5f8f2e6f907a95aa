/**
 * The holder named by a report's cover or title where no field names it: "KESTREL VALLEY
 * HOUSING ASSOCIATION" over a committee paper, "Barnfield City Council – Customer Service
 * Excellence Assessment Report" on a cover. Only the first title lines are read, before the
 * report's body begins; a line that is a section heading ("5.5 Criterion 5 – Timeliness…"), names
 * the standard or the report itself, or names an assessment body, is not the holder.
 */
import type { Block } from '../../document/model.js';
import { TITLE_ORGANISATION_NOUN, tidyOrganisationName } from '../../parse/organisation.js';
import { isBodyName } from '../../standard/bodies.js';
import { titleText } from '../blocks.js';

/** Title lines read at the top of a document, before its body. */
const COVER_BLOCKS = 15;
const NAME_END = new RegExp(String.raw`\b${TITLE_ORGANISATION_NOUN}\b`, 'i');
const NOT_HOLDER = /\b(?:customer service excellence|cse|assessment report|report|standard|criteri(?:on|a)|elements?|compliance|contents|section|appendix|summary|introduction|assessor|assessment|review|recommendations?|purpose|background|agenda|item|page)\b/i;

/** The parts of a title line a separator splits: "Barnfield City Council – CSE Report" gives two. */
function partsOf(line: string): string[] {
  return line.split(/\s+[–—|:-]\s+|\s*[|:]\s+|\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

export function organisationFromTitle(blocks: readonly Block[]): { name: string; index: number } | null {
  const cover = blocks.slice(0, COVER_BLOCKS);
  for (let index = 0; index < cover.length; index++) {
    const block = cover[index]!;
    if (block.kind === 'table') break;
    const title = titleText(block);
    if (!title || /^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s/.test(title)) continue;
    for (const part of partsOf(title)) {
      if (!NAME_END.test(part) || NOT_HOLDER.test(part.replace(NAME_END, '')) || isBodyName(part)) continue;
      if (part.split(/\s+/).length < 2 || part.split(/\s+/).length > 10) continue;
      const name = tidyOrganisationName(part.replace(/^(?:report (?:to|for|on)|prepared for|for)\s+/i, ''));
      if (name) return { name, index };
    }
  }
  return null;
}
