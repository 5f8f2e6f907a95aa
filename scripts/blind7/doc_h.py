# northlight-cse-benchmark-2025: NOT a report. A consultancy's annual BENCHMARKING BULLETIN on
# Customer Service Excellence results across many holders (2024/25): points method, a LEAGUE TABLE
# of holders with their visit type, date, C+ and PC counts and points, tables of the elements most
# often rated Compliance Plus and Partial Compliance nationally, and a CASE STUDY of one holder's
# reassessment naming its nine C+ elements, its assessor and its visit date.
from common import *

LEAGUE = [
 (1, 'Ferrow Homes', 'Housing', 'Reassessment', '11/03/2025', 9, 0, 123),
 (2, 'Kestle Bay Harbour Authority', 'Transport', 'Annual review 2', '24/09/2024', 8, 0, 122),
 (3, 'Halsworth Borough Council', 'Local government', 'Reassessment', '05/02/2025', 8, 0, 122),
 (4, 'University of Tresham – Student Services', 'Higher education', 'Annual review 1', '19/11/2024', 7, 0, 121),
 (5, 'Pellow Community Health NHS Trust', 'Health', 'Reassessment', '02/07/2024', 6, 0, 120),
 (6, 'Morland Valley Fire and Rescue Service', 'Fire and rescue', 'Annual review 1', '14/01/2025', 7, 1, 120),
 (7, 'Greyfriars Leisure Trust', 'Leisure', 'Initial', '27/06/2024', 5, 0, 119),
 (8, 'Dunmarsh Libraries', 'Libraries and culture', 'Annual review 2', '08/10/2024', 6, 1, 119),
 (9, 'Audley Cross District Council', 'Local government', 'Annual review 1', '21/05/2024', 5, 1, 118),
 (10, 'Brennock Police', 'Police', 'Reassessment', '17/02/2025', 5, 2, 117),
]
# points: 3 for C+, 2 for C, 1 for PC, 0 for NC (maximum 171); check the table
for row in LEAGUE:
    cp, pc = row[5], row[6]
    assert row[7] == 3 * cp + 2 * (57 - cp - pc) + pc, row
for a, b in zip(LEAGUE, LEAGUE[1:]):
    assert (a[7], -a[6]) >= (b[7], -b[6]), (a, b)
TOP_CP = [('1.1.3', 118, 38), ('4.3.4', 97, 31), ('2.1.1', 94, 30), ('1.2.1', 81, 26), ('3.4.3', 77, 25), ('2.2.5', 63, 20)]
TOP_PC = [('1.3.4', 71, 23), ('4.2.3', 58, 19), ('5.3.3', 54, 17), ('1.3.2', 41, 13), ('3.3.2', 37, 12)]
CASE_CP = ['1.1.3', '1.2.1', '1.3.5', '2.1.1', '2.2.5', '3.4.3', '4.2.4', '4.3.4', '5.3.3']

def league():
    out = ['<table class="t"><tr><th width="6%">Rank</th><th>Organisation</th><th width="15%">Sector</th><th width="14%">Visit</th><th width="16%">Date</th><th width="5%">C+</th><th width="5%">PC</th><th width="8%">Points</th></tr>']
    for r in LEAGUE:
        out.append('<tr>' + ''.join(f'<td>{x}</td>' for x in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

def tops(rows, what):
    out = [f'<table class="t"><tr><th>Element</th><th>Requirement (abridged)</th><th>Assessments rating it {what}</th><th>% of 312</th></tr>']
    for c, n, p in rows:
        out.append(f'<tr><td>{c}</td><td>{short(c, 80)}</td><td>{n}</td><td>{p}%</td></tr>')
    out.append('</table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>The CSE Benchmark 2025 – Northlight Service Insight</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 24pt; color: #5a2a82; margin-top: 35mm; }}
h2 {{ font-size: 13pt; color: #5a2a82; margin-top: 16px; }}
table.t {{ border-collapse: collapse; width: 100%; }}
table.t td, table.t th {{ border: 1px solid #bbb; padding: 2px 5px; font-size: 8.5pt; }}
table.t th {{ background: #efe7f6; text-align: left; }}
div.box {{ border: 1px solid #5a2a82; background: #f8f4fb; padding: 6px 10px; margin: 8px 0; }}
.pb {{ page-break-after: always; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:10pt;color:#5a2a82"><b>Northlight Service Insight</b> &middot; Benchmark Bulletin No. 6</p>
<h1>The CSE Benchmark 2025</h1>
<p style="font-size:13pt">How Customer Service Excellence holders performed in 312 assessments, April 2024 to March 2025</p>
<p style="margin-top:40mm">Published October 2025<br>Prepared by Dr Owain Castell and Priya Ramaswamy, Northlight Service Insight Ltd</p>
<p style="font-size:8.5pt;color:#555">This bulletin is an analysis of published results. It is not an assessment report and it does not replace the report of any assessment body. Customer Service Excellence is a registered trade mark.</p>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. About this bulletin<br>2. The year in numbers<br>3. The top ten<br>4. Where holders excel<br>5. Where holders fall short<br>6. Case study: Ferrow Homes<br>7. Method and sources</p>
</div>
<h2>1. About this bulletin</h2>
<p>There is no national league table for Customer Service Excellence. Each year we collect the results of as many assessments as we can find &ndash; from holders\' published reports, committee papers and the results holders send us &ndash; and rank them by points. This year we have results for 312 assessments carried out by all four licensed assessment bodies: initial assessments, annual reviews and reassessments.</p>
<h2>2. The year in numbers</h2>
<ul>
<li>312 assessments: 21 initial assessments, 187 annual reviews and 104 reassessments.</li>
<li>The average assessment awarded 3.4 Compliance Plus ratings and 1.6 Partial Compliance ratings.</li>
<li>119 assessments (38%) found no partial compliance at all.</li>
<li>Three assessments found a Non-Compliance; in each case certification was deferred until it had been put right.</li>
<li>The median points score was 114 out of a possible 171.</li>
</ul>
<h2>3. The top ten</h2>
<p>Points: 3 for each Compliance Plus, 2 for each Compliance, 1 for each Partial Compliance, 0 for a Non-Compliance. Where points are equal, the organisation with fewer partial compliances is placed first.</p>
{league()}
<p>Ferrow Homes is first for the second year running. Halsworth Borough Council and Kestle Bay Harbour Authority share second place on points.</p>
<h2>4. Where holders excel</h2>
<p>The elements most often rated Compliance Plus in 2024/25:</p>
{tops(TOP_CP, 'Compliance Plus')}
<h2>5. Where holders fall short</h2>
<p>The elements most often rated Partial Compliance in 2024/25. Satisfaction targets (1.3.4) top this list for the fourth year in a row.</p>
{tops(TOP_PC, 'Partial Compliance')}
<h2>6. Case study: Ferrow Homes</h2>
<div class="box">
<p><b>Ferrow Homes</b> &middot; housing association, 11,200 homes &middot; reassessment on site 11&ndash;13 March 2025 &middot; assessor Judith Amankwah</p>
<p>Ferrow Homes kept all seven of its Compliance Plus ratings from its last cycle and added two more, finishing with nine Compliance Plus ratings (''' + ', '.join(CASE_CP[:-1]) + f' and {CASE_CP[-1]}' + ''') and no partial compliance; every other element was compliant.</p>
<p>&ldquo;The assessor told us the tenants did the talking for us,&rdquo; says Director of Customer Experience Lorraine Quist. &ldquo;Our Tenant Inspectors had been through every one of the 57 elements with us before she arrived.&rdquo;</p>
</div>
<p>Three things stand out: tenants involved in every service review; complaints data published monthly by estate; and a workforce that is recognised for service, with a staff award scheme judged by tenants.</p>
<h2>7. Method and sources</h2>
<p>Results are taken from reports published by holders, from council and board papers, and from results sent to us by holders with permission to publish. We do not see unpublished reports. Where a report gives only counts, we use the counts; where it gives only the ratings of individual elements, we count them. Holders that asked not to be named are included in the statistics but not in the tables. Errors and omissions: please write to benchmark@northlight.example.</p>
<p>Next bulletin: October 2026.</p>
</body></html>
'''
write('northlight-cse-benchmark-2025.html', html)
