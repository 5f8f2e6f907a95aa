# Hand-written truth of the blind10 set (machinery copied from blind9), one compact entry per document, expanded to the
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

T = {}
T['glenmorven-council-2013-multisite-reassessment'] = {
    'organisation': 'Glenmorven Council – Customer Service Centres', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2013-06-07', '2013-05-14', ['Fiona MacAskill', 'Tomasz Wróbel'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.2.2', '2.2.3', '4.3.4'], pc=['3.3.2', '5.2.4'], rest='stated', documentReviewDate='2013-05-02')],
    'notes': 'SGS United Kingdom Ltd "Reassessment (three-year cycle 2)" of a Scottish council\'s three customer service centres (Ardlinn, Balmaddie, Kilcruachan) held under ONE certificate, 2013. Section 6 is a 57-row MULTI-SITE TABLE: Ref / Element / Ardlinn / Balmaddie / Kilcruachan / "Overall (Council)", ratings abbreviated C+ / C / PC / NC (key in section 3), criterion banner rows; section 3 says "Only the overall column is the Council\'s rating against the standard" -> all 57 stated from the Overall column. '
             'The SITE COLUMNS DIFFER from the overall: Balmaddie PC at 1.1.3 and C at 2.2.3 and 5.2.4; Kilcruachan C+ at 3.4.3, PC at 4.1.2 and 5.2.4, C at 1.2.2, 4.3.4 and 3.3.2; Ardlinn matches the overall; the six 2.1 elements read "corp." at every site (assessed once corporately). Section 7 "Site profiles" counts each site\'s 51 site-rated elements (Ardlinn 3 / 46 / 2 / 0, Balmaddie 2 / 47 / 2 / 0, Kilcruachan 2 / 47 / 2 / 0: "These are not the Council\'s results"). '
             'Section 5 "Results by criterion (Council overall)" C+ / C / PC / NC / Elements with a "Council overall" row 3 / 52 / 2 / 0 / 57 -> byCriterion and overall; the summary names the C+ (1.2.2, 2.2.3, 4.3.4) and PC (3.3.2, 5.2.4) and "The remaining 52 elements are compliant". '
             'Dates: "Corporate evidence review (desk-based) Thursday 2 May 2013" (documentReviewDate), site visits on NON-CONSECUTIVE DAYS "Ardlinn Tuesday 14 May 2013; Balmaddie Wednesday 15 May 2013; Kilcruachan Tuesday 21 May 2013" (visitDate the first), "Date of report 7 June 2013"; "Lead Assessor Fiona MacAskill MCIM", "Assessor Tomasz Wróbel" (ó). '
             'Traps: the 2012 annual review\'s partials 1.3.3 and 4.1.2 "both are compliant for the Council, although the Kilcruachan centre has not yet adopted the revised local standards"; prose "Balmaddie\'s local profile ... is marked PC for that site, but the Council\'s profile meets 1.1.3", "(C+ for that site at 3.4.3); the Council overall is compliant at 3.4.3"; "Council contact: Mr Ewan Lamont" not an assessor; "Certification decision SGS Certification Manager, 18 June 2013"; first annual review "May 2014"; SGS reference GB13/CSE/2209.',
}
T['phla-2017-annual-review'] = {
    'organisation': 'Pilotage and Harbour Licensing Agency', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-1', '2017-03-24', '2017-03-07', ['Gwen Thackeray'],
        None, ov(3, 51, 3, 0), cp=['1.1.2', '2.1.3', '4.2.1'], pc=['3.2.3', '4.1.2', '5.3.1'], rest='derived')],
    'notes': 'Centre for Assessment "Annual Review 1 (first annual review of the three-year cycle)" (-> review-1) of a central government agency, 2017. There is NO ELEMENT TABLE and no per-criterion table (byCriterion null). The summary: "Of the 57 elements, three are rated Compliance Plus, 51 Compliance and three Partial Compliance; none is Non-Compliance" -> overall 3 / 51 / 3 / 0; "Compliance Plus was awarded for 1.1.2, 2.1.3 and 4.2.1" (also in the criterion narrative); "The three partial compliances are set out ... in the action plan at Appendix A. All other elements are compliant" -> the rest compliance derived. '
             'THE PARTIAL COMPLIANCES ARE NAMED ONLY IN THE ACTION PLAN (Appendix A: Ref / Element / Type / Finding / Action agreed / Owner / Due date), rows typed "PC" (3.2.3, 4.1.2, 5.3.1) -> stated partial; the narrative describes their weaknesses without codes. The plan also has two "DP" rows (1.3.4, 4.3.2: "development point (the element is compliant; the point is advisory)") -> compliance, derived like the rest (judgement: a DP row is not a rating statement). '
             '(Markdown too: a MkDocs Material page: YAML front matter with tags and "hide", "[TOC]", the counts inside an "!!! abstract" admonition (indented four spaces), the criterion narrative in content tabs "=== \\"Criterion 1\\"" with indented bodies, the type key in a collapsible "??? info" block, kramdown-style "{ .compact }" attribute lines.) '
             'Dates: "Tuesday 7 and Wednesday 8 March 2017", "Date of report 24 March 2017"; no document review (key absent). Assessor "Gwen Thackeray MCIM". '
             'Traps: due dates dd/mm/yyyy in the plan (30/06/2017 ... 31/10/2017); the initial assessment\'s partial compliance described without a code ("has been addressed"); second annual review "March 2018"; "Agency contact: Mr Daniel Oakes-Whitley" not an assessor; sponsoring department; 412 pilots, 96 harbour authorities, "a fall to 71%"; certificate CFA-CSE-16-0712.',
}
T['brindleford-advice-network-2008-initial'] = {
    'organisation': 'Brindleford Advice Network', 'assessmentBody': 'emqc',
    'assessments': [stage('initial', '2008-11-28', '2008-11-11', ['Margaret Ellwood-Hughes'],
        crit_nulls([(1, 9, 1, 0), (1, 10, 0, 0), (0, 11, 1, 0), (0, 13, 0, 0), (0, 9, 1, 0)]), ov(2, None, 3, 0),
        cp=['1.1.2', '2.2.5'], pc=['1.3.3', '3.1.2', '5.1.1'], rest='stated', documentReviewDate='2008-10-22')],
    'notes': 'emqc initial assessment of a charity (an advice network), November 2008, in the EARLY WORDING "full compliance / partial compliance / non compliance", Compliance Plus being a MARK ON A FULLY COMPLIANT ELEMENT rather than a rating column ("Where an organisation goes well beyond the requirement of an element, the element is also marked Compliance Plus"). '
             'Appendix 2 gives all 57 findings as a NESTED NUMBERED LIST: criterion "1. Customer Insight", sub-criterion "1.1 Customer Identification", elements "a) <statement> – Full compliance", "b) ... – Full compliance – Compliance Plus", "c) ..."; the element code is never written there (1.1 b) = 1.1.2) -> all 57 stated ("Full compliance – Compliance Plus" -> compliance-plus, "Partial compliance" -> partial). Comments under the C+ and partial elements. '
             'Section 3 writes the codes whole: "in full compliance with 54 of the 57 elements and in partial compliance with three: 1.3.3, 3.1.2 and 5.1.1. There were no non compliances"; "Of the elements in full compliance, two were marked Compliance Plus: 1.1.2 ... and 2.2.5". Summary table Criterion / Full compliance / Partial compliance / Non compliance / Elements (Total 54 / 3 / 0 / 57) with "Elements marked Compliance Plus are counted as full compliance". '
             'Overall -> compliancePlus 2, partial 3, non 0, and compliance NULL (judgement: the 54 "full compliance" include the two C+; the 52 compliant-only is never stated); byCriterion -> partial and non from the table, compliance and compliancePlus null (the Full column mixes them; C+ per criterion is not counted). '
             'Dates: "Document review 22 October 2008" (documentReviewDate), "On-site assessment 11 and 12 November 2008", "Report date 28 November 2008"; assessor Margaret Ellwood-Hughes. '
             'Traps: the report\'s own numbered paragraphs "2.1", "2.2", "2.3", "3.1" .. "3.4", "4.1" (look like sub-criteria); "five criteria, 15 sub-criteria and 57 elements"; Charter Mark from 2005; registered charity no. 1093318; first annual review "November 2009"; Appendix 1 people met (33).',
}
T['eastleigh-vale-university-it-2019-review'] = {
    'organisation': 'University of Eastleigh Vale – IT Service Desk', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-2', '2019-03-22', '2019-03-05', ['Rachel Odukoya'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 10, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(4, 51, 2, 0),
        cp=['1.2.3', '2.1.4', '3.4.1', '4.2.2'], pc=['3.2.2', '5.2.1'], rest='stated', documentReviewDate='2019-02-25')],
    'notes': 'Assessment Services Ltd "Annual Review 2 (second surveillance visit, cycle 1)" (-> review-2) of a university IT service desk, 2019. "Ratings at a glance" gives the 57 ratings in HORIZONTAL STRIPS, one table per criterion: the first row "Element" then the element CODES AS COLUMN HEADERS (10 to 13 narrow columns), the second row "2019" with this visit\'s rating under each code, a third greyed row "2018 AR1 (for reference)" with the first annual review\'s ratings -> all 57 stated from the "2019" rows. '
             'Ratings ABBREVIATED "CP / C / PC / NC" (key: "CP = Compliance Plus | C = Compliance | PC = Partial Compliance | NC = Non-Compliance"), so CP and PC stand side by side; the prose uses the abbreviations too ("remains CP at 1.2.3", "3.2.2 remains PC", "4.3.5 is C"). '
             '"Results by criterion" table headed "2019 | CP | C | PC | NC" with an "All" row 4 / 51 / 2 / 0 -> byCriterion and overall. In the text layer each strip is a line of codes over a line of ratings over a line of 2018 ratings; narrow columns may wrap codes in the LibreOffice copy. '
             'Dates: "Pre-visit evidence review 25 February 2019" (documentReviewDate), "On-site assessment 5 & 6 March 2019", "Report date 22/03/2019". Assessor "Rachel Odukoya MCIM". '
             'Traps: the 2018 rows (CP 1.2.3 and 4.2.2, PC 3.2.2 and 4.3.5); "The PC at 4.3.5 from the first annual review has been resolved and 4.3.5 is now C; 3.2.2 remains PC"; "2.1.4 is now CP (C in 2018)"; first-contact resolution 78%, "40% of contacts"; UCISA; "Client contact: Mr Pieter van der Berg" not an assessor; reassessment "March 2020"; ref ASL-CSE-19-0388.',
}
T['lowater-hospitals-2022-reassessment'] = {
    'organisation': 'Lowater Hospitals NHS Foundation Trust – Outpatient Services', 'assessmentBody': 'emqc',
    'assessments': [stage('reassessment', '2022-02-11', '2022-01-25', ['Catriona Delahunt', 'Marcus Oyinlola-Price'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (1, 10, 1, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(5, 49, 3, 0),
        cp=['1.1.3', '2.2.2', '3.3.1', '4.2.4', '5.3.3'], pc=['1.3.4', '3.2.4', '4.3.6'], rest='stated', documentReviewDate='2022-01-17')],
    'notes': 'emqc reassessment of an NHS foundation trust\'s outpatient services, 2022. Appendix A "Elements by rating" is ONE TABLE GROUPED BY RATING: coloured banner rows "COMPLIANCE PLUS – 5 elements", "COMPLIANCE – 49 elements", "PARTIAL COMPLIANCE – 3 elements", "NON-COMPLIANCE – none", each followed by its elements in code order (Ref / Element / Evidence noted) with NO RATING CELL in the element rows -> all 57 stated from the banner above them. The Compliance group runs over two page breaks (header row repeated, no banner on the continuation pages). '
             '(Markdown too: an Obsidian note: YAML properties, an "> [!info]" callout for the details, foldable callouts per rating group "> [!success]+ Compliance Plus – 5 elements" / "> [!info]- Compliance – 49 elements" / "> [!warning]+" / "> [!failure]+ ... none", each element a wikilink with an alias "[[CSE elements/1.1.3|1.1.3]]", an Obsidian comment "%% ... whether 3.2.4 was nearly non-compliant – she said no, partial was right %%" (invisible when rendered), "==highlight==".) '
             'Section 4 "Results by criterion" (Compliance Plus / Compliance / Partial Compliance / Non-Compliance, Total 5 / 49 / 3 / 0) -> byCriterion and overall; summary "Five elements are rated Compliance Plus, 49 Compliance and three Partial Compliance". '
             'Dates: "Document review (remote) 17 January 2022" (documentReviewDate), "On-site assessment 25–27 January 2022", "Report date 11 February 2022". Assessors "Lead Assessor Catriona Delahunt FCIM", "Assessor Marcus Oyinlola-Price". '
             'Traps: codes in brackets in the main findings, for C+ and PC alike ("is excellent (1.1.3)", "(1.3.4)"); the 2021 annual review\'s partial 3.3.2 "is compliant", "4.2.4 was Compliance Plus in 2021 and remains so"; "Trust lead: Mrs Aisha Rahman" not an assessor; "41% of eligible patients", "96% within seven days"; first annual review "January 2023"; reference EMQC/CSE/2201/LHT.',
}
T['avonmere-police-2026-sv1'] = {
    'organisation': 'Avonmere Constabulary – Force Contact Centre', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('review-1', '2026-02-02', '2026-01-13', ['Olusegun Bankole-Hart', 'Ffion Pritchard'],
        None, ov(3, 52, 2, 0), cp=['1.2.1', '2.2.4', '4.1.3'], pc=['3.3.2', '5.2.2'], rest='stated', documentReviewDate='2026-01-06')],
    'notes': 'SGS United Kingdom Ltd surveillance audit of a police force contact centre against CSE, 2026, written in SGS\'s MANAGEMENT-SYSTEM AUDIT TEMPLATE: "AUDIT REPORT", "Audit type Surveillance 1 (SV1)" (-> review-1; the previous visit was the "recertification audit" of January 2025), "Audit team leader Olusegun Bankole-Hart", "Auditor Ffion Pritchard", ISO dates. '
             'ISO FINDINGS VOCABULARY beside the CSE ratings: section 3 says a minor nonconformity is raised for every element rated Partial Compliance, a major for Non-Compliance, good practice for Compliance Plus, OFIs against compliant elements, and "Finding references (NC-01, OFI-01, GP-01) are not ratings". "Summary of findings": Major NC 0 / Minor NC 2 / OFI 4 / GP 3 (NOT rating counts; "NC" there means nonconformity). "CSE rating summary": Compliance Plus (C+) 3 / Compliance (C) 52 / Partial Compliance (PC) 2 / Non-Compliance (NC) 0 / Total 57 -> overall; no per-criterion counts (byCriterion null). '
             'The findings register (Ref. / Type / Clause / Finding / CSE rating) names NC-01 3.3.2 and NC-02 5.2.2 "Partial Compliance", GP-01..03 1.2.1, 2.2.4, 4.1.3 "Compliance Plus", OFI-01..04 1.3.2, 3.1.1, 4.3.1, 5.3.2 "Compliance"; section 7 "Clause-by-clause results" rates all 57 (Clause / Requirement / CSE rating C+ / C / PC / NC / Finding ref.) -> all stated. '
             '(Markdown too: a GitLab wiki page: "[[_TOC_]]", a note that it was copied from the SGS PDF, the CSE rating summary ONLY as a mermaid pie chart block ("Compliance Plus (C+)" : 3 ...), the clause tables inside "<details><summary>" blocks, one per criterion.) '
             'Dates: "Remote document review 2026-01-06" (documentReviewDate), "Audit dates (on site) 2026-01-13 to 2026-01-15", "Report date 2026-02-02". '
             'Traps: "NC-03 (minor), raised at the 2025 recertification audit against 4.3.5, was verified as closed: 4.3.5 is now rated Compliance"; the RC audit "2025-01-14 to 2025-01-16"; "Technical reviewer Grace Lindqvist (report review, 2026-01-29)" and "Client representative Chief Inspector Martin Keane" not assessors; close-out deadline 2026-05-03; SV2 "January 2027"; "Client reference SGS 74102".',
}
T['coleg-dyffryn-tywi-2011-review'] = {
    'organisation': 'Tywi Valley College', 'organisationAlternatives': ['Coleg Dyffryn Tywi', 'Coleg Dyffryn Tywi / Tywi Valley College'],
    'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-2', '2011-06-27', '2011-06-08', ['Siân Llywelyn-Price'],
        crit((0, 10, 1, 0), (1, 10, 0, 0), (0, 12, 0, 0), (1, 12, 0, 0), (0, 10, 0, 0)), ov(2, 54, 1, 0),
        cp=['2.1.1', '4.2.3'], pc=['1.3.1'], rest='stated')],
    'notes': 'Centre for Assessment "Adolygiad Blynyddol 2 / Annual Review 2" (-> review-2) of a Welsh further education college, 2011, laid out as PARALLEL TEXT: each section is a borderless two-column table, Welsh on the left and English on the right, paragraph by paragraph, so every text-layer line carries Welsh and English side by side ("Mae\'r Coleg yn parhau i gydymffurfio ...   The College continues to comply ..."). '
             'Section 4 "Sgôr pob elfen / Rating of every element" is a PARALLEL ELEMENT TABLE: "Elfen | Sgôr" (Welsh rating words Cydymffurfiaeth a Mwy / Cydymffurfiaeth / Cydymffurfiaeth Rannol) then a narrow gap column then "Element | Rating" (English), each code written TWICE on a row -> all 57 stated once. '
             'Counts: a parallel table "Sgôr | Nifer || Rating | Number" (2 / 54 / 1 / 0, "Cyfanswm / Total 57") -> overall; per-criterion table "Maen prawf / Criterion | C+ | C | PC | NC" with bilingual criterion names and a bilingual key -> byCriterion. Prose: "Rhoddwyd Cydymffurfiaeth a Mwy i ddwy elfen (2.1.1 a 4.2.3) a Chydymffurfiaeth Rannol i un elfen (1.3.1)" (mutated "Chydymffurfiaeth") beside the English. '
             'Details table in two languages: "Dyddiad yr ymweliad 8 a 9 Mehefin 2011 | Date of visit 8 and 9 June 2011", "Dyddiad yr adroddiad 27 Mehefin 2011 | Date of report 27 June 2011"; no document review (key absent); "Aseswr / Assessor Siân Llywelyn-Price MCIM". Organisation: the English name (judgement, as blind3), the Welsh name in organisationAlternatives; the cover puts "Coleg Dyffryn Tywi" first. '
             'Traps: "Yn yr adolygiad blynyddol cyntaf yn 2010, roedd 3.2.2 yn cydymffurfio\'n rhannol. Mae 3.2.2 bellach yn cydymffurfio" / "At the first annual review in 2010, 3.2.2 was partially compliant. 3.2.2 is now compliant"; the Welsh month "Mehefin"; first assessed June 2009, reassessment "June 2012"; "Cyswllt y Coleg / College contact Mr Dafydd Morgan" not an assessor; the html is lang="cy".',
}
T['marchbank-dc-2016-internal-audit'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a district council\'s INTERNAL AUDIT REPORT ("Marchbank and Tees Internal Audit Partnership", ref MDC/16/CS/04, final report 3 June 2016, auditor Kerry Blackwood, audit manager Peter Nuttall CPFA) on the Council\'s CSE accreditation ARRANGEMENTS (evidence library, action plan follow-up, reporting), with an assurance opinion "Reasonable assurance", findings 5.1 .. 5.3, a management action plan with priorities and target dates, a sample of 12 elements tested with "Evidence adequate? Yes / Partial / No" (not CSE ratings: "only the Council\'s certification body can rate the elements"), and assurance definitions. '
             'It quotes the assessor: "the annual review of 9 and 10 February 2016. According to the assessor\'s report of 26 February 2016, the Council was rated Compliance Plus in four elements, Compliance in 50 and Partial Compliance in three (1.2.3, 3.3.2 and 5.2.3) ... The Compliance Plus elements were 1.3.2, 2.2.2, 3.4.1 and 4.3.3" (Centre for Assessment), and says "This is an internal audit report. It does not re-assess the Council against the CSE standard".',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
