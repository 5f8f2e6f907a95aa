# wexcombe-tc-2026-assessment-plan: NOT a report. SGS's assessment plan sent before an annual review:
# client, assessor, dates, a visit timetable and the elements to be sampled (codes and statements),
# the rating scale, and last year's partial and C+ elements - but nothing is rated at this visit.
from common import *
SAMPLE = ['1.2.3', '1.3.2', '2.1.4', '3.2.2', '3.3.2', '4.1.2', '4.3.4', '5.2.2', '5.3.1']

rows = '\n'.join(f'<tr><td>{c}</td><td>{STMT[c]}</td><td>{"Carried-over partial" if c == "3.2.2" else "Sample"}</td></tr>' for c in SAMPLE)
html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SGS – CSE Assessment Plan – Wexcombe Town Council – Annual Review 1</title>
<style>
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 14pt; color: #f60; }}
h2 {{ font-size: 11pt; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #aaa; padding: 2px 6px; vertical-align: top; }}
</style></head>
<body>
<p>SGS United Kingdom Ltd &middot; Certification and Business Enhancement</p>
<h1>Assessment Plan &ndash; Customer Service Excellence</h1>
<table>
<tr><th>Client</th><td>Wexcombe Town Council</td></tr>
<tr><th>Visit type</th><td>Annual Review 1 (12-month surveillance)</td></tr>
<tr><th>Planned dates</th><td>Tuesday 12 and Wednesday 13 May 2026</td></tr>
<tr><th>Assessor</th><td>Priya Raman</td></tr>
<tr><th>Plan issued</th><td>14 April 2026</td></tr>
<tr><th>Client contact</th><td>Mrs Alison Dunne, Town Clerk</td></tr>
</table>

<h2>1. Purpose of this plan</h2>
<p>This plan sets out how the first annual review of the Council&rsquo;s certification will be carried out. It is not an assessment report: the report will be issued within 20 working days of the visit. Please check the timetable and let the assessor know by 1 May 2026 if any of the people named will not be available.</p>

<h2>2. Timetable</h2>
<table>
<tr><th>Day / time</th><th>Activity</th><th>Who</th></tr>
<tr><td>Tue 09:30</td><td>Opening meeting</td><td>Town Clerk, Mayor, Customer Services Manager</td></tr>
<tr><td>Tue 10:30</td><td>Customer insight and engagement (criterion 1)</td><td>Communications Officer</td></tr>
<tr><td>Tue 13:30</td><td>Visit to the Market Hall information point</td><td>Front-line staff</td></tr>
<tr><td>Tue 15:00</td><td>Focus group with residents and traders</td><td>Up to eight customers</td></tr>
<tr><td>Wed 09:30</td><td>Complaints, standards and performance (criteria 4 and 5)</td><td>Deputy Clerk</td></tr>
<tr><td>Wed 11:30</td><td>Partners: Wexcombe Community Trust, county council</td><td>By telephone</td></tr>
<tr><td>Wed 14:30</td><td>Assessor&rsquo;s preparation, then closing meeting</td><td>Town Clerk</td></tr>
</table>

<h2>3. Elements to be sampled</h2>
<p>At an annual review the assessor looks at a sample of the 57 elements, any element rated partially compliant last time, and any changes since the last visit. The sample for this visit is:</p>
<table>
<tr><th>Element</th><th>Statement</th><th>Reason</th></tr>
{rows}
</table>
<p>At the certification assessment in May 2025 element 3.2.2 was rated Partial Compliance, and elements 1.1.3 and 3.4.3 were rated Compliance Plus. Evidence that the compliance plus ratings are still justified will also be looked at.</p>

<h2>4. Ratings</h2>
<p>Each element looked at will be rated Compliance Plus, Compliance, Partial Compliance or Non-Compliance. A non-compliance would put certification at risk; a partial compliance must be addressed by the next visit.</p>
<p>Priya Raman, Customer Service Excellence Assessor, SGS United Kingdom Ltd</p>
</body></html>
'''
write('wexcombe-tc-2026-assessment-plan.html', html)
