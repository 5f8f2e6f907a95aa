# ferncliffe-bc-2008-initial: Centre for Assessment, landscape two-column house style, 2008
from common import *

CP = {'1.1.3': 'The Council commissioned its own door-to-step survey of the three Traveller sites and of residents in houses in multiple occupation, and changed the opening hours of the Eastgate access point as a direct result; this goes well beyond what most councils of this size do.',
      '1.2.2': 'Every consultation since 2006 is logged with the changes it produced; the “Ferncliffe Listens” newsletter reports back to participants within six weeks. This builds on the approach seen under 1.2.1.',
      '2.1.1': 'The Leader and the Chief Executive personally chair the quarterly Customer Board, take calls at the contact centre twice a year and report customer issues to full Council.',
      '3.4.3': 'Staff volunteering days (over 1,100 hours in 2007), the community chest and the work with the Ferncliffe Credit Union show a depth of community involvement rarely seen.'}
PC = {'1.3.4': 'Satisfaction targets exist for only three of the eleven front-line services, and the levels reported for council tax and planning fell between 2006 and 2007. See also the comments under 5.3.2.',
      '4.2.3': 'Benchmarking is confined to national indicators; there was little evidence that comparisons with similar councils had been used to improve services.'}

rows = [('1', 'Customer Insight', 11, 2, 8, 1, 0, '91%', 23),
        ('2', 'The Culture of the Organisation', 11, 1, 10, 0, 0, '100%', 23),
        ('3', 'Information and Access', 12, 1, 11, 0, 0, '100%', 25),
        ('4', 'Delivery', 13, 0, 12, 1, 0, '92%', 25),
        ('5', 'Timeliness and Quality of Service', 10, 0, 10, 0, 0, '100%', 20)]

def score_table():
    h = ['<table class="grid"><thead><tr><th class="l">Criterion</th><th>No. of elements</th><th>Compliance Plus (C+)</th><th>Compliance (C)</th><th>Partial Compliance (PC)</th><th>Non-Compliance (NC)</th><th>% at C or above</th><th>Points</th></tr></thead><tbody>']
    for n, t, e, cp, c, pc, nc, pct, pts in rows:
        h.append(f'<tr><td class="l">{n}. {t}</td><td>{e}</td><td>{cp}</td><td>{c}</td><td>{pc}</td><td>{nc}</td><td>{pct}</td><td>{pts}</td></tr>')
    h.append('<tr class="tot"><td class="l"><b>Total</b></td><td><b>57</b></td><td><b>4</b></td><td><b>51</b></td><td><b>2</b></td><td><b>0</b></td><td><b>96%</b></td><td><b>116</b></td></tr></tbody></table>')
    return '\n'.join(h)

def el_table(d, label):
    h = [f'<table class="grid"><thead><tr><th class="l" style="width:16%">Element</th><th style="width:14%">Rating</th><th class="l">Assessor&rsquo;s justification</th></tr></thead><tbody>']
    for code, why in d.items():
        h.append(f'<tr><td class="l">Element {code}</td><td>{label}</td><td class="l">{why}</td></tr>')
    h.append('</tbody></table>')
    return '\n'.join(h)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Ferncliffe Borough Council – Customer Service Excellence Initial Assessment Report</title>
<style>
@page {{ size: A4 landscape; margin: 14mm 16mm; }}
body {{ font-family: "Trebuchet MS", "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
.cols {{ column-count: 2; column-gap: 9mm; }}
h1 {{ font-size: 20pt; color: #2b4a7a; margin: 0 0 4px 0; }}
h2 {{ font-size: 12pt; color: #2b4a7a; border-bottom: 1px solid #2b4a7a; margin-top: 12px; }}
h3 {{ font-size: 10pt; margin: 8px 0 2px 0; }}
table.grid {{ border-collapse: collapse; width: 100%; margin: 6px 0; }}
table.grid td, table.grid th {{ border: 1px solid #777; padding: 2px 5px; text-align: center; font-size: 9pt; }}
table.grid th {{ background: #dfe7f2; }}
.l {{ text-align: left !important; }}
.small {{ font-size: 8pt; color: #444; }}
.cover {{ page-break-after: always; }}
.consult {{ font-size: 9pt; color: #555; border-left: 4px solid #aaa; padding-left: 6px; }}
</style></head>
<body>
<div class="cover">
<p class="consult">Brightwater Public Sector Consulting Ltd<br>Customer Service Excellence readiness programme 2007–08<br>Prepared for the client by its improvement partner</p>
<p style="margin-top:30px;font-size:11pt">Centre for Assessment</p>
<h1>Customer Service Excellence<br>Initial Assessment Report</h1>
<p style="font-size:14pt"><b>Ferncliffe Borough Council</b></p>
<table class="grid" style="width:60%">
<tr><td class="l">Assessment type</td><td class="l">Initial Assessment (first application for certification)</td></tr>
<tr><td class="l">Document review</td><td class="l">11 February 2008</td></tr>
<tr><td class="l">On-site assessment</td><td class="l">3rd–5th March 2008</td></tr>
<tr><td class="l">Report date</td><td class="l">14.03.2008</td></tr>
<tr><td class="l">Scope</td><td class="l">All customer-facing services of the Council</td></tr>
</table>
<h3>Assessment team</h3>
<table class="grid" style="width:60%">
<tr><th class="l">Role</th><th class="l">Name</th></tr>
<tr><td class="l">Lead Assessor</td><td class="l">Margaret Ellwood</td></tr>
<tr><td class="l">Technical Assessor</td><td class="l">Dr Samir Qureshi</td></tr>
<tr><td class="l">Observer — not an assessor</td><td class="l">Tom Hadley (trainee, shadowing as part of assessor training)</td></tr>
</table>
<p class="small">Contents: 1 Introduction · 2 Overall result · 3 Summary findings · 4 Findings by criterion · 5 Compliance Plus and Partial Compliance · 6 Next steps</p>
</div>

<div class="cols">
<h2>1. Introduction</h2>
<p>Ferncliffe Borough Council applied for Customer Service Excellence in the autumn of 2007, having held Charter Mark for its Revenues and Benefits service since 2002. The Council decided to move directly to a corporate application covering every service that deals with the public, and it engaged an improvement partner to help it prepare its self-assessment. This report records the outcome of the initial assessment carried out by Centre for Assessment.</p>
<p>The assessment began with a review of the self-assessment and 214 items of evidence, submitted electronically on 11 February 2008. The on-site assessment took place over three days, 3rd–5th March 2008, at the Civic Centre, the Eastgate and Millbrook access points, the depot and the leisure centre. The team interviewed 58 members of staff, nine elected members, 23 customers and representatives of six partner organisations.</p>

<h2>2. Overall result</h2>
<p>The Council has demonstrated compliance with the Customer Service Excellence standard. Two elements were found to be partially compliant; both are within the tolerance the scheme allows and neither affects the recommendation. The table below summarises the ratings by criterion. The points column uses Centre for Assessment&rsquo;s benchmarking convention (three points for C+, two for C, one for PC, none for NC) and is given for information only.</p>
{score_table()}
<p><b>Recommendation:</b> that Ferncliffe Borough Council is awarded Customer Service Excellence certification.</p>

<h2>3. Summary findings</h2>
<h3>Key strengths</h3>
<ul>
<li>Exceptional knowledge of customers who are often not heard, including Traveller families and residents of shared housing.</li>
<li>Visible leadership from members and senior officers, who hold themselves to account for customer service.</li>
<li>A long record of community involvement that staff are proud of.</li>
</ul>
<h3>Areas for development</h3>
<ul>
<li>Extend satisfaction targets to every front-line service (1.3.4).</li>
<li>Use benchmarking with comparable councils, for example through the county improvement partnership (4.2.3).</li>
<li>Consider publishing performance against the telephone answering standard on the website as well as in the Civic Centre (5.3.2).</li>
</ul>

<h2>4. Findings by criterion</h2>
<h3>Criterion 1 – Customer Insight</h3>
<p>The Council&rsquo;s understanding of its customers is a real strength. Ward profiles, the Place Survey pilot and its own door-to-step work give a rich picture, and the Council has changed services because of it. Consultation is frequent and well recorded. Satisfaction measurement is sound in the services that use it, but targets are not yet universal.</p>
<h3>Criterion 2 – The Culture of the Organisation</h3>
<p>Customer focus runs from the Leader to the front line. The customer care policy and the equality scheme are well known to staff, and staff said that they feel trusted to put things right. Training records show that all new starters complete the “Serving Ferncliffe” course within eight weeks.</p>
<h3>Criterion 3 – Information and Access</h3>
<p>Information is available in a wide range of formats and the website was re-launched in January 2008 after testing with a panel of older and disabled residents. The access points are clean and welcoming; the Millbrook office has a private interview room that customers praised.</p>
<h3>Criterion 4 – Delivery</h3>
<p>Service standards are published for every main service and performance against them is reported quarterly. Complaints are handled well and the procedure was revised in 2007 following a review with complainants. The weakness is benchmarking (see section 5).</p>
<h3>Criterion 5 – Timeliness and Quality of Service</h3>
<p>Standards for response to letters, e-mails, calls and visitors are clear and are generally met; the contact centre answered 86% of calls within 20 seconds in 2007. Customers said that staff tell them what will happen next and when.</p>
</div>

<h2>5. Compliance Plus and Partial Compliance</h2>
<h3>5.1 Elements rated Compliance Plus</h3>
{el_table(CP, 'Compliance Plus (C+)')}
<h3>5.2 Elements rated Partial Compliance</h3>
{el_table(PC, 'Partial Compliance (PC)')}
<p>All other elements were assessed as Compliant.</p>

<h2>6. Next steps</h2>
<p>The first annual review should take place in February or March 2009; Centre for Assessment will contact the Council to agree dates. The Council is reminded that the certificate and logo may be used only for the services within the scope shown on the cover.</p>
<p class="small">Centre for Assessment Ltd · Report reference CFA/CSE/08/0311 · Page footer: Ferncliffe Borough Council – Initial Assessment – March 2008</p>
</body></html>
'''
write('ferncliffe-bc-2008-initial.html', html)
