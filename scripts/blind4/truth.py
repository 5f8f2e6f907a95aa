# Hand-written truth of the blind4 set, one compact entry per document, expanded to the
# <stem>.expected.json shape that scripts/check-blind-set.mjs reads (the shape of blind2's).
# cp / pc / nc: elements the document itself rates that way; 'stated' lists every element whose
# rating the document states (default: the cp/pc/nc ones); 'derive': the elements left over are
# compliance, derived (True), or stated compliance (all57 tables: 'allstated'), or left out (False).
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
        if code in rating:
            r, b = rating[code]
        elif rest in ('derived', 'stated'):
            r, b = 'compliance', rest
        else:
            continue
        if only is not None and code not in only and code not in rating:
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
T['ashcombe-dc-2015-cabinet'] = {
    'organisation': 'Ashcombe District Council', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-2', '2015-11-04', '2015-10-20', ['Janet Ormerod'],
        None, ov(9, 45, 3, None),
        cp=['1.1.2', '1.2.1', '1.3.3', '2.1.2', '2.2.4', '3.3.2', '3.4.1', '4.3.3', '5.2.2'], pc=['1.3.5', '4.1.3', '5.3.2'], rest='stated')],
    'notes': 'Cabinet report ("Report of the Head of Customer Services to Cabinet", Markdown too) on the "AR2" visit (= review-2: "the second annual review of the current cycle"). '
             'Counts only in words and figures in one sentence: "the assessor found nine compliance plus, 45 compliance and three partial compliances" (non-compliance not mentioned -> null). '
             'Appendix 1 is the assessor\'s rating of all 57 elements as a tick matrix (✓ in C+ / C / PC / NC columns, sub-criterion banner rows), one long table whose header row is printed only on its first page -> all stated. '
             'Traps: Cabinet date 10 December 2015 is not the report date ("Her report, dated 4th Nov 2015"); "Report author: Philip Grange, Head of Customer Services" is not an assessor ("The assessor, Mrs Janet Ormerod"); the Portfolio Holder; misspelling "nine Complaint Plus ratings"; '
             'AR1 2014 partials 1.3.4, 1.3.5, 4.1.3, 4.2.3 in 3.3 (only 1.3.5 and 4.1.3 still partial); C+ codes cited in 4.4; action codes in section 6; background paper dated 4 November 2015; "autumn 2016".',
}
T['corvedale-police-2019-reassessment'] = {
    'organisation': 'Corvedale Constabulary', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('reassessment', '2019-06-03', '2019-05-14', ['Helen Achterberg', 'Ravi Sandhu'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (1, 10, 1, 0), (2, 11, 0, 0), (1, 9, 0, 0)), ov(6, 49, 2, 0),
        cp=['1.2.2', '2.1.1', '3.2.3', '4.2.4', '4.3.2', '5.2.1'], pc=['1.3.4', '3.3.3'], extra_c_stated=['4.1.2', '5.3.2'], rest='derived')],
    'notes': 'Assessment Services Ltd "Full reassessment (triennial)". Key facts in a two-column table with the VALUE on the left and the label (italic, right-aligned) on the RIGHT. '
             'Score table with criteria as columns headed "1 – Customer Insight" .. "5 – Timeliness and Quality of Service", ratings as rows (Compliance Plus / Compliance / Partial Compliance / Non Compliance), a Total row (11/11/12/13/10, not a rating) and a Total column (overall). '
             'C+ and PC elements in two tables with codes "El. 1.2.2"; "All remaining elements: Compliance" -> derived. '
             'Traps: ISO dates "2019-05-14 to 2019-05-16", "2019-06-03"; "Dr Helen Achterberg (Lead Assessor)" and "Ravi Sandhu (Team Assessor)" in one cell; "Report reviewed by: Colin Marsh, Certification Manager" is not an assessor; '
             '2018 partials El. 4.1.2 and El. 5.3.2 "are now Compliance" (stated); observations cite El. 1.2.3 and El. 4.3.4 (compliant); reference ASL/CSE/19/0457; "May 2020" next visit; body footnote "(formerly G4S Assessment Services)".',
}
T['kingsbridge-college-2017-annual'] = {
    'organisation': 'Kingsbridge and Dart Valley College', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-1', '2017-03-27', '2017-03-07', ['Siobhan Keane'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.1.3', '2.2.2', '4.3.1'], pc=['3.2.2'], extra_c_stated=['5.1.2'], rest='derived',
        omit=[c for c in CODES if c.startswith('5.')])],
    'notes': 'Centre for Assessment "Annual Review Year 1" (= review-1) of an FE college (Markdown too, with pandoc definition lists). Fields as an HTML definition list: "Date(s) of visit: 7th & 8th March 2017", "Lead assessor", "Report author" (the same person, one assessor), "Date of report: 27/03/2017", "College contact" (not an assessor). '
             'Criteria-as-rows table headed Compliance Plus / Fully Compliant / Partially Met / Not Met with an "Overall" row. '
             'The partial in criterion 5 is described ONLY in prose, with no element code (not meeting the five-day written-enquiry standard and not publishing it: in fact 5.3.2): the table shows one Partially Met in criterion 5, so no criterion-5 element other than 5.1.2 can be derived -> they are omitted from the truth; '
             '"element 5.1.2 ... partially met in 2016, is now fully compliant" (stated). "Elements not mentioned in this report continue to be fully compliant" -> criteria 1-4 derived (judgement: it cannot place the uncoded partial, so it is not applied to criterion 5). '
             'Traps: 3.2.2 still partial from 2016; "March 2016" certification and "March 2018" next visit; C+ codes in bold before the reason.',
}
T['tamarside-fire-2021-surveillance'] = {
    'organisation': 'Tamarside Fire and Rescue Service', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-2', '2021-11-22', '2021-11-04', ['Marcus Oyelaran'],
        None, ov(4, 52, 1, 0),
        cp=['1.1.1', '2.1.3', '3.4.2', '4.2.2'], pc=['5.2.4'], rest='stated')],
    'notes': 'Assessment Services Ltd "Surveillance Visit – 24 months" (= review-2), held remotely. Fields as bold labels each on their own line ABOVE the value ("Client", "Assessor", "Visit dates", "Report date"). '
             'Every element rated in two panels SIDE BY SIDE: an outer borderless two-cell table whose cells each hold a nested table (criteria 1-3 left, 34 rows; criteria 4-5 right, 23 rows), a bullet "•" under C+ / C / PC / NC, criterion banner rows -> all stated. '
             'Overall counts in a bordered text box "Compliance Plus: 4 · Compliance: 52 · Partial Compliance: 1 · Non-Compliance: 0". '
             'Traps: ISO dates "2021-11-04 and 2021-11-05 (remote, by Microsoft Teams)", "2021-11-22"; "Client representative: Group Manager Sarah Kitto" is not an assessor; reassessment November 2019, 2020 desk review; 4.3.4 partial at the reassessment, now compliant; "autumn 2022".',
}
T['hartwell-homes-2024-email'] = {
    'organisation': 'Hartwell Homes', 'assessmentBody': 'emqc',
    'assessments': [stage('review-1', '2024-11-04', '2024-10-22', ['Tomasz Nowicki'],
        None, ov(2, 53, 2, 0),
        cp=['2.2.1', '3.1.2'], pc=['1.3.3', '4.3.5'], rest='derived')],
    'notes': 'emqc "AR1" (= review-1) reported in an e-mail from the assessor (Markdown too, as a plain-text e-mail with the quoted thread as a blockquote): From / Sent / To / Cc / Subject / Attachments headers; "this e-mail is my report of the outcome". '
             'Report date = "Sent: Monday, 4 November 2024 16:42"; visit "22nd and 23rd October" with NO year (2024 from context). Counts as a bullet list "Compliance Plus: 2 / Fully Compliant: 53 / Partially Met: 2 / Non-compliant: 0"; C+ and partials as "2.2.1. <reason>" with a trailing dot under headings "Compliance Plus" / "Partially Met"; '
             '"All other elements remain Fully Compliant" -> derived. 1.2.3 and 5.3.3 ("You have cleared two of the three partials from last year") are derived, not stated (judgement: "cleared" says not partial, the "all other" sentence says compliant). '
             'Traps: the client\'s earlier e-mail quoted below the signature (last year: "3 partials (1.2.3, 4.3.5, 5.3.3) and one compliance plus (3.1.2)", dated 24 October 2024); To: Gemma Frost and Cc: Lee Varley are not assessors; "AR2 will be due in October 2025"; "by 6 December".',
}
T['orchard-vale-university-2010-initial'] = {
    'organisation': 'Orchard Vale University – Library and Learning Services', 'assessmentBody': None,
    'assessments': [stage('initial', '2010-12-13', '2010-11-16', ['Graham Pettifer', 'Amina Chowdhury'],
        None, ov(2, 51, 3, 1),
        cp=['1.3.1', '3.3.1'], pc=['1.1.3', '2.2.5', '4.3.4'], nc=['5.1.2'], rest='stated', documentReviewDate=None)],
    'notes': 'Invented body (Quadrant Certification Ltd -> null) "Initial / Certification Review" (= initial) that does not certify: one Non-Compliance (5.1.2); status completed. Landscape A4, 7.5-8pt type. '
             'The 57-element table has a two-row header (Ref / Element / "Compliance level" spanning C+ C PC NC / Evidence summary; an "X" marks the rating) and is split by the author into TWO tables at a forced page break before 3.3.1: the second has no header row at all (a running line "... page 3" above it) and ends with a Total row "2 | 51 | 3 | 1" (overall stated). All 57 stated. '
             'Traps: the typo code "4.5.4" in prose (meant 4.3.4, not an element); "Pre-assessment document review: October 2010" has no day (documentReviewDate null); "On-site assessment: 16–18 November 2010"; "Report date: 13th December 2010"; "Graham Pettifer (Lead); Amina Chowdhury"; "end of January 2011"; "within six months".',
}
T['wexcombe-tc-2026-assessment-plan'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: SGS\'s assessment PLAN sent before an Annual Review 1 visit ("It is not an assessment report: the report will be issued within 20 working days of the visit"). It has everything a report has except ratings: client, visit type, planned dates, assessor, issue date, a timetable, nine sampled element codes with statements, the rating scale, '
             'and last year\'s ratings ("element 3.2.2 was rated Partial Compliance, and elements 1.1.3 and 3.4.3 were rated Compliance Plus").',
}
T['blackwater-ambulance-2013-reassessment'] = {
    'organisation': 'Blackwater Ambulance Service NHS Trust', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2013-11-04', '2013-10-15', ['Bernard Fitzgerald', 'Kerry-Ann Walsh'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 10, 1, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(5, None, 2, 0),
        cp=['1.3.1', '2.1.4', '3.4.3', '4.3.1', '5.1.1'], pc=['3.2.4', '4.2.3'], extra_c_stated=['1.3.2', '4.3.6'], rest='derived')],
    'notes': 'SGS "C3 Reassessment" (third three-year certification cycle; = reassessment). The whole report sits inside ONE layout table whose thead / tfoot are a running header ("SGS United Kingdom Ltd · ... · Blackwater Ambulance Service NHS Trust") and footer ("CONFIDENTIAL – for the client and SGS only · Issue 1 · 04/11/2013"), repeated on every page (Chromium repeats both; LibreOffice repeats the header row and puts the footer under it), so every other table is nested; a large faint rotated "CONFIDENTIAL" watermark (position: fixed; LibreOffice prints it as text at the top). '
             'Score table with criteria as COLUMNS named only, no numbers ("Customer Insight", "Culture of the Organisation", ...), a blank corner cell, ratings as rows "C+ / C / PC / NC", no totals. '
             'C+ and PC as bullet lists "3.4.3 (Information and Access)". Overall only in a sentence: "Five elements are rated Compliance Plus and two Partial Compliance; there is no Non-Compliance" (compliance count not stated -> null); "All other elements were assessed as compliant" -> derived. '
             'Traps: dates "15/10/2013 – 17/10/2013" and "04/11/2013" (also in the footer); "Trust lead: Dr Nicola Stannard" is not an assessor; certificate GB07/71830; C2 2010 partials 1.3.2 and 4.3.6 "remain compliant" (stated); footnote markers after words; "C4" next cycle, October 2014.',
}
T['lowther-leisure-2021-combined'] = {
    'organisation': 'Lowther Leisure Trust', 'assessmentBody': 'emqc',
    'assessments': [
        stage('review-1', '2021-03-22', '2021-03-04', ['Deborah Kinsella'], None, ov(2, 52, 3, 0),
              cp=['1.2.1', '2.2.3'], pc=['3.2.1', '4.3.5', '5.3.3'], rest='stated'),
        stage('review-2', '2021-11-19', '2021-11-04', ['Deborah Kinsella'], None, ov(3, 53, 1, 0),
              cp=['1.2.1', '2.2.3', '4.2.1'], pc=['5.3.3'], rest='stated'),
    ],
    'notes': 'One emqc report covering TWO stages: the deferred Annual Review 1 (remote, 04/03/2021, findings reported 22/03/2021) and Annual Review 2 (4th Nov 2021, report 19 November 2021). '
             'A stage table with a column per review (Visit / Findings reported / Assessor); a totals table whose "Totals" label cell is merged down two rows (AR1 / AR2 sub-rows, C+ / C / PC / NC columns); '
             'one element table with a rating column per visit ("AR1 Mar 2021", "AR2 Nov 2021"), ratings CP / C / PC, criterion banner rows -> every element stated in both. '
             'Traps: both visits share the assessor; reassessment February 2019 and the postponed February 2020 date; 2022 reassessment; each review\'s own date format.',
}
T['stanmoor-cab-2009-initial'] = {
    'organisation': 'Stanmoor and District Citizens Advice Bureau', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('initial', '2009-02-27', '2009-02-03', ['Lorna Baptiste'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(2, 52, 3, 0),
        cp=['1.2.1', '4.3.6'], pc=['1.3.4', '3.2.2', '5.3.2'], rest='derived', documentReviewDate=None)],
    'notes': 'SGS initial assessment, 2009. The holder is named only on the cover page, in capitals over two lines ("STANMOOR AND DISTRICT / CITIZENS ADVICE BUREAU"); the text says "the Bureau". '
             'Per-criterion results in five bordered text boxes, one under another: "Criterion 1 / Customer Insight", "Compliant Plus: 1 (1.2.1)", "Compliant: 9", "Partially Compliant: 1 (1.3.4)", "Non-Compliant: 0". '
             'Overall counts in words: "two elements achieved compliance plus, fifty-two are compliant and three are partially compliant. There are no non-compliant elements." -> rest derived. '
             'Traps: "Complaint Plus" misspelt in prose (the C+ reasons there have no codes); "3rd & 4th February 2009"; "27th Feb 2009"; evidence review "in January 2009" has no day (documentReviewDate null); "February 2010" next visit; partials cited at the end of sentences in section 4; footer "Page 2 of 2".',
}
T['ferrybridge-bc-2018-invitation-to-quote'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a council\'s invitation to quote for CSE assessment services 2018-2021: issue date, deadline, the visits wanted (full reassessment, annual review 1, annual review 2 with months), the four rating words, the licensed bodies by name, evaluation weightings (percentages), '
             'and its last annual review\'s results ("four compliance plus ratings (1.1.1, 2.1.2, 3.3.1 and 4.3.2) and one partial compliance (5.3.3); all other elements were compliant").',
}
T['glenholm-hospice-2025-review'] = {
    'organisation': 'Glenholm Hospice Care', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-2', '2025-01-31', '2025-01-14', ['Ewan Macleod'],
        None, ov(4, 52, 1, 0),
        cp=['1.1.1', '2.2.5', '3.3.1', '4.3.3'], pc=['5.2.2'], rest='stated')],
    'notes': 'Centre for Assessment "Annual Review 2" of a hospice charity. Every element SCORED 0-3 in five per-criterion tables (Ref / Requirement / Score) with no rating words, and a key "3 = Compliance Plus; 2 = Compliance; 1 = Partial Compliance; 0 = Non-Compliance" -> all 57 stated. '
             'Counts in a "Score | Number of elements" table (3: 4, 2: 52, 1: 1, 0: 0, Total 57) -> overall stated. Each criterion table ends with an italic "Criterion points" row (23, 23, 25, 27, 19): points, not counts (byCriterion null). '
             'Traps: "14th–15th January 2025"; "the 2024 partial score for complaint-handling training has been addressed ... it scores 3" (4.3.3, no code); reassessment January 2023 / January 2026.',
}
T['mercia-probation-2014-review'] = {
    'organisation': 'Mercia Valley Probation Trust', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-1', '2014-06-30', '2014-06-10', ['Keith Dunmore'],
        None, ov(2, 53, 2, 0),
        cp=['2.1.2', '4.2.1'], pc=['1.1.3', '5.3.1'], extra_c_stated=['3.3.3'], rest='derived')],
    'notes': 'G4S Assessment Services (2014, = Assessment Services Ltd) "12-month review" (= review-1) of a probation trust (Markdown too: setext headings, a bullet list of "**label** — value" fields, pandoc footnotes [^1]). '
             'The per-criterion table gives PERCENTAGES only ("% Compliance Plus | % Compliant | % Partial": 0% / 91% / 9% ...) -> byCriterion null. Overall counts in one sentence "two are rated compliance plus, 53 compliant and two partially compliant, with no non-compliance". '
             'C+ and PC cited in prose as "element 2.1.2"; "All other elements are compliant" -> derived. Footnote 2: "3.3.3, partially compliant in 2013, is now compliant" (stated) and 5.3.1 also partial in 2013. '
             'Traps: "1 June 2014" (transition date), "10–11 June 2014", "30 June 2014"; the trust "will close in 2015"; reassessment May 2013.',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
