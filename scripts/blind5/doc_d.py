# westerleigh-dc-2019-review: emqc "Annual Review 2" of a council certified for three services
# under one certificate: ONE TABLE PER SERVICE (that service's own C+ / partial findings and its
# own counts) and then the overall result for the Council (per-criterion table, overall C+ / PC);
# element codes printed WITH SPACES "2. 2. 4"; visit on three non-consecutive days.
from common import *
CP = ['1.1.1', '2.2.4', '4.3.3', '5.2.3']
PC = ['3.3.2', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
sp = lambda c: '. '.join(c.split('.'))
SERV = [
 ('Customer Contact Centre', 'Civic Offices, Westerleigh', '8 October 2019',
  [('1.1.1', 'Compliance Plus', 'Caller data are segmented by need, not only by service, and used to plan staffing by the hour.'),
   ('2.2.4', 'Compliance Plus', 'Advisers are trusted to resolve 80% of calls without referral; empowerment is real.'),
   ('5.2.3', 'Compliance Plus', 'Call-back promises are logged and 98% are kept; customers told us so unprompted.'),
   ('4.1.3', 'Partial Compliance', 'The centre has no local target for first-contact resolution of its own (see the overall result: the Council-wide standard is met).')]),
 ('Revenues and Benefits', 'Civic Offices, Westerleigh', '9 October 2019',
  [('4.3.3', 'Compliance Plus', 'Every upheld complaint is tracked to a change in process; the "lessons" log is published quarterly.'),
   ('2.2.4', 'Compliance Plus', 'Benefit assessors can make discretionary payments up to £200 without a manager.'),
   ('5.3.1', 'Partial Compliance', 'Processing times for change-of-circumstances are not compared with the Council\'s published standard.')]),
 ('Planning and Building Control', 'Coleford Area Office', '15 October 2019',
  [('3.3.2', 'Partial Compliance', 'The planning duty desk is open only two mornings a week and this is not publicised.'),
   ('5.3.1', 'Partial Compliance', 'Timeliness is reported to Government but not against the service\'s own customer standards.')]),
]
def serv_table(rows):
    out = ['<table class="e"><tr><th>Element</th><th>Rating in this service</th><th>Finding</th></tr>']
    for c, r, t in rows:
        out.append(f'<tr><td>{sp(c)}</td><td>{r}</td><td>{t}</td></tr>')
    ncp = sum(1 for _, r, _ in rows if r == 'Compliance Plus'); npc = sum(1 for _, r, _ in rows if r == 'Partial Compliance')
    out.append(f'<tr class="tot"><td colspan="3">Service totals: Compliance Plus {ncp} &middot; Partial Compliance {npc} &middot; all other elements Compliance in this service</td></tr></table>')
    return '\n'.join(out)
def overall():
    out = ['<table class="s"><tr><th>Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th><th>Total</th></tr>']
    for k in '12345':
        x = counts(R, k)
        out.append(f'<tr><td class="l">{k} {CRIT[k]}</td>' + ''.join(f'<td>{v}</td>' for v in x) + f'<td>{sum(x)}</td></tr>')
    x = counts(R)
    out.append('<tr><td class="l"><b>Westerleigh District Council</b></td>' + ''.join(f'<td><b>{v}</b></td>' for v in x) + '<td><b>57</b></td></tr></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>emqc – Customer Service Excellence Annual Review 2 – Westerleigh District Council</title>
<style>
@page {{ size: A4; margin: 18mm 20mm; }}
body {{ font-family: Georgia, "DejaVu Serif", serif; font-size: 10pt; }}
h1 {{ font-size: 18pt; color: #5b2c6f; }}
h2 {{ font-size: 12.5pt; color: #5b2c6f; margin-top: 20px; }}
h3 {{ font-size: 11pt; }}
table {{ border-collapse: collapse; width: 100%; }}
table.e td, table.e th, table.s td, table.s th {{ border: 1px solid #888; padding: 3px 6px; font-size: 9pt; vertical-align: top; }}
table.s td {{ text-align: center; }}
td.l {{ text-align: left !important; }}
tr.tot td {{ background: #eee; font-style: italic; }}
.cover {{ page-break-after: always; }}
</style></head>
<body>
<div class="cover">
<p style="font-size:22pt;color:#5b2c6f;font-weight:bold">emqc</p>
<h1>Customer Service Excellence<br>Annual Review 2</h1>
<p style="font-size:13pt">Westerleigh District Council</p>
<p>Services within the scope of the certificate:<br>Customer Contact Centre &middot; Revenues and Benefits &middot; Planning and Building Control</p>
<table class="e" style="width:70%">
<tr><td>Dates of review</td><td>8, 9 and 15 October 2019</td></tr>
<tr><td>Assessor</td><td>Owen Pritchard</td></tr>
<tr><td>Report date</td><td>5 November 2019</td></tr>
<tr><td>Quality review</td><td>Jan Hollis, emqc Quality Manager (report review only)</td></tr>
<tr><td>Council lead</td><td>Ms Harriet Blundell, Head of Customer Experience</td></tr>
</table>
</div>

<h2>1. Introduction</h2>
<p>Westerleigh District Council holds one Customer Service Excellence certificate covering three services. At each visit emqc assesses each service separately, and then forms an overall judgement for the Council as a whole. The overall rating of an element is the assessor&rsquo;s judgement for the Council: a strength or a shortfall in one service does not always decide the Council&rsquo;s rating, and the reasons are given where they differ. This was the second annual review of the cycle that began with the reassessment in October 2017.</p>
<p>The assessor spent one day with each service and met 38 staff, 14 customers, four councillors and the Council&rsquo;s partners in the Citizens Advice Bureau and the Job Centre.</p>

<h2>2. Findings by service</h2>
''' + '\n'.join(f'<h3>2.{i + 1} {name} ({site}, {day})</h3>\n{serv_table(rows)}' for i, (name, site, day, rows) in enumerate(SERV)) + f'''

<h2>3. Overall result for the Council</h2>
<p>Taking the three services together, the Council is rated Compliance Plus on four elements and Partial Compliance on two. All other elements are compliant for the Council as a whole.</p>
{overall()}
<p><b>Compliance Plus (Council):</b> {", ".join(sp(c) for c in CP)}.<br>
<b>Partial Compliance (Council):</b> {", ".join(sp(c) for c in PC)}.</p>
<p>Element 4. 1. 3, partial in the Contact Centre, is compliant for the Council: the Council-wide standard for resolving enquiries at first contact is set, published and met, and the Contact Centre works to it. Element 5. 3. 1 is partial for the Council because two of the three services do not compare their performance with their own standards. The Compliance Plus for 2. 2. 4 rests on both the Contact Centre and Revenues and Benefits.</p>

<h2>4. What customers and partners told us</h2>
<p>Customers of the Contact Centre praised the call-back service and the advisers&rsquo; knowledge. Benefit claimants described Revenues and Benefits staff as &ldquo;on your side&rdquo;, and the Citizens Advice Bureau confirmed that referrals are handled quickly. Applicants and agents using the Planning service were less positive: they found the duty desk hard to reach and did not know what timescales to expect, which supports the partial compliances in that service.</p>
<p>Councillors spoke of the Council&rsquo;s customer strategy with conviction, and the Leader chairs a quarterly customer experience board at which each service reports its customer measures.</p>

<h2>5. Areas for development</h2>
<ul>
<li>Planning and Building Control: publish duty desk hours, consider an online booking system for appointments, and report timeliness against the service&rsquo;s own customer standards.</li>
<li>Revenues and Benefits: compare processing times for changes of circumstances with the published standard each month.</li>
<li>Contact Centre: adopt the Council-wide first-contact resolution target locally so that advisers can see how they are doing.</li>
<li>All services: share the Revenues and Benefits &ldquo;lessons&rdquo; log approach to complaints.</li>
</ul>

<h2>6. Progress since Annual Review 1</h2>
<p>In October 2018 the Council had three partial compliances (3. 3. 2, 4. 2. 3 and 5. 3. 1). 4. 2. 3 is now compliant; the other two remain partial, both because of the Planning service.</p>

<h2>7. Next steps</h2>
<p>The full reassessment is due in October 2020. The assessor recommends that the Council brings Planning and Building Control&rsquo;s opening hours and timeliness reporting into line with the other two services before then.</p>
<p style="margin-top:24px">Owen Pritchard<br>Assessor, emqc<br>5 November 2019</p>
</body></html>
'''
write('westerleigh-dc-2019-review.html', html)
