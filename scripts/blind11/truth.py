# Hand-written truth of the blind11 set (machinery copied from blind10, itself blind9), one compact entry per document, expanded to the
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
T['bann-valley-hsc-trust-2019-review'] = {
    'organisation': 'Bann Valley Health and Social Care Trust – Patient and Client Experience Service', 'assessmentBody': 'Centre for Assessment',
    'organisationAlternatives': ['Bann Valley Health and Social Care Trust'],
    'assessments': [stage('review-2', '2019-03-29', '2019-03-12', ['Orla McCloskey'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (1, 8, 1, 0)), ov(4, 50, 3, 0),
        cp=['1.2.2', '2.1.2', '4.3.3', '5.1.2'], pc=['1.3.3', '3.2.1', '5.3.2'], rest='stated')],
    'notes': 'Centre for Assessment "Annual Review 2 (second annual review since reassessment in March 2017)" (-> review-2) of a NORTHERN IRELAND Health and Social Care Trust\'s Patient and Client Experience Service, 2019. Section 5 "Element ratings": one table per criterion (Element / Requirement / Rating / Assessor\'s comment) whose Rating cell holds ALL FOUR RATINGS PRE-PRINTED "C+  C  PC  NC" on EVERY row; the rating awarded is the one in BOLD and UNDERLINED on a shaded ground, the other three in grey (section 3 "How to read the element tables": "Only the rating awarded applies") -> all 57 stated from the marked word. '
             'WHAT REACHES EACH FORMAT: the .docx keeps bold + underline (and the grey font colour) as run properties; in both PDFs the text layer has "C+ C PC NC" on every row and the mark survives only as the font (a Bold font name in the PDF) and the drawn underline; the LibreOffice print loses the shading. The .md (a NOTION EXPORT) writes the cell as "C+ **C** PC NC". '
             'The summary names the codes: "four are rated Compliance Plus (1.2.2, 2.1.2, 4.3.3 and 5.1.2), 50 Compliance and three Partial Compliance (1.3.3, 3.2.1 and 5.3.2). No element is non-compliant" (with the per-criterion narrative "(1.2.2, Compliance Plus)" etc.), so a reader who cannot see the marks can still derive every rating. Section 6 "Results by criterion" C+ / C / PC / NC with an "All criteria" row 4 / 50 / 3 / 0 -> byCriterion and overall. '
             '(Markdown: Notion export: "# CSE Annual Review 2 – March 2019 (Centre for Assessment)", property lines "Assessor: Orla McCloskey MCIM", "Created: April 1, 2019 10:14 AM", "Visit: March 12, 2019 → March 13, 2019" (US-style dates in the properties only), an <aside> callout "💡 Copied from the Centre for Assessment report ...", toggle lists "- Criterion 1 – Customer Insight" with the tables indented four spaces under them.) '
             'Dates: "Tuesday 12th and Wednesday 13th March 2019", "Date of report 29th March 2019"; no document review (key absent). Assessor "Orla McCloskey MCIM". Organisation with its service (as earlier sets), the Trust alone in organisationAlternatives. '
             'Traps: the 2018 first annual review\'s partial "4.1.1 is now compliant" (comment "Now compliant: ..."); the RQIA inspection; Section 75 groups; "Mr Ciarán Doherty" Trust contact not an assessor; reassessment "March 2020", hope "Compliance Plus for 3.4.1"; certificate CFA/CSE/NI/0417; the key paragraph names all four ratings.',
}
T['ellan-vannin-housing-2023-reassessment'] = {
    'organisation': 'Ellan Vannin Housing Services', 'assessmentBody': 'emqc',
    'assessments': [stage('reassessment', '2023-02-24', '2023-02-06', ['Rhona Kinvig', 'Paul Skillicorn'],
        None, ov(2, 53, 2, 0), cp=['2.2.3', '4.2.2'], pc=['1.2.3', '3.3.1'], rest='stated', documentReviewDate='2023-01-23')],
    'notes': 'emqc reassessment of an ISLE OF MAN public housing board ("Statutory board of the Isle of Man Government"), 2023. Findings at TWO LEVELS: a VERDICT PER SUB-CRITERION on emqc\'s own scale (Fully met / Substantially met / Partially met / Not met; "It is not a rating of the standard, it is not used for certification, and it can differ from the ratings of the elements beneath it") and a RATING PER ELEMENT (one table per criterion, Element / Requirement / Rating in full words / Note) -> all 57 stated from the element tables. '
             'DELIBERATE CONFLICTS, each explained: 5.1 "Partially met" though both its elements are Compliance; 4.3 "Substantially met" though all six are Compliance; 3.3 "Substantially met" with 3.3.1 Partial Compliance; 1.2 "Partially met" (1.2.3 partial). Section 3 table: Sub-criterion / Elements / Element ratings ("2 C, 1 PC", "6 C") / Sub-criterion verdict -- per-sub-criterion counts, no per-criterion counts (byCriterion null). '
             'COUNTS BY SUBTRACTION: "All but four of the 57 elements were rated Compliance. Of the four, two are rated Compliance Plus (2.2.3 and 4.2.2) and two Partial Compliance (1.2.3 and 3.3.1); none is Non-Compliance" -> overall 2 / 53 / 2 / 0 (judgement: 53 is stated by "all but four of the 57", though the figure is never written). '
             '(Markdown too: a DOCUSAURUS MDX page: front matter with id / sidebar_label / sidebar_position / tags, import lines for Tabs, TabItem and a custom Verdict component, an MDX comment {/* ... */}, ":::tip Outcome" / ":::note" / ":::info" admonitions, the criteria as <Tabs groupId="criterion"><TabItem value="c1" label="Criterion 1"> with the element tables inside, each sub-criterion verdict as <Verdict sub="5.1" name="..." verdict="Partially met" />.) '
             'Dates: "Document review Remote, Monday 23 January 2023" (documentReviewDate), "On-site assessment Monday 6 to Wednesday 8 February 2023", "Report date 24 February 2023". "Assessment team Dr Rhona Kinvig (Lead Assessor); Paul Skillicorn (Assessor)". '
             'Traps: the 2022 annual review\'s partials "1.2.3 and 5.1.1. 5.1.1 is now compliant; 1.2.3 remains partial"; "4.2.2 was rated Compliance Plus for the first time"; "Mr Juan Cregeen, Housing Services Manager" (Juan, a Manx man\'s name) not an assessor; Department of Infrastructure; "about 3,900" homes; Jersey and Guernsey; first certified February 2020; reference EMQC-CSE-IOM-0093.',
}
T['castlegate-homes-2021-review'] = {
    'organisation': 'Castlegate Homes Ltd', 'assessmentBody': 'SGS United Kingdom',
    'organisationAlternatives': ['Castlegate Homes'],
    'assessments': [stage('review-1', '2021-04-06', '2021-03-16', ['Deborah Fairclough-Nwosu'],
        crit_some({'2': (2, 9, 0, 0), '4': (1, 11, 1, 0)}), ov(3, 21, 1, 0),
        cp=['2.1.1', '2.2.4', '4.3.2'], pc=['4.2.3'], rest='stated',
        only=[c for c in CODES if c[0] in '24'] + ['1.3.2'])],
    'notes': 'SGS United Kingdom "Annual Review 1 (first annual review, cycle 2) – remote" (-> review-1) of a housing ALMO (arm\'s-length management organisation for Braddon City Council), 2021, that SAMPLED Criterion 2 and Criterion 4 in full and re-examined the 2020 partial 1.3.2: "25 elements in all. The other 32 elements were not assessed". '
             'Section 7 "Element ratings" lists ALL 57 with the columns Ref / Element (statement cut with "…") / "2020 reassessment" / "2021 review" / Direction (↑ ↓ →) / Note. For the criteria NOT ASSESSED (1, 3, 5) the "2021 review" cell REPEATS the 2020 rating IN GREY ITALICS ("Ratings in grey italics were not assessed at this visit and are carried forward from 2020; they are not ratings of this visit") and the Direction cell is EMPTY; a banner row above each says "Criterion 1 – Customer Insight – not assessed at this visit; 2020 ratings carried forward (grey), except 1.3.2, re-examined". 1.3.2 is black, PC -> C, ↑. '
             'Truth: only the 25 assessed elements (judgement, as blind5 Tolland and blind6 Ottersford), all stated from the "2021 review" column: C+ 2.1.1 (→), 2.2.4 (↑ new), 4.3.2 (→); PC 4.2.3 (↓); 4.1.3 (↑, "now compliant") and 1.3.2 (↑) compliance; the carried grey ratings (C+ 1.1.2 and 5.2.1, PC 3.2.2, the rest C) are NOT in the truth. '
             'WHAT REACHES EACH FORMAT: the grey is in the .docx (font colour) and both PDFs as colour only; in the text layer the carried cells read exactly like this visit\'s ("C+", "PC"), so only the banner rows, the empty Direction cells and the prose tell them apart. '
             'Counts: "Of the 25 elements assessed at this visit, three were rated Compliance Plus (2.1.1, 2.2.4 and 4.3.2), 21 Compliance and one Partial Compliance (4.2.3); none was rated Non-Compliance" -> overall 3 / 21 / 1 / 0; "Results of this visit by criterion" rows "2 – ..." 2 / 9 / 0 / 0 / 11, "4 – ..." 1 / 11 / 1 / 0 / 13, "1.3.2 (follow-up)" 0 / 1 / 0 / 0 / 1 (not a criterion row), "This visit" 3 / 21 / 1 / 0 / 25 -> byCriterion for 2 and 4 only (1, 3, 5 null). '
             'Section 8 "Certificate position": "five Compliance Plus, 50 Compliance and two Partial Compliance (3.2.2 and 4.2.3). This is a summary for the certificate file, not the result of this visit" -> NOT the counts. '
             'Dates: "Visit dates 16 and 17 March 2021 (Microsoft Teams)", "Report date 6 April 2021"; no document review (key absent). Assessor "Deborah Fairclough-Nwosu" (Lead Assessor in the sign-off). '
             'Traps: "3.2.2 was not in the scope of this visit and remains open"; 88% -> 79% repairs satisfaction; "Client contact: Ms Lorraine Hebden" not an assessor; "for Braddon City Council" on the cover under the holder; SGS job number GB21/CSE/0318; second annual review 2022.',
}
T['north-wolds-gp-federation-2016-initial'] = {
    'organisation': 'North Wolds GP Federation', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('initial', '2016-02-15', '2016-01-26', ['Simon Ashworth-Pyle'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(2, 52, 3, 0),
        cp=['1.1.3', '3.4.2'], pc=['1.2.3', '4.1.2', '5.3.1'], rest='stated')],
    'notes': 'Assessment Services Ltd initial assessment of a GP FEDERATION (14 member practices), 2016. Section 5 is a TICK MATRIX (Criterion / Element / Requirement / Compliance Plus / Compliance / Partial Compliance / Non-Compliance, "✔" in one column) whose FOUR RATING HEADERS ARE ROTATED 90° (vertical text, read bottom to top) and whose "Criterion" column is ONE MERGED CELL (rowspan) DOWN EACH CRITERION\'S ROWS with the criterion name rotated too -> all 57 stated. '
             'WHAT REACHES EACH FORMAT: Chromium prints the rotated headers; in its text layer they come out as horizontal words at different heights above the table, in the order "Partial Compliance", "Compliance Plus", "Non-Compliance", "Compliance" (not the column order), and each criterion name sits on a line of its own beside the middle of its rows. LibreOffice does not rotate text from HTML: the .docx and its PDF have ordinary horizontal headers (the columns wider) and the merged criterion cell reads horizontally. '
             'Counts: section 3 "Results in brief" is a BAR CHART (Figure 1, CSS bars with no figures on them) followed by its "Chart data" table (Criterion / Compliance Plus / Compliance / Partial Compliance / Non-Compliance / Elements, Total 2 / 52 / 3 / 0 / 57) -> byCriterion and overall; the summary "Two elements were rated Compliance Plus (1.1.3 and 3.4.2), 52 Compliance and three Partial Compliance (1.2.3, 4.1.2 and 5.3.1); there were no non-compliances". '
             '(Markdown too: R MARKDOWN knitted to Markdown (output: md_document, variant markdown_strict, preserve_yaml): YAML title / subtitle / author / date, echoed ```r chunks (read_excel, table(), count() %>% spread()), chunk OUTPUT as indented code whose lines start "## " (looks like a heading): "## C+  C PC NC" / "##  2 52  3  0" and a tibble "# A tibble: 5 x 4" with columns criterion / C / `C+` / PC (alphabetical, and NO NC column because spread() makes none for a rating nobody got), a figure link to north-wolds-cse_files/figure-markdown_strict/chart-1.png, and a kable pipe table Element / Requirement (cut at 60 characters with "…") / C+ / C / PC / NC with ✓.) '
             'Dates: "Evidence submitted By 8 January 2016 (online portal)" (not a document review: key absent), "On-site dates 26, 27 and 28 January 2016", "Report issued 15 February 2016". Assessor "Simon Ashworth-Pyle MCMI". '
             'Traps: "Federation lead Dr Helen Marwood, Clinical Director (GP)" not an assessor; registered population 118,000; hope "Compliance Plus at 4.3.1"; first annual review "January 2017"; ref ASL/16/0127.',
}
T['tri-service-families-welfare-2014-reassessment'] = {
    'organisation': 'Tri-Service Families Welfare Service (Northern Region)', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2014-12-08', '2014-11-18', ['Graham Tullett', 'Priya Ramanathan'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.2.1', '2.2.2', '4.2.4'], pc=['3.1.2', '5.2.3'], rest='stated', documentReviewDate='2014-11-03', extra_c_stated=['4.3.4'])],
    'notes': 'SGS United Kingdom reassessment (cycle 2) of an ARMED FORCES FAMILIES WELFARE service (parent "Defence Community Welfare Directorate"), 2014, issued as TWO VOLUMES IN ONE FILE, each with its own cover ("VOLUME 1 OF 2 – REPORT", "VOLUME 2 OF 2 – APPENDICES"). Volume 1: details, summary with per-criterion table (C+ / C / PC / NC, Total 3 / 52 / 2 / 0) -> byCriterion and overall, narrative per criterion with codes in brackets, sign-off. '
             'Volume 2: Appendix A a GLOSSARY of the standard (definition list) with EXAMPLE codes inside rating definitions ("might be rated Compliance Plus at 1.1.3", "might be rated Partial Compliance at 4.3.4") and "Typical results: At reassessment most organisations have between 50 and 55 elements rated Compliance" (not this holder\'s counts); Appendix B "The standard at a glance": ALL 57 CODES AND STATEMENTS WITH NO RATINGS ("Ratings are given in Appendix C"); Appendix C "Element ratings" (Element / Rating in full words / Evidence ref. E01 .. E57) -> all 57 stated; Appendix D people met. '
             'Summary: "three elements are rated Compliance Plus (1.2.1, 2.2.2 and 4.2.4), 52 Compliance and two Partial Compliance (3.1.2 and 5.2.3). There is no non-compliance". '
             'Dates: "Document review 3 November 2014" (documentReviewDate), "On-site assessment 18 to 20 November 2014 (Catterick Garrison, RAF Leeming, Leuchars Station)", "Date of report 8 December 2014". "Assessment team Graham Tullett MBE (Lead Assessor); Priya Ramanathan (Assessor)". '
             'Traps: "The partial compliance at 4.3.4 from the 2013 annual review has been addressed: 4.3.4 is now compliant" (stated compliance; the same code is the glossary\'s Partial Compliance example); "Client representative Lt Col Sarah Whitlock" not an assessor; first certified 2011; Army Families Federation survey; evidence refs E01 .. E57 look like codes; first annual review "November 2015"; SGS reference GB14/84415/CSE.',
}
T['lough-neagh-shore-dc-2012-review'] = {
    'organisation': 'Lough Neagh Shore District Council', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-1', '2012-11-09', '2012-10-30', ['Peter Quigley'],
        None, ov(2, 53, 2, 0), cp=['2.2.1', '3.4.1'], pc=['1.3.4', '5.2.2'], rest='stated', extra_c_stated=['2.1.4', '4.3.5'])],
    'notes': 'A NORTHERN IRELAND district council\'s E-MAIL THREAD PRINTED TO PDF (Outlook print style: the printing user "Devlin, Gráinne" in bold over a rule, a From / Sent / To / Cc / Subject / Attachments block per message). Top: the Customer Services Manager\'s "FW: CSE Annual Review 1 - Lough Neagh Shore District Council - outcome" to the Chief Executive (Sent 14 November 2012 16:42). Below it the FORWARDED message from "Peter Quigley [mailto:peter.quigley@g4s.com]", "Sent: 09 November 2012 11:05", signed "Assessor – Customer Service Excellence, G4S Assessment Services" (= Assessment Services Ltd), which says "this e-mail is my report of the visit; the rating of every element is in the attached PDF" -> the report (review-1 from "first annual review"), reportDate its Sent date (judgement, as blind4 Hartwell), not the forward\'s. '
             'Its "Attachments:" line lists "LNSDC CSE AR1 element ratings.pdf; Action plan template AR1.doc"; the ATTACHMENT IS PRINTED AFTER THE THREAD on a page headed "Attachment: LNSDC CSE AR1 element ratings.pdf": "G4S Assessment Services – Customer Service Excellence / Element ratings: Annual Review 1", criterion banner rows and 57 rows Element / Element title / Rating ("Compliance Plus" / "Compliant" / "Partial Compliance") -> all 57 stated; "Totals: Compliance Plus 2 | Compliant 53 | Partial Compliance 2 | Non-Compliance 0 | Elements 57". '
             'The assessor\'s body: "Of the 57 elements, two are Compliance Plus (2.2.1 and 3.4.1), 53 are Compliant and two are Partial Compliance (1.3.4 and 5.2.2). There are no non-compliances" -> overall; no per-criterion counts (byCriterion null). "2.1.4 and 4.3.5 are now compliant" (stated). '
             'Dates: "Tuesday 30 and Wednesday 31 October 2012" (visitDate the first); no document review (key absent). '
             'Traps: the QUOTED EARLIER MESSAGE from the Council (Sent 01 November 2012) with LAST YEAR\'S figures "1 Compliance Plus (2.2.1), 54 Compliant and 2 Partial" and last year\'s partials 2.1.4 and 4.3.5 ("Your figures for last year are right"); the forward\'s "the two partials from last year are closed"; To / Cc names (McAleese, Cllr Hagan) not assessors; Corporate Services Committee 3 December; Section 75; the Housing Executive; action plan by 14 December; second annual review "October 2013".',
}
T['northmarch-court-centre-2008-initial'] = {
    'organisation': 'Northmarch Combined Court Centre', 'assessmentBody': None,
    'assessments': [stage('initial', '2008-11-14', '2008-10-22', ['Alan Threlfall'],
        crit((0, 10, 1, 0), (0, 11, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(1, 53, 3, 0),
        cp=['4.1.1'], pc=['1.2.2', '3.2.3', '5.2.4'], rest='stated', documentReviewDate='2008-10-01')],
    'notes': 'Initial assessment ("transfer from Charter Mark") of an HM Courts Service COMBINED COURT CENTRE, 2008, by a small INVENTED body, "CASTLEMEAD QUALITY ASSESSMENT LTD" (-> assessmentBody null). The 57 ratings are ONLY in section 5 "Results by sub-criterion": a MATRIX of 15 SUB-CRITERION ROWS x RATING COLUMNS (Sub-criterion / No. of elements / Compliance Plus / Compliance / Partial Compliance / Non-Compliance) whose CELLS LIST THE ELEMENT NUMBERS within the sub-criterion with that rating, with ranges and lists ("1–3", "1, 3", "1, 2, 4", "1–3, 5"), "–" for none; the key: "in the row for 1.2, \\"1, 3\\" under Compliance means elements 1.2.1 and 1.2.3, and \\"1–5\\" means all five elements from 1 to 5" -> all 57 stated (4.1 row: C+ "1", C "2, 3"; 1.2 PC "2"; 3.2 PC "3"; 5.2 PC "4", C "1–3, 5"). '
             'The matrix\'s Total row puts COUNTS in the same columns ("57 | 1 | 53 | 3 | 0"), and every row\'s "No. of elements" (3, 3, 5, ...) sits beside element numbers. Section 3: "One element was rated Compliance Plus (4.1.1), 53 Compliance and three Partial Compliance (1.2.2, 3.2.3 and 5.2.4). No element was non-compliant" and a per-criterion table (no total row) -> byCriterion and overall. '
             'Dates: "Pre-assessment evidence review 1st October 2008" (documentReviewDate), "On-site assessment 22nd–24th October 2008", "Report date 14th November 2008". Assessor "Alan Threlfall". '
             'Traps: "Court contact Mrs Janice Oduya, Court Manager" not an assessor; Charter Mark from 2003; "five criteria, 15 sub-criteria and 57 elements"; HM Courts Service North East Region in brackets after the holder; Court User Group, Witness Service; first annual review "October 2009".',
}
T['tees-crossings-2026-appeal-letter'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: the holder\'s formal APPEAL LETTER to its certification body against ONE RATING of its reassessment report. Tees Crossings Authority (letterhead), "Our ref: TCA/CE/26/031 / Your ref: EMQC-CSE-2603-TCA", dated 9 April 2026, to the "Appeals Officer, emqc Ltd", signed by the Chief Executive Andrea Kolawole, "Appeal against a rating – Customer Service Excellence reassessment of Tees Crossings Authority, report dated 27 March 2026". '
             'It quotes the report: assessor "Ms Joanne Pettigrew", visit "10, 11 and 12 March 2026", "four elements Compliance Plus (1.1.2, 2.2.4, 3.3.3 and 4.3.2), 50 Compliance and three Partial Compliance (1.3.3, 4.1.3 and 5.3.2), with no non-compliance", accepts 1.3.3 and 5.3.2, and asks that 4.1.3 (statement quoted) "is rated Compliance", on numbered grounds with an Enclosures table E1 .. E6 (dates 14 January 2026, 2 December 2025, 13 March 2026 ...), "We do not ask emqc to re-examine any other element", cc the Customer Excellence Manager, and an EMPTY "For emqc use" box (Appeal reference / Date received / Acknowledged / Appeals panel date / Outcome).',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
