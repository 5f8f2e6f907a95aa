/**
 * Tables ruled with horizontal lines only: a rule above and below every row and none between
 * the columns, as report templates and browsers' CSS often draw them. The rules say where each
 * row starts and ends (a cell wrapped over several lines is still one row); the columns are
 * where the text between the rules starts, as in a table without borders (stream-tables.ts).
 * Column lines are implied there, so that the table is read as a bordered one (grid-tables.ts).
 */
import { linesOf, pieces } from './fragments.js';
import { SAME_LINE, touches } from './grid-tables.js';
import { columnStarts, fits } from './stream-tables.js';
/**
 * Fewer rules than this (a rule above and below the header and one at the foot) may enclose
 * several rows between two of them: such a table is left to the reading of borderless tables.
 */
const MIN_RULES = 4;
/** An implied column line stands this far left of where its column's text starts. */
const COLUMN_MARGIN = 1;
/** Stacks of horizontal rules of the same extent, none of which meets a vertical line. */
function ruleStacks(rulings) {
    const verticals = rulings.filter((r) => r.orientation === 'v');
    const free = rulings.filter((r) => r.orientation === 'h' && !verticals.some((v) => touches(r, v)));
    const stacks = [];
    for (const rule of free) {
        const stack = stacks.find((s) => Math.abs(s[0].from - rule.from) <= SAME_LINE && Math.abs(s[0].to - rule.to) <= SAME_LINE);
        if (stack)
            stack.push(rule);
        else
            stacks.push([rule]);
    }
    return stacks.filter((s) => new Set(s.map((r) => Math.round(r.at))).size >= MIN_RULES);
}
/**
 * The runs of a stack's rules that rule rows: between two rules of a table there is one row,
 * whose lines all keep to the table's columns, or one line of one piece across them (a title
 * row). Rules under headings also come in stacks of one extent, but what lies between two of
 * them is a section (a heading, paragraphs across the columns, perhaps a table of its own), and
 * a stack's run ends there.
 */
function rowRuns(stack, fragments) {
    const rules = [...new Map(stack.map((r) => [Math.round(r.at), r])).values()].sort((a, b) => b.at - a.at);
    const { from, to } = rules[0];
    const linesBetween = (top, bottom) => linesOf(fragments.filter((f) => f.x >= from - SAME_LINE && f.x <= to && f.y > bottom && f.y < top));
    const readsAsRow = (lines, starts) => lines.every((line) => fits(line, starts)) || (lines.length === 1 && pieces(lines[0]).length === 1);
    const runsOf = (ruled) => {
        const starts = columnStarts(linesBetween(ruled[0].at, ruled.at(-1).at));
        const runs = [[ruled[0]]];
        for (let k = 1; k < ruled.length; k++) {
            if (readsAsRow(linesBetween(ruled[k - 1].at, ruled[k].at), starts))
                runs.at(-1).push(ruled[k]);
            else
                runs.push([ruled[k]]);
        }
        return runs.filter((run) => run.length >= MIN_RULES);
    };
    // A run's own columns can differ from the whole stack's: its rows are read again against them.
    return runsOf(rules)
        .flatMap((run) => runsOf(run))
        .map((run) => ({ rules: run, starts: columnStarts(linesBetween(run[0].at, run.at(-1).at)) }))
        .filter((run) => run.starts.length >= 2);
}
/** The column lines the text of each table ruled only across implies: its two sides and one left of each column. */
export function impliedColumnRulings(rulings, fragments) {
    const implied = [];
    for (const stack of ruleStacks(rulings)) {
        for (const { rules, starts } of rowRuns(stack, fragments)) {
            const top = rules[0].at;
            const bottom = rules.at(-1).at;
            const { from, to } = rules[0];
            const line = (at) => ({ orientation: 'v', at, from: bottom, to: top });
            implied.push(line(from), line(to), ...starts.slice(1).map((x) => line(x - COLUMN_MARGIN)));
        }
    }
    return implied;
}
//# sourceMappingURL=ruled-tables.js.map