/**
 * Tables ruled with horizontal lines only: a rule above and below every row and none between
 * the columns, as report templates and browsers' CSS often draw them. The rules say where each
 * row starts and ends (a cell wrapped over several lines is still one row); the columns are
 * where the text between the rules starts, as in a table without borders (stream-tables.ts).
 * Column lines are implied there, so that the table is read as a bordered one (grid-tables.ts).
 */
import { type Fragment, linesOf } from './fragments.js';
import { SAME_LINE, touches } from './grid-tables.js';
import type { Ruling } from './rulings.js';
import { columnStarts } from './stream-tables.js';

/**
 * Fewer rules than this (a rule above and below the header and one at the foot) may enclose
 * several rows between two of them: such a table is left to the reading of borderless tables.
 */
const MIN_RULES = 4;
/** An implied column line stands this far left of where its column's text starts. */
const COLUMN_MARGIN = 1;

/** Stacks of horizontal rules of the same extent, none of which meets a vertical line. */
function ruleStacks(rulings: readonly Ruling[]): Ruling[][] {
  const verticals = rulings.filter((r) => r.orientation === 'v');
  const free = rulings.filter((r) => r.orientation === 'h' && !verticals.some((v) => touches(r, v)));
  const stacks: Ruling[][] = [];
  for (const rule of free) {
    const stack = stacks.find((s) => Math.abs(s[0]!.from - rule.from) <= SAME_LINE && Math.abs(s[0]!.to - rule.to) <= SAME_LINE);
    if (stack) stack.push(rule);
    else stacks.push([rule]);
  }
  return stacks.filter((s) => new Set(s.map((r) => Math.round(r.at))).size >= MIN_RULES);
}

/** The column lines the text of each table ruled only across implies: its two sides and one left of each column. */
export function impliedColumnRulings(rulings: readonly Ruling[], fragments: readonly Fragment[]): Ruling[] {
  const implied: Ruling[] = [];
  for (const stack of ruleStacks(rulings)) {
    const top = Math.max(...stack.map((r) => r.at));
    const bottom = Math.min(...stack.map((r) => r.at));
    const { from, to } = stack[0]!;
    const inside = fragments.filter((f) => f.x >= from - SAME_LINE && f.x <= to && f.y > bottom && f.y < top);
    const starts = columnStarts(linesOf(inside));
    if (starts.length < 2) continue;
    const line = (at: number): Ruling => ({ orientation: 'v', at, from: bottom, to: top });
    implied.push(line(from), line(to), ...starts.slice(1).map((x) => line(x - COLUMN_MARGIN)));
  }
  return implied;
}
