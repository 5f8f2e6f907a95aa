# Hand-written truth of the blind9 set, one compact entry per document, expanded to the
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

C4 = [c for c in CODES if c.startswith('4.')]

T = {}
T['sallowfield-planning-2019-reassessment'] = {
    'organisation': 'Sallowfield District Council – Planning and Building Control', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('reassessment', '2019-07-05', '2019-06-12', ['Gareth Pryce-Lewis', 'Anjali Ramaswamy'],
        crit((2, 9, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (1, 8, 1, 0)), ov(5, 50, 2, 0),
        cp=['1.1.3', '1.2.2', '2.2.5', '4.2.4', '5.3.3'], pc=['3.2.3', '5.2.4'], rest='stated', documentReviewDate='2019-05-28')],
    'notes': 'Assessment Services Ltd "Re-assessment (year 3 of the certification cycle)" of a district council\'s planning and building control service, 2019, in which every element is SCORED ON A FOUR-POINT SCALE: section 2 "The scoring scale" is the key (4 Compliance Plus, 3 Compliance, 2 Partial Compliance, 1 Non-Compliance: "The score replaces the rating words in the tables of this report"), and the element tables (one per criterion: Ref / Element / Score / Assessor commentary) hold only the number -> all 57 stated (4 -> compliance-plus, 2 -> partial). '
             '(Markdown too: a Hugo page with TOML front matter between "+++" lines, a "{{< note >}}" shortcode and pipe tables with the Score column right-aligned.) '
             '"Score profile": "Score 4 | 5", "Score 3 | 50", "Score 2 | 2", "Score 1 | 0" -> overall 5 / 50 / 2 / 0; the per-criterion table "Scored 4 | Scored 3 | Scored 2 | Scored 1 | Elements | Total score | Mean score" -> byCriterion (the total and mean scores are not counts: 35, 34, 35, 40, 30; 3.18 ...; whole standard 174 and 3.05). '
             'Dates: "Desk-top review of evidence 28th May 2019" (documentReviewDate), "On-site assessment 12th – 14th June 2019", "Date of this report 5th July 2019". Assessors "Gareth Pryce-Lewis MCIM (Lead Assessor)<br>Anjali Ramaswamy (Assessor)". '
             'Traps: each criterion\'s "Criterion N total score: 35 (mean 3.18)" line under its table; "The total score is 174 out of a possible 228, a mean of 3.05, up from 3.02"; the 2018 second annual review "scored 4 on three elements (1.1.3, 1.2.2 and 4.2.4) and 2 on two (3.2.3 and 3.3.2). 3.3.2 now scores 3"; the Council\'s own measures "89% ... within eight weeks (target 85%)", "64% of the local market"; the wish "to score 4 for 3.3.2 at the next cycle"; "Council contact: Ms Bethan Corrie" not an assessor; report reference ASL/CSE/19/0613.',
}
T['cullerton-adult-care-contact-2014-review'] = {
    'organisation': 'Cullerton Metropolitan Borough Council – Adult Social Care Contact Centre', 'assessmentBody': 'emqc',
    'assessments': [stage('review-1', '2014-03-07', '2014-02-19', ['Helen Ashby-Croft'],
        crit((1, 10, 0, 0), (0, 10, 1, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), None,
        cp=['1.3.2', '3.4.1'], pc=['2.2.4', '4.3.5', '5.2.2'], extra_c_stated=['5.1.1'], rest='derived')],
    'notes': 'emqc "Annual Review – Year 1" (-> review-1) of a metropolitan borough council\'s adult social care contact centre, 2014, written as narrative: one section per criterion with a paragraph per sub-criterion citing codes as evidence ("(1.1.1, 1.1.2)": not ratings), the Compliance Plus and Partial Compliance elements named in bold ("1.3.2 is rated Compliance Plus", "2.2.4 is rated Partial Compliance"), and a sentence per criterion "All other elements of Criterion 1 were assessed as Compliance" -> the rest compliance derived. '
             'EACH CRITERION\'S SECTION ENDS WITH A SMALL SUMMARY BOX naming only the ratings present: "Criterion 1 – 1 C+, 10 C", "Criterion 2 – 10 C, 1 PC", "Criterion 3 – 1 C+, 11 C", "Criterion 4 – 12 C, 1 PC", "Criterion 5 – 9 C, 1 PC" (the key "C+ = Compliance Plus, C = Compliance, PC = Partial Compliance, NC = Non-Compliance" is on the contents page) -> byCriterion, with 0 for the ratings a box leaves out (each box adds up to its criterion\'s elements). There is NO overall table and no overall count anywhere -> overall null (judgement: the boxes are not summed). '
             'Dates: "Wednesday 19th and Thursday 20th February 2014", "Report issued 7th March 2014"; no document review (key absent). '
             'Traps: the 2013 initial assessment "Compliance Plus for 1.3.2, and was partially compliant in 2.2.4 and 5.1.1. 5.1.1 is now compliant" (5.1.1 stated compliance); "(see also 5.2.2 below)" in 4.3.5\'s paragraph; the hope "to add Compliance Plus for 4.2.2" by the second annual review (February 2015); "Centre contact: Mr Rizwan Chaudhry" not an assessor; emqc reference CSE-1311-CUL; 61,000 calls, 38 advisers.',
}
T['dunmere-pct-2008-initial'] = {
    'organisation': 'Dunmere Primary Care Trust', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('initial', '2008-12-19', '2008-12-02', ['Robin Halloran', 'Ngozi Eze-Whitfield'],
        crit((0, 10, 1, 0), (1, 10, 0, 0), (0, 10, 2, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(2, 51, 4, 0),
        cp=['2.1.1', '4.3.4'], pc=['1.1.3', '3.3.1', '3.4.3', '5.1.2'], rest='stated', documentReviewDate='2008-11-10')],
    'notes': 'SGS United Kingdom Ltd initial assessment ("Initial Assessment (transfer from Charter Mark)") of a primary care trust in December 2008. Section 5 is ONE LONG TABLE (El. / Requirement / Compliance level / Evidence / comments, header repeated on each page) in which the ELEMENT CODE IS SPLIT OVER MERGED ROWS: a criterion banner row spanning all four columns ("CRITERION 1 – CUSTOMER INSIGHT"), a sub-criterion row spanning all four ("1.1  Customer Identification"), then element rows numbered only "1", "2", "3" in the El. column; the note above it: "element 3 under 1.1 Customer Identification is element 1.1.3 of the standard" -> all 57 stated from the Compliance level column ("Compliance Plus" / "Compliance" / "Partial Compliance"). '
             'Only six codes are written whole anywhere (the summary\'s C+ and PC), so the text layer of the element table has no full codes; the table runs over four pages in both PDFs and the element rows at the top of a page have no sub-criterion row above them on that page; LibreOffice wraps "Partial / Compliance" in its cell. '
             'Section 4 per-criterion table (Compliance Plus / Compliance / Partial Compliance / Non-Compliance / Elements, Total 2 / 51 / 4 / 0 / 57) -> byCriterion and overall. Dates: "Pre-assessment (desk review) 10 November 2008" (documentReviewDate), "On-site assessment 2nd – 4th December 2008", "Report date 19 December 2008". Assessors in two rows: "Lead Assessor Robin Halloran BSc MCIM", "Assessor Dr Ngozi Eze-Whitfield". '
             'Traps: Charter Mark "from 2005 until 2008"; the Annual Health Check rating "Good"; "The partial compliances will be followed up at the first annual review in December 2009"; SGS job number GB08/41187; the address "DN4 2QT".',
}
T['jobcentre-plus-wealdmoor-2010-review'] = {
    'organisation': 'Jobcentre Plus – Wealdmoor District', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-2', '2010-12-03', '2010-11-16', ['Christopher Adeyemi-Boyd'],
        None, ov(3, 53, 1, 0), cp=['1.2.1', '2.2.2', '4.1.3'], pc=['3.2.2'], extra_c_stated=['5.2.3'], rest='stated')],
    'notes': 'G4S Assessment Services (= Assessment Services Ltd) "24 Month Review (second annual surveillance visit)" (-> review-2) of a Jobcentre Plus district, 2010. Each criterion has its own page laid out in TWO COLUMNS: the assessor\'s narrative in the left-hand column and, in a box floating in the RIGHT-HAND COLUMN (a frame in the .docx), "Element ratings – Criterion N" as a two-column table (Element / Rating) of every element of the criterion -> all 57 stated ("Compliance Plus" / "Compliance" / "Partial Compliance"). '
             'In the text layer of both PDFs the narrative lines and the rating rows share lines ("something exceptional. Customer forums in each of the nine       1.1.1   Compliance"); in the LibreOffice PDF the first paragraph runs the full width above the box. The contents page says "the assessor\'s findings are in the left-hand column and the rating of every element of the criterion is in the right-hand column". '
             '"Overall result" table (Compliance Plus 3 / Compliance 53 / Partial Compliance 1 / Non-Compliance 0 / Total 57) -> overall; no per-criterion counts (byCriterion null). Dates: "Date(s) of visit 16–17 November 2010", "Date of report 3rd December 2010"; no document review (key absent). '
             'Traps: the narrative repeats ratings in the left column ("I have therefore rated 1.2.1 Compliance Plus", "2.2.2 remains at Compliance Plus, as at the 12 month review", "(3.2.2 – Partial Compliance)"), and "At the 12 month review 5.2.3 was partially compliant; ... 5.2.3 is compliant" (stated compliance); initial assessment November 2008, 12 month review November 2009, reassessment "due in November 2011" and the wish for "Compliance Plus for 4.3.4"; "87% of its Job Outcome target"; "(see 4.1.3 above)"; "District contact: Mrs Janice Threlfall" not an assessor; certificate "G4S-CSE-08-0219".',
}
T['fellgate-adult-learning-2021-review'] = {
    'organisation': 'Fellgate County Council – Adult Learning Service', 'assessmentBody': None,
    'assessments': [stage('review-1', '2021-03-26', '2021-03-09', ['Imogen Strachan-Holt'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(4, 51, 2, 0),
        cp=['1.2.2', '2.1.4', '3.3.1', '4.2.2'], pc=['1.3.4', '5.3.1'], rest='stated', documentReviewDate='2021-03-01')],
    'notes': '"Year 1 Annual Review" (-> review-1) of a county council\'s adult learning service by an invented body (LARCHFIELD ASSURANCE LTD -> null), 2021, one remote day and one on site. The element ratings are given ONLY in a HEAT-MAP (section 4): a grid with a criterion banner row and a row per sub-criterion, columns "El. 1" .. "El. 6", each element a coloured cell holding its code and a ONE-LETTER rating ("1.2.2" over "E" on dark blue, "1.3.4" over "P" on amber), cells beyond a sub-criterion\'s elements blank; the legend maps colour and letter: E = Compliance Plus ("exceeds the requirement"), C = Compliance, P = Partial Compliance, N = Non-Compliance -> all 57 stated (judgement: P is partial, not plus; E is Compliance Plus). '
             'In the text layer each grid row is two lines, the codes over the letters. (Markdown too: the grid as a pipe table of emoji squares with code and letter, "🟦 1.2.2 **E**", the legend as a bullet list "🟦 **E** – Compliance Plus".) '
             'Section 5 per-criterion table with the letters as column heads (E / C / P / N) and an "All criteria" row 4 / 51 / 2 / 0 -> byCriterion and overall; the summary says "Four elements exceed it (Compliance Plus) and two are partly met; every other element is met". '
             'Dates: "Pre-visit evidence review 1 March 2021" (documentReviewDate), "Tuesday 9 March 2021 (remote) and Wednesday 10 March 2021 (on site ...)", "Report 26/03/2021". '
             'Traps: a second coloured table, the Service\'s own learner satisfaction by centre (green / yellow / amber percentages, "not CSE ratings"); the February 2020 initial assessment\'s partials 1.3.4 and 3.2.3 and C+ 1.2.2 and 3.3.1, "3.2.3 is now C", "1.3.4 is still P"; Ofsted "graded 2 (good)"; "Service contact: Mr Alun Gethin" not an assessor.',
}
T['coombe-marsh-housing-options-2017-2018-combined'] = {
    'organisation': 'Coombe Marsh District Council – Housing Options Service', 'assessmentBody': 'Centre for Assessment',
    'assessments': [
        stage('review-2', '2017-11-24', '2017-11-07', ['Lorraine Ebbw-Davies'],
              crit((1, 9, 1, 0), (1, 10, 0, 0), (0, 12, 0, 0), (0, 11, 1, 1), (0, 10, 0, 0)), ov(2, 52, 2, 1),
              cp=['1.1.2', '2.2.3'], pc=['1.2.3', '4.1.2'], nc=['4.3.2'],
              extra_c_stated=[c for c in C4 if c not in ('4.1.2', '4.3.2')], rest='derived'),
        stage('reassessment', '2018-03-29', '2018-03-13', ['Declan Fairweather'],
              crit_only('4', (1, 12, 0, 0)), ov(1, 12, 0, 0), cp=['4.3.4'], only=C4, rest='stated', documentReviewDate=None),
    ],
    'notes': 'Centre for Assessment COMBINED REPORT of TWO VISITS to a district council\'s housing options service, in separate parts, each with its own assessor, dates, ratings and sign-off. '
             'Part A "Annual Review 2 (AR2)" (-> review-2): "Visit dates 7th & 8th November 2017", "Report date (Part A) 24th November 2017", "Mrs Lorraine Ebbw-Davies, Lead Assessor"; C+ table (1.1.2, 2.2.3), "Partial Compliance and Non-Compliance" table (1.2.3 and 4.1.2 Partial Compliance, 4.3.2 Non-Compliance), "All other elements were assessed as Compliance" -> the rest derived, except that Part B\'s "AR2 rating (Nov 2017)" column states the AR2 rating of every Criterion 4 element (its 11 compliant ones stated), and "(See also 4.3.4, which is compliant.)"; per-criterion table with Total 2 / 52 / 2 / 1 -> byCriterion and overall. Certification suspended because of the NC. No document review date (key absent). '
             'Part B "Partial Reassessment (Criterion 4), following the Non-Compliance at AR2" (judgement: stage reassessment, the body\'s word, although it covers one criterion and the cycle\'s full reassessment is "in November 2018"): "Mr Declan Fairweather MCIM", "Visit date Tuesday 13th March 2018", "Report date (Part B) 29th March 2018", "Evidence submitted 26th February 2018" (the Service\'s submission, not a review date -> documentReviewDate null, judgement); the 13 elements of Criterion 4 in a table with BOTH the AR2 rating and the "Rating at this visit" (4.3.2 Non-Compliance -> Compliance, 4.1.2 Partial -> Compliance, 4.3.4 Compliance -> Compliance Plus) -> only those 13 elements, stated; "Of the 13 elements of Criterion 4: Compliance Plus 1, Compliance 12, Partial Compliance 0, Non-Compliance 0" -> overall 1 / 12 / 0 / 0 and byCriterion for criterion 4 only (the other criteria null). "Criteria 1, 2, 3 and 5 were not reassessed and their AR2 ratings stand". '
             'Traps: Part C "Position after both visits": "three elements at Compliance Plus (1.1.2, 2.2.3 and 4.3.4), one Partial Compliance (1.2.3) and 53 at Compliance" (a merged position, neither visit\'s counts) and "Certification reinstated ... on 6th April 2018"; the reassessment November 2015 and AR1 November 2016; "Service contact: Mr Nathan Oyelaran" not an assessor; the cover "Part A – Annual Review 2, November 2017 / Part B – Partial Reassessment (Criterion 4), March 2018".',
}
T['harnham-careers-2026-reassessment'] = {
    'organisation': 'University of Harnham – Careers and Employability Service', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2026-02-20', '2026-02-03', ['Priyanka Sandhu-Morel', 'Owain Prydderch'],
        None, ov(6, 50, 1, 0), cp=['1.2.2', '1.3.5', '2.1.3', '3.4.2', '4.2.4', '5.2.3'], pc=['3.3.2'], extra_c_stated=['5.1.1'],
        rest='derived', documentReviewDate='2026-01-22')],
    'notes': 'SGS United Kingdom Ltd reassessment ("Reassessment (cycle 4)") of a university careers service, 2026, whose ratings are given ONLY IN RUNNING PROSE GROUPED BY CRITERION, with no element table and no per-criterion table: "Under Criterion 1 every element was met, with 1.2.2 and 1.3.5 at Compliance Plus."; "Under Criterion 2 every element was met, with 2.1.3 at Compliance Plus."; "Under Criterion 3 all elements were met except 3.3.2, which is partially compliant, and 3.4.2 reached Compliance Plus."; "Criterion 4 was fully met, and 4.2.4 is rated Compliance Plus ..."; "Under Criterion 5 everything was met, with 5.2.3 at Compliance Plus" -> the named elements stated, every other element compliance derived (judgement: "every element was met" is read like "all other elements were compliant"). '
             '(Markdown too: a Quarto document, YAML front matter with author affiliation, date-format and docx / pdf format options, "::: {.callout-note}" and "::: {.callout-tip}" fenced divs, a footnote "[^prev]" naming the earlier SGS reports of 14 February 2023, 12 February 2024 and 10 February 2025.) '
             'The summary: "In all, six elements reached Compliance Plus and one was partially compliant; the other fifty were compliant, and none was non-compliant" -> overall 6 / 50 / 1 / 0; byCriterion null. Dates: "Evidence portal reviewed 22 January 2026" (documentReviewDate), "On-site assessment Tuesday 3 to Thursday 5 February 2026", "Report date 20 February 2026". Team "Ms Priyanka Sandhu-Morel FCIM (Lead Assessor); Owain Prydderch (Assessor)". '
             'Traps: the 2023 reassessment\'s "four Compliance Plus ratings (1.2.2, 1.3.5, 4.2.4 and 5.2.3) and one partial compliance (5.1.1)", "5.1.1 was found compliant, and it remains so" (stated compliance), "2.1.3 and 3.4.2 are new at Compliance Plus"; satisfaction 93% (target 90%), Graduate Outcomes 58%, 95% within five working days; the hope for "Compliance Plus for 3.2.1 and 4.3.4"; first annual review "February 2027"; "University contact: Dr Marguerite Osei" not an assessor; SGS reference GB26/CSE/00417.',
}
T['kingsferry-bc-2024-certificate'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: Centre for Assessment\'s CERTIFICATE PACK for a borough council after its 2024 reassessment: a covering letter from the Certification Manager (17 April 2024, "issued following the reassessment carried out by our assessor, Mrs Joanne Kettering MCIM, on 12–14 March 2024, and the Certification Panel\'s decision of 10 April 2024"; "the certificate and schedule are not the assessment report: the findings, ratings and areas for development are in the report of the reassessment dated 28 March 2024, which Mrs Kettering sent to you separately"), '
             'the CERTIFICATE OF REGISTRATION (holder, scope, certificate number CFA-CSE-15-0388, original certification 14 April 2015, issue 17 April 2024, expiry 16 April 2027), a SCHEDULE (scope, sites, "Basis of certification: Reassessment, 12–14 March 2024", the three Compliance Plus elements 1.1.3, 2.2.2 and 4.3.4 with their requirements, "The schedule does not list the ratings of other elements", a certificate history of ten visits 2015–2024 with dates and outcomes) and the conditions of use of the CSE mark.',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
