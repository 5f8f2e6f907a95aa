/** The assessment body a document names, by the catalogue's aliases; the most-mentioned wins. */
import { escapeRegExp } from '../parse/text.js';
import { ASSESSMENT_BODIES } from '../standard/bodies.js';

/** Each body's aliases as patterns, compiled once; an alias in lower case matches in any case. */
const BODY_PATTERNS = ASSESSMENT_BODIES.map((body) => ({
  name: body.name,
  aliases: body.aliases.map((alias) => ({
    lower: alias.toLowerCase(),
    re: new RegExp(String.raw`\b${escapeRegExp(alias)}\b`, alias === alias.toLowerCase() ? 'gi' : 'g'),
  })),
}));

export function findAssessmentBody(text: string): string | null {
  // Most aliases are in no document: a search for the words settles those before any pattern runs.
  const lower = text.toLowerCase();
  let best: { name: string; count: number; first: number } | null = null;
  for (const body of BODY_PATTERNS) {
    let remaining = text;
    let count = 0;
    let first = Number.MAX_SAFE_INTEGER;
    for (const { lower: word, re } of body.aliases) {
      if (!lower.includes(word)) continue;
      let found = false;
      for (const m of remaining.matchAll(re)) {
        count++;
        found = true;
        first = Math.min(first, m.index);
      }
      // Count each mention once: "G4S Assessment Services Ltd" is not also a mention of "G4S".
      if (found) remaining = remaining.replace(re, (m) => ' '.repeat(m.length));
    }
    if (count > 0 && (!best || count > best.count || (count === best.count && first < best.first))) {
      best = { name: body.name, count, first };
    }
  }
  return best?.name ?? null;
}
