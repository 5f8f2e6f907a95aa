# Hand-written truth of the blind7 set, one compact entry per document, expanded to the
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
T['brantwell-cc-2016-reassessment'] = {
    'organisation': 'Brantwell County Council', 'assessmentBody': 'emqc',
    'assessments': [stage('reassessment', '2016-04-08', '2016-03-14', ['Patricia Okafor-Lynch', 'Gwyn Ellery'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 10, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(4, 51, 2, 0),
        cp=['1.1.3', '2.1.1', '3.4.2', '4.3.4'], pc=['3.3.3', '5.2.2'], rest='stated', documentReviewDate='2016-02-29')],
    'notes': 'emqc reassessment of a county council (Markdown too: kramdown style, pipe tables WITHOUT outer pipes, a "* TOC" / {:toc} marker, inline attribute lists "{: .legend}" under paragraphs and tables). '
             'Every element\'s rating is a HARVEY-BALL SYMBOL, explained only by a LEGEND: "● Compliance Plus ◕ Compliance ◑ Partial Compliance ○ Non-Compliance" (the legend is the first header row of the 57-row table, so it repeats on every page; ○ appears in the legend only). '
             'Element table: Ref / Element / Rating (symbol alone) / "Since 2015" (▲ / ▼ / –, a TREND against the 2015 annual review: "they are not ratings") -> all 57 stated. '
             'Per-criterion count table whose COLUMN HEADERS ARE THE SYMBOLS (● ◕ ◑ ○ Elements) with a "Whole standard" row (4 / 51 / 2 / 0 / 57) -> byCriterion and overall. C+ and PC headings "● 1.1.3 – Hard-to-reach ..." / "◑ 3.3.3 – Premises". '
             'Summary sentence "Four elements are at Compliance Plus and two elements are Partial Compliance; no element is non-compliant" agrees. '
             'Traps: the 2015 review\'s "four Compliance Plus ratings (1.1.3, 1.2.3, 4.2.4 and 4.3.4) and two partial compliances (5.2.2 and 5.3.1)"; "5.3.1 is now compliant"; ▼ beside 1.2.3 and 4.2.4 (now ◕); "(see also 1.3.5 ...)" inside 4.3.4\'s reason; '
             '"1.2.3, which is compliant but no longer Compliance Plus"; the aim "six Compliance Plus ratings at its next reassessment in 2019"; "Council contact: Denise Latham" not an assessor; document review "29 February 2016" (documentReviewDate); visit "14–16 March 2016"; certificate "first issued March 2013".',
}
T['cwm-arian-homes-2019-review'] = {
    'organisation': 'Cwm Arian Homes', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-1', '2019-04-05', '2019-03-12', ['Eleri Prydderch'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (0, 12, 0, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.2.1', '2.2.2', '4.3.2'], pc=['1.3.4', '5.3.2'], rest='stated')],
    'notes': 'Centre for Assessment first annual review (= review-1) of a Welsh housing association, a BILINGUAL report in TWO WHOLE HALVES: "Rhan A – Fersiwn Gymraeg" FIRST, then "Part B – English version", each with its own details table, summary, C+ and PC findings, per-criterion table and 57-row element table (Elfen / Is-faen prawf / Sgôr). '
             'The cover says "If there is any inconsistency between the two versions, the English version prevails"; the two halves agree, so this is ONE assessment (not two). Organisation: the English name "Cwm Arian Homes" (Welsh "Cartrefi Cwm Arian" above it on the cover and in the Welsh half). '
             'Welsh rating words: "Cydymffurfiaeth a Mwy" (Compliance Plus), "Cydymffurfiaeth" (Compliance), "Cydymffurfiaeth Rannol" (Partial Compliance), "Diffyg Cydymffurfiaeth" (Non-Compliance), MUTATED after "a" in prose ("a Chydymffurfiaeth Rannol i 2"); Welsh dates "Dydd Mawrth 12 a dydd Mercher 13 Mawrth 2019" (Mawrth = Tuesday AND March), "5 Ebrill 2019". '
             'Counts in a sentence in each half and a per-criterion table in each ("Total" / "Cyfanswm" row 3 / 52 / 2 / 0). '
             'Traps: the initial assessment\'s "2 Compliance Plus and 4 Partial Compliance (1.3.4, 3.2.2, 4.2.3 and 5.3.2)", "3.2.2 and 4.2.3 are now compliant" / "Mae 3.2.2 a 4.2.3 bellach yn cydymffurfio"; "(see 4.3.5)" / "(gweler 4.3.5)" inside 4.3.2\'s reason; "Organisation contact" / "Cyswllt y sefydliad" not an assessor; the body\'s name is English in both halves.',
}
T['wendlebury-library-2011-reassessment'] = {
    'organisation': 'University of Wendlebury – Library and Archive Services', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('reassessment', '2011-12-02', '2011-11-08', ['Anne-Marie Quinlan'],
        None, ov(3, None, 2, 0), cp=['1.1.2', '3.2.1', '4.2.4'], pc=['1.3.2', '5.1.2'], rest='stated')],
    'notes': 'SGS United Kingdom reassessment of a university library service, 2011 (Markdown too: a pandoc title block "% ..." and pandoc INLINE FOOTNOTES "^[1.3.2 – Partial Compliance. ...]" at the place of each marker). '
             'The findings are a NARRATIVE per criterion that discusses the elements BY THEIR SUBJECT ONLY, never by code; every rating is in the numbered NOTES at the back, reached by superscript numbers in the text: "2. 1.1.2 – Compliance Plus. ...", "4. Elements 1.2.1, 1.2.2 and 1.2.3: Compliance in each case.", "9. 2.1.3, 2.1.4, 2.1.5 and 2.1.6 – all Compliance." -> every element stated from the notes (all 57 are covered). No element table, no per-criterion counts. '
             'Counts: "Of the 57 elements of the standard I found Compliance Plus in three and Partial Compliance in two; no element was non-compliant" -> overall C+ 3, PC 2, NC 0, compliance null (not stated). '
             'In the text layer the superscripts run into the text ("reviewed in 2010.4", "since 2009.6") and the LibreOffice PDF prints the notes\' list numbers against the codes ("10.2.2.1 – Compliance.", "13.3.1.1 and 3.1.2 – Compliance."): note 10 rates 2.2.1. '
             'Traps: note 16 "(3.3.2 was Partial Compliance at the 2010 annual review.)"; "At the 2010 annual review the Service had two Compliance Plus ratings and two partial compliances"; note 26 and "the Customer Charter (version 3.2)" (not an element); "See also note 2"; '
             '"Client contact: Dr Martin Oyelaran, Head of Customer Services" not an assessor; Charter Mark since 2002; first certified November 2008; visit "8 and 9 November 2011" / "Tuesday 8 and Wednesday 9 November 2011".',
}
T['wyedale-pension-fund-2022-draft-reassessment'] = {
    'organisation': 'Wyedale Pension Fund', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('reassessment', '2022-06-29', '2022-06-07', ['Alun Jarvis'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (1, 11, 0, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(4, 51, 2, 0),
        cp=['1.2.2', '3.2.4', '4.1.2', '5.2.3'], pc=['1.1.3', '4.3.5'], rest='stated', documentReviewDate='2022-06-06')],
    'notes': 'Assessment Services Ltd reassessment of a local government pension fund, as a DRAFT (v0.4) issued for the Fund\'s factual accuracy check: a "DRAFT" watermark (Chromium only; LibreOffice puts the word at the top of page 1), a red banner "DRAFT v0.4 – FOR FACTUAL ACCURACY CHECK – NOT FOR PUBLICATION", a document-control table of four versions (14/06, 20/06, 24/06, 29/06/2022), '
             'the technical reviewer\'s comments and the assessor\'s responses left in the text as yellow boxes ("Reviewer comment [SA 20/06/2022]: ...", "Response [AJ 24/06/2022]: ..."), and a "TR" column of ✓ (the reviewer agreed) beside every rating. '
             'A rating CHANGED IN MARKUP: 2.2.3\'s cell reads "Compliance Plus" STRUCK THROUGH then "Compliance" underlined (w:strike in the docx; the PDFs keep the line but the text layer reads "Compliance Plus Compliance"), and the summary "5 4 elements were rated Compliance Plus, 50 51 Compliance" with 5 and 50 struck through -> 2.2.3 compliance (stated), overall 4 / 51 / 2 / 0, as the per-criterion table (clean) also says. '
             'This is a report (a draft one): reportDate is the draft\'s date "Draft report date 29/06/2022" (judgement; no final report exists yet). Dates dd/mm/yyyy: document review "06/06/2022 (remote)" (documentReviewDate), on site "07/06/2022 – 09/06/2022". '
             'Traps: the reviewer asks whether 1.1.3 "should be Non-Compliance rather than partial" (answer: "Partial ... No change"); the reviewer\'s "the assessment plan said 6–8 June"; "Technical Reviewer: Sade Adebayo (review of this report only)" and "Client contact: Mrs Theresa Lund" not assessors; '
             'the 2021 annual review\'s "3 Compliance Plus ratings (1.2.2, 4.1.2 and 5.2.3) and 3 partial compliances (1.1.3, 3.3.2 and 4.3.5). 3.3.2 is now compliant"; "2.2.3, see comment in section 1" in the areas for development; an empty "Factual accuracy comments (to be completed by the Fund)" table.',
}
T['ashwell-vale-water-2014-review'] = {
    'organisation': 'Ashwell Vale Water Ltd', 'assessmentBody': 'Assessment Services Ltd',
    'assessments': [stage('review-2', '2014-11-03', '2014-10-14', ['Sunita Mistry-Hall'],
        crit((1, 10, 0, 0), (0, 10, 1, 0), (1, 11, 0, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.3.5', '3.3.1', '4.3.2'], pc=['2.2.4', '5.3.3'], rest='stated', documentReviewDate=None)],
    'notes': 'G4S Assessment Services (= Assessment Services Ltd) "Annual Review Year 2" (= review-2) of a private water company, in G4S\'s template (Key Information table, "Organisation / Service Assessed:", "Prepared by CSE Assessor:") (Markdown too: setext headings with escaped numbers "1\\. Key Information", hard-wrapped paragraphs, "1)" lists and pandoc MULTILINE TABLES with dashed rules and no pipes, cells wrapped over lines). '
             'The compliant elements are given ONLY AS RANGES of codes in the "Compliance against the Customer Service Excellence Standard" table, one row per level: "Compliance | 1.1.1 – 1.3.4; 2.1.1 – 2.2.3 and 2.2.5; all of Criterion 3 except 3.3.1; 4.1.1 – 4.3.1 and 4.3.3 – 4.3.6; 5.1.1 to 5.3.2 | 52" (a range crosses sub-criteria: 4.1.1 – 4.3.1 is 4.1.1 .. 4.2.4 and 4.3.1; the text explains "every element from the first to the last in the order of the Standard"); '
             'C+ "1.3.5, 3.3.1, 4.3.2 | 3", PC "2.2.4, 5.3.3 | 2", NC "None | 0" -> all 57 stated (judgement: a range names its elements, so they are stated, not derived). In the LibreOffice PDF the range "4.1.1 – 4.3.1" is split over two lines of the cell. Per-criterion table with an Elements column -> byCriterion; overall from the Number column. '
             'Traps: RANGES AS EVIDENCE REFERENCES in the narrative ("Satisfaction measurement (1.3.1 – 1.3.3) is robust", "developer services (4.1.1 – 4.1.3) are met"); last year\'s partials "2.2.4 and ... 5.3.1 – 5.3.3" and C+ "1.3.5 and 4.3.2"; "(see also 4.3.4)"; "reviewed in Spring 2014" (documentReviewDate null); '
             'visit "14th October 2014 (and the morning of 15th October ...)"; "Client Contact: Graham Petrie" not an assessor; the aim "five Compliance Plus ratings and no partial compliance" by the reassessment; "14th of 21 in the industry league table".',
}
T['adopt-northvale-2024-initial'] = {
    'organisation': 'Adopt Northvale', 'assessmentBody': 'SGS United Kingdom',
    'assessments': [stage('initial', '2024-04-18', '2024-03-19', ['Kwame Asante-Boateng', 'Lindsey Marr'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 12, 0, 0), (0, 10, 0, 0)), ov(3, 53, 1, 0),
        cp=['1.1.3', '2.2.5', '4.2.2'], pc=['3.3.2'], rest='stated', documentReviewDate='2024-03-04')],
    'notes': 'SGS United Kingdom initial assessment of a regional adoption agency. A CONTENTS PAGE WITH DOTTED LEADERS AND PAGE NUMBERS listing every element code with a short title ("1.1.1 Characteristics of customer groups ........ 4") – not ratings; then ONE SECTION PER ELEMENT ("Element 1.1.1 – Characteristics of customer groups", the statement in italics, "Evidence: ...", "Judgement: Compliance"). '
             'Summary (section 3): "3 ... Compliance Plus, 52 ... Compliance and 2 ... Partial Compliance" and a per-criterion table; section 4 lists C+ 1.1.3, 2.2.5, 4.2.2 and PC 1.3.4, 3.3.2. '
             'At the back an ADDENDUM after the factual accuracy check (2 May 2024): "Element 1.3.4 ... is re-rated from Partial Compliance to Compliance ... No other rating changes", with a REVISED per-criterion table and "Revised totals: 3 Compliance Plus, 53 Compliance, 1 Partial Compliance, 0 Non-Compliance" -> the truth is the result AFTER the addendum: 1.3.4 compliance (stated), counts from the revised table (judgement: the certification decision was made "on the basis of the report as amended by this addendum"). '
             'Report date 18 April 2024 (cover, details table and sign-off); the addendum\'s 2 May 2024 and "Reissued with addendum: 2 May 2024" are not the report date (judgement). Document review "4 March 2024" (documentReviewDate); visit "Tuesday 19 and Wednesday 20 March 2024". '
             'Traps: the TOC\'s page numbers next to codes; the body\'s "Judgement: Partial Compliance" under 1.3.4 and the original table (1 / 9 / 1 / 0 for criterion 1); "A pre-assessment gap analysis in November 2023 ... judged six elements to be partly met" (the Agency\'s own); '
             '"Organisation contact: Rachel Upjohn" and "Philip Dunmore, Certification Manager" (certification decision 7 May 2024) not assessors; "hosted by Northvale City Council" and the three partner councils (not the holder).',
}
T['lindenvale-revenues-partnership-2010-initial'] = {
    'organisation': 'Lindenvale Revenues and Benefits Partnership', 'assessmentBody': None,
    'assessments': [stage('initial', '2010-03-30', '2010-03-02', ['Desmond Fairclough', 'Nirmala Varghese'],
        None, ov(2, 52, 3, 0), cp=['2.1.6', '3.4.1'], pc=['1.2.3', '3.2.2', '5.2.5'], rest='stated', documentReviewDate=None)],
    'notes': 'Initial assessment of a SHARED-SERVICE PARTNERSHIP of three district/borough councils holding ONE certificate, by an invented body (Kingsway Quality Certification Ltd -> null). '
             'The cover prints the three partner councils in capitals ("ASHLOW DISTRICT COUNCIL · BRAYFORD BOROUGH COUNCIL · COLDMERE DISTRICT COUNCIL") ABOVE the holder; "Certificate holder: Lindenvale Revenues and Benefits Partnership (Brayford Borough Council is the lead authority)"; "every rating in this report applies to the Partnership, not to any one council". '
             'The element table gives each rating in TWO COLUMNS: "Meets?" (Yes / Partly / No) and "Exceeds?" (✓ = Compliance Plus), explained in a key; beside them three "Evidence seen at" columns (Ashlow / Brayford / Coldmere) of ✓ marks "which are not ratings" -> all 57 stated: Yes + ✓ = compliance plus, Yes = compliance, Partly = partial. '
             'Overall counts in a "Result / Number of elements" table with the body\'s words ("Exceeded (Compliance Plus) 2", "Met (Compliance) 52", "Partly met (Partial Compliance) 3", "Not met (Non-Compliance) 0"); no per-criterion counts. '
             'ALL DATES dd/mm/yyyy: site visits "02/03/2010 (Brayford), 03/03/2010 (Ashlow), 09/03/2010 (Coldmere)" -> visitDate 2010-03-02 (the first day); report "30/03/2010"; Partnership formed "01/04/2008"; desk review "Early February 2010" (documentReviewDate null). '
             'Traps: Brayford\'s "separate Customer Service Excellence certificate (since 2009)" not part of this assessment; "Partnership Manager: Ian Stobart" and "Chair, Partnership Joint Committee: Cllr Maureen Elphick" not assessors; the Joint Committee\'s target of "four Compliance Plus ratings at the first annual review"; ratings per partner described in reasons ("Brayford does not").',
}
T['northlight-cse-benchmark-2025'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a consultancy\'s annual BENCHMARKING BULLETIN ("The CSE Benchmark 2025", Northlight Service Insight, Bulletin No. 6, October 2025) analysing 312 assessments of 2024/25 by all four bodies: a points method (3 / 2 / 1 / 0), a TOP-TEN LEAGUE TABLE of invented holders with visit type, date (dd/mm/yyyy), C+ and PC counts and points, '
             'tables of the elements most often rated Compliance Plus and Partial Compliance nationally (code, abridged statement, number and % of assessments), and a CASE STUDY box on one holder ("Ferrow Homes · housing association · reassessment on site 11–13 March 2025 · assessor Judith Amankwah") naming its nine C+ elements and "no partial compliance; every other element was compliant". '
             'It says of itself "This bulletin is an analysis of published results. It is not an assessment report".',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
