# aldermoor-icb-2025-readiness-review: NOT a report. A consultancy's pre-assessment READINESS REVIEW
# (gap analysis) for an integrated care board that has never been assessed, written like a report:
# cover, contents, executive summary, method, a BRAG key (Blue = potential Compliance Plus, Green =
# likely Compliance, Amber = risk of Partial Compliance, Red = likely Non-Compliance), an
# "indicative position if assessed today" table by criterion, a 57-row table with a BRAG status
# and an "Indicative CSE rating" per element (C+? / C / PC / NC), actions and owners, and the
# booked initial assessment by Centre for Assessment. It says it is not an assessment report.
from common import *
# the consultant's indicative ratings (not an assessment)
BLUE = ['1.1.3', '3.4.1', '4.2.4']
AMBER = ['1.3.4', '2.2.4', '3.2.2', '3.3.2', '4.3.5', '5.3.3']
RED = ['4.3.6']
STATUS = {c: 'Green' for c in CODES}
for c in BLUE: STATUS[c] = 'Blue'
for c in AMBER: STATUS[c] = 'Amber'
for c in RED: STATUS[c] = 'Red'
IND = {'Blue': 'C+ (potential)', 'Green': 'C', 'Amber': 'PC (risk)', 'Red': 'NC (risk)'}
COLOR = {'Blue': '#1f5fbf', 'Green': '#2e7d32', 'Amber': '#e69500', 'Red': '#c62828'}
ACTION = {
 '1.1.3': ('Write up the Deep End GP practices outreach as a case study', 'Head of Engagement', 'Jul 2025'),
 '1.3.4': ('Set satisfaction targets for the Patient Advice and Liaison Service and continuing healthcare', 'Director of Nursing', 'Jul 2025'),
 '2.2.4': ('Show how front-line staff (CHC nurses, PALS) shape processes – a "you said, we did" for staff', 'Head of OD', 'Aug 2025'),
 '3.2.2': ('Test letters for continuing healthcare decisions with patients and families', 'CHC Lead', 'Aug 2025'),
 '3.3.2': ('Analyse contact data by channel; no evaluation yet', 'Head of Communications', 'Aug 2025'),
 '3.4.1': ('Collect evidence of benefits from the place-based partnerships', 'Place Directors', 'Jul 2025'),
 '4.2.4': ('Keep the evidence from the NHS England peer review', 'Head of Quality', 'Jun 2025'),
 '4.3.5': ('Review the complaints procedure with complainants – last review 2022 (predecessor CCG)', 'Head of Complaints', 'Jul 2025'),
 '4.3.6': ('No record of remedies for upheld complaints or of telling complainants what changed', 'Head of Complaints', 'Jun 2025'),
 '5.3.3': ('Find comparators: no benchmarking of response times with other ICBs', 'Head of PALS', 'Aug 2025'),
}
PLAN = [(s, sum(1 for c in CODES if STATUS[c] == s)) for s in ('Blue', 'Green', 'Amber', 'Red')]
assert PLAN == [('Blue', 3), ('Green', 47), ('Amber', 6), ('Red', 1)]

def crit_counts(k):
    return tuple(sum(1 for c in CODES if c.startswith(k + '.') and STATUS[c] == s) for s in ('Blue', 'Green', 'Amber', 'Red'))

def crit_table():
    out = ['<table class="t"><tr><th>Criterion</th><th>Blue<br>(C+ potential)</th><th>Green<br>(C likely)</th><th>Amber<br>(PC risk)</th><th>Red<br>(NC risk)</th></tr>']
    for k in '12345':
        out.append(f'<tr><td>{k}. {CRIT[k]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in crit_counts(k)) + '</tr>')
    out.append('<tr><td><b>All elements</b></td>' + ''.join(f'<td class="n"><b>{n}</b></td>' for _, n in PLAN) + '</tr></table>')
    return '\n'.join(out)

def el_table():
    out = ['<table class="e"><thead><tr><th style="width:6%">Element</th><th>Requirement (abridged)</th><th style="width:8%">BRAG</th><th style="width:11%">Indicative CSE rating</th><th style="width:30%">Gap / action</th><th style="width:11%">Owner</th><th style="width:6%">By</th></tr></thead><tbody>']
    for c in CODES:
        s = STATUS[c]
        a, o, d = ACTION.get(c, ('Evidence in place – keep up to date', '', ''))
        out.append(f'<tr><td>{c}</td><td>{short(c, 75)}</td><td style="color:{COLOR[s]};font-weight:bold">{s}</td><td>{IND[s]}</td><td>{a}</td><td>{o}</td><td>{d}</td></tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>NHS Aldermoor Integrated Care Board – Customer Service Excellence Readiness Review – June 2025</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: "Lato", "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 21pt; color: #164a5c; margin-top: 30mm; }}
h2 {{ font-size: 12.5pt; color: #164a5c; margin-top: 16px; }}
table {{ border-collapse: collapse; }}
table.k td, table.t td, table.t th, table.e td, table.e th, table.g td, table.g th {{ border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 8.5pt; }}
table.k {{ width: 100%; }}
table.k td.l {{ width: 30%; font-weight: bold; background: #e3eef2; }}
table.t {{ width: 95%; }}
table.e {{ width: 100%; }}
table.e thead {{ display: table-header-group; }}
table.t th, table.e th, table.g th {{ background: #164a5c; color: #fff; text-align: left; }}
td.n {{ text-align: center; }}
div.box {{ border: 2px solid #164a5c; padding: 6px 10px; background: #f2f8fa; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:12pt;color:#164a5c"><b>Stennack Consulting LLP</b> &middot; Service Improvement &amp; Assurance</p>
<h1>Customer Service Excellence<br>Readiness Review</h1>
<p style="font-size:14pt">NHS Aldermoor Integrated Care Board</p>
<p>Gap analysis against the Customer Service Excellence standard before the initial assessment<br>Final version &middot; 20 June 2025</p>
<div class="box" style="margin-top:50mm"><p><b>Please note.</b> This readiness review was commissioned by the ICB from Stennack Consulting. It is not an assessment report and does not lead to certification: only a licensed certification body can assess an organisation against the Customer Service Excellence standard. The &ldquo;indicative ratings&rdquo; below are our professional opinion of the risk in each element, to help the ICB prepare.</p></div>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Review details<br>2. Executive summary<br>3. How we carried out the review<br>4. The BRAG key<br>5. Indicative position by criterion<br>6. Element-by-element gap analysis<br>7. Priorities before the assessment<br>8. Next steps</p>
</div>
<h2>1. Review details</h2>
<table class="k">
<tr><td class="l">Client</td><td>NHS Aldermoor Integrated Care Board (scope: PALS, complaints, continuing healthcare, communications and engagement)</td></tr>
<tr><td class="l">Commissioned by</td><td>Director of Nursing and Quality</td></tr>
<tr><td class="l">Review carried out</td><td>Document review 19–23 May 2025; workshops and interviews 3, 4 and 10 June 2025</td></tr>
<tr><td class="l">Reviewer</td><td>Rhiannon Tegid, Principal Consultant (CSE assessor 2009&ndash;2019)</td></tr>
<tr><td class="l">ICB lead</td><td>Graham Oduya, Head of Patient Experience</td></tr>
<tr><td class="l">Formal assessment</td><td>Initial assessment by Centre for Assessment, booked for 9&ndash;11 September 2025</td></tr>
<tr><td class="l">Version</td><td>Final, 20 June 2025 (draft 12 June 2025)</td></tr>
</table>
<h2>2. Executive summary</h2>
<p>The ICB is in a good position to achieve Customer Service Excellence at its initial assessment in September. In our opinion, if the ICB were assessed today, three elements could be rated Compliance Plus (1.1.3, 3.4.1 and 4.2.4), 47 would be compliant, six would be at risk of Partial Compliance and one (4.3.6) at risk of Non-Compliance, which would prevent certification.</p>
<p>Six partial compliances would be within the tolerance of 11 overall and of the limit for each criterion, but the risk in 4.3.6 must be closed first. All seven amber and red elements have an action with an owner and a date before the end of August 2025.</p>
<h2>3. How we carried out the review</h2>
<p>We reviewed 96 documents provided by the ICB, held workshops with the PALS, complaints and continuing healthcare teams, and interviewed the Director of Nursing and Quality, two Place Directors and eight patients and carers recruited through Healthwatch Aldermoor. We used the same approach a CSE assessor would, but without sampling as widely and without access to all systems.</p>
<h2>4. The BRAG key</h2>
<table class="g" style="width:95%"><tr><th>Status</th><th>Meaning</th><th>Indicative CSE rating</th></tr>
<tr><td style="color:{COLOR['Blue']};font-weight:bold">Blue</td><td>Evidence already goes beyond the requirement</td><td>C+ (potential)</td></tr>
<tr><td style="color:{COLOR['Green']};font-weight:bold">Green</td><td>Evidence meets the requirement</td><td>C</td></tr>
<tr><td style="color:{COLOR['Amber']};font-weight:bold">Amber</td><td>Evidence meets part of the requirement</td><td>PC (risk)</td></tr>
<tr><td style="color:{COLOR['Red']};font-weight:bold">Red</td><td>Little or no evidence</td><td>NC (risk)</td></tr></table>
<h2>5. Indicative position by criterion</h2>
<p>Number of elements at each status if the ICB were assessed today:</p>
{crit_table()}
<h2 style="page-break-before:always">6. Element-by-element gap analysis</h2>
{el_table()}
<h2>7. Priorities before the assessment</h2>
<ol><li>Close the red risk in 4.3.6: record remedies for upheld complaints and tell complainants what changed.</li>
<li>Review the complaints procedure with complainants (4.3.5) and set satisfaction targets (1.3.4).</li>
<li>Evaluate contact channels (3.3.2) and test continuing healthcare letters (3.2.2).</li>
<li>Prepare case studies for the three potential Compliance Plus elements; the assessor will decide.</li></ol>
<h2>8. Next steps</h2>
<p>We will repeat the review of the amber and red elements in the week beginning 18 August 2025, three weeks before the Centre for Assessment&rsquo;s visit. The ICB&rsquo;s Executive Team has set the aim of &ldquo;certification with no partial compliance&rdquo;.</p>
<p>Rhiannon Tegid, Principal Consultant, Stennack Consulting LLP &ndash; 20 June 2025</p>
</body></html>
'''
write('aldermoor-icb-2025-readiness-review.html', html)
