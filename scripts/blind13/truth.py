# Hand-written truth of the blind13 set (machinery copied from blind12, itself blind11), one compact entry per document, expanded to the
# <stem>.expected.json shape that scripts/check-blind-set.mjs reads (blind4's shape).
# cp / pc / nc: elements the document itself rates that way; extra_c_stated: elements the text
# explicitly calls compliant; derived: {code: rating} for an element whose rating other than
# compliance follows from what the document states without the document rating it (as in
# blind8); rest: the elements left over are compliance
# 'derived' (counts or an "all other elements" sentence make them certain), 'stated' (a table
# rates all 57) or left out (None); only=: the elements the document rates at all (a sampled
# review); omit=: elements the document leaves undeterminable.
import json, os
from common import CODES, OUT

def crit(*rows):
    # rows: (cp, c, pc, nc) for criteria 1..5
    return {str(i + 1): {'nonCompliance': nc, 'partialCompliance': pc, 'compliance': c, 'compliancePlus': cp}
            for i, (cp, c, pc, nc) in enumerate(rows)}

def ov(cp, c, pc, nc):
    return {'nonCompliance': nc, 'partialCompliance': pc, 'compliance': c, 'compliancePlus': cp}

def stage(stage, reportDate, visitDate, assessors, byCriterion=None, overall=None, cp=(), pc=(), nc=(),
          rest='derived', extra_c_stated=(), derived=None, only=None, status='completed', documentReviewDate='absent', omit=()):
    els = []
    rating = {}
    for c, r in (derived or {}).items(): rating[c] = (r, 'derived')
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

def crit_only(k, row):
    # byCriterion for a visit that counted one criterion only (the others null)
    none = {'nonCompliance': None, 'partialCompliance': None, 'compliance': None, 'compliancePlus': None}
    d = {str(i): dict(none) for i in range(1, 6)}
    d[k] = crit(row, row, row, row, row)['1']
    return d

def crit_nulls(rows, keep=('partialCompliance', 'nonCompliance')):
    # byCriterion where only some ratings are counted (the others null)
    d = crit(*rows)
    for k in d:
        for r in list(d[k]):
            if r not in keep:
                d[k][r] = None
    return d

def crit_some(rows):
    # byCriterion for a visit that counted some criteria only: rows {'2': (cp, c, pc, nc), ...}, the others null
    none = {'nonCompliance': None, 'partialCompliance': None, 'compliance': None, 'compliancePlus': None}
    d = {str(i): dict(none) for i in range(1, 6)}
    for k, row in rows.items():
        d[k] = crit(row, row, row, row, row)['1']
    return d

T = {}
T['northfold-school-admissions-2009-initial'] = {
    'organisation': 'Northfold County Council – School Admissions and Pupil Transport Service', 'assessmentBody': 'Centre for Assessment',
    'organisationAlternatives': ['Northfold County Council'],
    'assessments': [stage('initial', '2009-03-13', '2009-02-24', ['Gwen Atherley-Price'],
        crit((0, 10, 1, 0), (0, 10, 1, 0), (1, 11, 0, 0), (1, 11, 1, 0), (0, 9, 1, 0)), ov(2, 51, 4, 0),
        cp=['3.2.1', '4.3.4'], pc=['1.2.3', '2.2.3', '4.1.3', '5.3.2'], rest='stated', documentReviewDate='2009-02-09')],
    'notes': 'Centre for Assessment initial assessment of a county council\'s SCHOOL ADMISSIONS AND PUPIL TRANSPORT service, 2009, as the HOLDER\'S COPY OF A FAXED REPORT, SCANNED AND OCR\'d. A fax cover sheet first (To / Fax no / From / Date "16/03/09" / Pages "7 (including this sheet)" / Re, tick boxes "☒ For information ☐ Please reply ☐ Urgent", a "RECEIVED 17 MAR 2009" stamp), then the report, with a FAX MACHINE HEADER LINE at the top of every page ("16/03/2009 14:2l    01925 555019    CENTRE FOR ASSESS    PAGE 03/07"). '
             'TYPICAL OCR ERRORS in the text and IN THE CODES AND RATING WORDS of the 57-row element table (section 4, over two pages, Ref / Element / Rating): codes "1.1.l", "l.3.1", "2.1 .4", "2.2.I", "3,2.2", "3.4.2.", "4.l.1", "4.3.S", "5.2.l"; ratings "Cornpliance", "Comp1iance", "Compliancc", "Com pliance", "Partial Cornpliance", "Partia1 Compliance", "Partial Compliancc", "Compliance PIus"; headers "Cornpliance", "Elernents", "Tota1"; statements with "custorners", "tbe", "irnprov". Every code and rating is plain to a reader by its shape and its place in the sequence -> all 57 stated: C+ 3.2.1 ("Compliance PIus") and 4.3.4; PC 1.2.3, 2.2.3, 4.1.3, 5.3.2. '
             'Summary: "Of the 57 elernents ... 2 were assessed as Compliance Plus, 5l as Compliance and 4 as Partial Cornpliance. No element was assessed as Non-Compliance" -> overall 2 / 51 / 4 / 0 ("5l" read as 51). "Results by criterion" table with OCR\'d cells "O" (for 0) and "l" (for 1) -> byCriterion; Total row 2 / 51 / 4 / 0. Sections 5 and 6 repeat the PC and C+ codes with reasons. '
             '(Markdown too: the output of an OCR service\'s MARKDOWN MODE (Azure AI Document Intelligence layout style): <!-- PageHeader="16/03/2009 14:21 ... PAGE 01/07" --> and <!-- PageBreak --> comments, ":selected: For information :unselected: Please reply", tables as HTML <table>, the same OCR errors.) '
             'Dates: "Pre-assessment evidence review 9th February 2009" (documentReviewDate), "On-site assessment 24th and 25th February 2009", "Date of report 13th March 2009" (the fax date 16/03/09 and the RECEIVED stamp 17 MAR 2009 are not the report date). Assessor "Gwen Atherley-Price". Stage "lnitial Assessment" (OCR: l for I). Organisation with its service, the Council alone in organisationAlternatives. '
             'Traps: fax header dates, times ("14:2l") and page counters "PAGE 05/07"; fax numbers; a HANDWRITTEN MARGIN NOTE read by the OCR as a line of text "Janet – see l.2.3 & 4.1.3 for the action plan. JE 17/3"; Mrs Janet Ellery (the addressee) not an assessor; reference CFA/CSE/0902/118; Charter Mark since 2005; 311 primary and 38 secondary schools, 9,400 pupils, 94%, 1,120 appeals, 14%; offer day 2nd March 2009; 71%; "February 20l0" first review; wish "Compliance Plus for 1.1.3".',
}
T['raventhorpe-university-accommodation-2019-reassessment'] = {
    'organisation': 'Raventhorpe University – Accommodation and Residential Life', 'assessmentBody': 'SGS United Kingdom',
    'organisationAlternatives': ['Raventhorpe University'],
    'assessments': [stage('reassessment', '2019-05-28', '2019-05-07', ['Neil Cartwright', 'Caroline Pemberton', 'Priya Chandran'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (1, 10, 1, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(5, 49, 3, 0),
        cp=['1.1.2', '2.1.1', '3.4.1', '4.2.2', '5.2.1'], pc=['1.3.3', '3.3.2', '4.3.5'], rest='stated', documentReviewDate='2019-04-23')],
    'notes': 'SGS United Kingdom "Triennial Renewal Assessment (third cycle)" (-> reassessment) of a university\'s ACCOMMODATION AND RESIDENTIAL LIFE service, 2019, by a TEAM OF THREE ASSESSORS WHOSE INITIALS ARE RATING ABBREVIATIONS: Neil Cartwright = NC, Caroline Pemberton = CP, Priya Chandran = PC. '
             'Section 4: five element tables (Ref / Element (abridged) / "Led by" / Rating / Evidence / Comment): the "Led by" column, BEFORE the rating, holds the initials of the assessor who led the element (NC for criterion 1, 4.2 and 5.1; CP for criterion 2, 4.1 and 5.2; PC for criterion 3, 4.3 and 5.3); the Rating column C+ / C / PC / NC. Rows read "1.3.3 … NC PC", "3.3.2 … PC PC", "2.1.1 … CP C+", "4.2.2 … NC C+", "5.3.2 … PC C". The key: "Led by: the initials of the assessor ... (NC Neil Cartwright, CP Caroline Pemberton, PC Priya Chandran); they are not ratings" -> all 57 stated from the Rating column: C+ 1.1.2, 2.1.1, 3.4.1, 4.2.2, 5.2.1; PC 1.3.3, 3.3.2, 4.3.5. '
             'Counts: an "Outcome" box "C+ 5 · C 49 · PC 3 · NC 0 (57 elements)" with, on the next line, "Elements led: NC 17 · CP 19 · PC 21" (NOT counts of ratings); the team table (Initials / Assessor / Role / Elements led 17, 19, 21 / Days on site 3, 2, 3); "Results by criterion" table C+ / C / PC / NC / Elements with a Total row 5 / 49 / 3 / 0 -> byCriterion and overall. Summary names the C+ and PC codes. '
             'Dates: "Pre-visit desk review 23 April 2019" (documentReviewDate), "Tuesday 7 to Thursday 9 May 2019" (visitDate the first day), "Report issued 28 May 2019". Assessors: all three (Lead Assessor and two Assessors). Organisation with its service, the University alone in organisationAlternatives. '
             'Traps: initials in brackets in the narrative ("hall wardens and senior residents (PC, NC)", "international students\' panel (CP)"); "Client representative Dr Helen Oduro" not an assessor; the 2016 reassessment ("three Compliance Plus ratings and two partial compliances; both of those partials (1.3.4 and 5.3.2) are now Compliance"); evidence refs "E3.09"; job number GB19/81774; 4,900 bed spaces, 64 residents, 86%, 78% -> 91%, 98%; action plan by 28 June 2019; hope "Compliance Plus at 3.2.1".',
}
T['saltmead-visitor-information-2012-review'] = {
    'organisation': 'Saltmead Borough Council – Visitor Information Service', 'assessmentBody': None,
    'organisationAlternatives': ['Saltmead Borough Council'],
    'assessments': [stage('review-1', '2012-10-05', '2012-09-18', ['Martin Quarrie'],
        crit((1, 9, 1, 0), (0, 10, 1, 0), (2, 10, 0, 0), (0, 13, 0, 0), (0, 9, 1, 0)), ov(3, 51, 3, 0),
        cp=['1.2.2', '3.1.1', '3.4.3'], pc=['1.3.4', '2.2.5', '5.1.2'], rest='stated')],
    'notes': '"First Anniversary Review" (-> review-1) of a borough council\'s VISITOR INFORMATION SERVICE (three tourist information centres), 2012, by a small INVENTED body, Amberley Standards Assurance Ltd (Arundel) -> assessmentBody null. The body GRADES EVERY ELEMENT A / B / C / D with a key: A = Compliance Plus, B = Compliance, C = PARTIAL COMPLIANCE, D = Non-Compliance ("Please note that grade C is not \\"Compliance\\": it means Partial Compliance"). Five element tables (Ref / Requirement / Grade / Comment) carry ONLY THE LETTER -> all 57 stated: A (C+) 1.2.2, 3.1.1, 3.4.3; C (PC) 1.3.4, 2.2.5, 5.1.2; B (C) the rest. '
             'Counts: "Grades by criterion" table headed A / B / C / D / Elements with an "All criteria" row 3 / 51 / 3 / 0 -> byCriterion and overall; the summary "Three elements were graded A (Compliance Plus) ... Three elements were graded C (Partial Compliance) ... Every other element was graded B (Compliance), and no element was graded D"; "The grade profile for this review is A 3, B 51, C 3, D 0". '
             '(Markdown too: PANDOC MARKDOWN with LINE BLOCKS ("| Amberley Standards Assurance Ltd" / "| 14 Tarrant Street"), a definition list for the details, BRACKETED SPANS for every grade ("[B]{.grade}"), a fenced div "::: {.key}", heading identifiers "{#sec:summary}" and pandoc-crossref captions "Table: Grades by criterion {#tbl:crit}" referenced as "@tbl:crit".) '
             'Dates: "Visit dates 18 and 19 September 2012", "Report date 5 October 2012"; evidence not reviewed separately (no document review; key absent). Assessor "Martin Quarrie". Organisation with its service, the Council alone in organisationAlternatives. '
             'Traps: "The two elements graded C in 2011, 3.2.2 and 4.2.3, are now graded B" (and the same in their comments: C there is last year\'s partial, B this year\'s compliance); "the Old Custom House ..., a Grade II listed building"; VisitEngland accreditation; "The A-boards on Quay Street"; "Mrs Carol Penhale, Visitor Services Manager" not an assessor; 212,000 enquiries, 31%; reference ASA/12/CSE/031; second anniversary review September 2013.',
}
T['hartsmere-waste-recycling-2017-review'] = {
    'organisation': 'Hartsmere District Council – Waste, Recycling and Street Cleansing', 'assessmentBody': 'Assessment Services Ltd',
    'organisationAlternatives': ['Hartsmere District Council'],
    'assessments': [stage('review-2', '2017-07-04', '2017-06-20', ['Deborah Killick-Stone'],
        crit((1, 9, 1, 0), (0, 10, 1, 0), (0, 11, 1, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(3, 50, 4, 0),
        cp=['1.2.1', '4.1.2', '5.3.3'], pc=['1.3.5', '2.2.3', '3.3.2', '4.2.3'], rest='stated', documentReviewDate='2017-06-06')],
    'notes': 'Assessment Services Ltd "Annual Assessment Visit 2 (AAV2)" (-> review-2; "the second annual assessment visit of the cycle, the last before reassessment in 2018") of a district council\'s WASTE, RECYCLING AND STREET CLEANSING service, 2017, in ASL\'s template (cover "Organisation / Service Assessed:", "Prepared by CSE Assessor:", "Report Type:"; Key Information table; strengths and areas for improvement citing elements in brackets). '
             'The 57 ratings are ONLY in Appendix A, an EXCEL PIVOTTABLE pasted from the assessor\'s workbook: report filters "Visit AAV2 2017 ▾" / "Client ...", "Count of ElementID | Column Labels ▾", "Row Labels ▾ | Compliance | Compliance Plus | Partial Compliance | Grand Total" (the rating values as COLUMNS IN ALPHABETICAL ORDER, so Compliance comes before Compliance Plus; NO Non-Compliance column, "No element was rated Non-Compliance, so the pivot has no column for it"), rows in COMPACT OUTLINE FORM: "⊟ 1 Customer Insight 9 1 1 11" (criterion row with subtotals), "⊟ 1.1 Customer Identification 3 3" (sub-criterion subtotals), then element rows labelled with the workbook KEY "C1_S1_E1" (= 1.1.1; "C4_S3_E2 is element 4.3.2") and a "1" in one rating column and in Grand Total; "Grand Total 50 3 4 57" -> all 57 stated; byCriterion from the criterion rows, overall from Grand Total (NC 0 for all: judgement, from the sentence that no element was Non-Compliance). '
             'Narrative: "three elements were assessed as Compliance Plus and four as Partial Compliance; the remaining elements are Compliance" (no codes); strengths cite (1.2.1, 1.2.2), (2.2.2, 2.2.5), (4.1.2), (3.4.1, 3.4.2), (5.3.3) - C+ and compliant elements alike; areas for improvement cite the four PC (1.3.5, 2.2.3, 3.3.2, 4.2.3). '
             'Dates: "Document Review Date 6th June 2017", "Visit Date 20th & 21st June 2017", "Report Date 4th July 2017". Assessor "Deborah Killick-Stone". Organisation with its service, the Council alone in organisationAlternatives. '
             'Traps: SUB-CRITERION SUBTOTAL ROWS in the same columns as the element 1s (e.g. "4.3 Deal Effectively with Problems 6 6"); Appendix B, the same pivot filtered to "AAV1 2016" ("Grand Total 52 2 3 57", "for reference only; it is not the result of this visit"); Project Number PN118204, Client ID C20917; 48,300 households, 620 km, 1,840 and 310 missed bins, 1,150 assisted collections, 99.1%; accredited June 2015; reassessment June 2018.',
}
T['kelsingham-botanic-gardens-2015-initial'] = {
    'organisation': 'Kelsingham Botanic Gardens Trust', 'assessmentBody': 'emqc',
    'assessments': [stage('initial', '2015-12-01', '2015-11-17', ['Alasdair Penhaligon'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (1, 10, 1, 0), (1, 11, 1, 0), (0, 9, 1, 0)), ov(4, 49, 4, 0),
        cp=['1.2.3', '2.1.4', '3.4.2', '4.3.1'], pc=['1.3.4', '3.2.4', '4.2.3', '5.2.2'], rest='stated', documentReviewDate='2015-11-02')],
    'notes': 'emqc "Initial Accreditation Assessment" (-> initial) of a BOTANIC GARDENS charity\'s visitor services, 2015. Section 5: five element tables (Ref / Element (full statement) / Rating) whose RATING CELLS ARE MERGED DOWN RUNS OF CONSECUTIVE ELEMENTS WITH THE SAME RATING (rowspan), the word VERTICALLY CENTRED in the merged cell, runs crossing sub-criterion boundaries and there are no sub-criterion banner rows: criterion 1 runs 1.1.1-1.2.2 Compliance (5 rows), 1.2.3 Compliance Plus, 1.3.1-1.3.3 Compliance, 1.3.4 Partial Compliance, 1.3.5 Compliance; criterion 2: 2.1.1-2.1.3 Compliance, 2.1.4 Compliance Plus, 2.1.5-2.2.5 Compliance (7 rows); criterion 3: 3.1.1-3.2.3, 3.2.4 PC, 3.3.1-3.4.1, 3.4.2 C+, 3.4.3; criterion 4: 4.1.1-4.2.2, 4.2.3 PC, 4.2.4, 4.3.1 C+, 4.3.2-4.3.6; criterion 5: 5.1.1-5.2.1, 5.2.2 PC, 5.2.3-5.3.3 (6 rows). The merged cell rates every row it spans -> all 57 stated. In a text layer a run\'s word sits on the line of one element near the middle of the run and the others have none. '
             'THE C+ CODES ARE WRITTEN ONLY IN THE TABLES (the strengths are described without codes); the four PC codes are also in section 4 "What the Trust should develop" in brackets. Counts in a new shape: "Result 4 – 49 – 4 – 0 (C+ – C – PC – NC)" (the numbers first, the legend after) and a per-criterion table (Compliance Plus / Compliance / Partial Compliance / Non-Compliance, "All" 4 / 49 / 4 / 0) -> byCriterion and overall. '
             'Dates: "Document review Remote, 2 November 2015" (documentReviewDate), "On site 17 and 18 November 2015", "Report issued 1 December 2015". "Lead assessor Alasdair Penhaligon". '
             'Traps: registered charity 1098834; 386,000 visitors, 21,500 member households; Green Flag Award; 14 Plant Heritage National Collections; "the Victorian Palm House, a Grade II* listed glasshouse"; RHS; "Gift Aid take-up is 78%"; five days; first annual review November 2016.',
}
T['tamesbury-youth-justice-2024-review'] = {
    'organisation': 'Tamesbury Borough Council – Youth Justice Service', 'assessmentBody': 'Centre for Assessment',
    'organisationAlternatives': ['Tamesbury Youth Justice Service', 'Tamesbury Borough Council'],
    'assessments': [stage('review-1', '2024-10-18', '2024-10-01', ['Sunita Varghese-Laird'],
        None, ov(2, 16, 2, None),
        cp=['1.1.3', '3.4.1'], pc=['1.3.4', '4.3.4'], rest='stated',
        only=['1.1.1', '1.1.3', '1.2.2', '1.3.2', '1.3.4', '2.1.1', '2.2.2', '2.2.5', '3.2.1', '3.2.3', '3.3.1', '3.4.1',
              '4.1.3', '4.2.1', '4.3.1', '4.3.3', '4.3.4', '5.1.1', '5.2.4', '5.3.2'], documentReviewDate=None)],
    'notes': 'Centre for Assessment Annual Review 1 (-> review-1) of a borough council\'s YOUTH JUSTICE SERVICE, 2024, issued from a WORD TEMPLATE OF CONTENT CONTROLS WITH THE UNFILLED CONTROLS STILL SHOWING THEIR PLACEHOLDER TEXT (grey): every element\'s rating is a drop-down showing its value for the 20 elements sampled and "Choose an item." for the 37 not assessed; empty text fields "Click or tap here to enter text." (CfA reference, Co-assessor, Technical reviewer, every cell of the "Profile by criterion" table, the Non-Compliance cell of the profile table); empty date pickers "Click or tap to enter a date." (Document review date; the technical reviewer\'s date); "Next visit: Choose an item.". '
             'Section 4: 57 rows in five tables (Element / Requirement / "Rating this review" / Evidence and comment); only the 20 sampled rows have a rating -> only those 20 in the truth, all stated: C+ 1.1.3, 3.4.1; PC 1.3.4, 4.3.4; Compliance 1.1.1, 1.2.2, 1.3.2, 2.1.1, 2.2.2, 2.2.5, 3.2.1, 3.2.3, 3.3.1, 4.1.3, 4.2.1, 4.3.1, 4.3.3, 5.1.1, 5.2.4, 5.3.2; the 37 "Choose an item." rows are NOT rated (not Compliance). '
             'Counts: "Profile of the elements assessed at this review" 2 / 16 / 2 / [placeholder] / "Elements assessed 20" -> overall C+ 2, C 16, PC 2, NC NULL (the placeholder states nothing; judgement); the per-criterion table is all placeholders -> byCriterion null. Summary names the C+ and PC codes and says the two partials of the 2023 initial assessment, 1.3.2 and 4.1.3, "are now met" (in the sample, Compliance). '
             'Dates: "Visit date(s) 01/10/2024 – 02/10/2024" (visitDate the first), "Report date 18/10/2024"; "Document review date: Click or tap to enter a date." -> documentReviewDate null. Lead assessor "Sunita Varghese-Laird"; no co-assessor (placeholder). Organisation with its service; "Tamesbury Youth Justice Service" and the Council in organisationAlternatives. '
             'Traps: the placeholders where a value would be (a reader must not take "Choose an item." as a rating or the empty NC cell as 0); 1.3.2 and 4.1.3 comments "Partial Compliance at the initial assessment ... Now Compliance"; 118 children, 64 first-time entrants, 31.2% reoffending, 93%; "Overall recommendation Continued certification".',
}
T['west-harrowdale-coroners-2011-review'] = {
    'organisation': 'West Harrowdale Coroner’s Service', 'assessmentBody': 'Assessment Services Ltd',
    'organisationAlternatives': ["West Harrowdale Coroner's Service", 'West Harrowdale Coroner’s Office'],
    'assessments': [stage('review-2', '2011-12-14', '2011-11-29', ['Hugh Pennington-Clarke'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(2, 52, 3, 0),
        cp=['1.1.3', '2.2.2'], pc=['3.1.2', '4.3.5', '5.1.2'], rest='stated', documentReviewDate='2011-11-15')],
    'notes': 'G4S Assessment Services (= Assessment Services Ltd) "REPORT OF THE SECOND ANNUAL MAINTENANCE REVIEW" (-> review-2) of a county CORONER\'S SERVICE, 2011, in a LEGAL HOUSE STYLE WHERE EVERY PARAGRAPH IS NUMBERED IN THREE LEVELS (1.1.1, 2.1.3, 4.3.2 ...), so the report\'s own paragraph numbers have the shape of element codes and START THE LINES THAT CARRY RATINGS. '
             'Section 5 "SCHEDULE OF RATINGS": 57 numbered paragraphs "5.<criterion>.<n>    Element <code> (<abridged statement>): <rating>." ("5.1.1 Element 1.1.1 (...): Compliance.", "5.1.3 Element 1.1.3 (...): Compliance Plus.", "5.2.9 Element 2.2.2 (...): Compliance Plus.", "5.3.2 Element 3.1.2 (...): Partial Compliance.", "5.4.12 Element 4.3.5 ...: Partial Compliance.", "5.5.2 Element 5.1.2 ...: Partial Compliance.") -> all 57 stated by the code after "Element", NOT the paragraph number: C+ 1.1.3, 2.2.2; PC 3.1.2, 4.3.5, 5.1.2. Paragraph numbers 5.1.1-5.1.2, 5.2.1-5.2.5 and 5.3.1-5.3.3 are valid codes of other elements (e.g. paragraph 5.3.2 holds 3.1.2\'s Partial Compliance while element 5.3.2 is Compliance). '
             'Section 4 findings also numbered: "4.1.2 In respect of element 1.1.3 ... Element 1.1.3 is rated Compliance Plus", "4.2.1 In respect of element 2.2.2 ...", "4.3.1 In respect of element 3.1.2 ... Partial Compliance", "4.3.2 ... element 4.3.5 ...", "4.3.3 ... element 5.1.2 ...". Counts in words, paragraph "3.1.1 Of the fifty-seven elements ..., two are rated Compliance Plus, fifty-two ... Compliance and three ... Partial Compliance. No element is rated Non-Compliance" and "Table 1: Ratings by criterion" (Total 2 / 52 / 3 / 0) -> overall and byCriterion. '
             '(Markdown too: LEANPUB FLAVOURED MARKDOWN (Markua-style book source): {frontmatter} / {mainmatter} / {backmatter}, {pagebreak}, "A>" and "I>" asides, {caption: "Table 1: ..."} before the pipe table; the numbered paragraphs as plain lines "5.3.2 Element 3.1.2 (...): Partial Compliance.".) '
             'Dates in legal form: "examined on the 15th day of November 2011" (documentReviewDate), "the 29th and 30th days of November 2011" (visitDate the first), "Signed this 14th day of December 2011" (reportDate). Assessor "Mr Hugh Pennington-Clarke". '
             'Traps: "paragraph 3.1.1", "paragraphs 4.3.1 to 4.3.3", "section 5" cross-references; "The element rated Partial Compliance at the first annual review in 2010, 4.1.3, is now rated Compliance" (paragraph 3.2.1); "Mrs Angela Threlkeld, Coroner\'s Officer Manager" not an assessor; "Coroners and Justice Act 2009"; 2,214 reports of death, 381 inquests; reference G4S/CSE/11/2207; reassessment November 2012.',
}
T['lowmoor-urgent-care-2026-press-release'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: an NHS 111 and GP out-of-hours provider\'s NEWS RELEASE ("NEWS RELEASE", "EMBARGOED UNTIL 00:01 THURSDAY 19 MARCH 2026", "Issued: Tuesday 17 March 2026") announcing that it has been reaccredited to Customer Service Excellence after "a three-day reassessment by SGS United Kingdom from 10 to 12 February 2026, led by assessor Rachel Oyinlola": "fully compliant with 47 of the standard\'s 57 requirements", "nine ... Compliance Plus", one partially compliant (described, no code); a box "The nine areas rated Compliance Plus" with codes 1.1.3, 1.2.2, 2.1.1, 2.2.4, 3.4.1, 4.2.2, 4.3.4, 5.2.1, 5.3.2; "At its last reassessment, in 2023, ... six Compliance Plus ratings and two partial compliances"; quotes from the Chief Executive (Dr Amrit Sandhu) and the Patient Forum chair; "The full assessment report will be published ... after it has been presented to the Board on 26 March 2026"; "ENDS"; media contact; NOTES TO EDITORS (about the CIC, 1,140,000 calls, 640 staff; about the standard: "five criteria and 57 elements ... rated Compliance Plus, Compliance, Partial Compliance or Non-Compliance"; about SGS; a photo caption naming three staff); suggested social media posts ("9 x Compliance Plus", "9 Compliance Plus, 0 non-compliance").',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
