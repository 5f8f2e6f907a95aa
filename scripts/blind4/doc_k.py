# ferrybridge-bc-2018-invitation-to-quote: NOT a report. A council's invitation to quote for CSE
# assessment services 2018-2021: the cycle of visits wanted (reassessment, AR1, AR2) with dates, the
# licensed bodies, scoring of quotes, and the council's current results (counts and element codes)
# from its last report - but it rates nothing itself.
from common import *
html = '''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Ferrybridge Borough Council – Invitation to Quote – Customer Service Excellence Assessment Services 2018–2021</title>
<style>
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; }
h1 { font-size: 14pt; }
h2 { font-size: 11pt; }
table { border-collapse: collapse; }
td, th { border: 1px solid #666; padding: 3px 6px; vertical-align: top; }
</style></head>
<body>
<p><b>FERRYBRIDGE BOROUGH COUNCIL</b><br>Corporate Procurement Team</p>
<h1>Invitation to Quote<br>Customer Service Excellence Assessment Services, 2018&ndash;2021</h1>
<table>
<tr><th>Reference</th><td>FBC/PROC/2018/117</td></tr>
<tr><th>Issue date</th><td>9 April 2018</td></tr>
<tr><th>Deadline for quotes</th><td>12:00 noon, Friday 4 May 2018</td></tr>
<tr><th>Contact</th><td>Helen Marsh, Procurement Officer (procurement@ferrybridge.gov.uk)</td></tr>
<tr><th>Estimated contract value</th><td>£9,000 &ndash; £12,000 over three years</td></tr>
</table>

<h2>1. Introduction</h2>
<p>Ferrybridge Borough Council invites quotations from certification bodies licensed to assess against the Customer Service Excellence standard to carry out the Council&rsquo;s assessments for one three-year certification cycle. The Council has held the standard since 2009 and its current certificate expires in September 2018.</p>

<h2>2. Requirement</h2>
<table>
<tr><th>Visit</th><th>Expected timing</th><th>Scope</th></tr>
<tr><td>Full reassessment</td><td>September 2018 (3 days on site)</td><td>All 57 elements, all front-line services</td></tr>
<tr><td>Annual review 1</td><td>September 2019 (1.5 days)</td><td>Sample of elements and previous partial compliances</td></tr>
<tr><td>Annual review 2</td><td>September 2020 (1.5 days)</td><td>Sample of elements and previous partial compliances</td></tr>
</table>
<p>Each visit must be followed by a written report rating each element assessed as Compliance Plus, Compliance, Partial Compliance or Non-Compliance, within 20 working days of the visit.</p>

<h2>3. Background information for bidders</h2>
<p>At its last annual review (September 2017) the Council had four compliance plus ratings (1.1.1, 2.1.2, 3.3.1 and 4.3.2) and one partial compliance (5.3.3); all other elements were compliant. The Council has about 420 customer-facing staff across revenues and benefits, housing options, environmental services, planning and the Ferrybridge Contact Centre.</p>

<h2>4. Evaluation</h2>
<table>
<tr><th>Criterion</th><th>Weighting</th></tr>
<tr><td>Price (total for the cycle)</td><td>40%</td></tr>
<tr><td>Assessor experience with local government</td><td>30%</td></tr>
<tr><td>Approach to assessment, reporting and feedback</td><td>20%</td></tr>
<tr><td>Added value (e.g. networking and good practice events)</td><td>10%</td></tr>
</table>
<p>Bidders must be licensed by the standard&rsquo;s owner. The Council understands that the licensed bodies include Centre for Assessment Ltd, SGS United Kingdom Ltd, Assessment Services Ltd and emqc Ltd.</p>

<h2>5. Submission</h2>
<p>Quotes must be submitted through the Council&rsquo;s e-tendering portal by the deadline above. Clarification questions must be received by 27 April 2018; answers will be published to all bidders.</p>
</body></html>
'''
write('ferrybridge-bc-2018-invitation-to-quote.html', html)
