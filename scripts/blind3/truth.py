# Hand-written truth of the blind3 set, one compact entry per document, expanded to the
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
          rest='derived', extra_c_stated=(), only=None, status='completed', documentReviewDate='absent'):
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
        els.append({'code': code, 'rating': r, 'basis': b})
    a = {'stage': stage, 'status': status, 'reportDate': reportDate, 'visitDate': visitDate,
         'assessors': list(assessors),
         'statedTotals': {'byCriterion': byCriterion, 'overall': overall}, 'elements': els}
    if documentReviewDate != 'absent':
        a['documentReviewDate'] = documentReviewDate
    return a

T = {}
T['ferncliffe-bc-2008-initial'] = {
    'organisation': 'Ferncliffe Borough Council', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('initial', '2008-03-14', '2008-03-03', ['Margaret Ellwood', 'Samir Qureshi'],
        crit((2, 8, 1, 0), (1, 10, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 10, 0, 0)), ov(4, 51, 2, 0),
        cp=['1.1.3', '1.2.2', '2.1.1', '3.4.3'], pc=['1.3.4', '4.2.3'], documentReviewDate='2008-02-11')],
    'notes': 'Centre for Assessment initial assessment, 2008, in a landscape page with the narrative in two CSS columns (LibreOffice may drop the columns). '
             'Per-criterion table with criteria as rows, rating columns labelled "Compliance Plus (C+)" etc., a "% at C or above" column and a "Points" column (3/2/1/0 per rating), and a Total row (overall stated). '
             'C+ and PC elements listed as "Element 1.1.3" with the rating written "Compliance Plus (C+)" / "Partial Compliance (PC)"; "All other elements were assessed as Compliant" -> the rest derived. '
             'Dates "3rd–5th March 2008" (visit), "14.03.2008" (report), "11 February 2008" (document review). '
             'Traps: a consultant\'s company (Brightwater Public Sector Consulting Ltd) printed above the holder on the cover; assessor roles "Lead Assessor", "Technical Assessor" (Dr -> Samir Qureshi), "Observer — not an assessor" (Tom Hadley is not an assessor); '
             'justifications cross-reference 1.2.1 and 5.3.2, and the areas for development cite 5.3.2 (all compliant); the points column (23, 25, 116) is not a count; next review "February or March 2009" is not a date.',
}
T['holmbury-nhs-2011-review'] = {
    'organisation': 'Holmbury Community Healthcare NHS Trust', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('review-1', '2011-03-14', '2011-02-22', ['Helen Pryce-Morgan'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(5, 51, 1, 0),
        cp=['1.2.1', '2.2.5', '3.3.1', '4.3.2', '5.2.2'], pc=['4.2.3'], rest='stated')],
    'notes': 'SGS "Surveillance Visit 1 (12-month annual review)" = review-1. Two per-criterion tables with criteria as rows: Table 1 restates the February 2010 initial assessment ("previous visit, for reference only": 3 C+, 50 C, 4 PC) BEFORE Table 2, this visit (5/51/1/0 with a Total row). '
             'Every element is rated in Appendix B after the narrative and an unrelated Appendix A, in a matrix with a filled ● under the awarded rating and hollow ○ under the others, codes written with a trailing dot ("1.1.1."), criterion banner rows. '
             'Traps: the previous visit\'s table comes first; the text names 2010 partials 1.3.3, 4.3.4, 5.3.3 (now compliant) and Appendix A lists sampled element ranges; SGS\'s address in the header above the client; certificate number GB10/80412; "second surveillance visit is due in February 2012" is not a date; report date 14.03.2011.',
}
T['saltmarsh-university-2014-reassessment'] = {
    'organisation': 'University of Saltmarsh – Student and Academic Services', 'assessmentBody': 'emqc',
    'assessments': [stage('reassessment', '2014-03-28', None, ['Peter Lindqvist', 'Aisha Mbeki'],
        crit((2, 9, 0, 0), (2, 9, 0, 0), (2, 9, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), None,
        cp=['1.1.2', '1.3.1', '2.1.3', '2.2.2', '3.2.1', '3.3.3', '4.1.1'], pc=['3.1.2', '5.1.1'], rest='stated',
        documentReviewDate=None)],
    'notes': 'emqc "Full Reassessment (Triennial)" = reassessment. Per-criterion table with criteria as COLUMNS, a blank first header cell, short criterion names, rating rows labelled "CPlus", "Full", "Partial", "Non" and an italic "Elements" row (11/11/12/13/10) that is not a rating. '
             'Summary of all 57 element outcomes (codes "CSE 1.1.1", outcome words CPlus / Full / Partial) split in two tables across a page break with the header row repeated on the second page (and a footer line between them). No overall totals. '
             'Traps: assessment period "March 2014" and document review "February 2014" have no day -> visitDate and documentReviewDate null; "Date of issue: 28.03.2014"; commentary cites codes as "(CSE 3.1.2, Partial)"; the 2011 partials (1.3.4, 4.2.3, 5.3.3) are Full now; "due by March 2015" is not a date.',
}
T['redbrook-police-2016-surveillance'] = {
    'organisation': 'Redbrook and Vale Police', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-2', '2016-04-29', '2016-04-13', ['Graham Whitlock'],
        None, ov(4, 51, 2, 0),
        cp=['1.1.1', '2.1.5', '3.2.4', '5.2.5'], pc=['4.1.2', '5.3.2'], rest='stated')],
    'notes': 'Assessment Services Ltd (formerly G4S) "Surveillance Visit – Year 2" = review-2, in a house style unlike the G4S one. '
             'Element table with the code split across three columns Crit | Sub | Elem (e.g. 1 | 1.1 | 1), the Crit and Sub cells left blank where they repeat; ratings "Compliance Plus (C+)", "Compliant", "Partial Compliance (PC)". '
             'Overall counts only in words in a sentence ("Of the fifty-seven elements, fifty-one were assessed as compliant, four as compliance plus and two as partially compliant; there were no non-compliances"); no per-criterion table. '
             'Traps: the Year 1 counts in prose (three C+, three PC) and 2015 partials 1.3.2 and 2.2.3 (now compliant); "see 3.2.1" in a justification; "Quality assured by: Janet Lowe (Technical Reviewer)" is not an assessor; "MCIM"; "Wednesday 13 and Thursday 14 April 2016"; "29/04/2016"; reassessment in "spring 2017".',
}
T['oakhurst-homes-2019-board'] = {
    'organisation': 'Oakhurst Homes Group', 'assessmentBody': 'emqc',
    'assessments': [stage('review-2', '2019-06-17', '2019-06-04', ['Ruth Abernethy'],
        None, ov(7, 49, 1, 0),
        cp=['1.2.3', '2.1.1', '2.2.4', '3.4.1', '3.4.3', '4.2.4', '5.2.3'], pc=['5.3.3'], extra_c_stated=['1.3.4', '4.3.6', '3.3.1'], rest='derived')],
    'notes': 'Housing association board paper (Markdown too), numbered paragraphs; "second annual surveillance visit" = review-2. Counts in words ("Seven elements ... compliance plus and one element partially compliant. The remaining forty-nine elements were all assessed as compliant. There were no non-compliances.") -> overall stated, the rest derived. '
             'C+ elements as a bullet list "1.2.3 – description"; the one partial 5.3.3 in prose. '
             'Traps: board meeting 24 July 2019 is not the report date (the assessor\'s report is "dated 17 June 2019"); "4th and 5th June 2019"; a 2018 vs 2019 comparison table (2018 column 5/50/2/0 is the previous visit); 2018 partials 1.3.4, 4.3.6 ("are now compliant") and lost C+ 3.3.1 ("the assessor considered it compliant") are stated compliance now; '
             'the target "reach 10 compliance plus ratings at the reassessment in 2020"; action plan cites 3.2.3 (compliant) and 5.3.3; "eleven housing associations"; paragraph numbers next to counts.',
}
T['lydmouth-libraries-2021-initial'] = {
    'organisation': 'Lydmouth Libraries and Archives', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('initial', '2021-11-19', '2021-11-02', ['Olu Adebayo-Clarke', 'Fiona McTavish'],
        crit((0, 10, 1, 0), (0, 11, 0, 0), (2, 10, 0, 0), (0, 10, 2, 1), (0, 9, 1, 0)), ov(2, 50, 4, 1),
        cp=['3.3.1', '3.4.3'], pc=['1.3.4', '4.2.3', '4.3.4', '5.3.3'], nc=['4.3.6'], rest='derived')],
    'notes': 'Initial assessment that does NOT certify: one element "Not met" (non-compliant, 4.3.6). Markdown version as exported by a reporting tool: setext headings (=== / ---) and raw HTML <table>s inside the Markdown, a bullet list of labelled fields. '
             'Score table columns in NC, Partial, Full, Compliance Plus order with an "All criteria" total row; element table lists only Not met / Partial / Compliance Plus elements with a key that says "Every element not listed below was rated Full" -> the rest derived. '
             'Traps: the co-assessor is an assessor; "2–4 November 2021"; the comment on 4.3.4 cross-references 4.3.6; the outcome paragraph cites 4.3.6 and 4.3.4; a footer date "19/11/2021"; "further visit within six months" is not a date; organisation in brackets "(Lydmouth County Council)" is the parent, not the holder.',
}
T['brightwell-college-2022-review'] = {
    'organisation': 'Brightwell Sixth Form College', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('review-1', '2022-02-24', '2022-02-10', ['Kwame Asante'],
        crit((1, 10, 0, 0), (1, 9, 1, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 10, 0, 0)), ov(3, 52, 2, 0),
        cp=['1.1.1', '2.2.2', '4.2.2'], pc=['2.1.4', '3.2.2'], rest='derived')],
    'notes': 'SGS "Annual Review 1" = review-1. The Markdown version uses pandoc grid tables (+---+ borders, === header separator, cells wrapped over several lines, so "Compliant Plus" is split "Compliant / Plus" across two lines of one cell, as are C+ ratings in the element table) and a YAML front-matter block. '
             'Per-criterion table with rating columns Compliant Plus / Compliant / Partial / Non and an Overall row; "All elements not listed above are Compliant" -> rest derived. '
             'Traps: "Client contact: Ms Rebecca Hale" is not an assessor; the ambition "ten Compliant Plus ratings by its reassessment in 2024"; "see 3.2.1" inside a partial\'s evidence; "Thursday 10 February 2022"; certification "February 2021" and "Annual Review 2 is due in February 2023" are not this visit.',
}
T['eastmere-fire-2024-reassessment'] = {
    'organisation': 'Eastmere Fire and Rescue Service', 'assessmentBody': None,
    'assessments': [stage('reassessment', '2024-07-02', '2024-06-04', ['Sunita Rao', "Liam O'Connor"],
        None, ov(6, 50, 1, 0),
        cp=['1.2.2', '1.3.5', '2.1.6', '3.3.2', '4.3.4', '5.1.2'], pc=['4.1.3'], rest='stated')],
    'notes': 'Reassessment by an invented licensed body (Meridian Standards Ltd -> assessmentBody null). No tables at all for ratings: every element is rated in an inline run per sub-criterion, "E1.1.1 C · E1.1.2 C · E1.1.3 C", codes prefixed "E", abbreviations C+ / C / PC; overall totals in one line "Summary: 6 CP | 50 C | 1 PC | 0 NC". '
             'Markdown version: a blockquote of fields with hard line breaks, bold codes. '
             'Traps: narrative cites E-codes ("E1.2.3 is compliant" in development advice); "Lead:" / "Second assessor:" labels; apostrophe in O\'Connor; "Tuesday 4 June 2024 – Wednesday 5 June 2024"; last reassessment "2021" and "since 2012".',
}
T['kestrelford-council-2010-review'] = {
    'organisation': 'Kestrelford City Council – Revenues and Benefits Service', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-1', '2010-11-01', '2010-10-07', ['Alan Whitcombe'],
        None, ov(2, None, 2, 0),
        cp=['1.1.2', '5.2.1'], pc=['2.2.3', '4.3.5'], rest='stated')],
    'notes': 'G4S Assessment Services (2010, = Assessment Services Ltd) "First Annual Review" = review-1. Fifteen small tables, one per sub-criterion under an italic heading "1.1 Customer Identification", whose Element column holds only the element\'s number within the sub-criterion (1, 2, 3 ...): the code is heading + number. Ratings Compliant / Compliance Plus / Partial Compliance. '
             'Counts only as "Two elements are rated Compliance Plus (one more than in 2009), two are Partial Compliance, and there is no Non-Compliance" (overall: compliancePlus 2, partialCompliance 2, nonCompliance 0 stated, compliance not stated -> null). '
             'Traps: one header line "Visit: 7/8 October 2010 | Report date: 1st November 2010 | Assessor: Alan Whitcombe"; comments cross-reference 2.2.1 and 4.3.2 (compliant); 2009 partial 1.3.4 resolved; "October 2011" next visit; footer date 01/11/2010.',
}
T['wolds-dc-2017-improvement-plan'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a holder\'s CSE improvement action plan (Markdown too). It names six elements with their statements in an action table with leads, dates and RAG status words (Amber / Green / Not started), the four rating words in a sentence, "57 elements in five criteria", and the target "We aim for 10 compliance plus next year, and no partial compliances" - but it rates nothing and says it is not an assessment report.',
}
T['penhallow-npa-2026-record'] = {
    'organisation': 'Penhallow National Park Authority', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [
        stage('reassessment', '2025-02-03', '2025-01-14', ['Dawn Ferreira'],
              crit((2, 9, 0, 0), (0, 11, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
              cp=['1.1.1', '1.2.1', '3.4.3'], pc=['4.2.3', '5.3.3'], rest='derived'),
        stage('review-1', '2026-02-05', '2026-01-20', ['Dawn Ferreira'],
              crit((2, 9, 0, 0), (1, 10, 0, 0), (1, 11, 0, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(5, 51, 1, 0),
              cp=['1.1.1', '1.2.1', '2.1.1', '3.4.3', '4.2.4'], pc=['5.3.3'], extra_c_stated=['4.2.3'], rest='derived'),
        stage('review-2', None, None, [], None, None, rest='none', status='not-started'),
    ],
    'notes': 'SGS "Assessment Record" holding two completed visits as Part 1 (Reassessment, January 2025) and Part 2 (Annual Review 1, January 2026), plus an empty Part 3 "Annual Review 2 ... To be added after the visit due in January 2027" -> a not-started review-2 (an empty section of the record, as the contract says). '
             'Each Part has a table with criteria as columns headed "Criterion 1".."Criterion 5", ratings as rows and a Total column (overall stated), and C+ / PC lists; "All other elements: Compliance" / "remain at Compliance" -> derived. Review 1 states 4.2.3 "is now rated Compliance" (stated). '
             'Traps: a stage-history table at the top with both visits\' dates in one table (03/02/2025, 05/02/2026); "Observer: Ian Pike (SGS trainee assessor, not assessing)"; C+ reasons "Retained."; first certified 2013; Part 3 "due in January 2027".',
}
T['thornbury-housing-2018-letter'] = {
    'organisation': 'Thornbury Community Housing Trust', 'assessmentBody': 'emqc',
    'assessments': [stage('reassessment', '2018-10-01', '2018-09-12', ['Catherine Doyle'],
        None, ov(3, 52, 2, 0),
        cp=['2.1.2', '3.2.3', '4.3.3'], pc=['1.2.3', '5.3.1'], extra_c_stated=['4.2.3', '5.3.3'], rest='derived')],
    'notes': 'emqc "Reaccreditation Assessment" (= reassessment) written as a letter to the chief executive: letterhead, the recipient\'s name and address ABOVE the organisation line, letter date 1 October 2018 = report date, "visit on 12th and 13th September 2018". '
             'Overall counts in a Rating | Number | % of elements table; C+ and PC elements only as codes in brackets at the end of prose sentences, followed by "These three elements are rated Compliance Plus" / "These two elements are rated Partial Compliance"; "All remaining elements were judged compliant" -> derived. '
             'Traps: addressee Ms Joanne Pritchard and "cc: Mark Jennings" and "Quality review: S. Okafor" are not assessors; emqc\'s address in Stockton-on-Tees; last annual review partials 4.2.3, 5.3.3 "are now compliant" (stated); target "five Compliance Plus ratings"; 1.1.3 and 3.4.3 "came close" (compliant); percentages 5.3% / 91.2% are not counts; "Our ref: EMQ/18/2231/CP".',
}
T['marlow-vale-ccg-2012-initial'] = {
    'organisation': 'NHS Marlow Vale Clinical Commissioning Group', 'assessmentBody': None,
    'assessments': [stage('initial', '2012-05-02', '2012-04-17', ['Nadia Hussain', 'Robert Tennant'],
        None, ov(2, None, 3, None),
        cp=['1.2.2', '2.1.4'], pc=['1.3.2', '4.3.1', '5.2.4'], rest='stated')],
    'notes': 'Initial assessment written as a form: one small two-column table per element (Element / Requirement / Assessment / Evidence), 57 of them, ratings "Compliant Plus", "Compliant", "Partially Compliant". '
             'The body is invented and not licensed under any canonical name: "Quality Assessment Services Partnership LLP" must NOT be read as Assessment Services Ltd (expected null). '
             'Counts only in a sentence ("Two elements are Compliant Plus and three are Partially Compliant") -> overall compliancePlus 2, partialCompliance 3, the rest not stated. '
             'Traps: "Day 1 on site: 17 April 2012" / "Day 2 on site"; "Assessor(s): Dr Nadia Hussain; Robert Tennant"; "Report completed: 2 May 2012"; "authorised in shadow form in 2011"; "April 2013" next review; every requirement statement contains words like "customer" and "standards".',
}

T['glanyrafon-cbc-2013-review2'] = {
    'organisation': 'Glanyrafon County Borough Council', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-2', '2013-04-02', '2013-03-14', ['Gareth Llewelyn'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (2, 10, 0, 0), (0, 13, 0, 0), (0, 10, 0, 0)), ov(3, 53, 1, 0),
        cp=['1.1.3', '3.3.1', '3.4.3'], pc=['1.3.4'], rest='derived')],
    'notes': 'Bilingual Welsh / English report (Centre for Assessment): every label and heading in Welsh first, English in italics after a slash or a line break ("Ail Adolygiad Blynyddol / Second Annual Review (24 mis / 24-month)" = review-2; "Cydymffurfio Plws / Compliance Plus"). '
             'The organisation is given in both languages on one line ("Cyngor Bwrdeistref Sirol Glanyrafon / Glanyrafon County Borough Council"; the English name is expected, the Welsh one is equally the holder). '
             'Per-criterion table with criteria as rows (Welsh name, English name below) and every count cell written "count (percent)" ("1 (9%)"), a Total row "3 (5%) | 53 (93%) | 1 (2%) | 0 (0%)". "Pob elfen arall: Cydymffurfio. / All other elements: Compliance." -> the rest derived. '
             'Traps: report date "2 Ebrill 2013 / 2 April 2013" (Welsh month name first); visit "14.03.2013"; "Full reassessment: March 2014" is not a date; percentages in every cell.',
}
T['fenmoor-college-2023-customer-charter'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a college\'s customer service charter and policy that mentions CSE certification (held since 2017), criteria 4 and 5 by name, elements 4.1.1, 5.1.1 and 5.2.1, a table of its own service standards with 2022/23 performance percentages, and the aim "to keep full compliance with every element of the standard and to be recognised for compliance plus in more areas at our next reassessment".',
}


if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
