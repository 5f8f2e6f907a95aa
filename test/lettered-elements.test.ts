/**
 * Elements lettered within their sub-criterion in a nested list (first met in blind set 10), and
 * compliance plus written as a mark on a fully compliant element.
 */
import { describe, expect, it } from 'vitest';
import { BOLD_TITLE_LEVEL, type Block } from '../src/document/model.js';
import { withLetteredElementsCoded } from '../src/extract/lettered-elements.js';
import { codeLedRatings } from '../src/extract/recognise/code-led-ratings.js';

const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { page: 6 } });
const title = (text: string): Block => ({ kind: 'heading', level: BOLD_TITLE_LEVEL, text, loc: { page: 6 } });
const coded = (...blocks: Block[]) => withLetteredElementsCoded({ blocks, diagnostics: [] }).blocks;

describe('elements lettered under their sub-criterion', () => {
  it('codes each lettered item by the title above it, and reads its rating', () => {
    const blocks = coded(
      title('4 Delivery'),
      title('4.2 Achieved Delivery and Outcomes'),
      para('(a) We agree with our customers at the outset what they can expect. – Met in full'),
      para('The service charter is sent with every acknowledgement.'),
      para('(b) We can demonstrate that we deliver the service we promised to individual customers and that outcomes are'),
      title('positive for the majority of our customers. – Partial compliance'),
      para('(c) We can demonstrate that we benchmark our performance against that of similar or complementary organisations and have used that information to improve our service. –'),
      title('Compliance – Compliance Plus'),
    );
    expect(blocks.map((b) => ('text' in b ? b.text.slice(0, 14) : ''))).toEqual(['4 Delivery', '4.2 Achieved D', '4.2.1 We agree', 'The service ch', '4.2.2 We can d', '4.2.3 We can d']);
    expect(codeLedRatings(blocks).map((r) => [r.code, r.rating])).toEqual([
      ['4.2.2', 'partial-compliance'],
      ['4.2.3', 'compliance-plus'],
    ]);
  });

  it('codes nothing out of order, past the sub-criterion\'s last element, or under no title', () => {
    // "c)" before "b)": the list is not the standard's order, and nothing after it is coded.
    const outOfOrder = coded(title('1.1 Customer Identification'), para('a) first – Compliance'), para('c) third – Compliance'), para('b) second – Compliance'));
    expect(outOfOrder.map((b) => ('text' in b ? b.text : ''))).toEqual(['1.1 Customer Identification', '1.1.1 first – Compliance', 'c) third – Compliance', 'b) second – Compliance']);
    // Sub-criterion 3.1 has two elements: "c)" is none of the standard's.
    expect(coded(title('3.1 Range of Information'), para('a) one'), para('b) two'), para('c) three')).map((b) => ('text' in b ? b.text : ''))).toEqual(['3.1 Range of Information', '3.1.1 one', '3.1.2 two', 'c) three']);
    expect(coded(para('a) Visit the branches'), para('b) Meet the staff'))).toEqual([para('a) Visit the branches'), para('b) Meet the staff')]);
  });
});
