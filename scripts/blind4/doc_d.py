# tamarside-fire-2021-surveillance: Assessment Services Ltd "Surveillance Visit – 24 months" held
# remotely; fields as bold labels on their own line above the value; the 57 ratings in two panels
# side by side (an outer two-cell table, each cell a nested table: criteria 1-3 left, 4-5 right),
# a bullet • under C+ / C / PC / NC; the overall result in a bordered text box.
from common import *
CP = ['1.1.1', '2.1.3', '3.4.2', '4.2.2']
PC = ['5.2.4']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 52, 1, 0)
COL = ['CP', 'C', 'PC', 'NC']

def panel(crits):
    h = ['<table class="p"><tr><th>Element</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>']
    for code in CODES:
        if code[0] not in crits:
            continue
        if code.endswith('.1.1'):
            h.append(f'<tr><td colspan="5" class="cr">Criterion {code[0]}: {CRIT[code[0]]}</td></tr>')
        h.append(f'<tr><td>{code}</td>' + ''.join(f'<td>{"&bull;" if R[code] == k else ""}</td>' for k in COL) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)

def field(label, value):
    return f'<p class="lab">{label}</p><p class="val">{value}</p>'

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Tamarside Fire and Rescue Service – CSE Surveillance Visit – 24 months</title>
<style>
body {{ font-family: Tahoma, "DejaVu Sans", sans-serif; font-size: 10pt; }}
h1 {{ font-size: 14pt; color: #b22222; }}
h2 {{ font-size: 11pt; color: #b22222; margin-top: 14px; }}
p.lab {{ font-weight: bold; margin: 8px 0 0 0; }}
p.val {{ margin: 0 0 2px 0; }}
table.outer {{ width: 100%; border: none; }}
table.outer > tbody > tr > td {{ vertical-align: top; width: 50%; padding: 0 8px; }}
table.p {{ border-collapse: collapse; width: 100%; }}
table.p td, table.p th {{ border: 1px solid #999; padding: 1px 4px; text-align: center; font-size: 8.5pt; }}
td.cr {{ background: #fbe3e3; text-align: left !important; font-weight: bold; }}
.box {{ border: 2px solid #b22222; padding: 6px 10px; margin: 12px 40px; }}
</style></head>
<body>
<h1>Customer Service Excellence<br>Surveillance Visit &ndash; 24 months</h1>
<p>Assessment Services Ltd</p>
{field('Client', 'Tamarside Fire and Rescue Service')}
{field('Scope of certification', 'All public-facing services: prevention, protection, response, fire control and the corporate customer contact centre')}
{field('Assessor', 'Marcus Oyelaran')}
{field('Visit dates', '2021-11-04 and 2021-11-05 (remote, by Microsoft Teams)')}
{field('Report date', '2021-11-22')}
{field('Client representative', 'Group Manager Sarah Kitto, Head of Community Safety')}

<h2>Context</h2>
<p>This was the second surveillance visit after the Service&rsquo;s reassessment in November 2019. The 2020 visit was carried out by desk review because of the pandemic, and this visit was again held remotely at the Service&rsquo;s request. Interviews were held with 26 staff and volunteers, two elected members of the Fire Authority, nine partner organisations and 12 members of the public who had received a home fire safety visit.</p>

<div class="box"><b>Overall outcome.</b> Compliance Plus: 4 &nbsp;&middot;&nbsp; Compliance: 52 &nbsp;&middot;&nbsp; Partial Compliance: 1 &nbsp;&middot;&nbsp; Non-Compliance: 0<br>
Certification is maintained. Next visit: full reassessment, autumn 2022.</div>

<h2>Commentary</h2>
<p><b>Compliance Plus.</b> The Service&rsquo;s community risk profile, which links its incident data with NHS and council data down to street level (1.1.1), and its policies on safeguarding and on serving customers in vulnerable circumstances (2.1.3) were rated compliance plus at the reassessment and remain so. Two new compliance plus ratings were awarded: for the joint “Safe and Well” visits with the ambulance service and Age UK Tamarside, with a single point of contact for each household (3.4.2), and for the evidence that individual customers receive the service promised, with outcomes followed up by telephone after every home visit (4.2.2).</p>
<p><b>Partial Compliance.</b> When a home safety visit cannot be completed on the first contact, customers are not always told what will happen next or when; three of the 12 customers interviewed were still waiting for a follow-up date (5.2.4).</p>
<p>Element 4.3.4, which was partially compliant at the reassessment, was compliant at the 2020 desk review and remains so.</p>

<h2>Element ratings</h2>
<table class="outer"><tr>
<td>
{panel('123')}
</td>
<td>
{panel('45')}
</td>
</tr></table>
<p style="font-size:8pt">Key: &bull; = rating awarded at this visit. C+ Compliance Plus; C Compliance; PC Partial Compliance; NC Non-Compliance.</p>
<p style="font-size:8pt">Assessment Services Ltd &middot; Tamarside FRS &middot; Surveillance 24 months &middot; 2021-11-22</p>
</body></html>
'''
write('tamarside-fire-2021-surveillance.html', html)
