# tidewater-college-2009-initial: SGS United Kingdom initial assessment of a further education
# college, 2009. Findings are recorded PER SUB-CRITERION, not per element: each criterion's table
# has one row per sub-criterion with its elements listed beneath one another in an "Elements" cell
# and ONE JUDGEMENT for the row ("Compliant"), with any element judged differently named as an
# exception inside the judgement ("Compliant, except 1.3.4: Partially Compliant", "Compliant; 3.3.1
# Compliant Plus"). A results table counts ratings BY SUB-CRITERION (15 rows) with criterion
# subtotal rows and a whole-standard row. Dates: "Q3 2009" (evidence), "Tues 24th & Weds 25th Nov.
# 2009", "11th Dec 2009".
from common import *
CP = ['1.1.3', '3.3.1']
PC = ['1.3.4', '4.2.3', '5.2.2']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)
BY = {'1': (1, 9, 1, 0), '2': (0, 11, 0, 0), '3': (1, 11, 0, 0), '4': (0, 12, 1, 0), '5': (0, 9, 1, 0)}
for k, v in BY.items():
    assert counts(R, k) == v, k
WORD = {'CP': 'Compliant Plus', 'C': 'Compliant', 'PC': 'Partially Compliant', 'NC': 'Non Compliant'}

# the judgement for each sub-criterion row, typed as the assessor wrote it; checked against R below
JUDGE = {
 '1.1': 'Compliant; 1.1.3 Compliant Plus',
 '1.2': 'Compliant',
 '1.3': 'Compliant, except 1.3.4: Partially Compliant',
 '2.1': 'Compliant (all elements)',
 '2.2': 'Compliant',
 '3.1': 'Compliant',
 '3.2': 'Compliant',
 '3.3': 'Compliant; 3.3.1 Compliant Plus',
 '3.4': 'Compliant',
 '4.1': 'Compliant',
 '4.2': 'Compliant, except 4.2.3: Partially Compliant',
 '4.3': 'Compliant (all elements)',
 '5.1': 'Compliant',
 '5.2': 'Compliant, except 5.2.2: Partially Compliant',
 '5.3': 'Compliant',
}
for s, j in JUDGE.items():
    named = {c: r for c in codes_of(s) for r in ('CP', 'PC') if c in j and WORD[r] in j.split(c, 1)[1][:25]}
    for c in codes_of(s):
        assert R[c] == named.get(c, 'C'), (s, c)

FIND = {
 '1.1': 'The College knows its learners well: the MIS profile of 9,200 learners by age, postcode, ethnicity, disability and mode of study is refreshed termly and used by every curriculum area. The work with hard-to-reach groups is outstanding: the "Second Chance" outreach team works from 14 community venues, with the Foyer, the local mosques and the travelling showpeople\'s winter quarters, and 310 adults who had no qualifications enrolled through it in 2008/09. Other colleges in the region have visited to learn from it.',
 '1.2': 'Learners are engaged through the Learner Voice forum, course representatives, focus groups and the annual learner survey; employers through the Employer Board. Changes made as a result are published on "You Said, We Did" screens. The methods were reviewed by the Quality Improvement Group in June 2009.',
 '1.3': 'Satisfaction is measured through the autumn and spring learner surveys (over 70% response) and the FE Choices employer survey. Results are analysed by course, age and ethnicity and have led to changes, for example the extended library opening. The College has not yet set targets for satisfaction, and although levels are high they have not risen for three years, so 1.3.4 is only partly met.',
 '2.1': 'The Principal and Governors champion the learner; learner satisfaction is a standing item at Corporation meetings. Policies on equality, safeguarding and data protection are clear and well understood; staff are trusted to resolve learners\' problems.',
 '2.2': 'Customer service is part of induction and appraisal; staff in every area we met were courteous and knowledgeable. Staff suggestions are welcomed and the "Bright Idea" scheme made 23 changes last year.',
 '3.1': 'The prospectus, website and course leaflets describe the full range of provision; fees and concessions are set out clearly.',
 '3.2': 'Information is available in large print, on audio CD and in the main community languages on request (see 3.2.1 in the College\'s own self-assessment). Learners told us information was accurate and easy to follow.',
 '3.3': 'Access is excellent: the College is open 8am–9pm, enrolment is possible online, by telephone, at four community venues and on the mobile "Learning Bus", and the new Learning Centre was designed with disabled learners. The Bus alone enrolled 420 learners in 2008/09, most of whom had never been to the College.',
 '3.4': 'Partnerships with Jobcentre Plus, the local authority, schools and the Connexions service are well established, with clear responsibilities.',
 '4.1': 'Service standards are set out in the Learner Charter and monitored monthly by the Quality Improvement Group.',
 '4.2': 'The College delivers what it promises and success rates are above the national average. It does not yet benchmark its services against other colleges or organisations; comparisons are limited to success rates, so 4.2.3 is partly met.',
 '4.3': 'The complaints procedure is clear and easy to use; complaints are analysed termly and lessons shared. Learners who had complained said they were treated fairly.',
 '5.1': 'Timeliness standards cover enquiries, applications, enrolment and complaints.',
 '5.2': 'Enquiries are answered promptly, but at enrolment learners are still referred between Student Services, Finance and the curriculum areas, and the College could not show how it identifies learners\' needs at the first point of contact (5.2.2, partly met).',
 '5.3': 'Performance against the timeliness standards is monitored and reported; most standards are met.',
}
DETAILS = [
    ('Client', 'Tidewater College'),
    ('Address', 'Harbour Road, Tidewater TW3 1QE'),
    ('Standard', 'Customer Service Excellence'),
    ('Assessment type', 'Initial Assessment'),
    ('Evidence submitted', 'Q3 2009 (on-line self-assessment tool)'),
    ('On-site assessment', 'Tues 24th &amp; Weds 25th Nov. 2009'),
    ('SGS Assessor', 'Malcolm Ferrand'),
    ('College contact', 'Mrs Ann Castellano, Vice Principal (Learner Services)'),
    ('SGS reference', 'GB09/77314'),
    ('Date of report', '11th Dec 2009'),
]
INTRO = [
    'Tidewater College is a general further education college with 9,200 learners, of whom 2,100 are full-time 16–18 year olds, on two campuses and at 14 community venues. It was graded 2 ("good") by Ofsted in 2008.',
    'The College has held the matrix Standard for its information, advice and guidance services since 2005 (reaccredited 2008). The matrix Standard is a separate standard and its findings are not part of this report.',
    'The College submitted its self-assessment and evidence through the on-line tool in the third quarter of 2009. The on-site assessment took place on Tues 24th and Weds 25th Nov. 2009, when I met 46 staff, 7 governors, 61 learners (including the Learner Voice forum), 5 employers and 4 partner organisations.',
]
HOW = ('In keeping with SGS\'s 2009 report format, findings are recorded against each of the fifteen sub-criteria of the standard (Section 6). '
       'The judgement given for a sub-criterion applies to every element listed against it, unless an element is named in the Judgement column with a different rating. '
       'Ratings used: Compliant Plus, Compliant, Partially Compliant, Non Compliant.')
SUMMARY = [
    'Tidewater College is a learner-centred organisation that meets the Customer Service Excellence standard. Its outreach to people who do not traditionally come to college (1.1.3) and the range of ways learners can reach it (3.3.1) go beyond the requirements of the standard.',
    'I found the College Compliant Plus in two elements and Partially Compliant in three; no element is Non Compliant. The partial compliances concern satisfaction targets (1.3.4), benchmarking (4.2.3) and identifying needs at first contact (5.2.2). Each is within the tolerance allowed for its criterion.',
]
ACTIONS = [
    ('1.3.4', 'Set targets for learner and employer satisfaction and report progress against them', '31/03/2010'),
    ('4.2.3', 'Benchmark enquiry, enrolment and complaint handling with at least two other colleges', '30/06/2010'),
    ('5.2.2', 'Introduce a single first-contact assessment at enrolment (pilot planned for January 2010)', '31/01/2010'),
]

def sub_counts(s):
    return counts({c: R[c] for c in codes_of(s)})

def results_table():
    out = ['<table class="t"><thead><tr><th>Sub-criterion</th><th>Compliant Plus</th><th>Compliant</th><th>Partially Compliant</th><th>Non Compliant</th><th>Elements</th></tr></thead><tbody>']
    for k in '12345':
        for s in subs_of(k):
            v = sub_counts(s)
            out.append(f'<tr><td>{s} {SUBS[s]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in v) + f'<td class="n">{sum(v)}</td></tr>')
        v = BY[k]
        out.append(f'<tr class="tot"><td>Criterion {k} total</td>' + ''.join(f'<td class="n">{x}</td>' for x in v) + f'<td class="n">{sum(v)}</td></tr>')
    v = counts(R)
    out.append('<tr class="all"><td>Whole standard</td>' + ''.join(f'<td class="n">{x}</td>' for x in v) + '<td class="n">57</td></tr></tbody></table>')
    return '\n'.join(out)

def findings(k):
    out = [f'<h3>Criterion {k}: {CRIT[k]}</h3>',
           '<table class="f"><thead><tr><th style="width:18%">Sub-criterion</th><th style="width:8%">Elements</th><th style="width:17%">Judgement</th><th>Findings</th></tr></thead><tbody>']
    for s in subs_of(k):
        out.append(f'<tr><td>{s} {SUBS[s]}</td><td>{"<br>".join(codes_of(s))}</td><td>{JUDGE[s]}</td><td>{FIND[s]}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SGS – Customer Service Excellence Assessment Report – Tidewater College – Initial Assessment – December 2009</title>
<style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9pt; }}
h1 {{ font-size: 17pt; color: #f60; margin-top: 40mm; }}
h2 {{ font-size: 11.5pt; color: #333; background: #eee; padding: 2px 4px; margin-top: 16px; }}
h3 {{ font-size: 10pt; color: #f60; }}
table {{ border-collapse: collapse; }}
table.k td, table.t td, table.t th, table.f td, table.f th, table.a td, table.a th {{ border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 8.5pt; }}
table.k {{ width: 100%; }}
table.k td.l {{ width: 30%; font-weight: bold; }}
table.t, table.f, table.a {{ width: 100%; }}
table.t th, table.f th, table.a th {{ background: #f60; color: #fff; text-align: left; }}
table.t thead, table.f thead {{ display: table-header-group; }}
td.n {{ text-align: center; }}
tr.tot td {{ font-weight: bold; background: #fde9d9; }}
tr.all td {{ font-weight: bold; background: #f9c9a5; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:20pt;color:#f60"><b>SGS</b></p>
<h1>Customer Service Excellence<br>Assessment Report</h1>
<p style="font-size:14pt">Tidewater College</p>
<p style="font-size:11pt">Initial Assessment<br>Tues 24th &amp; Weds 25th Nov. 2009</p>
<p style="margin-top:70mm;font-size:8pt">SGS United Kingdom Ltd, Systems &amp; Services Certification. This report is confidential to the client and SGS.</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Assessment summary<br>2. Introduction<br>3. How judgements are recorded<br>4. Summary of findings<br>5. Results by sub-criterion<br>6. Findings by criterion and sub-criterion<br>7. Partial compliance: actions required<br>8. Recommendation</p>
</div>
<h2>1. Assessment summary</h2>
<table class="k">''' + ''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS) + '''</table>
<h2>2. Introduction</h2>
''' + ''.join(f'<p>{p}</p>' for p in INTRO) + f'''
<h2>3. How judgements are recorded</h2>
<p>{HOW}</p>
<h2>4. Summary of findings</h2>
''' + ''.join(f'<p>{p}</p>' for p in SUMMARY) + f'''
<h2>5. Results by sub-criterion</h2>
<p>Table 1 counts the element ratings in each sub-criterion, with a total for each criterion and for the whole standard.</p>
<p><b>Table 1</b></p>
{results_table()}
<h2 style="page-break-before:always">6. Findings by criterion and sub-criterion</h2>
''' + '\n'.join(findings(k) for k in '12345') + '''
<h2>7. Partial compliance: actions required</h2>
<table class="a"><tr><th style="width:9%">Element</th><th>Action agreed with the College</th><th style="width:14%">By</th></tr>
''' + ''.join(f'<tr><td>{c}</td><td>{a}</td><td>{d}</td></tr>' for c, a, d in ACTIONS) + '''</table>
<h2>8. Recommendation</h2>
<p>I recommend that Tidewater College is certified to the Customer Service Excellence standard. The first annual review will take place in Nov. 2010, when progress on the three actions above will be checked. The College has told me that it is aiming for three Compliant Plus ratings by then.</p>
<p>Malcolm Ferrand<br>CSE Assessor, SGS United Kingdom Ltd<br>11th Dec 2009</p>
</body></html>
'''
write('tidewater-college-2009-initial.html', html)
