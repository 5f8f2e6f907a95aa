/** The shared parsers, as tables of inputs and what they must give. */
import { describe, expect, it } from 'vitest';
import { codeListCell, codesInText, leadingCode, parseCode } from '../src/parse/codes.js';
import { codesWithRanges } from '../src/parse/code-ranges.js';
import { countsInProse } from '../src/parse/counts.js';
import { findMonths, parseDate, parseDayMonth, visitStart } from '../src/parse/dates.js';
import { PERSON_NAME_PATTERN, splitPersonNames } from '../src/parse/names.js';
import { parseNumber } from '../src/parse/numbers.js';
import { tidyOrganisationName } from '../src/parse/organisation.js';
import { nowRatedInProse, reRatedInProse, remainingInProse } from '../src/parse/prose-ratings.js';
import { recommendedOutcome } from '../src/parse/recommendation.js';
import { parseRatingCell, ratingNamedBy } from '../src/parse/ratings.js';
import { parseStage } from '../src/parse/stages.js';

describe('elements named by ranges of codes', () => {
  it('runs a range in the standard\'s order, across sub-criteria, with "to" or a dash', () => {
    expect(codesWithRanges('4.1.1 – 4.3.1')).toEqual(['4.1.1', '4.1.2', '4.1.3', '4.2.1', '4.2.2', '4.2.3', '4.2.4', '4.3.1']);
    expect(codesWithRanges('5.3.1 to 5.3.3')).toEqual(['5.3.1', '5.3.2', '5.3.3']);
  });

  it('joins ranges, codes and whole criteria, and takes out what follows "except" until a ";"', () => {
    expect(codesWithRanges('1.2.1 – 1.2.3 and 1.3.5; all of Criterion 5 except 5.2.2 and 5.3.1; 2.1.1')).toEqual(['1.2.1', '1.2.2', '1.2.3', '1.3.5', '2.1.1', '5.1.1', '5.1.2', '5.2.1', '5.2.3', '5.2.4', '5.2.5', '5.3.2', '5.3.3']);
    expect(codesWithRanges('Criterion 3 except 3.1.1, 4.1.1')).toEqual([...['3.1.2', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1', '3.3.2', '3.3.3', '3.4.1', '3.4.2', '3.4.3'], '4.1.1']);
  });

  it.each([
    ['1.1.1, 1.1.2'],
    ['1.3.4 – 1.3.1'],
    ['Satisfaction measurement (1.3.1 – 1.3.3) is robust'],
    ['1.1.1 –'],
  ])('names nothing from %j (a plain list, a range backwards, prose, a range cut short)', (text) => expect(codesWithRanges(text)).toBeNull());
});

describe('element codes', () => {
  it.each([
    ['1.1.1', '1.1.1'],
    ['1.1.1.', '1.1.1'],
    ['I.1.1', '1.1.1'],
    ['111', '1.1.1'],
    ['5.3.3', '5.3.3'],
    ['3.4.1:', '3.4.1'],
    ['5.3.4', null],
    ['365', null],
    ['1.1', null],
  ])('parseCode(%j) is %j', (input, code) => expect(parseCode(input)).toBe(code));

  it.each([
    ['1.1.1 We have an in-depth understanding', '1.1.1'],
    ['I.2.1 We have a strategy', '1.2.1'],
    ['112', '1.1.2'],
    ['9 9 our responsibility', null],
    ['3.4 Three of these are new', null],
  ])('leadingCode(%j) is %j', (input, code) => expect(leadingCode(input)).toBe(code));

  it('reads a cell of codes only', () => {
    expect(codeListCell('3.4.1, 3.4.2')).toEqual(['3.4.1', '3.4.2']);
    expect(codeListCell('111, 113 and 121')).toEqual(['1.1.1', '1.1.3', '1.2.1']);
    expect(codeListCell('1.1.1 and more')).toBeNull();
  });

  it('finds codes in prose, undotted ones in lists', () => {
    expect(codesInText('relationships (3.4.1, 3.4.2) and (2.1.1)')).toEqual(['3.4.1', '3.4.2', '2.1.1']);
    expect(codesInText('Elements previously identified as CP (ie 111,113,121) all remain CP')).toEqual(['1.1.1', '1.1.3', '1.2.1']);
    expect(codesInText('rolling out Office 365 to 300 staff in 2.1 and 1.2')).toEqual([]);
  });

  it('reads one undotted code where the text introduces it as a reference, and a lone number nowhere else', () => {
    expect(codesInText('Elements previously identified as CP (ie 411) all remain CP')).toEqual(['4.1.1']);
    expect(codesInText('strong partnership working (eg 341)')).toEqual(['3.4.1']);
    expect(codesInText('the 2019 survey reached 411 residents (ie 2019 figures)')).toEqual([]);
  });
});

describe('ratings', () => {
  it.each([
    ['Full Compliance', 'compliance'],
    ['Compliant', 'compliance'],
    ['C', 'compliance'],
    ['Compliance plus', 'compliance-plus'],
    ['Compliant Plus', 'compliance-plus'],
    ['C+', 'compliance-plus'],
    ['CP', 'compliance-plus'],
    ['CPlus', 'compliance-plus'],
    ['C Plus', 'compliance-plus'],
    ['C +', 'compliance-plus'],
    ['Complient', 'compliance'],
    ['Partialy Compliant', 'partial-compliance'],
    ['Partially Met', 'partial-compliance'],
    ['Met', 'compliance'],
    ['Not met', 'non-compliance'],
    ['Complaince Plus', 'compliance-plus'],
    ['Partial Compliant', 'partial-compliance'],
    ['Partial Compliance', 'partial-compliance'],
    ['Non-Compliance', 'non-compliance'],
    ['Non Compliant', 'non-compliance'],
    ['Part Compliant', 'partial-compliance'],
    ['Compliant+', 'compliance-plus'],
    ['Justification', null],
    // A footnote mark after the rating points to a note under the table: not part of it.
    ['C+†', 'compliance-plus'],
    ['PC*', 'partial-compliance'],
    ['C¹', 'compliance'],
    ['Compliance ‡', 'compliance'],
    ['C1', null],
    // A change of rating: the rating it was changed to, when both sides are ratings.
    ['PC → C', 'compliance'],
    ['C+ -> C', 'compliance'],
    ['Compliance ⇒ Partial Compliance', 'partial-compliance'],
    ['Evidence → C', null],
  ])('parseRatingCell(%j) is %j', (cell, rating) => expect(parseRatingCell(cell)).toBe(rating));

  it('reads the one rating a heading names', () => {
    expect(ratingNamedBy('Compliance Plus Elements')).toBe('compliance-plus');
    expect(ratingNamedBy('Partial Compliance elements')).toBe('partial-compliance');
    expect(ratingNamedBy('Changes in relation to the five criteria')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['17.07.19', '2019-07-17'],
    ['17th July 2020', '2020-07-17'],
    ['12/03/2024', '2024-03-12'],
    ['6th to 8th July 2020', '2020-07-06'],
    ['22nd and 23rd July 2021', '2021-07-22'],
    ['7/8 October 2010', '2010-10-07'],
    ['3rd–5th March 2008', '2008-03-03'],
    ['Date 24th February 2017', '2017-02-24'],
    ['2023-11-14', '2023-11-14'],
    ["5th & 6th April '18", '2018-04-05'],
    ['17th–19th Nov ’09', '2009-11-17'],
    // Weekdays cut short ("Tues", "Weds") between the days of one visit.
    ['Tues 24th & Weds 25th Nov. 2009', '2009-11-24'],
    ['Mon 3rd and Tues 4th Sept 2018', '2018-09-03'],
    ['31/02/2024', null],
    ['October 2015', null],
  ])('parseDate(%j) is %j', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('gives a visit the first day on site a field names after its week, and the week where it names none', () => {
    expect(visitStart('w/c 12 June 2023 (on site Tuesday 13 and Wednesday 14 June)')).toBe('2023-06-13');
    expect(visitStart('week commencing 9 March 2026')).toBe('2026-03-09');
    // A day after the week is another week's: not the visit's start.
    expect(visitStart('w/c 26 June 2023 (report due 3 July)')).toBe('2023-06-26');
    expect(visitStart('12 June 2023 (and 14 June)')).toBe('2023-06-12');
  });

  it('completes a day and month with the year the context gives', () => {
    expect(parseDayMonth('He visited the Authority for the day on 9 May.', 2016)).toBe('2016-05-09');
  });
});

describe('people, organisations, numbers, stages', () => {
  it('splits assessor fields into names', () => {
    expect(splitPersonNames('Andrew Mackey/Hugh Keachie')).toEqual(['Andrew Mackey', 'Hugh Keachie']);
    expect(splitPersonNames('Priya Shah & Tom Okafor')).toEqual(['Priya Shah', 'Tom Okafor']);
    expect(splitPersonNames('Daniel Reeve / Amara Osei')).toEqual(['Daniel Reeve', 'Amara Osei']);
    expect(splitPersonNames('')).toEqual([]);
  });

  it('reads names in letters of any alphabet, accents and all ("Siân", "Zoë", "Łukasz")', () => {
    expect(splitPersonNames('Siân Llywelyn-Price MCIM')).toEqual(['Siân Llywelyn-Price']);
    expect(splitPersonNames('Łukasz Nowak / Renée Dubois & Zoë Ó Súilleabháin')).toEqual(['Łukasz Nowak', 'Renée Dubois', 'Zoë Ó Súilleabháin']);
    expect(splitPersonNames('NOWAK, Łukasz (Lead Assessor)')).toEqual(['Łukasz Nowak']);
    expect(new RegExp(`assessor, ${PERSON_NAME_PATTERN}`, 'u').exec('Our assessor, Siân Price, visited.')?.[1]).toBe('Siân Price');
  });

  it('joins a name a narrow cell wrapped over two lines, but not names one a line', () => {
    expect(splitPersonNames('Imogen\nFairclough')).toEqual(['Imogen Fairclough']);
    expect(splitPersonNames('Mrs Imogen\nFairclough')).toEqual(['Imogen Fairclough']);
    expect(splitPersonNames('Imogen Fairclough\nTom Okafor')).toEqual(['Imogen Fairclough', 'Tom Okafor']);
    expect(splitPersonNames('Imogen\nLead Assessor')).toEqual([]);
  });

  it('finds a Mc or O\' surname whole in running text (found by the synthetic corpus)', () => {
    const name = new RegExp(`assessor, ${PERSON_NAME_PATTERN}`, 'u');
    expect(name.exec('Our assessor, Lorna McAllister, visited on 4 June 2024.')?.[1]).toBe('Lorna McAllister');
    expect(name.exec("Our assessor, Sean O'Hara, visited on 4 June 2024.")?.[1]).toBe("Sean O'Hara");
  });

  it.each([
    ['STOCKTON-ON-TEES BOROUGH COUNCIL', 'Stockton-on-Tees Borough Council'],
    ['UNIVERSITY OF NORTHBRIDGE LIBRARY SERVICES', 'University of Northbridge Library Services'],
    ['HARROWFIELD COMMUNITY HEALTH NHS TRUST', 'Harrowfield Community Health NHS Trust'],
    ['Melton Borough Council', 'Melton Borough Council'],
  ])('tidyOrganisationName(%j) is %j', (raw, name) => expect(tidyOrganisationName(raw)).toBe(name));

  it.each([
    ['ten', 10],
    ['fifty seven', 57],
    ['fifty-seven', 57],
    ['fourteen', 14],
    ['17', 17],
    ['lots', null],
  ])('parseNumber(%j) is %j', (text, n) => expect(parseNumber(text)).toBe(n));

  it.each([
    ['Section B: Initial Assessment Report', 'initial'],
    ['Section C: 12-month Review Report', 'review-1'],
    ['Annual Review Year 1', 'review-1'],
    ['24-month Review', 'review-2'],
    ['our second annual review', 'review-2'],
    ['3 Year Full Review', 'reassessment'],
    ['Section E: Notes', null],
  ])('parseStage(%j) is %j', (text, stage) => expect(parseStage(text)).toBe(stage));
});

/** Each count a text states, as [rating, count]. */
const countsOf = (text: string) => countsInProse(text).map((c) => [c.rating, c.count]);

describe('counts and ratings stated in prose', () => {
  it('counts what "all but N of the 57" leaves, never the exception\'s own number, and nothing where no whole is stated', () => {
    expect(countsOf('All but four of the 57 elements were rated Compliance.')).toEqual([['compliance', 53]]);
    expect(countsOf('All except 3 out of fifty-seven elements were found compliant.')).toEqual([['compliance', 54]]);
    expect(countsOf('All but three elements were compliant.')).toEqual([]);
  });

  it('reads counts in words and refuses numbers about something else', () => {
    const counts = countsInProse(
      'We retained the standard, securing full compliance across all 57 criteria and in ten of the fifty seven criteria we were assessed as Compliance Plus. 8 of those ahead have 1 or more partial compliances.',
    );
    expect(counts.map((c) => [c.rating, c.count])).toEqual([
      ['non-compliance', 0],
      ['partial-compliance', 0],
      ['compliance-plus', 10],
    ]);
    expect(countsOf('Of the 57 elements, 2 were assessed as Compliance Plus, 52 as Compliance and 3 as Partial Compliance; none was assessed as Non-Compliance.')).toEqual([
      ['compliance-plus', 2],
      ['compliance', 52],
      ['partial-compliance', 3],
      ['non-compliance', 0],
    ]);
    expect(countsOf('Of the 15 elements assessed, 2 were rated Compliance Plus, 12 Compliance and 1 Partial Compliance.')).toEqual([
      ['compliance-plus', 2],
      ['compliance', 12],
      ['partial-compliance', 1],
    ]);
    // A rating that ends in "+" is followed by its count.
    expect(countsOf('Totals: Compliant+ 3 | Fully Compliant 51 | Part Compliant 3 | Non Compliant 0')).toEqual([
      ['compliance-plus', 3],
      ['compliance', 51],
      ['partial-compliance', 3],
      ['non-compliance', 0],
    ]);
    expect(countsOf('There were two Partial Compliances and no non-compliances.')).toEqual([
      ['partial-compliance', 2],
      ['non-compliance', 0],
    ]);
    expect(countsOf('We are pleased to report that none of the fifty-seven elements were assessed as Compliance Plus.')).toEqual([
      ['compliance-plus', 0],
    ]);
  });

  it('reads the counts of a list whose verb the first count alone carries ("…, four as compliance plus and two as partially compliant")', () => {
    const sentence = 'Of the fifty-seven elements of the standard, fifty-one were assessed as compliant, four as compliance plus and two as partially compliant; there were no non-compliances.';
    expect(countsInProse(sentence).map((c) => [c.rating, c.count])).toEqual([
      ['compliance', 51],
      ['compliance-plus', 4],
      ['partial-compliance', 2],
      ['non-compliance', 0],
    ]);
    // Not a list of counts: "as" after a number that starts none.
    expect(countsInProse('The team met 12 staff, four as compliance plus champions.')).toEqual([]);
  });

  it('reads "now <rating>" about the visit reported, and nothing looser', () => {
    expect(nowRatedInProse('Element 4.3.5 is now compliant.').map((r) => [r.code, r.rating])).toEqual([['4.3.5', 'compliance']]);
    // After "rated", an abbreviation is the rating; without it, "is now C" says nothing.
    expect(nowRatedInProse('3.3.1 is now rated C: the Trust has extended the evening clinics.').map((r) => [r.code, r.rating])).toEqual([['3.3.1', 'compliance']]);
    expect(nowRatedInProse('3.3.1 is now C.')).toEqual([]);
    expect(nowRatedInProse('Partial compliance at 3.2.4 (February 2020) has been resolved: the Force now reviews web content quarterly and this element is compliant.').map((r) => [r.code, r.rating])).toEqual([['3.2.4', 'compliance']]);
    // Past tense says nothing about this visit.
    expect(nowRatedInProse('In 2018 3.3.1 was assessed and the element was compliant.')).toEqual([]);
    expect(nowRatedInProse('elements 1.2.2 and 1.3.2, which were Partially Compliant at this stage are now Compliant.').map((r) => r.code)).toEqual(['1.2.2', '1.3.2']);
    expect(nowRatedInProse('Those elements that were Compliant Plus remain key strengths, as well as 1.1.3 and 2.1.6.')).toEqual([]);
  });
});

describe('counts in prose: scope, limits and other visits', () => {
  it('reads counts after "in" where the sentence so counts two ratings or more ("Compliance Plus in three and Partial Compliance in two")', () => {
    expect(countsInProse('Of the 57 elements I found Compliance Plus in three and Partial Compliance in two; none was non-compliant.').map((c) => [c.rating, c.count])).toEqual(
      expect.arrayContaining([
        ['compliance-plus', 3],
        ['partial-compliance', 2],
      ]),
    );
    expect(countsInProse('There was partial compliance in 2019.')).toEqual([]);
  });

  it('reads no count from a contents list of numbered titles ("6. Compliance Plus" over "7. Partial Compliance")', () => {
    expect(countsInProse('1. Assessment details\n2. Summary\n6. Compliance Plus\n7. Partial Compliance\n8. Results by criterion')).toEqual([]);
  });

  const read = (text: string) => countsInProse(text).map((c) => [c.rating, c.count, c.criterion]);
  it.each([
    ['However, four partial compliances were identified in Criterion 4 Delivery (4.1.2, 4.3.1, 4.3.4 and 4.3.6).', [['partial-compliance', 4, 4]]],
    ['This exceeds the maximum of three partial compliances allowed in that criterion.', []],
    ['From a start of 2 compliance plus they have progressed to achieving 13 in this assessment.', []],
    ['fourteen of the fifty-seven elements were assessed as Compliance Plus, up from eleven at last year\'s review.', [['compliance-plus', 14, null]]],
    ['Although you are now up to 17 compliance plus elements, there may be others.', [['compliance-plus', 17, null]]],
  ])('%j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('a report re-rating an element', () => {
  it('reads the rating now and the one it replaces', () => {
    expect(reRatedInProse('Element 2.1.3 (policies) is re-rated from Partial Compliance to Compliance.').map((r) => [r.code, r.rating, r.replaces])).toEqual([['2.1.3', 'compliance', 'partial-compliance']]);
    expect(reRatedInProse('4.2.2 has been changed from Compliance Plus to Compliance after the review.').map((r) => [r.code, r.rating, r.replaces])).toEqual([['4.2.2', 'compliance', 'compliance-plus']]);
  });

  it('reads nothing where the ratings do not follow "from" and "to" directly, or a change is only suggested', () => {
    expect(reRatedInProse('5.1.1 was changed from the old form to the new; it remains Compliance.')).toEqual([]);
    expect(reRatedInProse('5.1.1 should be changed from Compliance to Partial Compliance.')).toEqual([]);
  });
});

describe('elements said to keep their rating', () => {
  it('reads "(codes) remain" after a rating and "remain <rating>" after codes, not a loose "remain"', () => {
    expect(remainingInProse('The other partial compliances (1.3.4 and 4.1.2) remain – see below').map((r) => [r.code, r.rating])).toEqual([
      ['1.3.4', 'partial-compliance'],
      ['4.1.2', 'partial-compliance'],
    ]);
    expect(remainingInProse('Elements 1.2.2 and 1.3.2 remain partially compliant.').map((r) => r.code)).toEqual(['1.2.2', '1.3.2']);
    expect(remainingInProse('Those elements that were Compliant Plus remain key strengths of the organisation, as well as 1.1.3 and 2.1.6.')).toEqual([]);
  });
});

describe('recommendations', () => {
  it.each([
    ['None of these gaps prevents certification and the assessors are pleased to recommend the Library for certification to the Customer Service Excellence Standard.', 'certify'],
    ["I am pleased to pass on to Assessment Services Ltd's Certification Committee my recommendation that you remain certificated as meeting the Customer Service Excellence Standard.", 'continue'],
    ['Helen confirmed that the Association continues to meet the standard and should remain certificated.', 'continue'],
    ['3.3 We retained the standard with flying colours, securing full compliance across all 57 criteria.', 'continue'],
    ["I am unable to recommend to Assessment Services Ltd's Certification Committee that the Trust is re-certificated at this time.", 'not-certify'],
    ['My recommendation is that certification is withheld pending the submission of documentary evidence.', 'not-certify'],
    ['If that evidence shows that the Trust is within tolerance, I would expect to recommend re-certification without a further visit.', null],
    ['The organisation has started providing key staff with support, as recommended in the initial assessment.', null],
    ["Your report is based exclusively on factors which have been used to inform the assessor's recommendation about your certification.", null],
  ])('%j is %j', (sentence, outcome) => expect(recommendedOutcome(sentence)).toBe(outcome));
});

describe('months without a day', () => {
  it('reads "October 2015" but not the month of a full date', () => {
    expect(findMonths('Initial Review - October 2015 Annual Review Year 1 - February 2017, visited 23rd February 2017').map((m) => m.iso)).toEqual(['2015-10', '2017-02']);
  });
});
