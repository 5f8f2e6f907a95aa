# Hand-written truth of the blind6 set, one compact entry per document, expanded to the
# <stem>.expected.json shape that scripts/check-blind-set.mjs reads (blind4's shape).
# cp / pc / nc: elements the document itself rates that way; extra_c_stated: elements the text
# explicitly calls compliant; rest: the elements left over are compliance 'derived' (counts or an
# "all other elements" sentence make them certain), 'stated' (a table rates all 57) or left out
# (None); only=: the elements the document rates at all (a sampled review); omit=: elements the
# document leaves undeterminable.
import json, os
from common import CODES, OUT

def crit(*rows):
    # rows: (cp, c, pc, nc) for criteria 1..5
    return {str(i + 1): {'nonCompliance': nc, 'partialCompliance': pc, 'compliance': c, 'compliancePlus': cp}
            for i, (cp, c, pc, nc) in enumerate(rows)}

def ov(cp, c, pc, nc):
    return {'nonCompliance': nc, 'partialCompliance': pc, 'compliance': c, 'compliancePlus': cp}

def stage(stage, reportDate, visitDate, assessors, byCriterion=None, overall=None, cp=(), pc=(), nc=(),
          rest='derived', extra_c_stated=(), only=None, status='completed', documentReviewDate='absent', omit=()):
    els = []
    rating = {}
    for c in cp: rating[c] = ('compliance-plus', 'stated')
    for c in pc: rating[c] = ('partial-compliance', 'stated')
    for c in nc: rating[c] = ('non-compliance', 'stated')
    for c in extra_c_stated: rating[c] = ('compliance', 'stated')
    for code in CODES:
        if only is not None and code not in only:
            continue
        if code in rating:
            r, b = rating[code]
        elif rest in ('derived', 'stated'):
            r, b = 'compliance', rest
        else:
            continue
        if code in omit and code not in rating:
            continue
        els.append({'code': code, 'rating': r, 'basis': b})
    a = {'stage': stage, 'status': status, 'reportDate': reportDate, 'visitDate': visitDate,
         'assessors': list(assessors),
         'statedTotals': {'byCriterion': byCriterion, 'overall': overall}, 'elements': els}
    if documentReviewDate != 'absent':
        a['documentReviewDate'] = documentReviewDate
    return a

T = {}
T['quarrendon-bc-2022-reassessment'] = {
    'organisation': 'Quarrendon Borough Council', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2022-04-04', '2022-03-08', ['Helen Marchetti', 'David Osei'],
        crit((1, 9, 1, 0), (2, 9, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(4, 50, 3, 0),
        cp=['1.2.2', '2.1.1', '2.2.3', '4.3.2'], pc=['1.3.4', '3.3.2', '5.3.1'], rest='stated')],
    'notes': 'SGS United Kingdom Ltd reassessment of a borough council (Markdown too: GitHub pipe tables with colon alignment rows and EMPTY cells). All 57 ratings are given ONLY in a GRID: a row per sub-criterion ("2.1 Leadership, Policy and Culture"), criterion banner rows, '
             'a two-row header "Element" over columns 1 .. 6, each cell an abbreviation C+ / C / PC / NC; a cell is BLANK (shaded grey in the HTML/PDF) where the sub-criterion has no element of that number (1.1 has 3, 2.1 and 4.3 have 6, 3.1 has 2 ...) -> all 57 stated, element code = row + "." + column. '
             'The text explains "the cell in row 2.1 under column 3 is element 2.1.3". Per-criterion table (C+ / C / PC / NC / Elements) with an "Overall" row (4 / 50 / 3 / 0 / 57). C+ and PC justifications under headings "1.2.2 – Engagement and Consultation" / "1.3.4". '
             'Traps: the body\'s name ("SGS United Kingdom Ltd · Certification and Business Enhancement") on the line above the title and the Organisation row; previous visits\' counts in prose ("At the first annual review in March 2020 the Council held 3 Compliance Plus and 4 Partial Compliance; ... March 2021 ... 3 Compliance Plus and 2 Partial Compliance"); '
             '"Technical review: Sunil Varma, SGS (report review only), 11 April 2022" and "Council contact: Karen Whitlow" are not assessors and 11 April is not the report date; visit "8, 9 and 10 March 2022" (first day); "see also 1.3.5" inside 4.3.2\'s justification; "NC" only in the key; "first annual review ... March 2023".',
}
T['stourmere-nhs-2012-review'] = {
    'organisation': 'Stourmere Community Health NHS Trust', 'assessmentBody': 'emqc',
    'assessments': [stage('review-2', '2012-02-06', '2012-01-17', ['Graham Twelvetrees'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 11, 1, 0), (1, 8, 1, 0)), ov(5, 49, 3, 0),
        cp=['1.1.3', '2.2.2', '3.2.4', '4.2.1', '5.1.2'], pc=['1.3.2', '4.3.5', '5.2.4'], extra_c_stated=['3.3.1'], rest='derived')],
    'notes': 'emqc "2nd Annual Review" (= review-2) of a community health NHS trust. Counts in the SHORTHAND NOTATIONS of real reports: a bordered "RESULT AT A GLANCE" box with "Elements assessed: 57" and "CP: 5 / C: 49 / PC: 3 / NC: 0" on one line; '
             'a score table with the criteria ABBREVIATED "Crit 1" .. "Crit 5" ACROSS, rows C+ / C / PC / NC DOWN (row labels in header cells, blank top-left cell) and an "Overall" column (5 / 49 / 3 / 0) -> byCriterion and overall stated; headings "Compliance Plus (C+ x 5)" and "Partial Compliance (3 x PC)". '
             'C+ and PC elements as bullets "1.1.3 – reason"; "The remaining 49 elements were rated C." -> derived. '
             'Traps: the previous visit\'s counts "At the 1st Annual Review in January 2011 the result was C+ x 4, C x 50, PC x 3 (partials in 1.3.2, 3.3.1 and 4.3.5)"; "3.3.1 is now rated C" (stated compliance); the aim "8 x C+ by the reassessment in January 2013"; '
             '"Trust lead: Mrs Lorna Beattie" is not an assessor; "17 & 18 January 2012"; "See 1.3.3" inside 4.3.5\'s reason (not a rating: derived compliance); "all 57 elements" at the reassessment.',
}
SAMPLE = ['1.1.2', '1.2.1', '1.3.3', '1.3.4', '2.1.2', '2.1.5', '2.2.4', '3.2.2', '3.3.3', '4.1.1',
          '4.2.3', '4.3.4', '5.1.1', '5.2.2', '5.3.2']
T['ottersford-homes-2023-review'] = {
    'organisation': 'Ottersford Homes', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-1', '2023-07-03', '2023-06-13', ['Rukhsana Begum'],
        None, ov(2, 12, 1, 0),
        cp=['1.2.1', '4.3.4'], pc=['5.2.2'], rest='stated', only=SAMPLE)],
    'notes': 'Centre for Assessment "Annual Review Report (Year 1)" (= review-1) of a housing association (Markdown too: a MultiMarkdown METADATA BLOCK "Title: / Author: / Date: / Visit:" at the top, closed ATX headings, and a table with a "[Table 1: ...]" caption line). '
             'A SAMPLED review whose element table lists ONLY the 15 elements assessed (Element / Requirement / Rating / Assessor comment, ratings in full words); "The other 42 elements were not assessed at this visit and are not rated in this report" -> only the 15 are in the truth (stated), the 42 are unrated, not compliant. '
             'Counts of the sample in one sentence: "Of the 15 elements assessed, 2 were rated Compliance Plus, 12 Compliance and 1 Partial Compliance. No element was non-compliant." -> overall (2, 12, 1, 0); no per-criterion counts. '
             'Visit "w/c 12 June 2023 (on site Tuesday 13 and Wednesday 14 June)" -> visitDate 2023-06-13 (the first day on site, not the Monday of the week). '
             'Traps: the 2022 initial result "3 Compliance Plus, 52 Compliance and 2 Partial Compliance (1.3.4 and 3.3.3)" (both sampled, now compliant); "2.1.4, rated Compliance Plus in 2022, was not in this year\'s sample" (omitted); "paragraph 4.5.4 of the association\'s Customer Contact Policy" (a code outside the standard); '
             '"Organisation contact: Declan Farrow" not an assessor; next review "w/c 10 June 2024".',
}
T['lyndale-mbc-2021-cumulative'] = {
    'organisation': 'Lyndale Metropolitan Borough Council', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [
        stage('initial', '2019-03-08', '2019-02-12', ['Alan Cresswell'], None, ov(2, 51, 4, 0),
              cp=['1.2.1', '4.3.1'], pc=['1.3.4', '3.3.2', '4.3.6', '5.2.3'], rest='stated'),
        stage('review-1', '2020-02-26', '2020-02-11', ['Alan Cresswell'], None, ov(3, 52, 2, 0),
              cp=['1.2.1', '2.2.5', '4.3.1'], pc=['1.3.4', '5.2.3'], rest='stated'),
        stage('review-2', '2021-03-01', '2021-02-09', ['Yvonne Asquith'],
              crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(4, 52, 1, 0),
              cp=['1.2.1', '2.2.5', '3.2.3', '4.3.1'], pc=['5.2.3'], rest='stated'),
    ],
    'notes': 'Assessment Services Ltd "Cumulative Assessment Record – Annual Review 2" of a metropolitan borough council: the report is about the latest visit (AR2, remote, 9–10 February 2021) but keeps the earlier visits beside it. '
             'ONE 57-row element table (Ref / Element / "2019 Initial" / "2020 AR1" / "2021 AR2" / "Council target 2022"), ratings C+ / C / PC, criterion banner rows, the header row repeated on every page (thead) -> THREE assessments, every element stated in each ("At each visit the assessor rated every element, so each column below is a complete result"). '
             'A visit-history table gives each visit\'s type, dates, assessor and report-issued date (8 March 2019, 26 February 2020, 1 March 2021); a totals table with a column per visit (2/51/4/0, 3/52/2/0, 4/52/1/0) -> overall per stage; a per-criterion table for 2021 only ("Criterion 1" .. "Criterion 5" rows) -> byCriterion for review-2 only. '
             'Traps: the last column "Council target 2022" holds AIMS (C+ on seven elements, C on 5.2.3), "the Council\'s ambition and not a rating" – not a visit; the assessor changed between AR1 and AR2; "Council lead throughout: Ms Farah Iqbal" not an assessor; "(now Compliance)" for 1.3.4; reassessment "February 2022".',
}
T['elmstead-trading-standards-2009-initial'] = {
    'organisation': 'Elmstead County Council – Trading Standards Service', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('initial', '2009-12-04', '2009-11-17', ['Jonathan P. Ashdown-Reeve', 'Bernadette Okoro-Whyte'],
        None, None, cp=['2.1.3', '4.2.2', '5.1.1'], pc=['1.1.3', '3.3.1', '4.3.5'], rest='derived', documentReviewDate='2009-10-27')],
    'notes': 'Centre for Assessment initial assessment of a county council\'s trading standards service, 2009. The body is written in CAPITALS with LTD ("CENTRE FOR ASSESSMENT LTD") on the cover and in the signature. '
             'Only the C+ and PC elements appear, each under its OWN HEADING in one of two styles – "Element 2.1.3 — Compliance Plus" for C+ and "1.1.3 (Partial)" for PC – followed by the element\'s statement in italics and the justification; closing line "All other elements of the standard were assessed as compliant." -> derived. NO counts anywhere (byCriterion and overall null). '
             'Dates in ISO form on the cover: "Document review 2009-10-27" (= documentReviewDate), "On-site assessment 2009-11-17 to 2009-11-19", "Report date 2009-12-04"; in the text "(17th–19th Nov \'09)". '
             'Assessors with TITLES AND POST-NOMINALS: "Mr Jonathan P. Ashdown-Reeve MA FCIM MInstCPD" (Lead Assessor), "Ms Bernadette Okoro-Whyte BSc (Hons) MCMI". '
             'Traps: "Service contact: Mr Terence Gilligan DipTS" and "Report quality review: Mrs Hilary Stainton, Centre for Assessment Ltd (not a member of the assessment team)" are not assessors; "(see 1.3.5 for the Service\'s wider use of customer feedback, which is good)" inside 4.3.5 is a cross-reference, not a rating (1.3.5 derived); Charter Mark 2004–2009; "November 2010".',
}
T['tarrant-minster-tc-2018-letter'] = {
    'organisation': 'Tarrant Minster Town Council', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('initial', '2018-04-16', '2018-04-05', ['Rhiannon Pryce-Davies'],
        None, ov(2, 52, 3, 0), cp=['2.2.2', '4.3.3'], pc=['1.3.4', '3.1.2', '5.3.2'], rest='derived')],
    'notes': 'SGS United Kingdom Ltd OUTCOME LETTER to a town council after its initial assessment (Markdown too: a plain letter with backslash hard line breaks and a "---" rule under the letterhead). '
             'The holder is named ONLY in the ADDRESS BLOCK ("Mrs Grace Okonjo / Town Clerk / Tarrant Minster Town Council / The Guildhall ..."), directly under SGS\'s letterhead; the letter says "your Council" / "the Council". '
             'Counts in one sentence: "Of the 57 elements of the standard, 2 were assessed as Compliance Plus, 52 as Compliance and 3 as Partial Compliance; none was assessed as Non-Compliance." C+ codes in a sentence ("for 2.2.2 (...) and 4.3.3 (...)"), partials as a bulleted list "1.3.4 – reason". '
             'No "all other elements" sentence: the counts (2 + 3 listed, 52 compliant) make the rest certain -> derived. '
             'Visit "5th & 6th April \'18" (in the subject line and the text). Report date: the letter (23rd April 2018) encloses "Ms Pryce-Davies\'s full report, dated 16th April 2018" -> reportDate 2018-04-16 (judgement, as blind3/blind4: the assessor\'s report date, not the covering paper\'s). '
             'Traps: the letter is signed by "Andrew McNulty, Certification Manager" – NOT the assessor; "cc: Cllr Peter Hamblin, Mayor; Ms Rhiannon Pryce-Davies, Assessor"; "Dear Mrs Okonjo"; certificate GB18/CSE/2291; "Our ref: CSE/18/0412/AMcN"; "April 2019" first annual review; "within 28 days".',
}
T['hollinsclough-rpa-2015-reassessment'] = {
    'organisation': 'Hollinsclough Valley Regional Park Authority', 'assessmentBody': None,
    'assessments': [stage('reassessment', '2015-07-20', '2015-06-24', ['Miriam Castellano-Hart'],
        None, ov(3, 51, 3, 0), cp=['1.2.3', '2.2.4', '4.1.2'], pc=['3.2.2', '4.3.6', '5.3.3'], rest='stated')],
    'notes': 'Reassessment of a regional park authority by an invented body (Trueline Certification Ltd -> null). Landscape A4. The findings are TWO-COLUMN PAGES: a borderless layout table whose LEFT cell holds the element table (Ref / Element / Rating) and whose RIGHT cell (with a rule on its left) holds "Assessor\'s comments"; '
             'one page for criteria 1–2 and one for criteria 3–5, each element table with its own header row (thead) -> all 57 stated. Element codes in the table WITHOUT DOTS: "1 1 1", "4 3 6". '
             'Ratings in the body\'s own words: "Compliant+" (Compliance Plus), "Fully Compliant" (Compliance), "Part Compliant" (Partial Compliance), "Non Compliant" (key only); in the comments "El. 1.2.3 – Compliant+" and the MISSPELLING "El. 2.2.4 – Complaint Plus". '
             'Counts in one line under the second page\'s table: "Totals, all criteria: Compliant+ 3 | Fully Compliant 51 | Part Compliant 3 | Non Compliant 0" -> overall; no per-criterion counts. '
             'Traps: the comments run beside the table, so a PDF line mixes a table row with comment text; "(see 1.3.5)" in a comment; the aim "10 Compliance Plus at its next reassessment in 2018"; "At the 2014 annual review 3 2 2 was already Part Compliant; 5 1 2 was Part Compliant then and is now Fully Compliant"; '
             '"Authority contact: Mr Rhys Penhaligon" not an assessor; "Dr Miriam Castellano-Hart"; "24–26 June 2015"; first certified 2009.',
}
T['penmarric-dc-2026-staff-briefing'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a district council\'s STAFF BRIEFING ("Team Talk, Issue 41, February 2026") before its emqc reassessment in the "week commencing 9 March 2026 (w/c 9 March)", assessor "Mrs Anita Sherwood" from emqc named. It explains the five criteria, 57 elements and the four ratings, gives the visit timetable, '
             'and shows a dashed box "EXAMPLE ONLY – this is not our result" with a small Element / Rating / Why table of made-up findings (1.1.1 Compliance, 2.2.3 Compliance Plus, 4.3.4 Partial Compliance). The aim "We aim for 10 Compliance Plus at this reassessment, and no partial compliances". '
             'Last year\'s annual review is described only in words ("went well ... some areas to work on"), with no ratings or counts.',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
