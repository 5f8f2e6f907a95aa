# saltmarsh-university-2014-reassessment: emqc; criteria as columns with a blank first header cell;
# 57-row summary over two pages with the header row repeated; codes "CSE 1.1.1"; Full / CPlus / Partial
from common import *
R = ratings(cp=['1.1.2', '1.3.1', '2.1.3', '2.2.2', '3.2.1', '3.3.3', '4.1.1'], pc=['3.1.2', '5.1.1'])
WORD = {'CP': 'CPlus', 'C': 'Full', 'PC': 'Partial', 'NC': 'Non'}

def summary_rows(codes):
    return '\n'.join(f'<tr><td>CSE {c}</td><td class="l">{short(c, 95)}</td><td>{WORD[R[c]]}</td></tr>' for c in codes)

head = '<thead><tr><th style="width:13%">Ref</th><th class="l">Element</th><th style="width:12%">Outcome</th></tr></thead>'
first = CODES[:30]
second = CODES[30:]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>University of Saltmarsh – CSE Reassessment Report 2014</title>
<style>
body {{ font-family: Cambria, "DejaVu Serif", serif; font-size: 10.5pt; }}
h1 {{ font-size: 18pt; font-weight: normal; letter-spacing: 1px; }}
h2 {{ font-size: 13pt; font-weight: normal; border-bottom: 2px solid #5a2d82; color: #5a2d82; }}
table.x {{ border-collapse: collapse; width: 100%; margin: 6px 0; }}
table.x td, table.x th {{ border: 1px solid #5a2d82; padding: 2px 5px; text-align: center; font-size: 9.5pt; }}
table.x th {{ background: #ece4f3; }}
.l {{ text-align: left !important; }}
.foot {{ font-size: 8pt; color: #666; border-top: 1px solid #ccc; margin-top: 14px; }}
.pb {{ page-break-before: always; }}
</style></head>
<body>
<p style="text-align:right">emqc Ltd &nbsp;|&nbsp; Customer Service Excellence</p>
<h1>Customer Service Excellence<br>Full Reassessment (Triennial) Report</h1>
<p><b>University of Saltmarsh – Student and Academic Services</b></p>
<p>Assessment period: March 2014<br>
Documentary evidence reviewed: February 2014<br>
Lead assessor: Peter Lindqvist<br>
Second assessor: Aisha Mbeki<br>
Date of issue: 28.03.2014<br>
emqc reference: EMQ-CSE-2014-0457</p>

<h2>Contents</h2>
<p>1. Purpose and scope<br>2. Outcome<br>3. Commentary<br>4. Summary of element outcomes<br>5. Next steps</p>

<h2>1. Purpose and scope</h2>
<p>Student and Academic Services (SAS) was first certified in 2008 and re-certified in 2011. This triennial reassessment examined all 57 elements of the standard across the Student Hub, Registry, Library Help Desk, Careers, Disability and Wellbeing, and the Accommodation Office. The assessors spent four days on the Saltmarsh and Harbour campuses during March 2014 and spoke to 71 staff, 46 students (including postgraduate research, international and part-time students) and representatives of the Students&rsquo; Union and the city council.</p>

<h2>2. Outcome</h2>
<p>SAS continues to meet the standard and we recommend re-certification for a further three years. The distribution of outcomes by criterion is shown below.</p>
<table class="x">
<tr><th></th><th>Customer Insight</th><th>Culture of the Organisation</th><th>Information &amp; Access</th><th>Delivery</th><th>Timeliness &amp; Quality</th></tr>
<tr><td class="l">CPlus</td><td>2</td><td>2</td><td>2</td><td>1</td><td>0</td></tr>
<tr><td class="l">Full</td><td>9</td><td>9</td><td>9</td><td>12</td><td>9</td></tr>
<tr><td class="l">Partial</td><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td></tr>
<tr><td class="l">Non</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td class="l"><i>Elements</i></td><td><i>11</i></td><td><i>11</i></td><td><i>12</i></td><td><i>13</i></td><td><i>10</i></td></tr>
</table>
<p>Key: CPlus – Compliance Plus; Full – full compliance; Partial – partial compliance; Non – non-compliance.</p>

<h2>3. Commentary</h2>
<p><b>Customer Insight.</b> The segmentation of the student body, refreshed every term from the student record system, is outstanding and drives the design of every service (CSE 1.1.2). The termly “Pulse” survey, with a response rate over 40% and published margins of error, is the most robust satisfaction measurement the assessors have seen in the sector (CSE 1.3.1).</p>
<p><b>Culture.</b> The Student Charter, co-written with the Students&rsquo; Union, sets out rights and responsibilities in plain language (CSE 2.1.3). Students described front-line staff as “the best thing about the university” and the assessors saw many examples of warmth and patience (CSE 2.2.2).</p>
<p><b>Information and Access.</b> Information is tailored by student type and delivered through the app, the web and the Hub screens (CSE 3.2.1). The refurbished Hub is exceptionally comfortable and accessible (CSE 3.3.3). However, the charges for graduation gowns, replacement ID cards and transcripts were not published consistently, and international students had been surprised by some of them (CSE 3.1.2, Partial).</p>
<p><b>Delivery.</b> The service standards for every SAS team were set with student representatives and are challenging; several exceed the sector norm (CSE 4.1.1). Complaints handling is sound.</p>
<p><b>Timeliness and Quality.</b> The Hub answers 90% of enquiries on the spot. However, response standards have not been set for web chat and social media, which now carry a quarter of enquiries (CSE 5.1.1, Partial).</p>
<p>At the 2011 reassessment three elements were Partial (1.3.4, 4.2.3 and 5.3.3); all three are now Full.</p>

<h2 class="pb">4. Summary of element outcomes</h2>
<table class="x">
{head}
<tbody>
{summary_rows(first)}
</tbody></table>
<p class="foot">emqc – CSE Full Reassessment – University of Saltmarsh – issued 28.03.2014 – page 4</p>
<table class="x pb">
{head}
<tbody>
{summary_rows(second)}
</tbody></table>

<h2>5. Next steps</h2>
<p>The first annual review of the new cycle will be due by March 2015.</p>
<p class="foot">emqc Ltd is licensed by the Cabinet Office to assess and certify against Customer Service Excellence. emqc – CSE Full Reassessment – University of Saltmarsh – issued 28.03.2014</p>
</body></html>
'''
write('saltmarsh-university-2014-reassessment.html', html)
