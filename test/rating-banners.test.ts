/**
 * Elements grouped by rating under banners (first met in blind set 10): a banner per rating, the
 * element rows beneath it with no rating of their own, plain "Compliance" among them.
 */
import { describe, expect, it } from 'vitest';
import { BOLD_TITLE_LEVEL, type Block } from '../src/document/model.js';
import { listedElements } from '../src/extract/recognise/rated-lists.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { page: 4, line: i + 1 } })), loc: { page: 4 } });
const banner = (text: string): Block => ({ kind: 'heading', level: BOLD_TITLE_LEVEL, text, loc: { page: 4 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { page: 5 } });

describe('a table grouped by rating', () => {
  it('rates each row by the banner above it, compliance too, over a page break', () => {
    const { rated } = listedElements([
      table(['Code', 'Statement', 'Notes']),
      banner('Compliance Plus (2)'),
      table(['2.1.1', 'There is corporate commitment…', 'Board champions'], ['4.2.3', 'We benchmark…', 'Published']),
      banner('Compliance (3)'),
      table(['1.1.1', 'We have an in-depth understanding…', 'Seen']),
      // A row a page break set apart, and the rest under the header repeated on the next page.
      para('1.1.2 We have developed customer insight… Seen'),
      table(['Code', 'Statement', 'Notes'], ['1.2.1', 'We have a strategy…', 'Seen']),
      banner('Partial Compliance (1)'),
      table(['3.2.4', 'We can demonstrate that information…', 'Letters not reviewed']),
      banner('Non-Compliance (0)'),
    ]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['2.1.1', 'compliance-plus'],
      ['4.2.3', 'compliance-plus'],
      ['1.1.1', 'compliance'],
      ['1.1.2', 'compliance'],
      ['1.2.1', 'compliance'],
      ['3.2.4', 'partial-compliance'],
    ]);
  });

  it('does not read plain compliance as a list title where it is no banner among others', () => {
    // A heading of plain compliance alone over a table of codes, or a discussion of compliance beside a banner of partials.
    expect(listedElements([banner('Compliance'), table(['1.1.1', 'We have an in-depth understanding…', 'Seen'], ['1.1.2', 'We have developed…', 'Seen'])]).rated).toEqual([]);
    const discussed = listedElements([
      banner('Partial Compliance'),
      table(['3.2.4', 'We can demonstrate…', 'Letters not reviewed']),
      para('The Council was assessed against the standard over two days, and every team was visited in turn.'),
      banner('Compliance'),
      table(['1.1.1', 'We have an in-depth understanding…', 'Seen']),
    ]);
    expect(discussed.rated.map((r) => [r.code, r.rating])).toEqual([['3.2.4', 'partial-compliance']]);
  });
});
