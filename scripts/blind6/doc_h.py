# penmarric-dc-2026-staff-briefing: NOT a report. A district council's STAFF BRIEFING before its emqc
# reassessment: what the standard is (5 criteria, 57 elements, the four ratings), the visit
# timetable (w/c 9 March 2026), the assessor's name, an "EXAMPLE ONLY" table of how findings are
# recorded (invented codes and ratings, not the Council's), an aim ("10 Compliance Plus"), and the
# last result described only in words with no ratings or counts.
from common import *

EX = [('1.1.1', 'Compliance', 'Customer profile for each service, refreshed annually.'),
      ('2.2.3', 'Compliance Plus', 'Customer focus in every appraisal, with evidence of impact.'),
      ('4.3.4', 'Partial Compliance', 'Complaints resolved, but no evidence that learning is shared.')]

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Team Talk – Getting ready for our Customer Service Excellence reassessment – February 2026</title>
<style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: "Segoe UI", "DejaVu Sans", sans-serif; font-size: 10.5pt; }}
h1 {{ font-size: 18pt; color: #c0392b; }}
h2 {{ font-size: 12.5pt; color: #c0392b; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #bbb; padding: 3px 6px; font-size: 9.5pt; }}
th {{ background: #fdecea; text-align: left; }}
div.ex {{ border: 2px dashed #c0392b; padding: 6px 10px; margin: 8px 0; }}
</style></head>
<body>
<p style="font-size:9pt">Penmarric District Council &middot; Team Talk &middot; Issue 41 &middot; February 2026 &middot; For all staff</p>
<h1>Getting ready for our Customer Service Excellence reassessment</h1>
<p>In the week commencing 9 March 2026 (w/c 9 March) an assessor from emqc, Mrs Anita Sherwood, will spend three days with us for our Customer Service Excellence reassessment. This Team Talk explains what the standard is, what will happen during the visit, and what you might be asked.</p>

<h2>What is Customer Service Excellence?</h2>
<p>Customer Service Excellence (CSE) is the Government&rsquo;s standard for public services. It has five criteria: Customer Insight; The Culture of the Organisation; Information and Access; Delivery; and Timeliness and Quality of Service. They are broken down into 57 elements, and the assessor rates every element as one of:</p>
<ul>
<li><b>Compliance Plus</b> &ndash; practice that goes beyond the standard and could be an example to others;</li>
<li><b>Compliance</b> &ndash; the standard is met;</li>
<li><b>Partial Compliance</b> &ndash; part of the standard is met, with a gap to close;</li>
<li><b>Non-Compliance</b> &ndash; the standard is not met.</li>
</ul>
<p>We have held the standard since 2014. Last year&rsquo;s annual review went well and the assessor was complimentary about the Customer Services team, but she also gave us some areas to work on, which the Customer Experience Group has been tackling.</p>

<h2>The timetable</h2>
<table>
<tr><th>When</th><th>What</th></tr>
<tr><td>by 13 February 2026</td><td>Evidence uploaded to the emqc portal (service leads)</td></tr>
<tr><td>Monday 9 March</td><td>Opening meeting with the Chief Executive; tour of the Civic Centre</td></tr>
<tr><td>Tuesday 10 March</td><td>Focus groups with front-line staff; visits to the depot and Harbour Road office</td></tr>
<tr><td>Wednesday 11 March</td><td>Meetings with partners and customers; closing meeting at 3pm</td></tr>
</table>

<h2>How the findings are written down</h2>
<div class="ex"><p><b>EXAMPLE ONLY &ndash; this is not our result.</b> This is how the assessor&rsquo;s report sets out a rating, using made-up findings:</p>
<table>
<tr><th>Element</th><th>Rating</th><th>Why</th></tr>
''' + ''.join(f'<tr><td>{c}</td><td>{r}</td><td>{w}</td></tr>\n' for c, r, w in EX) + '''</table></div>

<h2>Our ambition</h2>
<p>We aim for 10 Compliance Plus at this reassessment, and no partial compliances. That is a big step, so please make sure the assessor hears about the things you do that go the extra mile.</p>

<h2>What you might be asked</h2>
<ul>
<li>Who are your customers and how do you know what they need?</li>
<li>How do you find out whether customers are happy, and what have you changed as a result?</li>
<li>What would you do if a customer complained to you?</li>
</ul>
<p>Questions? Contact Lewis Brannigan, Customer Experience Lead, on extension 4471.</p>
</body></html>
'''
write('penmarric-dc-2026-staff-briefing.html', html)
