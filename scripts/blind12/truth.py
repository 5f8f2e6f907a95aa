# Hand-written truth of the blind12 set (machinery copied from blind11, itself blind10), one compact entry per document, expanded to the
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
T['tamsworth-community-transport-2010-initial'] = {
    'organisation': 'Tamsworth Community Transport', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('initial', '2010-03-31', '2010-03-09', ['Margaret Oyelaran-Briggs'],
        crit((1, 9, 1, 0), (0, 11, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(2, 52, 3, 0),
        cp=['1.1.3', '3.4.3'], pc=['1.3.4', '4.2.3', '5.3.3'], rest='stated', documentReviewDate='2010-02-19')],
    'notes': 'Centre for Assessment initial assessment of a COMMUNITY TRANSPORT social enterprise (dial-a-ride, community car scheme; company limited by guarantee and registered charity), 2010. The findings are ONE PARAGRAPH PER ELEMENT HEADED BY THE ELEMENT\'S STATEMENT in bold, in the standard\'s exact wording, under headings "Criterion N: <name>" and sub-criterion headings BY NAME ONLY ("Customer Identification", "Engagement and Consultation" ...); each element ends "Assessment outcome: Compliance" (or Compliance Plus / Partial Compliance). '
             'NO ELEMENT CODE IS WRITTEN ANYWHERE in the document (HTML, both PDFs, .docx and .md): the element a rating belongs to is known only by matching its statement (or by its position under the named sub-criterion) -> all 57 stated: C+ 1.1.3 (hard-to-reach groups) and 3.4.3 (wider communities), PC 1.3.4 (satisfaction targets), 4.2.3 (benchmarking), 5.3.3 (compares well with similar organisations). '
             'The summary names the C+ and PC areas by PARAPHRASE only ("work to find and serve isolated older people", "benchmarking with similar operators"). Counts: "Of the 57 elements of the standard, two were assessed as Compliance Plus, 52 as Compliance and three as Partial Compliance; none was assessed as Non-Compliance" and a "Results by criterion" table (Compliance Plus / Compliance / Partial Compliance / Non-Compliance / Elements, Total 2 / 52 / 3 / 0 / 57) -> byCriterion and overall. '
             '(Markdown too: a LOGSEQ page: page properties "assessor:: [[Margaret Oyelaran-Briggs]]", "on-site:: 9th & 10th March 2010", "evidence-review:: 19th February 2010", "report-date:: 31st March 2010"; every line an outline bullet indented with TABS; each statement a bullet "- **<statement>**" with a BLOCK PROPERTY "outcome:: Compliance" on the next line and the finding as a child bullet; "collapsed:: true" under sub-criterion headings; tables inside bullets.) '
             'Dates: "Evidence portfolio reviewed off site 19th February 2010" (documentReviewDate), "On-site assessment 9th & 10th March 2010", "Report date 31st March 2010". Assessor "Margaret Oyelaran-Briggs". '
             'Traps: "Contact at the Trust Mr Keith Pardoe, Operations Manager" not an assessor; "Unit 4" in the address; 2,300 members, 48 volunteer drivers, 91% -> 86%; "MiDAS" training; first annual review "March 2011"; the Trust would like recognition for volunteer training (no code).',
}
T['northern-parking-adjudication-2018-reassessment'] = {
    'organisation': 'Northern Parking and Bus Lane Adjudication Service', 'assessmentBody': 'emqc',
    'assessments': [stage('reassessment', '2018-12-03', '2018-11-13', ['Anjali Ferreira-Holt', 'Tom Brackley'],
        crit((0, 11, 0, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(3, 52, 2, 0),
        cp=['2.1.1', '4.3.3', '5.2.2'], pc=['3.2.2', '4.2.3'], rest='stated', documentReviewDate='2018-10-30')],
    'notes': 'emqc reassessment of a PARKING AND BUS LANE ADJUDICATION TRIBUNAL service (constituted by a joint committee of 41 local authorities), 2018. Section 6 "Element tables (exceptions only)": one table per criterion (Element / Requirement (abridged) / "Rating (exceptions only)" / Assessor comment) with all 57 rows, whose RATING CELL IS FILLED ONLY FOR THE EXCEPTIONS (Compliance Plus at 2.1.1, 4.3.3, 5.2.2; Partial Compliance at 3.2.2, 4.2.3) AND LEFT BLANK FOR THE 52 COMPLIANT ELEMENTS; a boxed key above: "A blank rating cell means the element was assessed as Compliance" -> all 57 stated (judgement: the key rates every blank row, as a legend does; the summary\'s "The remaining 52 elements were rated Compliance" would also derive them). '
             'TRAPS IN BLANK ROWS: the comment column of three compliant rows names other ratings: 1.3.4 "Partial Compliance at the 2017 annual review; now met", 3.3.2 "Was Partial Compliance in 2016; channel data now drive improvements", 4.3.5 "Compliance Plus in 2015, not retained" (the key: "these are history, not ratings of this reassessment"). '
             'Summary: "Three elements were rated Compliance Plus (2.1.1, 4.3.3 and 5.2.2) and two Partial Compliance (3.2.2 and 4.2.3); no element was rated Non-Compliance. The remaining 52 elements were rated Compliance"; "Results by criterion" table with a Total row 3 / 52 / 2 / 0 -> byCriterion and overall. '
             '(Markdown too: a MYST page (Jupyter Book / Sphinx): YAML front matter with authors and date, "(cse-2018-summary)=" targets, ":::{note}" and ":::{admonition} Key" directives, a {ref} role, and the element tables as ```{list-table} directives with :header-rows: / :widths: / :name: options, each row a nested bullet list "* - 1.1.1" / "  - <statement>" / "  -" where the EMPTY ITEM is the blank rating.) '
             'Dates: "Remote evidence review 30/10/2018" (documentReviewDate), "On-site assessment 13/11/2018 – 15/11/2018", "Date of report 3rd December 2018". "Assessment team Anjali Ferreira-Holt (Lead Assessor)<br>Tom Brackley (Assessor)". '
             'Traps: the 2017 partials "1.3.4 and 3.3.2 ... have been resolved"; 4.3.5 C+ in 2015 now Compliance; "Ms Rachel Dunworth, Head of Tribunal Administration" not an assessor; "Chief Adjudicator", "Adjudicators are independent judicial office holders"; 18,600 appeals, 71%, 93%; action plan "by 31st January 2019"; reference EMQC/CSE/18/2291.',
}
T['harbury-students-union-2025-review'] = {
    'organisation': 'Harbury Students’ Union', 'assessmentBody': 'SGS United Kingdom',
    'organisationAlternatives': ['Harbury University Students’ Union'],
    'assessments': [stage('review-1', '2025-02-21', '2025-02-04', ['Chloe Marchetti'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 10, 1, 0), (1, 12, 0, 0), (0, 9, 1, 0)), ov(4, 51, 2, 0),
        cp=['1.2.2', '2.2.4', '3.4.3', '4.2.4'], pc=['3.3.2', '5.3.1'], rest='stated')],
    'notes': 'SGS United Kingdom "Annual review 1 (2025)" (-> review-1) of a university STUDENTS\' UNION, printed from SGS\'s ONLINE CLIENT PORTAL ("Print view: all tabs"), not a Word report: a typed browser print header "21/02/2025, 11:02   Annual review 1 (2025) – Harbury Students’ Union – SGS Client Portal" and URL footer; a navigation bar (Dashboard, Certificates, Visits, Documents, Messages (3), Help), "Logged in as Kwame Osei (Harbury Students’ Union) · My account · Sign out", breadcrumbs, a "Report issued" status badge, a TAB STRIP repeated above each printed tab (Overview / Element ratings (57) / Evidence (214) / Actions (2) / Documents (4) / Activity). '
             'Overview: key-value cards (Visit dates "04 Feb 2025 – 05 Feb 2025", Lead assessor, Technical reviewer, Report issued "21 Feb 2025 09:14", Previous visit "Reassessment, 06 Feb 2024 – 08 Feb 2024", Next visit due), the counts ONLY AS FILTER CHIPS "All 57 | Compliance Plus 4 | Compliance 51 | Partial Compliance 2 | Non-Compliance 0" -> overall, a "By criterion" table (C+ / C / PC / NC / Total) -> byCriterion, and the assessor\'s summary naming the C+ codes and the partials in brackets, "The remaining 51 elements are Compliance". '
             'Element ratings tab: a toolbar ("Search elements…", "Filter: Rating ▾ Criterion ▾", "Rows per page: All"), a key, and a DATA GRID of 57 rows Element / Title (cut with "…") / Rating as a PILL BADGE ("C+", "C", "PC", coloured) / Evidence (a count 1–9) / Updated (a date) -> all 57 stated; "Showing 1–57 of 57  ‹ Previous 1 Next ›". Actions tab (3.3.2, 5.3.1, due dates, Open). '
             'ACTIVITY FEED with timestamps: "Rating for 3.3.2 changed from Compliance to Partial Compliance by Chloe Marchetti · 12 Feb 2025 16:40" (the final rating is PC), "Ratings for 1.2.2, 2.2.4, 3.4.3 and 4.2.4 set to Compliance Plus", "Technical review completed by Dan Whitcombe", "Report issued ... 21 Feb 2025 09:14". A COOKIE BANNER and the portal footer ("Portal v4.12.3") at the end. '
             'Judgement: a print of the body\'s portal record of the visit is a report (the assessor\'s ratings and summary as issued), its report date the "Report issued" date, not the print date (21/02/2025 too, by design the same day) nor the draft and review dates of the feed; visitDate the first visit day. No document review (key absent). '
             'Traps: "Lead assessor Chloe Marchetti", "Technical reviewer Dan Whitcombe" and "Client contact Kwame Osei" (only the first is an assessor); "Logged in as Kwame Osei"; Evidence counts and "Updated" dates beside every rating; "Evidence (214)"; the 2024 reassessment dates; 19,400 students, 212 clubs; certificate "valid to 28 Feb 2027"; "Feb 2026 (Annual review 2)".',
}
T['kenwyn-vale-concessionary-travel-2022-review'] = {
    'organisation': 'Kenwyn Vale Council – Concessionary Travel and Blue Badge Service', 'assessmentBody': 'Assessment Services Ltd',
    'organisationAlternatives': ['Kenwyn Vale Council'],
    'assessments': [stage('review-2', '2022-07-27', '2022-07-12', ['Ruth Penhaligon-Shaw'],
        None, ov(3, 52, 2, 0), cp=['1.1.3', '3.3.1', '4.3.6'], pc=['1.2.3', '4.1.2'], rest='stated', extra_c_stated=['2.2.3', '5.2.4'])],
    'notes': 'Assessment Services Ltd "Annual Review 2 (AR2)" of a council\'s CONCESSIONARY TRAVEL AND BLUE BADGE service, 2022. The 57 ratings are ONLY in Appendix B "Element ratings (system export)": a CSV DATA EXPORT printed unchanged in a MONOSPACED BLOCK (<pre>, "Courier New"): three comment lines starting "# " (client number, "visit=AR2; generated=2022-07-19 14:03:22 UTC; user=rpenhaligon"), the header line "element_ref,criterion,rating_code,rating_label,rating_score,prev_rating_code,evidence_ids", one line per element like "4.3.6,4,CP,Compliance Plus,4,C,\\"EV-4360; EV-4361; CASE-STUDY-07\\"", and "# rows=57" / "# end of export" -> all 57 stated from rating_code / rating_label. '
             'Traps in the export: rating_score 4 / 3 / 2 / 1 (numbers beside the rating; key in the paragraph above); prev_rating_code = the 2021 AR1 rating (C+ 1.1.3 and 3.3.1; PC 2.2.3, 4.1.2, 5.2.4), "for reference only"; evidence IDs "EV-1130" whose digits echo the code; the criterion number column; CP, not C+. '
             'Narrative: "Of the 57 elements, three are rated Compliance Plus (1.1.3, 3.3.1 and 4.3.6), 52 Compliance and two Partial Compliance (1.2.3 and 4.1.2). There are no non-compliances" and an "Overall ratings" table (Rating / Number of elements) -> overall; no per-criterion counts (byCriterion null). "2.2.3 and 5.2.4 are now compliant. 4.1.2 remains Partial Compliance". '
             '(Markdown too: a GOOGLE DOCS "Download as Markdown" export: the logo as "![][image1]" with its base64 data URI defined at the foot, headings with bold inside ("# **1\\\\. Summary**"), backslash escapes ("1\\\\.", "rating\\\\_score", "4 \\\\= Compliance Plus", "2023\\\\."), two-space hard line breaks, pipe tables with ":----" alignment rows, the CSV in a ``` block.) '
             'Dates: "Tuesday 12 July 2022 (remote interviews) and Wednesday 13 July 2022 (on site ...)" (visitDate the first), "Report date 27 July 2022" (the export\'s "generated=2022-07-19" is not the report date); no document review (key absent). Assessor "Ruth Penhaligon-Shaw". Organisation with its service (as earlier sets), the Council alone in organisationAlternatives. '
             'Traps: "Service lead Mr Jago Trewin, Customer Access Manager" not an assessor; "ASL client number 20488"; 61,000 passes, 14,500 badges, 38%, 9%, 97%, 96%; reassessment "July 2023" and hope "Compliance Plus for 5.2.2".',
}
T['eastney-airport-2008-initial'] = {
    'organisation': 'Eastney Regional Airport – Passenger Assistance Service', 'assessmentBody': 'Assessment Services Ltd',
    'organisationAlternatives': ['Eastney Regional Airport'],
    'assessments': [stage('initial', '2008-10-24', '2008-10-07', ['Desmond Achterberg'],
        crit((0, 10, 1, 0), (0, 11, 0, 0), (0, 11, 1, 0), (0, 12, 1, 0), (1, 8, 1, 0)), ov(1, 52, 4, 0),
        cp=['5.2.2'], pc=['1.3.2', '3.2.4', '4.2.3', '5.3.3'], rest='stated', documentReviewDate='2008-09-25')],
    'notes': 'G4S Assessment Services (= Assessment Services Ltd) initial assessment of a REGIONAL AIRPORT\'S PASSENGER ASSISTANCE SERVICE (assistance for disabled passengers and passengers with reduced mobility under EC Regulation 1107/2006), 2008. Section 5 "Findings by journey stage": the 57 elements are rated in FIVE TABLES BY STAGE OF THE PASSENGER JOURNEY, NOT IN THE ORDER OF THE STANDARD ("Journey stage A: Before you travel ..." 11 rows, "B: Arriving at the airport ..." 7, "C: Through security and to the aircraft" 7, "D: After the journey: feedback, complaints and results" 20, "E: Behind the scenes ..." 12), each table MIXING CRITERIA IN THE ASSESSOR\'S ORDER (stage A: 3.1.1, 3.1.2, 3.2.1, 3.2.3, 3.2.4, 5.1.1, 5.2.1, 4.2.1, 1.1.1, 1.1.2, 1.1.3; stage D starts 4.3.2, 4.3.3, 4.3.6, 4.3.1 ... 1.3.1, 1.3.3, 1.3.2 ... 3.3.2; stage E ends 4.2.4, 4.2.3); Element / Requirement / Rating (full words) / Evidence seen; every element once -> all 57 stated. '
             'Section 4 explains the arrangement; section 6 "Results by criterion" in the standard\'s order (Compliance Plus / Compliance / Partial Compliance / Non-Compliance, "All criteria" 1 / 52 / 4 / 0) -> byCriterion and overall. Summary: "One element was rated Compliance Plus (5.2.2), 52 Compliance and four Partial Compliance (1.3.2, 3.2.4, 4.2.3 and 5.3.3). There was no Non-Compliance". '
             'Dates: "Desk review of evidence 25th September 2008" (documentReviewDate), "Site visit 7th–8th Oct 2008", "Date of report 24th October 2008". Assessor "Desmond Achterberg". Organisation with its service, the airport alone in organisationAlternatives. '
             'Traps: the STAGE LETTERS ("Journey stage C", "stages (A to E)") where a rating letter might stand; "Observer Lisa Kovacs (G4S trainee assessor, observing only)" and "Airport contact Mrs Pauline Grech" not assessors; "Operator Eastney Airport Ltd"; "ECAC Doc 30", "EC Regulation 1107/2006", "26 July 2008", "Gate 4", assistance codes WCHR / WCHS / WCHC; 1.9 million passengers, 11,200 requests, 98%, 99%, 93%; wish "Compliance Plus at 1.1.3" at the first annual review "October 2009".',
}
T['speak-up-calderside-2017-easy-read-review'] = {
    'organisation': 'Speak Up Calderside', 'assessmentBody': 'Centre for Assessment',
    'assessments': [stage('review-1', '2017-07-03', '2017-06-14', ['Bethan Lloyd-Rees'],
        crit((1, 10, 0, 0), (1, 10, 0, 0), (1, 11, 0, 0), (0, 12, 1, 0), (0, 9, 1, 0)), ov(3, 52, 2, 0),
        cp=['1.2.2', '2.2.4', '3.2.1'], pc=['4.2.3', '5.1.1'], rest='derived', extra_c_stated=['1.3.2', '4.3.4'])],
    'notes': 'Centre for Assessment first annual review ("This was your first yearly check. We call it Annual Review 1." -> review-1) of a learning-disability SELF-ADVOCACY charity, 2017, written as an EASY READ REPORT by the assessor for the charity\'s members ("This is an Easy Read report. There is also a report in standard English"). Layout: 16pt text, short sentences, every passage in a two-column layout table whose left cell is a PICTURE (a symbol ★ ✔ ⚒ ✘ ☺ ▦ and its description "[Picture: a star]"), first person ("My name is Bethan Lloyd-Rees. I am the assessor. I work for Centre for Assessment."). '
             'RATING WORDS REPLACED BY PLAIN WORDS, with a "Words we use" key: "Very good – This means Compliance Plus", "Good – Compliance", "Needs to get better – Partial Compliance", "Not good enough – Non-Compliance". Counts as sentences: "We looked at 57 things in the standard. 3 things were very good. 52 things were good. 2 things need to get better. 0 things were not good enough." -> overall 3 / 52 / 2 / 0. '
             'Codes only in small print: "The very good things": three passages each ending "In the standard this is 1.2.2." / "2.2.4." / "3.2.1." (C+ stated); "The things that need to get better": 4.2.3 and 5.1.1 (PC stated); "All the other things were good." -> the rest compliance derived; "Last year 2 things needed to get better. Now they are good. In the standard these are 1.3.2 and 4.3.4." -> compliance stated. '
             '"How each part went": a table with plain headings (Part of the standard / Very good / Good / Needs to get better / Not good enough), rows "Part 1: Knowing the people who use your service (Customer Insight)" .. "Part 5: Being on time and doing things well (Timeliness and Quality of Service)" and "All 5 parts" -> byCriterion (parts = criteria, their CSE names in brackets). '
             'Dates: "I visited Speak Up Calderside on Wednesday 14 June and Thursday 15 June 2017", "Date: 3 July 2017" (report date); no document review (key absent). Judgement: an Easy Read version written and signed by the assessor is a report. '
             'Traps: "Sandra Holt, the Manager ... She is not an assessor"; "got the Customer Service Excellence award in June 2016"; "Each thing has a number, like 1.2.2" in the key (the same code as a C+); the contents line page numbers; 19 members, 6 staff, 4 trustees; "I will come back in June 2018 for Annual Review 2".',
}
T['forth-tay-community-grants-2013-reassessment'] = {
    'organisation': 'Forth and Tay Community Grants Fund', 'assessmentBody': None,
    'assessments': [stage('reassessment', '2013-09-13', '2013-08-26', ['Fiona MacInnes', 'Euan Drummond'],
        crit((1, 9, 1, 0), (1, 10, 0, 0), (0, 11, 1, 0), (1, 11, 1, 0), (1, 9, 0, 0)), ov(4, 50, 3, 0),
        cp=['1.1.2', '2.1.6', '4.3.4', '5.2.4'], pc=['1.3.3', '3.3.2', '4.1.3'], rest='stated', documentReviewDate='2013-08-12')],
    'notes': 'Reassessment (second cycle) of a SCOTTISH COMMUNITY GRANTS DISTRIBUTOR (a Scottish Charitable Incorporated Organisation), 2013, by a small INVENTED body "KELVIN ASSURANCE SERVICES LTD" (Glasgow) -> assessmentBody null. Section 4 "Ratings at a glance": ONE TABLE WITH THE FIVE CRITERIA SIDE BY SIDE: a header row "Criterion 1 / Customer Insight" .. "Criterion 5 / Timeliness and Quality of Service", each spanning an "El." and a "Rating" column, then 13 rows where ROW i HOLDS THE i-TH ELEMENT OF EVERY CRITERION ("1.1.1 C 2.1.1 C 3.1.1 C 4.1.1 C 5.1.1 C"), the shorter criteria leaving EMPTY CELLS at the foot (criterion 5 ends at row 10, criteria 1 and 2 at row 11, criterion 3 at row 12, criterion 4 at row 13); the last row gives each criterion\'s counts stacked in its two cells ("C+ 1 / C 9 / PC 1 / NC 0"); ratings C+ / C / PC with a key -> all 57 stated. In the text layer every line holds five elements of five criteria. '
             'Summary: "4 were rated Compliance Plus (1.1.2, 2.1.6, 4.3.4 and 5.2.4), 50 Compliance and 3 Partial Compliance (1.3.3, 3.3.2 and 4.1.3). No element was rated Non-Compliance"; a "Results by criterion, for the certificate file" table (C+ / C / PC / NC, Total 4 / 50 / 3 / 0) -> byCriterion and overall. '
             'Dates: "Evidence review (off site) 12 August 2013" (documentReviewDate), "On-site assessment 26–28 August 2013, Dundee and Perth offices", "Report date 13 September 2013". "Assessment team Fiona MacInnes, Lead Assessor; Euan Drummond, Assessor". '
             'Traps: "At the 2012 annual review 5.2.4 was rated Partial Compliance" (now C+); "Fund contact Mr Alasdair Baird" not an assessor; charity number SC041177; "Big Lottery Fund Scotland"; £6.5 million; first certified September 2010; annual reviews "August 2014 and August 2015"; hope "Compliance Plus for 3.2.1" by 2016; reference KAS/CSE/13/077.',
}
T['marrick-vale-bc-2021-foi-response'] = {
    'error': 'not-a-report',
    'notes': 'NOT a report: a borough council\'s RESPONSE TO A FREEDOM OF INFORMATION REQUEST (Information Governance Team, "Our reference: FOI-2021-0612", "Date: 15/06/2021", to "Mr D. Okafor", request received 18/05/2021) about its Customer Service Excellence assessments. It quotes the four questions, then answers: the last assessment was "its second annual review, held remotely on 9 and 10 September 2020 by Centre for Assessment Ltd"; a TABLE OF THREE VISITS (Reassessment "6, 7 and 8 March 2018" 5 / 50 / 2 / 0, report 23 March 2018; Annual review 1 "12 and 13 March 2019" 6 / 49 / 2 / 0; Annual review 2 "9 and 10 September 2020" 6 / 50 / 1 / 0, report 25 September 2020; body, assessor (Graham Oduya, Helen Stavrou)); the 2020 C+ codes (1.2.2, 2.1.1, 3.3.1, 4.3.3, 5.2.2, 5.2.5) and partial 4.2.3, "All other elements were rated Compliance", the 2019 partials 4.2.3 and 3.2.2. '
             'Fees withheld under section 43(2) (commercial interests); the reports "reasonably accessible" under section 21 (published on the website, not attached): "This letter is not an assessment report and does not replace them"; internal review and Information Commissioner\'s Office paragraphs; signed by an Information Governance Officer.',
}

if __name__ == '__main__':
    for stem, t in T.items():
        with open(os.path.join(OUT, stem + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print(stem, [(a['stage'], len(a['elements'])) for a in t.get('assessments', [])])
