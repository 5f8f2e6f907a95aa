# Hand-written truth of the blind8 set, one compact entry per document, expanded to the
# <stem>.expected.json shape that scripts/check-blind-set.mjs reads (blind4's shape).
# cp / pc / nc: elements the document itself rates that way; extra_c_stated: elements the text
# explicitly calls compliant; derived: {code: rating} for an element whose rating other than
# compliance follows from what the document states without the document rating it (blind8's
# change log: a 2018 Compliance Plus carried forward); rest: the elements left over are compliance
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

T = {}
T['kellingford-community-health-2012-initial'] = {
    'organisation': 'Kellingford Community Health NHS Trust', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('initial', '2012-02-24', '2012-02-07', ['Morwenna Castleton', 'Idris Wexley-Price'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (1, 10, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 51, 3, 0),
        cp=['1.2.2', '3.4.1', '4.3.2'], pc=['1.3.4', '3.2.3', '5.3.2'], rest='stated', documentReviewDate='2012-01-16')],
    'notes': 'Centre for Assessment initial assessment of a community health NHS trust, written in the body\'s Word FORM WITH CHECKBOXES (Markdown too: GitHub-flavoured, every element a "#### 1.1.1" heading, the statement as a blockquote and a TASK LIST "- [ ] Compliance Plus / - [x] Compliance / - [ ] Partial Compliance / - [ ] Non-Compliance"). '
             'Section 4 has one table per criterion (Element / Requirement / "Judgement (tick one)" / Assessor\'s comments) with sub-criterion banner rows; every Judgement cell holds ALL FOUR rating words on four lines, one ticked: "☐ Compliance Plus ☒ Compliance ☐ Partial Compliance ☐ Non-Compliance" (☒ = ticked, explained once above the tables) -> all 57 stated. In the LibreOffice PDF "Partial / Compliance" wraps inside the cell, so each row has five lines of options beside the wrapped statement and comment. '
             'The form\'s other fields are checkboxes too: "Type of assessment ☒ Initial assessment ☐ 12-month review ☐ 24-month review ☐ Reassessment ☐ Other" (-> initial), "Previous accreditation ☐ Charter Mark ☒ None", "☒ Completed" quality check, logo "☒ Not applicable", recommendation "☒ Certification recommended ☐ ... ☐ Certification not recommended". '
             'Section 2 per-criterion table (Compliance Plus / Compliance / Partial Compliance / Non-Compliance, Total row 3 / 51 / 3 / 0) -> byCriterion and overall. Dates dd/mm/yyyy: "Document review (desk) completed 16/01/2012" (documentReviewDate), on site "7, 8 and 9 February 2012", report "24/02/2012". '
             'Traps: 1.1.3\'s comment "The Trust aims to reach Compliance Plus here at the 12-month review; it is not there yet" (ticked Compliance); 1.3.3\'s "See 1.3.4, which is only partly met"; 3.4.1\'s "See also 3.4.2"; 4.3.4\'s "(see 4.3.2)"; the quality check "J. Ferreira, 22/02/2012" and "Trust contact: Sunita Raval, Head of Patient Experience" are not assessors; the form\'s instructions name all four ratings on the cover; the Trust\'s satisfaction 94% / target 95%.',
}
T['harrowby-homes-2019-review'] = {
    'organisation': 'Harrowby Homes', 'assessmentBody': 'emqc',
    'assessments': [stage('review-1', '2019-09-27', '2019-09-03', ['Deborah Njoku-Harte'],
        crit((1, 10, 0, 0), (2, 9, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 10, 0, 0)), ov(4, 52, 1, 0),
        cp=['2.1.3', '4.2.3'], pc=['3.3.2'], extra_c_stated=['1.2.3', '4.3.4', '5.2.2', '3.3.1', '3.2.4'],
        derived={'1.1.3': 'compliance-plus', '2.2.2': 'compliance-plus'}, rest='derived', documentReviewDate=None)],
    'notes': 'emqc First Annual Review (AR1 = review-1) of a housing association that CHANGED ITS NAME between visits: cover "Harrowby Homes" with "(formerly Harrowby and District Housing Trust)" under it; the 2018 reassessment was of "Harrowby and District Housing Trust" and its report was issued under that name -> organisation is the current name. (Markdown too: GitHub-flavoured with "> [!NOTE]" / "> [!IMPORTANT]" alerts, a pipe table whose rating cells read "PC -> C" with ASCII arrows and a "<br>" in the header, a reference-style link.) '
             'The report is a CHANGE LOG: "This report records only the elements whose rating has CHANGED since the 2018 reassessment ... Every element not listed in the change log keeps the rating given at the 2018 reassessment". Table 3 (Element / Subject / "Rating 2018 → 2019" / Change ▲ up ▼ down / comment) holds BOTH ratings in one cell: 1.2.3 "PC → C", 2.1.3 "C → C+", 3.3.2 "C → PC", 4.2.3 "C → C+", 4.3.4 "C+ → C", 5.2.2 "PC → C" -> the rating AFTER the arrow, stated. '
             'Section 6 restates the 2018 position "for reference" (C+ 1.1.3, 2.2.2, 4.3.4; PC 1.2.3, 5.2.2; all other elements Compliance; 3 / 52 / 2 / 0) with its own per-criterion "Table 4 – 2018 reassessment by criterion (for reference only)". '
             'So 1.1.3 and 2.2.2 are Compliance Plus now, DERIVED (not in the change log, C+ in 2018; judgement: the document never rates them for 2019 in words, only carries them forward), 4.3.4 is Compliance (changed), and the rest are compliance derived. The summary "four Compliance Plus ratings and one Partial Compliance; the other 52 elements are compliant and no element is non-compliant" and Table 2 (2019, 4 / 52 / 1 / 0) agree -> byCriterion from Table 2, not Table 4. '
             '3.3.1 ("See also 3.3.1, which remains compliant") and 3.2.4 ("(3.2.4, compliant)") are stated compliance. Prose "1.2.3 was PC, now C; ... 4.3.4 was C+, now C". '
             'Dates: "On site: the 3rd–5th of Sept. 2019" (-> 2019-09-03), "Report issued 27th Sept. 2019", "Pre-visit evidence review: w/e 23/08/19" (week ending, no day of the review -> documentReviewDate null, judgement); 2018 reassessment "18–20 September 2018", its report "12 October 2018"; certificate reissued "15/05/2019". '
             'Traps: "emqc Client Manager: Sam Ledbetter" and "Association contact: Karen Whitlow" not assessors; the aim "regain Compliance Plus for 4.3.4 and ... clear 3.3.2 by the second annual review".',
}
T['tidewater-college-2009-initial'] = {
    'organisation': 'Tidewater College', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('initial', '2009-12-11', '2009-11-24', ['Malcolm Ferrand'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(2, 52, 3, 0),
        cp=['1.1.3', '3.3.1'], pc=['1.3.4', '4.2.3', '5.2.2'], rest='stated', documentReviewDate=None)],
    'notes': 'SGS United Kingdom initial assessment of a further education college, 2009, with findings recorded PER SUB-CRITERION: each criterion\'s table has ONE ROW PER SUB-CRITERION (Sub-criterion / Elements / Judgement / Findings), the row\'s element codes one under another in the Elements cell ("1.1.1<br>1.1.2<br>1.1.3"), and ONE JUDGEMENT for the row: "Compliant", "Compliant (all elements)", "Compliant; 1.1.3 Compliant Plus", "Compliant, except 1.3.4: Partially Compliant". '
             'Section 3 explains: "The judgement given for a sub-criterion applies to every element listed against it, unless an element is named in the Judgement column with a different rating" -> all 57 stated (judgement: a sub-criterion judgement that the report says applies to each listed element rates each of them). '
             'Table 1 counts ratings BY SUB-CRITERION (15 rows, "Compliant Plus / Compliant / Partially Compliant / Non Compliant / Elements") with bold "Criterion N total" rows and a "Whole standard" row (2 / 52 / 3 / 0 / 57) -> byCriterion from the criterion-total rows (the 15 sub-criterion rows are not criteria), overall from the whole-standard row. '
             'Summary: "Compliant Plus in two elements and Partially Compliant in three; no element is Non Compliant". Dates: "Evidence submitted: Q3 2009 (on-line self-assessment tool)" (documentReviewDate null), "On-site assessment: Tues 24th & Weds 25th Nov. 2009", "Date of report: 11th Dec 2009". '
             'Traps: the matrix Standard (separate, "its findings are not part of this report"); Ofsted "graded 2"; "(see 3.2.1 in the College\'s own self-assessment)"; an action table with codes and dates ("1.3.4 ... 31/03/2010"); "College contact: Mrs Ann Castellano, Vice Principal" not an assessor; "SGS reference GB09/77314"; the aim "three Compliant Plus ratings" by the first annual review in "Nov. 2010". The LibreOffice PDF wraps each Judgement over three or four lines beside the stacked codes.',
}
T['hexley-bereavement-2020-reassessment'] = {
    'organisation': 'Hexley Borough Council – Bereavement Services', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('reassessment', '2020-10-09', '2020-09-15', ['Folake Adebisi', 'Simon Rudd'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (2, 11, 0, 0), (0, 9, 1, 0)), ov(4, 51, 2, 0),
        cp=['1.3.5', '2.1.3', '4.2.2', '4.3.4'], pc=['3.3.2', '5.1.2'], rest='stated', documentReviewDate='2020-09-01')],
    'notes': 'Assessment Services Ltd reassessment (remote, by Microsoft Teams, plus a half-day site visit) of a borough council\'s bereavement service, 2020. Every table has its COLUMNS IN REVERSE ORDER: the element tables (one per criterion) are "Assessor\'s judgement | Assessor\'s comments | Requirement | Ref", the rating FIRST and the element code in the LAST column -> all 57 stated; '
             'the "Results by Criterion" table is "Non-Compliance | Partial Compliance | Compliance | Compliance Plus | Criterion" with the criterion label LAST and a Total row (0 / 2 / 51 / 4) -> byCriterion and overall (C+ 4, C 51, PC 2, NC 0). '
             'Names in the key information are "Surname, Forename": "Adebisi, Dr Folake (Lead Assessor)<br>Rudd, Simon (Assessor)" -> Folake Adebisi, Simon Rudd (the sign-off says only "F. Adebisi, Lead Assessor"); "Client contact: Hassan, Yusuf (Bereavement Services Manager)" and "Technical review: Whitgift, Lorna (report review only)" are in the same form and are NOT assessors. '
             'Dates dd/mm/yyyy: "Pre-assessment document review 01/09/2020" (documentReviewDate), "15/09/2020 – 17/09/2020 (remote ...)<br>22/09/2020 (site visit ...)" -> visitDate the first day, report "09/10/2020". '
             'Traps: the 2017 reassessment "five Compliance Plus ratings (1.3.5, 2.1.3, 3.4.1, 4.2.2 and 4.3.4) and one Partial Compliance (5.1.2)"; "3.4.1 is now Compliance"; the ICCM Charter for the Bereaved "Gold award" and the crematorium "compliant with the Environmental Permitting Regulations" (not CSE ratings); "See also 4.3.4" in 1.3.5\'s comment, "(see 1.1.3)" in 3.4.1\'s; "Consider whether the work with partners could again reach the level of Compliance Plus (3.4.1)".',
}
T['marshfield-heritage-2017-review'] = {
    'organisation': 'Marshfield Heritage Trust', 'assessmentBody': None,
    'assessments': [stage('review-2', '2017-08-18', '2017-08-01', ['Catriona Mackinlay'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.2.2', '2.2.3', '3.1.2'], pc=['4.3.3', '5.3.1'], rest='stated', documentReviewDate=None)],
    'notes': 'Second annual surveillance visit ("Surveillance Report – Year 2" -> review-2) of a museums and archives trust by an invented body (Pennant Certification Services Ltd -> null). '
             'All 57 ratings are in "Appendix B – Element ratings", a LANDSCAPE section (Chromium prints it on three A4-landscape pages with the header row repeated; LibreOffice ignores the named page and prints it portrait, header repeated) with columns Ref / Element / Rating / Evidence ("D-004, D-011"), and the rating cells carry FOOTNOTE MARKERS: "C+†" (1.2.2, 2.2.3: same as 2016), "C+*" (3.1.2: changed), "PC†" (4.3.3), "PC*" (5.3.1), "C*" (1.3.4 and 3.3.3: partial in 2016, now compliant), and SUPERSCRIPT numbers "C<sup>1</sup>" (2.1.5) and "C<sup>2</sup>" (4.1.2), which the PDF text layers read "C1" / "C2" -> every marker is dropped: all 57 stated. The key under the table explains "*", "†", "1" and "2". '
             'Overall-result table with markers in the COUNT cells: "Compliance Plus (C+) 3*", "Partial Compliance (PC) 2†" with the note "* of which one (3.1.2) is new at this visit. † of which one (4.3.3) was also partial at the first annual review" -> overall 3 / 52 / 2 / 0; a per-criterion table (C+ / C / PC / NC) -> byCriterion. '
             'Section 5 table (Element / Rating / "Since 2016" new / retained / also partial in 2016 / Reason). Dates: "Evidence submitted: w/e 14/07/17" (not a review date -> documentReviewDate null), "On site: Tues 1st & Weds 2nd Aug. 2017", "Report: 18.08.17". '
             'Traps: the 2015 initial ("one Compliance Plus rating (1.2.2) and four partial compliances") and 2016 first annual review ("two ... (1.2.2 and 2.2.3) and three partial compliances (1.3.4, 3.3.3 and 4.3.3)"); "(see also 4.3.2, which is compliant)"; the aim "Compliance Plus for 1.1.3 ... at the reassessment in 2018"; "(4.1.2, see footnote 2 of Appendix B)"; "Trust contact: Dr Elspeth Gormley" not an assessor; certificate "PCS/CSE/0417"; document references D-004 etc.',
}
T['farrowdale-university-2023-closing-meeting'] = {
    'organisation': 'University of Farrowdale – Student Services', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2023-05-17', '2023-05-15', ['Josephine Larkworthy', 'Tomasz Wierzbicki'],
        crit((2, 8, 1, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 12, 0, 0), (1, 8, 1, 0)), ov(6, 49, 2, 0),
        cp=['1.1.3', '1.3.5', '2.2.5', '3.2.1', '4.2.4', '5.2.3'], pc=['1.2.3', '5.2.4'], extra_c_stated=['5.3.2'],
        rest='derived', documentReviewDate=None)],
    'notes': 'The lead assessor\'s CLOSING-MEETING SLIDE DECK of an SGS United Kingdom reassessment of a university\'s student services, as 12 16:9 slides, one per page (both PDFs take the 297 × 167 mm page size; the .docx has one slide per page too) with a running footer "SGS | CSE Reassessment – University of Farrowdale Student Services | Closing meeting 17/05/2023 | n". '
             '(Markdown too: a MARP deck, "marp: true" front matter with a footer directive, slides split by "---", "<!-- _class: lead -->" and presenter notes as HTML comments; one note says "3.3.1 came close to Compliance Plus".) '
             'Judgement: this is a report (the assessor\'s own statement of the result of the assessment, as a letter or committee paper is), although it says "The findings in this presentation are provisional until SGS\'s technical review. The full written report will follow by Friday 9 June 2023"; its report date is the deck\'s date, Wednesday 17 May 2023 (the written report\'s "by Friday 9 June 2023" is a promise, not a date of this document). '
             '"Headline result" as BIG-NUMBER TILES (the numbers on one line, the labels "Compliance Plus / Compliance / Partial Compliance / Non-Compliance" under them) -> overall 6 / 49 / 2 / 0; "By criterion" table -> byCriterion; "Compliance Plus (6)" and "Partial Compliance (2)" slides list codes with short titles; "All other 49 elements: Compliance" -> the rest derived; "(5.3.2 – compliant, but could be stronger)" -> 5.3.2 stated. '
             'Traps: "The visit in numbers" tiles (3 days, 64 people met, 112 documents, 11 focus groups, 2 campuses); "Compared with 2020" table (2020 initial assessment 4 / 50 / 3 / 0) and "2020 partials: 1.2.3, 3.3.2, 5.2.4 – 3.3.2 cleared" (3.3.2 compliance derived, as blind4 took "cleared"); "First annual review w/c 13 May 2024"; the ambition "at least eight Compliance Plus by 2026"; "Your SGS certification coordinator: Dev Malhotra" not an assessor; visit "15–17 May 2023" / "Monday 15 to Wednesday 17 May 2023"; "Document review completed before the visit" (no date -> documentReviewDate null).',
}
T['calderwick-registration-2015-review'] = {
    'organisation': 'Calderwick Metropolitan Borough Council – Registration Service', 'assessmentBody': 'emqc',
    'assessments': [stage('review-1', '2015-03-27', '2015-03-03', ['Philippa Dunstable'],
        crit((1, 10, 0, 0), (0, 10, 1, 0), (1, 10, 1, 0), (1, 12, 0, 0), (1, 9, 0, 0)), ov(4, 51, 2, 0),
        cp=['1.1.2', '3.4.3', '4.3.1', '5.3.2'], pc=['2.2.4', '3.2.2'], rest='stated')],
    'notes': 'emqc "Annual Review 1 (first surveillance visit after the initial assessment)" (-> review-1) of a metropolitan borough council\'s registration service. The ratings are in Appendix 1, an Excel worksheet PRINTED WITH ROW AND COLUMN HEADINGS: a header row of column letters (A .. G) and a first column of worksheet ROW NUMBERS (1 .. 82) beside every row, both repeated on the second page with the header row "1 Ref / Sub-crit / Element (abridged) / Evidence ref / Day seen / Rating / Pts"; '
             'criterion banner rows ("CRITERION 1 – CUSTOMER INSIGHT") and blank rows take row numbers, so a row number never matches an element; columns "Sub-crit" (1.1 ...), "Evidence ref" ("E11; Obs", "Int"), "Day seen" (03/03/2015 or 04/03/2015; four cells print "########"), Rating (C+ / C / PC) and "Pts" (3 / 2 / 1 / 0) -> all 57 stated from the Rating column. '
             'At the foot the sheet\'s own summary blocks: "Rating / Count / Pts" (C+ 4 12, C 51 102, PC 2 2, NC 0 0, Total 57 116: points are not counts) and "By criterion / C+ / C / PC / NC" rows "Criterion 1" .. "Criterion 5" -> byCriterion; the narrative "4 Compliance Plus, 51 Compliance, 2 Partial Compliance and 0 Non-Compliance" -> overall. '
             'Above the grid: "CSE_Matrix_Calderwick_AR1_v3.xlsx · Sheet: Matrix · printed 27/03/2015" and "The sheet \'Initial 2014\' is not printed". Dates: "Dates on site: 3rd and 4th March 2015", "Date of report: 27 March 2015"; no document review date (key absent). '
             'Traps: the 2014 initial assessment "Compliance Plus in three elements (1.1.2, 4.3.1 and 5.3.2) and Partial Compliance in four (2.2.4, 3.2.2, 3.3.3 and 5.2.4)"; "3.3.3 ... and 5.2.4 ... Both are now compliant"; the GRO\'s 98% measure "taken into account only as evidence for 5.3.2"; the wish to be rated "Compliance Plus for 1.3.4 at the next review"; "Service contact: Mrs Dawn Hartigan, Superintendent Registrar" not an assessor.',
}
T['aldermoor-icb-2025-readiness-review'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a consultancy\'s CSE READINESS REVIEW (gap analysis) for an integrated care board BEFORE its first assessment (Stennack Consulting LLP, "Final version · 20 June 2025"), written like a report: cover, contents, review details (reviewer "Rhiannon Tegid, Principal Consultant (CSE assessor 2009–2019)", "ICB lead"), executive summary, method, a BRAG KEY (Blue = C+ (potential), Green = C, Amber = PC (risk), Red = NC (risk)), '
             'an "Indicative position by criterion" count table (Blue 3 / Green 47 / Amber 6 / Red 1), a 57-row table with BRAG status and "Indicative CSE rating" per element ("C+ (potential)", "C", "PC (risk)", "NC (risk)"), actions, owners and dates, and priorities. '
             'It says "It is not an assessment report and does not lead to certification: only a licensed certification body can assess"; the initial assessment by Centre for Assessment is "booked for 9–11 September 2025"; the Executive Team\'s aim "certification with no partial compliance".',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
