# brenmouth-university-2024-reassessment: Centre for Assessment reassessment of a university's
# student services. Counts ONLY AS PERCENTAGES with "Elements assessed: 57" (and a CSS bar chart
# labelled with the percentages); US-style dates ("March 5-7, 2024", "April 2, 2024"); C+ and
# partial elements listed, "all other elements were found to be compliant". Markdown too, in a
# reStructuredText-like style: over/underlined titles, "~~~" underlines, rST SIMPLE TABLES
# ("=====  =====" borders) and a ".. note::" directive.
from common import *
CP = ['1.1.3', '2.1.1', '3.2.3', '4.2.1', '5.1.1']
PC = ['3.3.1', '4.3.5']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (5, 50, 2, 0)
PCT = [('Compliance Plus', '8.8%'), ('Compliance', '87.7%'), ('Partial Compliance', '3.5%'), ('Non-Compliance', '0.0%')]
assert [round(100 * x / 57, 1) for x in counts(R)] == [8.8, 87.7, 3.5, 0.0]
WHY = {
 '1.1.3': 'The Student Voice Lab combines enrolment data, the National Student Survey and its own diary studies to understand commuter, mature and care-experienced students; every service plan starts from it.',
 '2.1.1': 'The Pro-Vice-Chancellor (Student Experience) reports on the student service charter to Senate at every meeting, and the Students\' Union co-chairs the service board.',
 '3.2.3': 'All pre-arrival information is tested with current students in "read-aloud" sessions before it is sent; the international arrivals guide is a model.',
 '4.2.1': 'The "no wrong door" promise is met: 93% of enquiries at the Hub were resolved at first point of contact in 2023/24, audited monthly.',
 '5.1.1': 'Response standards were set with students and are printed on every page of the Hub website with the latest month\'s performance.',
 '3.3.1': 'The Penrock campus Hub is closed on Wednesday afternoons and during the summer; students there have no equivalent access.',
 '4.3.5': 'The complaints procedure has not been reviewed with students since 2019 and the Office of the Independent Adjudicator\'s 2022 guidance has not been adopted.',
}
PREV = 'At the 2021 reassessment the University was awarded Compliance Plus for 1.1.3, 2.1.1 and 4.3.5. 4.3.5 has fallen to Partial Compliance (see below).'
INTRO = ('The University of Brenmouth Student Services (the "Hub") brings together admissions enquiries, student finance, accommodation, disability and wellbeing support, careers and the international office. '
         'It has held Customer Service Excellence since 2015 and this was its third reassessment. The assessors met 52 staff and 37 students across the Brenmouth and Penrock campuses and reviewed the evidence submitted in February.')

def bar():
    return '\n'.join(f'<div class="row"><span class="lab">{l}</span><span class="bar" style="width:{max(float(p[:-1]) * 3, 1):.0f}px"></span> {p}</div>' for l, p in PCT)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Centre for Assessment – CSE Reassessment – University of Brenmouth Student Services – 2024</title>
<style>
@page {{ size: Letter; margin: 0.8in 0.75in; }}
body {{ font-family: "Gill Sans", "Liberation Sans", sans-serif; font-size: 10.5pt; }}
h1 {{ font-size: 18pt; color: #006a4e; }}
h2 {{ font-size: 12.5pt; color: #006a4e; border-top: 2px solid #006a4e; padding-top: 4px; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #aaa; padding: 3px 8px; vertical-align: top; }}
.row {{ margin: 3px 0; font-size: 9.5pt; }}
.lab {{ display: inline-block; width: 150px; }}
.bar {{ display: inline-block; height: 10px; background: #006a4e; }}
</style></head>
<body>
<p style="font-size:9pt;color:#555">Centre for Assessment Ltd &middot; Customer Service Excellence Certification Body</p>
<h1>Reassessment Report</h1>
<table>
<tr><th style="text-align:left">Organisation</th><td>University of Brenmouth &ndash; Student Services</td></tr>
<tr><th style="text-align:left">Type of assessment</th><td>Reassessment (year 3 of the certification cycle)</td></tr>
<tr><th style="text-align:left">Evidence review</th><td>February 20, 2024</td></tr>
<tr><th style="text-align:left">On-site assessment</th><td>March 5&ndash;7, 2024</td></tr>
<tr><th style="text-align:left">Lead Assessor</th><td>Fiona MacAulay</td></tr>
<tr><th style="text-align:left">Co-assessor</th><td>Tom Brandt</td></tr>
<tr><th style="text-align:left">Report date</th><td>April 2, 2024</td></tr>
</table>
<p style="font-size:8.5pt">This report uses the date style of the University&rsquo;s international reporting template, at the University&rsquo;s request.</p>

<h2>1. Introduction</h2>
<p>{INTRO}</p>

<h2>Method</h2>
<p>The assessment took place over three days. The assessors visited the Hub at both campuses, the Accommodation Office, the Disability Advice Service, the Careers Centre and the International Student Office, observed enquiries at the Hub desks and listened to recorded telephone calls with students&rsquo; consent.</p>
<table>
<tr><th>Group</th><th>Number met</th></tr>
<tr><td>Senior leaders (including the Pro-Vice-Chancellor)</td><td style="text-align:right">6</td></tr>
<tr><td>Hub and service staff</td><td style="text-align:right">46</td></tr>
<tr><td>Students (undergraduate, postgraduate, international)</td><td style="text-align:right">37</td></tr>
<tr><td>Students&rsquo; Union officers</td><td style="text-align:right">3</td></tr>
<tr><td>External partners (NHS, city council, police)</td><td style="text-align:right">4</td></tr>
</table>
<p>The evidence submitted on February 20, 2024 covered all 57 elements and was well organised, with a clear cross-reference to the University&rsquo;s student experience strategy.</p>

<h2>2. Overall result</h2>
<p>The University continues to meet the Customer Service Excellence standard and is recommended for certification for a further three years. Elements assessed: 57.</p>
<table>
<tr><th>Rating</th><th>Share of elements</th></tr>
''' + ''.join(f'<tr><td>{l}</td><td style="text-align:right">{p}</td></tr>\n' for l, p in PCT) + f'''<tr><td><b>Elements assessed</b></td><td style="text-align:right"><b>57</b></td></tr>
</table>
<p>Distribution of ratings:</p>
{bar()}
<p>{PREV}</p>

<h2>3. Elements rated Compliance Plus</h2>
''' + ''.join(f'<p><b>{c}</b> {short(c, 200)}<br><i>{WHY[c]}</i></p>\n' for c in CP) + f'''
<h2>4. Elements rated Partial Compliance</h2>
''' + ''.join(f'<p><b>{c}</b> {short(c, 200)}<br><i>{WHY[c]}</i></p>\n' for c in PC) + f'''
<p>All other elements were found to be compliant.</p>

<h2>5. Criterion summaries</h2>
<p><b>Customer Insight.</b> Outstanding use of data and research; the Student Voice Lab is sector-leading. Satisfaction is measured after every Hub contact by a one-question text survey and in the termly pulse survey; results are published on screens in the Hub.</p>
<p><b>The Culture of the Organisation.</b> Senior commitment is strong and visible. Staff in the Hub feel trusted and well trained.</p>
<p><b>Information and Access.</b> Information is excellent. Access at the Penrock campus lags behind Brenmouth.</p>
<p><b>Delivery.</b> The &ldquo;no wrong door&rdquo; promise is delivered. The Hub&rsquo;s case-management system means that a student never has to tell their story twice, and referrals to specialist services are tracked to completion. Complaint handling needs to be brought up to date: the procedure itself is fair, but it has not kept pace with sector guidance.</p>
<p><b>Timeliness and Quality of Service.</b> Standards are clear and published with performance.</p>

<h2>Areas for development</h2>
<ul>
<li>Bring the Penrock campus Hub&rsquo;s opening hours into line with Brenmouth, or provide an equivalent online or telephone service when it is closed.</li>
<li>Review the complaints procedure with students and the Students&rsquo; Union, adopting the Office of the Independent Adjudicator&rsquo;s good practice framework.</li>
<li>Share the Student Voice Lab&rsquo;s methods with the academic schools, which collect feedback in very different ways.</li>
<li>Consider publishing the Hub&rsquo;s performance data by campus as well as for the University as a whole.</li>
</ul>
<p>Students were overwhelmingly positive about the Hub: several described it as &ldquo;the one place that always knows the answer&rdquo;. International students praised the arrivals guide and the airport welcome. Students at Penrock were less positive, mainly because of the limited opening hours.</p>

<h2>6. Next steps</h2>
<p>The first annual review of the new cycle is expected in March 2025. Please send an action plan for 3.3.1 and 4.3.5 within 28 days.</p>
<p>Fiona MacAulay, Lead Assessor &middot; Tom Brandt, Co-assessor<br>Centre for Assessment Ltd</p>
</body></html>
'''
write('brenmouth-university-2024-reassessment.html', html)

def title(t, ch, over=False):
    line = ch * len(t)
    return ([line] if over else []) + [t, line, '']
md = title('Reassessment Report', '=', True) + ['Centre for Assessment Ltd - Customer Service Excellence Certification Body', '',
      ':Organisation: University of Brenmouth - Student Services', ':Type of assessment: Reassessment (year 3 of the certification cycle)',
      ':Evidence review: February 20, 2024', ':On-site assessment: March 5-7, 2024', ':Lead Assessor: Fiona MacAulay', ':Co-assessor: Tom Brandt',
      ':Report date: April 2, 2024', '']
md += title('1. Introduction', '~') + [INTRO, '']
md += title('2. Overall result', '~') + ['The University continues to meet the standard and is recommended for certification for a further three years. Elements assessed: 57.', '',
      '==================  =================', 'Rating              Share of elements', '==================  =================']
md += [f'{l:<18}  {p}' for l, p in PCT] + ['Elements assessed   57', '==================  =================', '', PREV, '']
md += title('3. Elements rated Compliance Plus', '~')
md += ['=====  ' + '=' * 60, 'Code   Evidence', '=====  ' + '=' * 60] + [f'{c}  {WHY[c]}' for c in CP] + ['=====  ' + '=' * 60, '']
md += title('4. Elements rated Partial Compliance', '~')
md += ['=====  ' + '=' * 60, 'Code   Evidence', '=====  ' + '=' * 60] + [f'{c}  {WHY[c]}' for c in PC] + ['=====  ' + '=' * 60, '']
md += ['.. note::', '   All other elements were found to be compliant.', '']
md += title('5. Next steps', '~') + ['The first annual review of the new cycle is expected in March 2025.', '', 'Fiona MacAulay, Lead Assessor; Tom Brandt, Co-assessor', '']
write('brenmouth-university-2024-reassessment.md', '\n'.join(md))
