/**
 * The narrative of a report for full-text search: every paragraph and list, with the heading it
 * stands under and where it is. Tables are left to the record: their ratings and justifications
 * are indexed from `element_ratings`, and their other cells are labels, not prose.
 */
import type { NarrativePassage } from '../db/load-report.js';
import type { Document } from '../document/model.js';

export function narrativePassages(document: Document): NarrativePassage[] {
  const passages: NarrativePassage[] = [];
  let section: string | null = null;
  for (const block of document.blocks) {
    if (block.kind === 'heading') section = block.text;
    else if (block.kind === 'paragraph') passages.push({ section, loc: block.loc, text: block.text });
    else if (block.kind === 'list') passages.push({ section, loc: block.loc, text: block.items.join('\n') });
  }
  return passages;
}
