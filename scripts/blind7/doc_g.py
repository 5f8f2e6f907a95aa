# lindenvale-revenues-partnership-2010-initial: initial assessment of a SHARED-SERVICE PARTNERSHIP
# of three councils under one certificate, by an invented body (Kingsway Quality Certification Ltd).
# The three partner councils are named on the cover above the holder and one of them is the lead
# authority. The element table gives each rating in TWO COLUMNS: "Meets?" (Yes / Partly / No) and
# "Exceeds?" (✓ = Compliance Plus), next to three "Evidence seen at" columns of ✓ per partner
# council, which are NOT ratings. Dates all dd/mm/yyyy; one visit day per partner.
from common import *
CP = ['2.1.6', '3.4.1']
PC = ['1.2.3', '3.2.2', '5.2.5']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)
PARTNERS = ['Ashlow', 'Brayford', 'Coldmere']
MEETS = {'CP': 'Yes', 'C': 'Yes', 'PC': 'Partly', 'NC': 'No'}

def seen(c):
    # where the assessor saw evidence (typed pattern, not a rating): every element at one to three partners
    i = CODES.index(c)
    pat = [(1, 1, 1), (1, 1, 0), (0, 1, 1), (1, 1, 1), (1, 0, 1), (0, 1, 0), (1, 1, 1)][i % 7]
    if c in ('3.3.3',):
        pat = (1, 1, 0)          # Coldmere reception closed for refurbishment
    return pat

WHY = {
 '2.1.6': ('Compliance Plus', 'Staff in all three councils took part in designing the Partnership: 42 front-line officers sat on the process-design groups in 2008/09, and the "Bright Ideas" scheme has produced 61 adopted changes. Staff describe the culture as "ours, not Brayford\'s".'),
 '3.4.1': ('Compliance Plus', 'Arrangements with the DWP, the Pension Service, Citizens Advice and the three councils\' housing teams give customers one co-ordinated claim process; a joint visiting team handles new claims from people over 80 at home. This is a model other shared services have come to see.'),
 '1.2.3': ('Partial Compliance', 'Each council consulted in its own way before the Partnership was formed, and the methods have not yet been reviewed together; the 2009 customer panel drew only on Brayford residents.'),
 '3.2.2': ('Partial Compliance', 'Ashlow and Coldmere telephone customers after complex award letters to check they are understood; Brayford does not, and the new combined award letter has not been tested with customers.'),
 '5.2.5': ('Partial Compliance', 'Telephone enquiries are answered promptly, but letters to the Coldmere office are taking up to 15 working days against a 10-day standard, and customers are not told of the delay.'),
}

def el_table():
    out = ['<table class="e"><thead>',
           '<tr><th rowspan="2" style="width:7%">Element</th><th rowspan="2">Requirement</th><th rowspan="2" style="width:8%">Meets?</th><th rowspan="2" style="width:8%">Exceeds?</th><th colspan="3">Evidence seen at</th></tr>',
           '<tr>' + ''.join(f'<th style="width:8%">{p}</th>' for p in PARTNERS) + '</tr></thead><tbody>']
    for c in CODES:
        if c.endswith('.1.1'):
            out.append(f'<tr><td colspan="7" class="cr">Criterion {c[0]} &ndash; {CRIT[c[0]]}</td></tr>')
        ex = '✓' if R[c] == 'CP' else ''
        ticks = ''.join(f'<td class="c">{"✓" if t else ""}</td>' for t in seen(c))
        out.append(f'<tr><td>{c}</td><td>{short(c, 80)}</td><td class="c">{MEETS[R[c]]}</td><td class="c x">{ex}</td>{ticks}</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Lindenvale Revenues and Benefits Partnership – Customer Service Excellence – Initial Assessment Report – March 2010</title>
<style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: Tahoma, "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 18pt; color: #2b4c7e; }}
h2 {{ font-size: 12pt; color: #2b4c7e; margin-top: 16px; }}
table {{ border-collapse: collapse; }}
table.k td, table.e td, table.e th, table.t td, table.t th, table.j td, table.j th {{ border: 1px solid #888; padding: 2px 5px; font-size: 8.5pt; vertical-align: top; }}
table.e {{ width: 100%; }}
table.e thead {{ display: table-header-group; }}
table.e th, table.t th, table.j th {{ background: #dde5f0; }}
td.c {{ text-align: center; }}
td.x {{ font-weight: bold; color: #2b4c7e; }}
td.cr {{ background: #eef1f6; font-weight: bold; }}
.pb {{ page-break-after: always; }}
p.partners {{ font-size: 10pt; color: #555; letter-spacing: 1px; }}
</style></head>
<body>
<div class="pb">
<p style="font-size:9pt">Kingsway Quality Certification Ltd &middot; Licensed Customer Service Excellence certification body</p>
<p class="partners" style="margin-top:25mm">ASHLOW DISTRICT COUNCIL &nbsp;&middot;&nbsp; BRAYFORD BOROUGH COUNCIL &nbsp;&middot;&nbsp; COLDMERE DISTRICT COUNCIL</p>
<h1>Lindenvale Revenues and Benefits Partnership</h1>
<p style="font-size:13pt">Customer Service Excellence<br>Initial Assessment Report</p>
<table class="k" style="width:90%;margin-top:15mm">
<tr><td style="width:35%"><b>Certificate holder</b></td><td>Lindenvale Revenues and Benefits Partnership (Brayford Borough Council is the lead authority)</td></tr>
<tr><td><b>Scope</b></td><td>Council tax, business rates, housing benefit and council tax benefit services of the three partner councils, delivered by the Partnership</td></tr>
<tr><td><b>Assessment</b></td><td>Initial assessment</td></tr>
<tr><td><b>Desk review</b></td><td>Early February 2010</td></tr>
<tr><td><b>Site visits</b></td><td>02/03/2010 (Brayford), 03/03/2010 (Ashlow), 09/03/2010 (Coldmere)</td></tr>
<tr><td><b>Lead Assessor</b></td><td>Desmond Fairclough</td></tr>
<tr><td><b>Assessor</b></td><td>Nirmala Varghese</td></tr>
<tr><td><b>Partnership Manager</b></td><td>Ian Stobart</td></tr>
<tr><td><b>Chair, Partnership Joint Committee</b></td><td>Cllr Maureen Elphick (Ashlow District Council)</td></tr>
<tr><td><b>Date of report</b></td><td>30/03/2010</td></tr>
</table>
</div>
<div class="pb">
<h2>Contents</h2>
<p>1. Introduction<br>2. The Partnership and the scope of the assessment<br>3. How the assessment was carried out<br>4. Overall result<br>5. Strengths<br>6. Areas for improvement<br>7. Compliance Plus and Partial Compliance<br>8. Element-by-element record<br>9. Recommendation</p>
</div>
<h2>1. Introduction</h2>
<p>This report sets out the findings of the initial assessment of the Lindenvale Revenues and Benefits Partnership against the Customer Service Excellence standard. The Partnership applied for one certificate covering the service it provides on behalf of its three partner councils. The assessment was of the Partnership as a whole: every rating in this report applies to the Partnership, not to any one council.</p>
<h2>2. The Partnership and the scope of the assessment</h2>
<p>The Partnership was formed on 01/04/2008 by Ashlow District Council, Brayford Borough Council and Coldmere District Council under a joint committee, with Brayford as the lead (employing) authority. It has 186 staff in three offices and handles 41,000 benefit claims and 128,000 council tax accounts. Brayford\'s own corporate customer services hold a separate Customer Service Excellence certificate (since 2009) and were not part of this assessment.</p>
<h2>3. How the assessment was carried out</h2>
<p>The desk review of the self-assessment and 140 items of evidence took place in early February 2010. The assessors then spent one day at each partner\'s office: Brayford on 02/03/2010, Ashlow on 03/03/2010 and Coldmere on 09/03/2010. They interviewed 52 staff, the Partnership Manager, the three Section 151 officers, eight elected members, 14 partner organisations and 23 customers. The Coldmere reception was closed for refurbishment on the day of the visit, so premises were seen at Ashlow and Brayford only.</p>
<p>The element-by-element record in section 8 shows, for each element, whether the Partnership meets the requirement (Yes / Partly / No) and whether it exceeds it (a tick under &ldquo;Exceeds?&rdquo;), and at which partner councils the evidence was seen.</p>
<h2>4. Overall result</h2>
<p>The Partnership meets the requirements of the standard and certification is recommended.</p>
<table class="t" style="width:70%">
<tr><th style="text-align:left">Result</th><th>Number of elements</th></tr>
<tr><td>Exceeded (Compliance Plus)</td><td class="c">2</td></tr>
<tr><td>Met (Compliance)</td><td class="c">52</td></tr>
<tr><td>Partly met (Partial Compliance)</td><td class="c">3</td></tr>
<tr><td>Not met (Non-Compliance)</td><td class="c">0</td></tr>
<tr><td><b>Total</b></td><td class="c"><b>57</b></td></tr>
</table>
<h2>5. Strengths</h2>
<ul>
<li>A single culture built with staff from all three councils (2.1.6, 2.2.4).</li>
<li>Co-ordinated arrangements with the DWP, the Pension Service and the voluntary sector (3.4.1, 3.4.2).</li>
<li>Fast processing: new benefit claims in 19 days on average against 26 days before the Partnership (5.3.1, 5.3.2).</li>
</ul>
<h2>6. Areas for improvement</h2>
<ul>
<li>Review the consultation methods inherited from the three councils together (1.2.3).</li>
<li>Check that customers understand the new combined award letter (3.2.2).</li>
<li>Clear the backlog of correspondence at Coldmere and tell customers about delays (5.2.5).</li>
<li>The Joint Committee has set a target of four Compliance Plus ratings at the first annual review; 1.1.3 and 4.3.4 are the most promising.</li>
</ul>
<h2>7. Compliance Plus and Partial Compliance</h2>
<table class="j" style="width:100%"><tr><th style="width:8%">Element</th><th style="width:16%">Result</th><th>Reason</th></tr>
''' + ''.join(f'<tr><td>{c}</td><td>{r}</td><td>{t}</td></tr>' for c, (r, t) in WHY.items()) + f'''
</table>
<h2 style="page-break-before:always">8. Element-by-element record</h2>
<p>Meets?: Yes = the element is met in full (Compliance); Partly = Partial Compliance; No = Non-Compliance. Exceeds?: a tick means the element is met and exceeded (Compliance Plus). Evidence seen at: a tick shows the partner council where the assessors saw evidence for the element; these ticks are not ratings.</p>
{el_table()}
<h2>9. Recommendation</h2>
<p>The assessment team recommends that the Lindenvale Revenues and Benefits Partnership is certified to the Customer Service Excellence standard for three years from the date of certification. An improvement plan for the three partly met elements should be agreed with Kingsway Quality Certification within one month. The first annual review is planned for March 2011.</p>
<p>Desmond Fairclough, Lead Assessor &middot; Nirmala Varghese, Assessor<br>Kingsway Quality Certification Ltd, 30/03/2010</p>
</body></html>
'''
write('lindenvale-revenues-partnership-2010-initial.html', html)
