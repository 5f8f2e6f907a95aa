# Hand-written truth of the blind5 set, one compact entry per document, expanded to the
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
T['ravensholt-bc-2015-initial'] = {
    'organisation': 'Ravensholt Borough Council', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('initial', '2015-03-27', '2015-03-03', ['Margaret Ellison'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 51, 3, 0),
        cp=['1.2.2', '2.1.3', '4.2.3'], pc=['1.3.4', '3.3.3', '5.3.2'], rest='stated', documentReviewDate='2015-02-09')],
    'notes': 'Centre for Assessment initial assessment of a borough council (Markdown too: ATX headings closed with #\'s, "+" bullets). Every element rated by a RAG COLOUR WORD, with a key: "Green+" = Compliance Plus, "Green" = Compliance, "Amber" = Partial Compliance, "Red" = Non-Compliance; '
             'the words are also coloured in the HTML/PDF. Sections "Criterion One – Customer Insight" .. "Criterion Five"; each has a table of all its elements (Element / Requirement / RAG / Assessor comment, sub-criterion banner rows) -> all 57 stated; in the Markdown each element is a bullet "1.2.2 <requirement> -- **Green+** (comment)". '
             'Per-criterion count table with columns Green+ / Green / Amber / Red and a "Whole standard" row (Markdown: "+ Criterion One: Green+ 1, Green 9, Amber 1, Red 0"). '
             'Dates written out with weekday and ordinal: "Monday the 9th of February 2015" (desk review = documentReviewDate), "Tuesday the 3rd of March 2015 to Thursday the 5th of March 2015", "Friday the 27th of March 2015"; sign-off "27.03.2015". '
             'Traps: "Margaret Ellison FCIM, Lead Assessor" (post-nominal); "Council contact: Mr Daniel Okafor" is not an assessor; the Council\'s own "red-amber-green" performance dashboard sentence; "Red" in the key; "first annual review, expected in March 2016".',
}
T['calderbrook-housing-2011-reassessment'] = {
    'organisation': 'Calderbrook Housing Trust', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2011-12-02', '2011-11-15', ['A. Patel', "R. O'Neill"],
        None, ov(4, 51, 2, 0),
        cp=['1.1.2', '2.2.3', '3.4.1', '4.3.2'], pc=['1.3.4', '5.3.1'], rest='stated')],
    'notes': 'SGS reassessment of a housing trust. Ratings ABBREVIATED "CP / C / P / N" with a key ("CP = Compliance Plus; C = Compliance; P = Partial Compliance; N = Non-Compliance"): CP is Compliance Plus and P alone is partial. '
             'Element codes written with HYPHENS ("1-3-4") everywhere, in the 57-row element table (Ref / Element / Rating, criterion banner rows, header row repeated) -> all 57 stated. '
             'Counts only as "x out of 57" in prose: "Compliance Plus was awarded for 4 out of 57 elements, against 2 out of 57 at the 2008 initial assessment. 51 out of 57 elements are compliant and 2 out of 57 are partially compliant. No element is non-compliant." -> overall (4, 51, 2, 0); no per-criterion counts. '
             'Traps: "Assessed by: A. Patel and R. O\'Neill" (initials only, curly apostrophe); "Certification decision: ... approved by S. Whitlock, Certification Decision Maker, 9.12.2011" is not an assessor and not the report date; dotted dates "15.11.2011 – 17.11.2011", "2.12.2011"; '
             '2008 "2 out of 57"; 2010 annual review partials 1-3-4, 4-1-3, 5-3-1 (4-1-3 "now rated C"); ambition "CP on six elements at the next reassessment in 2014"; certificate GB08/74410.',
}
SAMPLE = ['1.1.3', '1.2.3', '1.3.2', '1.3.4', '2.1.2', '2.1.4', '2.2.1', '2.2.5', '3.1.2', '3.2.1', '3.3.1',
          '3.4.2', '4.1.1', '4.2.2', '4.3.2', '4.3.4', '5.1.1', '5.2.2', '5.2.3', '5.3.1', '5.3.2']
T['tolland-libraries-2026-review'] = {
    'organisation': 'Tolland Libraries and Archives', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-1', '2026-07-17', '2026-06-30', ['Priya Raman-Hughes'],
        crit((1, 3, 0, 0), (0, 4, 0, 0), (1, 3, 0, 0), (1, 3, 0, 0), (0, 4, 1, 0)), ov(3, 17, 1, 0),
        cp=['1.2.3', '3.2.1', '4.3.2'], pc=['5.2.2'], rest='stated', only=SAMPLE)],
    'notes': 'Assessment Services Ltd "Annual Review 1 – Surveillance Report" of a county library service (Markdown too: pipe tables with NO alignment row, bold-paragraph headings). Only a SAMPLE of 21 elements was assessed: '
             'the 57-row element table (Element / Requirement / Result) rates the 21 and marks the other 36 "Not assessed at this visit" -> only the 21 are in the truth (all stated); the 36 are NOT compliant, they are unrated. '
             'Codes written "1.2 (3)" (sub-criterion, element number in brackets) everywhere. Compliance Plus written "Compliant ★" with a key ("Compliant ★ = Compliance Plus"). '
             'Counts are of the sample: "Of the 21 elements assessed, 3 were Compliant ★, 17 Compliant and 1 Partial; none was non-compliant" and a per-criterion table with an "Elements assessed" column (4/4/4/4/5, not a rating) and a "This visit" row -> byCriterion and overall stated as printed. '
             'Traps: visit spanning two months "30 June – 1 July 2026"; "Dr Priya Raman-Hughes MCMI"; June 2025 reassessment ratings: 2.1 (1) Compliant ★ (not sampled -> omitted), 4.2 (2) Compliant ★ then (now Compliant), 3.3 (1) Partial then (now Compliant); "5.3 (1), which is compliant"; AR2 "June or July 2027".',
}
T['westerleigh-dc-2019-review'] = {
    'organisation': 'Westerleigh District Council', 'assessmentBody': 'emqc',
    'assessments': [stage('review-2', '2019-11-05', '2019-10-08', ['Owen Pritchard'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (1, 8, 1, 0)), ov(4, 51, 2, 0),
        cp=['1.1.1', '2.2.4', '4.3.3', '5.2.3'], pc=['3.3.2', '5.3.1'], extra_c_stated=['4.1.3', '4.2.3'], rest='derived')],
    'notes': 'emqc "Annual Review 2" of a council certified for THREE SERVICES under one certificate. Section 2 has ONE TABLE PER SERVICE (Customer Contact Centre; Revenues and Benefits; Planning and Building Control) listing that service\'s own Compliance Plus / Partial Compliance findings with a "Service totals: Compliance Plus 3 · Partial Compliance 1" row; '
             'section 3 gives the OVERALL result for the Council: a per-criterion table (C+ / C / PC / NC / Total, row "Westerleigh District Council"), the overall C+ and PC lists, and "All other elements are compliant for the Council as a whole" -> derived. The truth is the overall result only. '
             'Element codes printed WITH SPACES after the dots: "2. 2. 4". '
             'Traps: 4. 1. 3 is Partial in the Contact Centre table but "is compliant for the Council" (stated compliance); 5. 3. 1 partial in two services; 2. 2. 4 C+ in two services; per-service totals are not the overall counts; '
             'visit on three non-consecutive days "8, 9 and 15 October 2019" (first day = visitDate); "Quality review: Jan Hollis, emqc Quality Manager (report review only)" and "Council lead" are not assessors; AR1 October 2018 partials 3. 3. 2, 4. 2. 3 (now compliant, stated), 5. 3. 1; reassessment October 2017 / October 2020.',
}
T['brenmouth-university-2024-reassessment'] = {
    'organisation': 'University of Brenmouth – Student Services', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('reassessment', '2024-04-02', '2024-03-05', ['Fiona MacAulay', 'Tom Brandt'],
        None, None,
        cp=['1.1.3', '2.1.1', '3.2.3', '4.2.1', '5.1.1'], pc=['3.3.1', '4.3.5'], rest='derived', documentReviewDate='2024-02-20')],
    'notes': 'Centre for Assessment reassessment of a university\'s student services (Markdown too, in a reStructuredText-like style: over- and underlined title, "~~~" underlined section titles, ":Field: value" field lists, rST SIMPLE TABLES with "=====  =====" borders, a ".. note::" directive). '
             'Counts ONLY AS PERCENTAGES: a "Rating | Share of elements" table (8.8% / 87.7% / 3.5% / 0.0%) with an "Elements assessed | 57" row, "Elements assessed: 57" in prose and a CSS bar chart labelled with the same percentages -> overall null (percentages are not counts, even with the total), byCriterion null. '
             'C+ and PC elements listed under headings with statement and evidence; "All other elements were found to be compliant" -> derived. '
             'US-style dates (the text explains why): "February 20, 2024" (evidence review = documentReviewDate), "March 5–7, 2024", "April 2, 2024"; US Letter page. '
             'Traps: "Lead Assessor" and "Co-assessor" in separate rows; a "Group | Number met" table (6, 46, 37, 3, 4: not counts); the evidence "covered all 57 elements"; 2021 reassessment C+ 1.1.3, 2.1.1, 4.3.5 (4.3.5 now partial); criterion summaries by name only; "March 2025" next visit; "within 28 days".',
}
T['fenwick-idb-2017-initial'] = {
    'organisation': 'Fenwick Valley Internal Drainage Board', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('initial', '2017-06-12', '2017-05-16', ['Caroline Fairweather', 'Kwame Asante'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(2, 52, 3, 0),
        cp=['1.2.1', '3.4.2'], pc=['1.3.3', '4.3.4', '5.3.2'], extra_c_stated=['1.1.2', '4.3.3', '5.1.1'], rest='derived')],
    'notes': 'SGS initial assessment in a Word-style layout. The holder\'s name appears ONLY in a bordered TEXT BOX on the cover (with its address); the <title> and all the text say only "the Board". '
             'A front-page TABLE OF CONTENTS with page numbers (3, 4, 4, 5, 5, 6, 6, 8, 9) on lines that name the criteria ("Criterion 3 – Information and Access ... 5") – not counts. '
             'Per-criterion table with an "Elements" column (11/11/12/13/10) before the four ratings and a Total row (57, 2, 52, 3, 0). C+ and PC under "Element 1.2.1 – Compliance Plus" headings with long justified justifications; "Two elements are rated Compliance Plus and three Partial Compliance; all other elements are compliant" -> derived. '
             'Traps: assessors with post-nominals only in the executive summary prose and the approval table ("Caroline Fairweather MCIM FInstCPD, Lead Assessor", "Dr Kwame Asante CMgr MCMI"); the approval table\'s "Technical Reviewer (did not take part in the assessment): Philippa Stroud BSc (Hons)" (20 June 2017) and "Certification Decision Maker: Mark Ellery" (22 June 2017) are NOT assessors and their dates are not the report date ("Date of issue: 12 June 2017"); '
             '"Tue 16 May 2017 – Thu 18 May 2017"; justifications quote other elements that are stated compliant ("customer insight (1.1.2), which is compliant", "4.3.3, which is compliant", "see 5.1.1, compliant" -> stated, a judgement) and 1.2.1 / 5.3.2 again; "December 2015 floods", "May 2018".',
}
T['kirkholme-registration-2008-initial'] = {
    'organisation': 'Kirkholme County Council – Registration and Celebratory Service', 'assessmentBody': None,
    'assessments': [stage('initial', '2008-10-10', '2008-09-23', ['Geoffrey Lindqvist'],
        crit((None, 10, 1, None), (1, 10, None, None), (None, 12, None, None), (1, 11, 1, None), (None, 10, None, None)), ov(2, 53, 2, 0),
        cp=['2.2.1', '4.1.2'], pc=['1.3.4', '4.3.4'], rest='stated', documentReviewDate='2008-09-02')],
    'notes': 'An invented body (Northgate Quality Assurance Ltd -> null), 2008, the first year of CSE; "Initial assessment (Stage 2, on site)" with "Stage 1 (document review): 2.9.2008" (= documentReviewDate). '
             'Criteria written "C1" .. "C5" ("3.1 C1 Customer Insight" headings). Each element is split into lettered EVIDENCE POINTS, two table rows "El 1.1.1(a)" / "El 1.1.1(b)", with the element\'s rating ("Compliant Plus" / "Compliant" / "Partially Compliant") in ONE CELL MERGED DOWN BOTH ROWS (rowspan) -> all 57 stated; the (a)/(b) points are not elements. '
             'Per-criterion counts as lines "C1: 11 elements – 10 Compliant, 1 Partially Compliant" that name only the ratings present -> the ratings a line leaves out are null (judgement: implied zeros are not stated), the "11 elements" is a total; overall "Rating | Number of elements" table with "Not Compliant 0" and Total 57. '
             'Traps: dates "2.9.2008", "23.9.2008 – 24.9.2008", "10.10.2008"; report ref NQA/CSE/08/031; Charter Mark held from 2003; "El 1.3.4(b)" references in prose and corrective actions CAR 1 / CAR 2; "September 2009" surveillance; the body\'s name in capitals above the holder.',
}
T['kilnsea-harbour-2013-review'] = {
    'organisation': 'Kilnsea Harbour Commissioners', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-2', '2013-03-01', '2013-02-12', ['Robert Haigh-Mellor'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (1, 11, 0, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.2.3', '3.4.1', '4.2.2'], pc=['1.1.3', '5.2.4'], extra_c_stated=['3.3.1', '1.3.5'], rest='derived')],
    'notes': 'G4S Assessment Services (2013, = Assessment Services Ltd) "Second Annual Review" (= review-2) of a harbour authority. Criteria headed with ROMAN NUMERALS ("Criterion III – Information and Access"), and the count table\'s rows are "I. Customer Insight" .. "V. Timeliness and Quality of Service" with an "All criteria" row. '
             'NO element code is ever written whole: elements are cited as "within sub-criterion 1.2 (Engagement and Consultation), element 3 is rated Compliance Plus", "Sub-criterion 3.4, element 1", "Element 2 of sub-criterion 4.2" (= 4.2.2), "Within sub-criterion 5.2, element 4 is rated Partial Compliance"; no element table. '
             '"all other elements remain compliant" -> derived. '
             'Traps: "Last year\'s partial compliance in sub-criterion 3.3, element 1 ... is now compliant" (3.3.1 stated); an area for development says "(sub-criterion 1.3, element 5 is compliant, but the analysis is thin)" (1.3.5 stated compliant, a judgement); a "Group | People met" table (5, 14, 9, 3, 5: not counts); "There are no changes to the ratings in Criterion II since the initial assessment"; "Tuesday 12 and Wednesday 13 February 2013", "1st March 2013"; "Client contact: Captain Ian Trelawney, Harbour Master" is not an assessor; first certified February 2011, AR1 February 2012, reassessment February 2014; "all 57 elements".',
}
T['moorhen-housing-2020-self-assessment'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a housing association\'s own SELF-ASSESSMENT workbook ("INTERNAL – WORKING DOCUMENT – version 0.7"), prepared before its emqc initial assessment booked for 17–19 March 2020. Every one of the 57 elements has the holder\'s OWN rating in an "Our rating" column (C+ / C / PC), evidence references, an owner, and EMPTY "Assessor validation (emqc use only)" and "Assessor comment" columns; '
             'a self-assessed totals table (4 / 50 / 3 / 0, Total 57) and "We think we can evidence Compliance Plus for 1.2.1, 2.2.3, 4.3.2 and 5.1.1". "These are our judgements, not the assessor\'s"; "assessor to be confirmed by emqc". Landscape A4.',
}
T['lanchester-dc-2008-charter-mark'] = {
    'error': 'not-a-report',
    'notes': 'NOT a CSE report: an SGS CHARTER MARK annual review report (the predecessor scheme; Markdown too) for a council revenues service, 2008. It has everything a CSE report has – organisation, body, "Type of visit: Annual review", visit and report dates, assessor, element codes like 1.1.1 / 3.3.1 / 4.2.3 with "Compliant" / "Partial compliance" findings in a table, counts ("Of the 16 elements reviewed, 14 were compliant and two ... partial compliance") – '
             'but against the Charter Mark standard (six criteria, 63 elements, "Criterion 6: Contribute to improving opportunities ..."). Customer Service Excellence is mentioned only as the scheme that will replace Charter Mark ("five criteria and 57 elements ... Compliance Plus").',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
