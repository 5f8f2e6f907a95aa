/** Words a narrow PDF table column broke inside, joined back only where the document, CSE's tables or English vouch for the word. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { rejoinBrokenWords } from '../src/read/pdf/broken-words.js';

const loc = { page: 1 };
const paragraph = (text: string): Block => ({ kind: 'paragraph', text, loc });
const header = (...cells: string[]): Block => ({ kind: 'table', rows: [{ cells, loc }], loc });
const cellsOf = (blocks: Block[]) => (blocks.at(-1) as Extract<Block, { kind: 'table' }>).rows[0]!.cells;

describe('rejoinBrokenWords', () => {
  const prose = paragraph('Criterion 4 Delivery covers timeliness and the culture of the organisation; staff can and cannot; it is not compliance plus.');

  it('joins a word broken over several lines of a cell when the document writes it whole elsewhere', () => {
    expect(cellsOf(rejoinBrokenWords([prose, header('', '4-\nD\neli\nve\nry', '2-\nCultu\nre of\nthe\norgan\nisatio\nn')]))).toEqual([
      '',
      '4-\nDelivery',
      '2-\nCulture of\nthe\norganisation',
    ]);
  });

  it('keeps two words that are both words of the document apart, even when together they make one', () => {
    expect(cellsOf(rejoinBrokenWords([prose, header('can\nnot', 'Compliance\nPlus')]))).toEqual(['can\nnot', 'Compliance\nPlus']);
  });

  it('leaves a broken word alone when neither the document, CSE tables nor English know it', () => {
    expect(cellsOf(rejoinBrokenWords([prose, header('Timel\niness', 'Kirkhol\nmes')]))).toEqual(['Timeliness', 'Kirkhol\nmes']);
  });

  it('joins an English word a narrow cell broke with no hyphen, and no two words', () => {
    expect(cellsOf(rejoinBrokenWords([prose, header('from\napprenticeshi\nps to food', 'Zebr\nas', 'some\ntimes', 'CSE\nteam', '2 – The Cult\nure of the')]))).toEqual([
      'from\napprenticeships to food',
      'Zebras',
      'some\ntimes',
      'CSE\nteam',
      // "ure" is in SCOWL (archaic), but a rare short word is no evidence of two words.
      '2 – The Culture of the',
    ]);
  });

  it('joins the words of CSE tables that the document never writes whole (criterion names, rating names)', () => {
    const blocks = [paragraph('Nothing here names a criterion.'), header('', '3 –\nInfor\nmati\non and\nAcce\nss', '5 –\nTime\nlines\ns and\nQual\nity of', 'Compli\nant\nPlus')];
    expect(cellsOf(rejoinBrokenWords(blocks))).toEqual(['', '3 –\nInformation and\nAccess', '5 –\nTimeliness and\nQuality of', 'Compliant\nPlus']);
  });

  it('does not learn words from the ends of wrapped cell lines, which may themselves be pieces', () => {
    // "eli" and "ve" appear only as line ends of wrapped cells, so they are not words of the document.
    const blocks = [paragraph('Delivery'), header('x eli\nve y', 'D\neli\nve\nry')];
    expect(cellsOf(rejoinBrokenWords(blocks))).toEqual(['x eli\nve y', 'Delivery']);
  });

  it('keeps a compound’s own hyphen at a line end, and joins a word the document writes whole', () => {
    const blocks = [paragraph('The assessor met dedicated teams.'), header('Easy Read, community-\nlanguage versions', 'a thank-\nyou scheme', 'a dedi-\ncated officer')];
    expect(cellsOf(rejoinBrokenWords(blocks)).map((c) => c.replace(/\n/g, ' '))).toEqual(['Easy Read, community-language versions', 'a thank-you scheme', 'a dedicated officer']);
  });

  it('joins a word’s last letters that a narrow cell pushed onto the next line, not a short word', () => {
    expect(cellsOf(rejoinBrokenWords([prose, header('extenuating\ncircumstance\ns removed', 'independentl\ny evaluated', 'teams\nin the\nnorth')])).map((c) => c.replace(/\n/g, ' '))).toEqual([
      'extenuating circumstances removed',
      'independently evaluated',
      'teams in the north',
    ]);
    expect(cellsOf(rejoinBrokenWords([prose, header('temporary accommodation\n. Partners spoke')]))).toEqual(['temporary accommodation. Partners spoke']);
  });
});
